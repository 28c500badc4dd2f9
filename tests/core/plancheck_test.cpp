#include "testsupport.h"

#include "core/findinggroups.h"
#include "core/plancheck.h"

using namespace cairn;

namespace {

Plan tidyPlan()
{
    Plan plan;
    plan.organization = QStringLiteral("Test District");
    plan.title = QStringLiteral("Plan");
    plan.firstYear = SchoolYear(2022);
    plan.lastYear = SchoolYear(2026);
    plan.reportYear = SchoolYear(2024);
    Goal goal;
    goal.code = QStringLiteral("G1");
    goal.title = QStringLiteral("Goal");
    goal.owner = QStringLiteral("Superintendent");
    Objective objective;
    objective.code = QStringLiteral("1.1");
    objective.title = QStringLiteral("Objective");
    Measure measure;
    measure.code = QStringLiteral("1.1-M1");
    measure.name = QStringLiteral("Graduation rate");
    measure.unit = Unit::Percent;
    measure.source = QStringLiteral("State report");
    measure.baseline = {SchoolYear(2021), 80.0, {}, {}};
    measure.finalTarget = {SchoolYear(2026), 90.0};
    objective.measures.push_back(measure);
    Action action;
    action.code = QStringLiteral("1.1A");
    action.description = QStringLiteral("Do it");
    action.due = Timepoint::ongoing();
    objective.actions.push_back(action);
    goal.objectives.push_back(objective);
    plan.goals.push_back(goal);
    return plan;
}

bool hasFinding(const std::vector<Finding> &findings, Finding::Severity severity, const QString &item, const char *words)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding &finding) {
        return finding.severity == severity && finding.item == item && finding.message.contains(QLatin1String(words));
    });
}

} // namespace

TEST_CASE("a tidy plan has no findings", "[plancheck]")
{
    const auto findings = PlanCheck::run(tidyPlan());
    for (const Finding &finding : findings)
        UNSCOPED_INFO(finding.item.toStdString() << ": " << finding.message.toStdString());
    CHECK(findings.empty());
}

TEST_CASE("plan checks name each gap by its item code", "[plancheck]")
{
    using S = Finding::Severity;
    struct Case {
        const char *name;
        std::function<void(Plan &)> change;
        S severity;
        const char *item;
        const char *words;
    };
    const std::vector<Case> cases{
        {"measure without baseline", [](Plan &p) { p.goals[0].objectives[0].measures[0].baseline = {}; }, S::Warning, "1.1-M1", "no baseline"},
        {"pending baseline", [](Plan &p) { p.goals[0].objectives[0].measures[0].baseline.value.reset(); }, S::Warning, "1.1-M1", "still to be collected"},
        {"measure without unit", [](Plan &p) { p.goals[0].objectives[0].measures[0].unit = Unit::Unspecified; }, S::Warning, "1.1-M1", "no unit"},
        {"measure without source", [](Plan &p) { p.goals[0].objectives[0].measures[0].source.clear(); }, S::Warning, "1.1-M1", "where its data comes from"},
        {"measure without final target", [](Plan &p) { p.goals[0].objectives[0].measures[0].finalTarget = {}; }, S::Warning, "1.1-M1", "no final target"},
        {"measure without any owner", [](Plan &p) { p.goals[0].owner.clear(); }, S::Warning, "1.1-M1", "no owner"},
        {"action without any owner", [](Plan &p) { p.goals[0].owner.clear(); }, S::Warning, "1.1A", "no owner"},
        {"action without timeline", [](Plan &p) { p.goals[0].objectives[0].actions[0].due = {}; }, S::Warning, "1.1A", "no timeline"},
        {"objective without measure", [](Plan &p) { p.goals[0].objectives[0].measures.clear(); }, S::Warning, "1.1", "no measure"},
        {"duplicate code", [](Plan &p) { p.goals[0].objectives[0].actions[0].code = QStringLiteral("1.1"); }, S::Error, "1.1", "already used by the objective \"Objective\""},
        {"years out of order", [](Plan &p) { p.lastYear = SchoolYear(2020); }, S::Error, "", "before the first year"},
        {"report year outside plan", [](Plan &p) { p.reportYear = SchoolYear(2030); }, S::Error, "", "outside the plan"},
        {"final before baseline", [](Plan &p) { p.goals[0].objectives[0].measures[0].finalTarget.year = SchoolYear(2020); }, S::Error, "1.1-M1", "not after its baseline"},
        {"percent complete out of range", [](Plan &p) { p.goals[0].objectives[0].actions[0].percentComplete = 120; }, S::Error, "1.1A", "0 to 100"},
        {"target against direction", [](Plan &p) { p.goals[0].objectives[0].measures[0].targets[SchoolYear(2023)] = 78; }, S::Warning, "1.1-M1", "lower than for 2021-22 (80)"},
        {"target against lower-is-better", [](Plan &p) {
             auto &m = p.goals[0].objectives[0].measures[0];
             m.direction = Direction::LowerIsBetter;
             m.finalTarget.value = 70;
             m.targets[SchoolYear(2024)] = 82;
         }, S::Warning, "1.1-M1", "higher than for 2021-22 (80), although lower is better"},
        {"final target outside the plan", [](Plan &p) { p.goals[0].objectives[0].measures[0].finalTarget.year = SchoolYear(2028); }, S::Warning, "1.1-M1", "final target is for 2028-29, outside"},
        {"actual after the report year", [](Plan &p) { p.goals[0].objectives[0].measures[0].actuals[SchoolYear(2025)] = Actual::of(85); }, S::Warning, "1.1-M1", "after the year under review 2024-25"},
        {"actual after the plan", [](Plan &p) { p.goals[0].objectives[0].measures[0].actuals[SchoolYear(2027)] = Actual::of(85); }, S::Error, "1.1-M1", "after the plan ends"},
        {"negative tolerance", [](Plan &p) { p.goals[0].objectives[0].measures[0].tolerance = -1; }, S::Error, "1.1-M1", "tolerance: the tolerance must not be negative"},
        {"actual beyond 1e15", [](Plan &p) { p.goals[0].objectives[0].measures[0].actuals[SchoolYear(2024)] = Actual::of(1e16); }, S::Error, "1.1-M1", "between -1e15 and 1e15"},
        {"note beyond 100,000 characters", [](Plan &p) { p.goals[0].objectives[0].measures[0].actuals[SchoolYear(2024)] = Actual::of(85, QString(100'001, QLatin1Char('n'))); }, S::Error, "1.1-M1", "at most 100000"},
        {"code beyond 40 characters", [](Plan &p) { p.goals[0].objectives[0].actions[0].code = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"); }, S::Error, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "at most 40"},
        {"blank code", [](Plan &p) { p.goals[0].objectives[0].actions[0].code = QStringLiteral(" "); }, S::Error, "Do it", "the code is required"},
        {"plan without title", [](Plan &p) { p.title.clear(); }, S::Error, "", "title: the title is required"},
        {"review note beyond 100,000 characters", [](Plan &p) {
             Review review;
             review.title = QStringLiteral("Fall");
             review.year = SchoolYear(2024);
             review.notes.push_back({QStringLiteral("G1"), QString(100'001, QLatin1Char('n')), {}, {}});
             p.reviews.push_back(review);
         }, S::Error, "", "reviews[0].notes[0].text"},
        {"milestone without due date", [](Plan &p) { p.goals[0].objectives[0].measures[0].type = MeasureType::Milestone; }, S::Warning, "1.1-M1", "no due date"},
    };
    for (const Case &c : cases) {
        Plan plan = tidyPlan();
        c.change(plan);
        INFO(c.name);
        const auto findings = PlanCheck::run(plan);
        CHECK(hasFinding(findings, c.severity, QString::fromLatin1(c.item), c.words));
        CHECK(PlanCheck::hasErrors(findings) == (c.severity == S::Error));
        // Every finding about an item has a kind, so that people read it grouped.
        for (const Finding &finding : findings)
            CHECK((finding.item.isEmpty() || !finding.group.isEmpty()));
    }
}

TEST_CASE("findings of one kind are grouped under it, naming each item once", "[plancheck]")
{
    Plan plan = tidyPlan();
    plan.goals[0].owner.clear();
    Objective &objective = plan.goals[0].objectives[0];
    for (const char *code : {"1.1B", "1.1C"}) {
        Action action = objective.actions[0];
        action.code = QLatin1String(code);
        objective.actions.push_back(action);
    }
    const auto groups = FindingGroups::group(PlanCheck::run(plan));
    const auto owners = std::find_if(groups.begin(), groups.end(),
                                     [](const FindingGroup &group) { return group.heading == QStringLiteral("Actions without an owner"); });
    REQUIRE(owners != groups.end());
    CHECK_FALSE(owners->specific());
    CHECK(FindingGroups::summary(*owners, 12) == QStringLiteral("Actions without an owner: 3 (1.1A, 1.1B, 1.1C)"));
}

TEST_CASE("an item's own owner or its objective's satisfies the owner check", "[plancheck]")
{
    Plan plan = tidyPlan();
    plan.goals[0].owner.clear();
    plan.goals[0].objectives[0].owner = QStringLiteral("Director");
    CHECK_FALSE(hasFinding(PlanCheck::run(plan), Finding::Severity::Warning, QStringLiteral("1.1A"), "no owner"));
}

TEST_CASE("a value far beyond the measure's others, or a fraction of a count, is a warning to check", "[plancheck][plausibility]")
{
    Plan plan = tidyPlan();
    Measure &measure = plan.goals[0].objectives[0].measures[0];
    measure.actuals[SchoolYear(2023)] = Actual::of(85);
    measure.actuals[SchoolYear(2024)] = Actual::of(850); // a slipped key
    auto findings = PlanCheck::run(plan);
    CHECK(hasFinding(findings, Finding::Severity::Warning, QStringLiteral("1.1-M1"),
                     "Measure 1.1-M1's 2024-25 actual (850) may be mistyped. It is more than 3 times the largest value"));
    CHECK(std::count_if(findings.begin(), findings.end(), [](const Finding &f) { return f.message.contains(QLatin1String("mistyped")); }) == 1);
    CHECK_FALSE(PlanCheck::hasErrors(findings));

    measure.actuals[SchoolYear(2024)] = Actual::of(86);
    measure.unit = Unit::Count;
    measure.actuals[SchoolYear(2023)] = Actual::of(85.5);
    findings = PlanCheck::run(plan);
    CHECK(hasFinding(findings, Finding::Severity::Warning, QStringLiteral("1.1-M1"),
                     "Measure 1.1-M1 counts whole things, but its 2023-24 actual is 85.5"));
    measure.decimals = 1;
    findings = PlanCheck::run(plan);
    CHECK_FALSE(hasFinding(findings, Finding::Severity::Warning, QStringLiteral("1.1-M1"), "whole things"));
}

TEST_CASE("under a suppression rule, a group's value without its size is named as not published", "[plancheck][suppression]")
{
    Plan plan = tidyPlan();
    Measure &all = plan.goals[0].objectives[0].measures[0];
    Measure group = all;
    group.code = QStringLiteral("1.1-M1a");
    group.name = QStringLiteral("Emergent bilingual");
    group.baseline = {};
    group.finalTarget = {};
    group.actuals[SchoolYear(2023)] = Actual::of(61);
    Actual sized = Actual::of(64);
    sized.n = 18;
    group.actuals[SchoolYear(2024)] = sized;
    all.children.push_back(group);

    CHECK_FALSE(hasFinding(PlanCheck::run(plan), Finding::Severity::Warning, QStringLiteral("1.1-M1a"), "group size"));
    plan.suppression = QStringLiteral("tx");
    const auto findings = PlanCheck::run(plan);
    CHECK(hasFinding(findings, Finding::Severity::Warning, QStringLiteral("1.1-M1a"), "value for 2023-24 has no group size (n)"));
    CHECK_FALSE(hasFinding(findings, Finding::Severity::Warning, QStringLiteral("1.1-M1a"), "2024-25"));
    CHECK_FALSE(hasFinding(findings, Finding::Severity::Warning, QStringLiteral("1.1-M1a"), "baseline has no group size"));

    // A baseline is a value too.
    Measure &withBaseline = plan.goals[0].objectives[0].measures[0].children[0];
    withBaseline.baseline = {SchoolYear(2022), 58, {}, std::nullopt};
    CHECK(hasFinding(PlanCheck::run(plan), Finding::Severity::Warning, QStringLiteral("1.1-M1a"), "baseline has no group size (n)"));
    withBaseline.baseline.n = 17;
    CHECK_FALSE(hasFinding(PlanCheck::run(plan), Finding::Severity::Warning, QStringLiteral("1.1-M1a"), "baseline has no group size"));
}
