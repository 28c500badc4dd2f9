// The board report hides small student groups' values as the website does:
// in its tables and charts, with the reason said where values were hidden.
#include "planfixtures.h"
#include "reportpdf.h"

#include "core/planstatus.h"
#include "core/reviewcompare.h"
#include "report/boardreport.h"

using namespace cairn;
using namespace cairn::test;

TEST_CASE("the board report shows no value of a group the rule hides, nor its complement, and says why", "[report][pdf][suppression]")
{
    struct Row {
        const char *planRule;
        const char *chosen; // overrides the plan's; nullptr: the plan's own
        std::vector<const char *> hidden;
        std::vector<const char *> shown;
        const char *why;
    };
    const Row row = GENERATE(values<Row>({
        {"", nullptr, {}, {"12.3", "34.5", "56.7", "78.9", "98.4", "71.1", "11.1", "77.7"}, nullptr},
        {"tx", nullptr, {"12.3", "78.9", "11.1", "77.7"}, {"34.5", "56.7", "98.4", "71.1", "33.3", "70.2"}, "groups of 1 to 4 students are not shown"},
        {"", "ca", {"12.3", "11.1"}, {"34.5", "56.7", "78.9", "98.4", "71.1", "77.7"}, "fewer than 11 students are not shown"},
        {"tx", "none", {}, {"12.3", "34.5", "56.7", "78.9", "98.4", "71.1", "11.1"}, nullptr},
    }));
    INFO("plan " << row.planRule << ", chosen " << (row.chosen ? row.chosen : "-"));
    const Plan plan = smallGroupsPlan(QString::fromLatin1(row.planRule));
    ReportOptions options = optionsFor(plan);
    if (row.chosen)
        options.suppression = SuppressionRule::parse(QString::fromLatin1(row.chosen));
    QTemporaryDir dir;
    const QString text = textOf(write(BoardReport(plan, options), dir));
    for (const char *value : row.hidden) {
        INFO("hidden " << value);
        CHECK_FALSE(text.contains(QString::fromLatin1(value)));
    }
    for (const char *value : row.shown) {
        INFO("shown " << value);
        CHECK(text.contains(QString::fromLatin1(value)));
    }
    if (row.why) {
        CHECK(text.contains(QStringLiteral("not shown")));
        CHECK(text.contains(QString::fromLatin1(row.why)));
        // The group's own chart says its value was withheld, not that none was recorded.
        CHECK(text.contains(QStringLiteral("Values withheld to protect a small student group: not shown (small group) in 2024-25.")));
        CHECK_FALSE(text.contains(QStringLiteral("No baseline, targets or values recorded yet.")));
    } else {
        CHECK_FALSE(text.contains(QStringLiteral("not shown")));
        CHECK_FALSE(text.contains(QStringLiteral("privacy")));
    }
}

TEST_CASE("the changes since a review show nothing the review froze of a value the rule hides now", "[report][pdf][suppression]")
{
    Plan plan = smallGroupsPlan(QStringLiteral("tx"));
    const SchoolYear year(2024);
    Review review;
    review.title = QStringLiteral("Fall review");
    review.date = QDate(2025, 9, 15);
    review.year = year;
    // Frozen with every value, as the committee saw them.
    review.snapshot = ReviewCompare::snapshotOf(PlanStatus::evaluate(plan, year, review.date));
    plan.reviews.push_back(review);
    // Since then A's and C's values were corrected.
    Measure &all = plan.goals[0].objectives[0].measures[0];
    all.children[0].actuals[year].value = 13.5;
    all.children[2].actuals[year].value = 57.9;

    ReportOptions options = optionsFor(plan);
    options.compareWith = review.title;
    QTemporaryDir dir;
    const QString text = textOf(write(BoardReport(plan, options), dir));
    REQUIRE(text.contains(QStringLiteral("Changes since the Fall review")));
    CHECK(text.contains(QStringLiteral("56.7"))); // C, shown: its change is listed
    CHECK(text.contains(QStringLiteral("57.9")));
    for (const char *hidden : {"12.3", "13.5", "78.9", "11.1", "77.7"}) {
        INFO("hidden " << hidden);
        CHECK_FALSE(text.contains(QString::fromLatin1(hidden)));
    }
}
