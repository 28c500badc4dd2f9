// The board report's School plans section: what it says of the sample
// school plans behind the Socorro district plan, computed apart from the
// drawing (SchoolPlansData), with a school's values under the report's
// year and small-group rule; and its headings and rows in the PDF.
#include "reportpdf.h"

#include "core/planstatus.h"
#include "report/boardreport.h"
#include "report/schoolplansdata.h"

#include <QRegularExpression>

using namespace cairn;
using namespace cairn::test;
using report::SchoolPlansData;

namespace {

const Plan &elementary()
{
    static const Plan plan = readPlanJson(elementarySample());
    return plan;
}

const Plan &middle()
{
    static const Plan plan = readPlanJson(middleSample());
    return plan;
}

SchoolPlansData dataFor(const std::vector<Plan> &schools, const ReportOptions &options)
{
    const Plan &district = socorro();
    const PublishedValues values = PublishedValues::of(district, PublishedValues::ruleFor(district, options.suppression));
    const PlanStatus status = PlanStatus::evaluate(values.plan, options.year, options.asOf);
    return SchoolPlansData::of(values, status, schools, options.year, options.asOf);
}

const SchoolPlansData::Row &rowOf(const SchoolPlansData &data, const QString &code)
{
    for (const SchoolPlansData::Row &row : data.rows)
        if (row.code == code)
            return row;
    FAIL("no row " << code.toStdString());
    return data.rows.front();
}

const SchoolPlansData::MeasureRow &measureRowOf(const SchoolPlansData &data, const QString &code)
{
    for (const SchoolPlansData::MeasureRow &row : data.measures)
        if (row.district.code == code)
            return row;
    FAIL("no measure " << code.toStdString());
    return data.measures.front();
}

// Paseo del Sol's campus rating (G1.1-M2, supporting district measure
// 1.1-L1) reported for a group of `n` students in 2024-25.
Plan elementaryWithGroupOf(int n)
{
    Plan plan = elementary();
    plan.goals[0].objectives[0].measures[1].actuals[SchoolYear(2024)].n = n;
    REQUIRE(plan.goals[0].objectives[0].measures[1].code == QStringLiteral("G1.1-M2"));
    return plan;
}

} // namespace

TEST_CASE("the School plans data says which schools support each district goal and objective, and which objectives none does",
          "[report][schools]")
{
    const SchoolPlansData data = dataFor({elementary(), middle()}, optionsFor(socorro()));
    CHECK(data.schools == QStringList{QStringLiteral("Paseo del Sol Elementary School"), QStringLiteral("Cerro Alto Middle School")});
    CHECK(data.objectives == 12);
    QStringList unsupported;
    for (std::size_t index : data.unsupported)
        unsupported.append(data.rows[index].code);
    CHECK(unsupported == QStringList{QStringLiteral("2.1"), QStringLiteral("3.2"), QStringLiteral("3.3"), QStringLiteral("4.1"),
                                     QStringLiteral("4.2"), QStringLiteral("4.3")});

    // Per row, only the schools behind it, with their items' count and rolled-up status.
    struct Case {
        const char *code;
        std::vector<std::tuple<const char *, int, Status>> schools;
    };
    const Case cases[] = {
        {"1.1", {{"Paseo del Sol Elementary School", 7, Status::OnTrack}, {"Cerro Alto Middle School", 4, Status::AtRisk}}},
        {"1.2", {{"Cerro Alto Middle School", 6, Status::OnTrack}}},
        {"2.1", {}},
        {"2.2", {{"Paseo del Sol Elementary School", 2, Status::OnTrack}}},
        {"P4", {}},
    };
    for (const Case &c : cases) {
        INFO(c.code);
        const SchoolPlansData::Row &row = rowOf(data, QString::fromLatin1(c.code));
        REQUIRE(row.schools.size() == c.schools.size());
        for (std::size_t i = 0; i < c.schools.size(); ++i) {
            CHECK(row.schools[i].school == QString::fromUtf8(std::get<0>(c.schools[i])));
            CHECK(row.schools[i].count == std::get<1>(c.schools[i]));
            CHECK(row.schools[i].status == std::get<2>(c.schools[i]));
        }
    }

    CHECK(data.broken == QStringList{QStringLiteral("Paseo del Sol Elementary School · objective G2.1 names 1.4"),
                                     QStringLiteral("Cerro Alto Middle School · measure G3.1-M1 names 1.3-L5")});

    // Each district measure a school measure supports, its value beside theirs.
    QStringList measures;
    for (const SchoolPlansData::MeasureRow &row : data.measures)
        measures.append(row.district.code);
    CHECK(measures == QStringList{QStringLiteral("1.1-L1"), QStringLiteral("1.2-L1"), QStringLiteral("1.3-L1"), QStringLiteral("2.3-L1"),
                                  QStringLiteral("2.3-L4")});
    const SchoolPlansData::MeasureRow &rating = measureRowOf(data, QStringLiteral("1.1-L1"));
    CHECK(rating.district.value == QStringLiteral("89"));
    REQUIRE(rating.schools.size() == 2);
    CHECK(rating.schools[0].school == QStringLiteral("Paseo del Sol Elementary School"));
    CHECK(rating.schools[0].value == QStringLiteral("85"));
    CHECK(rating.schools[0].status == Status::OnTrack);
    CHECK(rating.schools[1].value == QStringLiteral("77"));
    CHECK_FALSE(data.withheld);
}

TEST_CASE("a school's value in the School plans section is for the report's year", "[report][schools]")
{
    ReportOptions options = optionsFor(socorro());
    options.year = SchoolYear(2023);
    const SchoolPlansData data = dataFor({elementary(), middle()}, options);
    CHECK(data.year == SchoolYear(2023));
    const SchoolPlansData::MeasureRow &rating = measureRowOf(data, QStringLiteral("1.1-L1"));
    CHECK(rating.schools[0].value == QStringLiteral("82"));
    CHECK(rating.schools[1].value == QStringLiteral("76"));
}

TEST_CASE("a school's value for a small group goes through the report's small-group rule, status and all", "[report][schools][suppression]")
{
    struct Case {
        const char *rule; // the report's; the district plan has none
        int n;
        bool hidden;
    };
    const Case c = GENERATE(values<Case>({{"min-n:10", 3, true}, {"min-n:10", 30, false}, {"none", 3, false}, {"tx", 2, true}}));
    INFO(c.rule << ", a group of " << c.n);
    ReportOptions options = optionsFor(socorro());
    options.suppression = SuppressionRule::parse(QString::fromLatin1(c.rule));
    const SchoolPlansData data = dataFor({elementaryWithGroupOf(c.n), middle()}, options);
    const SchoolPlansData::Value &paseo = measureRowOf(data, QStringLiteral("1.1-L1")).schools[0];
    CHECK((paseo.value == QStringLiteral("85")) == !c.hidden);
    CHECK(paseo.status.has_value() == !c.hidden);
    CHECK(data.withheld == c.hidden);
    // The other school's value and the district's are not touched.
    CHECK(measureRowOf(data, QStringLiteral("1.1-L1")).schools[1].value == QStringLiteral("77"));

    // In the PDF too: the number is nowhere in the section, and it says why.
    QTemporaryDir dir;
    options.schools = {elementaryWithGroupOf(c.n), middle()};
    const BoardReport report(socorro(), options);
    const QString text = textOf(write(report, dir), report.sections().value(QStringLiteral("schools")),
                                report.sections().value(QStringLiteral("recommendations")) - 1, true);
    CHECK(text.contains(QStringLiteral("Paseo del Sol Elementary School")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("G1\\.1-M2 +Campus accountability rating +85\\b"))) == !c.hidden);
    CHECK(text.contains(QStringLiteral("students are not shown")) == c.hidden);
}

TEST_CASE("the board report's School plans section: headings, a row per supporting school, unsupported objectives and links to fix",
          "[report][pdf][schools]")
{
    ReportOptions options = optionsFor(socorro());
    QTemporaryDir dir;
    {
        const BoardReport without(socorro(), options);
        CHECK_FALSE(without.sections().contains(QStringLiteral("schools")));
    }
    options.schools = {elementary(), middle()};
    const BoardReport report(socorro(), options);
    REQUIRE(report.sections().contains(QStringLiteral("schools")));
    const int first = report.sections().value(QStringLiteral("schools"));
    const int last = report.sections().value(QStringLiteral("recommendations")) - 1;
    REQUIRE(last >= first);
    const QString pdf = write(report, dir);
    // The contents name the section.
    CHECK(textOf(pdf, 2, 2).contains(QStringLiteral("School plans")));
    const QString text = textOf(pdf, first, last, true);
    for (const char *heading : {"School plans", "Support by district goal and objective", "District objectives no school supports",
                                "School measures beside the district's", "Links to fix: 2"}) {
        INFO(heading);
        CHECK(text.contains(QString::fromUtf8(heading)));
    }
    CHECK(text.contains(QStringLiteral("Of the district plan's 12 objectives, 6 have at least one school behind them and 6 have none.")));
    // A row per supporting school with its count and status word (the shape is drawn beside it).
    CHECK(text.contains(QRegularExpression(QStringLiteral("1\\.1 +Improve academic achievement[^\n]*Paseo del Sol Elementary School +7 +On track"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("Cerro Alto Middle School +4 +At risk"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("2\\.1 +Recruit high quality talent +No school"))));
    CHECK(text.contains(QStringLiteral("Paseo del Sol Elementary School · objective G2.1 names 1.4")));
}
