#include "testsupport.h"

#include "core/itemrules.h"

#include <functional>

using namespace cairn;

namespace {

Measure validMeasure()
{
    Measure measure;
    measure.code = QStringLiteral("1.1-M1");
    measure.name = QStringLiteral("Graduation rate");
    measure.unit = Unit::Percent;
    measure.tolerance = 2;
    measure.baseline = {SchoolYear(2021), 80.0, QStringLiteral("State report"), {}};
    measure.finalTarget = {SchoolYear(2026), 90.0};
    measure.targets[SchoolYear(2024)] = 85;
    measure.actuals[SchoolYear(2024)] = Actual::of(84, QStringLiteral("Final"), QStringLiteral("Ana"));
    measure.assessments.push_back({SchoolYear(2024), Status::OnTrack, QStringLiteral("Fine"), QStringLiteral("Board"), {}});
    return measure;
}

struct Case {
    const char *name;
    std::function<void(Measure &)> change;
    const char *field; // empty: accepted
    const char *words;
};

bool names(const FieldProblems &problems, const char *field, const char *words)
{
    for (const FieldProblem &problem : problems)
        UNSCOPED_INFO(problem.toString().toStdString());
    return std::any_of(problems.begin(), problems.end(), [&](const FieldProblem &problem) {
        return problem.field == QString::fromUtf8(field) && problem.message.contains(QString::fromUtf8(words));
    });
}

const QString longText(int length)
{
    return QString(length, QLatin1Char('x'));
}

} // namespace

TEST_CASE("a measure's fields keep the plan's limits, each named by its field", "[rules]")
{
    const std::vector<Case> cases{
        {"as it is", [](Measure &) {}, "", ""},
        {"values at the limits", [](Measure &m) {
             m.baseline.value = -1e15;
             m.finalTarget.value = 1e15;
             m.targets[SchoolYear(2025)] = 1e15;
             m.actuals[SchoolYear(2025)] = Actual::of(-1e15, longText(100'000));
             m.tolerance = 1e15;
             m.name = longText(1'000);
             m.code = longText(40);
             m.customUnit = longText(100);
             m.decimals = 6;
         }, "", ""},
        {"a pending baseline", [](Measure &m) { m.baseline.value.reset(); }, "", ""},
        {"blank code", [](Measure &m) { m.code = QStringLiteral(" "); }, "code", "the code is required"},
        {"long code", [](Measure &m) { m.code = longText(41); }, "code", "at most 40"},
        {"no name", [](Measure &m) { m.name.clear(); }, "name", "the name is required"},
        {"long name", [](Measure &m) { m.name = longText(1'001); }, "name", "at most 1000"},
        {"long description", [](Measure &m) { m.description = longText(100'001); }, "description", "at most 100000"},
        {"long unit", [](Measure &m) { m.customUnit = longText(101); }, "customUnit", "at most 100"},
        {"seven decimals", [](Measure &m) { m.decimals = 7; }, "decimals", "from 0 to 6"},
        {"negative tolerance", [](Measure &m) { m.tolerance = -1; }, "tolerance", "must not be negative"},
        {"huge tolerance", [](Measure &m) { m.tolerance = 1e16; }, "tolerance", "between -1e15 and 1e15"},
        {"huge baseline", [](Measure &m) { m.baseline.value = 1e20; }, "baseline.value", "between -1e15 and 1e15"},
        {"baseline without year", [](Measure &m) { m.baseline.year.reset(); }, "baseline.year", "needs its school year"},
        {"final target without year", [](Measure &m) { m.finalTarget.year.reset(); }, "finalTarget.year", "needs its school year"},
        {"huge final target", [](Measure &m) { m.finalTarget.value = -1e16; }, "finalTarget.value", "between -1e15 and 1e15"},
        {"huge target", [](Measure &m) { m.targets[SchoolYear(2024)] = 1e300; }, "targets[\"2024-25\"]", "the target for 2024-25"},
        {"huge actual", [](Measure &m) { m.actuals[SchoolYear(2024)].value = 1000000000000001.0; }, "actuals[\"2024-25\"].value",
         "the actual 1000000000000001 is not between"},
        {"long note", [](Measure &m) { m.actuals[SchoolYear(2024)].note = longText(100'001); }, "actuals[\"2024-25\"].note",
         "100001 characters long; at most 100000"},
        {"long source", [](Measure &m) { m.actuals[SchoolYear(2024)].source = longText(1'001); }, "actuals[\"2024-25\"].source", "at most 1000"},
        {"as of in 1800", [](Measure &m) { m.actuals[SchoolYear(2024)].asOf = QDate(1800, 6, 30); }, "actuals[\"2024-25\"].asOf",
         "1800-06-30 is not between 1900 and 2201"},
        {"due in 1800", [](Measure &m) { m.dueDate = QDate(1800, 6, 30); }, "due", "is not between 1900 and 2201"},
        {"long rationale", [](Measure &m) { m.assessments[0].rationale = longText(100'001); }, "assessments[0].rationale", "at most 100000"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        Measure measure = validMeasure();
        c.change(measure);
        const FieldProblems problems = ItemRules::measure(measure);
        if (*c.field == '\0')
            CHECK(problems.empty());
        else
            CHECK(names(problems, c.field, c.words));
    }
}

TEST_CASE("the plan, its items and its reviews keep the limits too", "[rules]")
{
    Plan plan;
    plan.title = QStringLiteral("Plan");
    plan.firstYear = SchoolYear(2022);
    plan.lastYear = SchoolYear(2026);
    plan.reportYear = SchoolYear(2024);
    plan.coreValues.push_back({QStringLiteral("Equity"), {}, {}});
    CHECK(ItemRules::plan(plan).empty());

    Plan reversed = plan;
    reversed.lastYear = SchoolYear(2020);
    CHECK(names(ItemRules::plan(reversed), "lastYear", "the last year 2020-21 is before the first year 2022-23"));
    Plan outside = plan;
    outside.reportYear = SchoolYear(2030);
    CHECK(names(ItemRules::plan(outside), "reportYear", "outside the plan's years"));
    Plan untitled = plan;
    untitled.title = QStringLiteral("  ");
    CHECK(names(ItemRules::plan(untitled), "title", "the title is required"));
    Plan nameless = plan;
    nameless.coreValues.push_back({{}, QStringLiteral("A value without a name"), {}});
    CHECK(names(ItemRules::plan(nameless), "coreValues[1].name", "the name is required"));

    Goal goal;
    goal.code = QStringLiteral("G1");
    goal.title = longText(1'001);
    goal.rationale = {QStringLiteral("Research"), longText(100'001)};
    const FieldProblems goalProblems = ItemRules::goal(goal);
    CHECK(names(goalProblems, "title", "at most 1000"));
    CHECK(names(goalProblems, "rationale[1]", "at most 100000"));

    Action action;
    action.code = QStringLiteral("1.1A");
    action.description = QStringLiteral("Train teachers");
    action.percentComplete = 150;
    action.notes.push_back({QDate(), QStringLiteral("Started"), {}});
    action.responsibilities.push_back({{}, QStringLiteral("Leads")});
    const FieldProblems actionProblems = ItemRules::action(action);
    CHECK(names(actionProblems, "percentComplete", "from 0 to 100"));
    CHECK(names(actionProblems, "notes[0].date", "needs its date"));
    CHECK(names(actionProblems, "responsibilities[0].role", "the role is required"));

    Review review;
    review.title = QStringLiteral("Fall review");
    review.year = SchoolYear(2024);
    review.recommendations.push_back({0, QStringLiteral("Do more"), QStringLiteral("G1"), {}});
    review.snapshot.push_back({ItemKind::Measure, QStringLiteral("1.1-M1"), QStringLiteral("M"), Status::OnTrack, false, 0.5, 1e16, 3});
    const FieldProblems reviewProblems = ItemRules::review(review);
    CHECK(names(reviewProblems, "recommendations[0].changes", "at least one state change"));
    CHECK(names(reviewProblems, "snapshot[0].target", "between -1e15 and 1e15"));

    // An audit entry's values may join whole lists, longer than any one field.
    AuditEntry entry;
    entry.field = QStringLiteral("notes");
    entry.newValue = longText(300'000);
    CHECK(ItemRules::auditEntry(entry).empty());
    entry.field.clear();
    CHECK(names(ItemRules::auditEntry(entry), "field", "the field is required"));
}
