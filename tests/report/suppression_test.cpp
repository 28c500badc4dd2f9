// The board report hides small student groups' values as the website does:
// in its tables and charts, with the reason said where values were hidden.
#include "reportpdf.h"

#include "report/boardreport.h"

using namespace cairn;
using namespace cairn::test;

namespace {

const SchoolYear Year(2024);

Measure group(const char *code, double value, std::optional<int> n)
{
    Measure measure;
    measure.code = QString::fromLatin1(code);
    measure.name = QStringLiteral("Group ") + measure.code;
    measure.unit = Unit::Percent;
    measure.decimals = 1;
    Actual actual = Actual::of(value);
    actual.n = n;
    measure.actuals[Year] = actual;
    return measure;
}

// One measure with five student groups of 3, 40, 25, 12 and 30 students.
Plan smallGroups(const QString &rule)
{
    Measure all = group("M", 71.1, 500);
    all.name = QStringLiteral("All students");
    all.children = {group("A", 12.3, 3), group("B", 34.5, 40), group("C", 56.7, 25), group("D", 78.9, 12), group("E", 64.2, 30)};
    Objective objective;
    objective.code = QStringLiteral("1.1");
    objective.title = QStringLiteral("Reading");
    objective.measures.push_back(all);
    Goal goal;
    goal.code = QStringLiteral("1");
    goal.title = QStringLiteral("Students");
    goal.objectives.push_back(objective);
    Plan plan;
    plan.organization = QStringLiteral("Small District");
    plan.title = QStringLiteral("Small groups");
    plan.firstYear = SchoolYear(2023);
    plan.lastYear = SchoolYear(2025);
    plan.reportYear = Year;
    plan.suppression = rule;
    plan.goals.push_back(goal);
    return plan;
}

} // namespace

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
        {"", nullptr, {}, {"12.3", "34.5", "56.7", "78.9", "64.2", "71.1"}, nullptr},
        {"tx", nullptr, {"12.3", "78.9"}, {"34.5", "56.7", "64.2", "71.1"}, "groups of 1 to 4 students are not shown"},
        {"", "ca", {"12.3"}, {"34.5", "56.7", "78.9", "64.2", "71.1"}, "fewer than 11 students are not shown"},
        {"tx", "none", {}, {"12.3", "34.5", "56.7", "78.9", "64.2", "71.1"}, nullptr},
    }));
    INFO("plan " << row.planRule << ", chosen " << (row.chosen ? row.chosen : "-"));
    const Plan plan = smallGroups(QString::fromLatin1(row.planRule));
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
        CHECK(text.contains(QStringLiteral("not shown (small group)")));
        CHECK(text.contains(QString::fromLatin1(row.why)));
        // The group's own chart says its value was withheld, not that none was recorded.
        CHECK(text.contains(QStringLiteral("Values withheld to protect a small student group: not shown (small group) in 2024-25.")));
        CHECK_FALSE(text.contains(QStringLiteral("No baseline, targets or values recorded yet.")));
    } else {
        CHECK_FALSE(text.contains(QStringLiteral("not shown")));
        CHECK_FALSE(text.contains(QStringLiteral("privacy")));
    }
}
