#include "testsupport.h"

#include "core/findinggroups.h"
#include "core/rubric.h"
#include "core/studentgroups.h"

#include <functional>

using namespace cairn;

namespace {

Measure smartMeasure(const QString &code, const QString &name)
{
    Measure measure;
    measure.code = code;
    measure.name = name;
    measure.unit = Unit::Percent;
    measure.source = QStringLiteral("State assessment results");
    measure.baseline = {SchoolYear(2022), 40.0, {}, {}};
    measure.finalTarget = {SchoolYear(2026), 52.0};
    return measure;
}

// A school plan that meets every component of Cairn's rubric.
Plan completePlan()
{
    Plan plan;
    plan.kind = PlanKind::School;
    plan.unit = QStringLiteral("Paseo del Sol Elementary");
    plan.alignsTo = PlanRef{QStringLiteral("district-id"), QStringLiteral("District Strategic Plan")};
    plan.title = QStringLiteral("Campus Improvement Plan");
    plan.firstYear = SchoolYear(2023);
    plan.lastYear = SchoolYear(2026);
    plan.reportYear = SchoolYear(2024);
    plan.mission = QStringLiteral("We grow readers, thinkers and good neighbors, one student at a time.");
    plan.vision = QStringLiteral("Every student reads on grade level by third grade.");
    plan.theoryOfAction = QStringLiteral("If teachers plan together from common assessment data and every student gets daily "
                                         "small-group reading, then more students will read on grade level.");
    plan.coreValues.push_back(NamedText{QStringLiteral("Curiosity"), QStringLiteral("We ask why."), {}});
    plan.needsAssessment = QStringLiteral("2023-24 state results: 44% of 3rd graders met grade level in reading, English "
                                          "learners 36%. Chronic absenteeism 13%. New teachers ask for more coaching.");
    plan.people.push_back(Person{QStringLiteral("Alicia Montoya"), QStringLiteral("Principal")});
    plan.people.push_back(Person{QStringLiteral("Tomás Herrera"), QStringLiteral("Parent, site council")});

    Goal goal;
    goal.code = QStringLiteral("G1");
    goal.title = QStringLiteral("Reading");
    goal.supports = {QStringLiteral("P1")};
    Objective objective;
    objective.code = QStringLiteral("G1.1");
    objective.title = QStringLiteral("More 3rd graders read on grade level");
    objective.owner = QStringLiteral("Instructional coach");
    Measure reading = smartMeasure(QStringLiteral("G1.1-M1"), QStringLiteral("3rd grade reading at grade level"));
    reading.children.push_back(smartMeasure(QStringLiteral("G1.1-M1a"), QStringLiteral("English learners")));
    objective.measures.push_back(reading);
    Action action;
    action.code = QStringLiteral("G1.1.S1");
    action.description = QStringLiteral("Daily small-group reading");
    action.owner = QStringLiteral("Grade-level teams");
    action.due = Timepoint::ongoing();
    objective.actions.push_back(action);
    goal.objectives.push_back(objective);
    plan.goals.push_back(goal);
    return plan;
}

const RubricResult &resultFor(const std::vector<RubricResult> &results, RubricPart part)
{
    return *std::find_if(results.begin(), results.end(), [part](const RubricResult &result) { return result.criterion.part == part; });
}

QString everythingToAdd(const RubricResult &result)
{
    QStringList lines;
    for (const RubricGap &gap : result.toAdd) {
        QStringList names;
        for (const RubricItem &item : gap.items)
            names.append(item.code.isEmpty() ? item.title : item.code);
        lines.append(gap.text + QLatin1Char(' ') + names.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

void forEachMeasure(Plan &plan, const std::function<void(Measure &)> &change)
{
    std::function<void(std::vector<Measure> &)> walk = [&](std::vector<Measure> &measures) {
        for (Measure &measure : measures) {
            change(measure);
            walk(measure.children);
        }
    };
    for (Goal &goal : plan.goals)
        for (Objective &objective : goal.objectives)
            walk(objective.measures);
}

} // namespace

TEST_CASE("a plan with every component meets Cairn's whole rubric, with nothing to add", "[rubric]")
{
    const auto results = Rubric::review(completePlan(), Rubric::builtIn());
    REQUIRE(results.size() == 11);
    for (const RubricResult &result : results) {
        INFO(result.label().toStdString() << ": " << result.found.toStdString() << " " << everythingToAdd(result).toStdString());
        CHECK(result.rating == Rating::Met);
        CHECK(result.toAdd.empty());
    }
}

TEST_CASE("a plan missing each component in turn is told what to add, naming the items", "[rubric]")
{
    struct Case {
        RubricPart part;
        std::function<void(Plan &)> remove;
        Rating rating;
        const char *toAdd; // words that must appear in what to add
    };
    const Case cases[] = {
        {RubricPart::Mission, [](Plan &p) { p.mission.clear(); }, Rating::Missing, "mission"},
        {RubricPart::Mission, [](Plan &p) { p.mission = QStringLiteral("TBD"); }, Rating::PartlyMet, "at least 5 words"},
        {RubricPart::Vision, [](Plan &p) { p.vision = QStringLiteral("  "); }, Rating::Missing, "vision"},
        {RubricPart::CoreValues, [](Plan &p) { p.coreValues.clear(); }, Rating::Missing, "core values"},
        {RubricPart::CoreValues,
         [](Plan &p) {
             p.coreValues.clear();
             p.sections.push_back(Section{QStringLiteral("We believe"), QStringLiteral("Every child can learn."), {}});
         },
         Rating::PartlyMet, "\"We believe\""},
        {RubricPart::DataAnalysis, [](Plan &p) { p.needsAssessment.clear(); }, Rating::PartlyMet, "Plan Details › Needs assessment"},
        {RubricPart::DataAnalysis, [](Plan &p) { p.needsAssessment = QStringLiteral("Reading is low."); }, Rating::PartlyMet,
         "Say more in the needs assessment (at least 20 words)"},
        {RubricPart::DataAnalysis,
         [](Plan &p) {
             p.needsAssessment.clear();
             p.sections.push_back(Section{QStringLiteral("Data analysis"), QStringLiteral("Too short."), {}});
         },
         Rating::PartlyMet, "Say more in the section \"Data analysis\""},
        {RubricPart::DataAnalysis,
         [](Plan &p) {
             p.needsAssessment.clear();
             forEachMeasure(p, [](Measure &m) { m.baseline = {}; });
         },
         Rating::Missing, "baseline value and its year: G1.1-M1, G1.1-M1a"},
        {RubricPart::TheoryOfAction, [](Plan &p) { p.theoryOfAction.clear(); }, Rating::Missing, "If we do these things"},
        {RubricPart::StrategicObjectives,
         [](Plan &p) {
             Goal bare;
             bare.code = QStringLiteral("G2");
             bare.title = QStringLiteral("Families");
             p.goals.push_back(bare);
         },
         Rating::PartlyMet, "under these goals: G2"},
        {RubricPart::StrategicObjectives, [](Plan &p) { p.goals.clear(); }, Rating::Missing, "goals"},
        {RubricPart::Initiatives,
         [](Plan &p) {
             Action &action = p.goals[0].objectives[0].actions[0];
             action.owner.clear();
             action.due = {};
             p.goals[0].objectives[0].owner.clear();
         },
         Rating::Missing, "owns these actions: G1.1.S1"},
        {RubricPart::Initiatives, [](Plan &p) { p.goals[0].objectives[0].actions.clear(); }, Rating::Missing,
         "under these objectives: G1.1"},
        {RubricPart::MeasurableOutcomes, [](Plan &p) { forEachMeasure(p, [](Measure &m) { m.unit = Unit::Unspecified; }); },
         Rating::Missing, "unit: G1.1-M1, G1.1-M1a"},
        {RubricPart::MeasurableOutcomes, [](Plan &p) { p.goals[0].objectives[0].measures[0].finalTarget = {}; }, Rating::PartlyMet,
         "final target and its year: G1.1-M1"},
        {RubricPart::Alignment, [](Plan &p) { p.goals[0].supports.clear(); }, Rating::Missing, "supports (its Supports field): G1, G1.1"},
        {RubricPart::Alignment, [](Plan &p) { p.alignsTo = {}; }, Rating::PartlyMet, "Choose District Plan"},
        {RubricPart::Input, [](Plan &p) { p.people.clear(); }, Rating::Missing, "who took part"},
        {RubricPart::Input, [](Plan &p) { p.people[1].role.clear(); }, Rating::PartlyMet, "their role (Plan Details › People): Tomás Herrera"},
        {RubricPart::StudentGroups, [](Plan &p) { p.goals[0].objectives[0].measures[0].children.clear(); }, Rating::Missing,
         "groups (a measure, or a child measure of the outcome it concerns): English learners"},
    };
    for (const Case &test : cases) {
        Plan plan = completePlan();
        test.remove(plan);
        const auto results = Rubric::review(plan, Rubric::builtIn());
        const RubricResult &result = resultFor(results, test.part);
        INFO(toToken(test.part).toStdString() << ": " << result.found.toStdString() << "\n" << everythingToAdd(result).toStdString());
        CHECK(result.rating == test.rating);
        CHECK(everythingToAdd(result).contains(QString::fromUtf8(test.toAdd)));
    }
}

TEST_CASE("a district plan is not reviewed for alignment or input", "[rubric]")
{
    Plan plan = completePlan();
    plan.kind = PlanKind::District;
    plan.people.clear();
    const auto results = Rubric::review(plan, Rubric::builtIn());
    CHECK(resultFor(results, RubricPart::Alignment).rating == Rating::DoesNotApply);
    CHECK(resultFor(results, RubricPart::Input).rating == Rating::DoesNotApply);
    CHECK(resultFor(results, RubricPart::Input).toAdd.empty());
}

TEST_CASE("a rubric's thresholds decide met, partly met and missing", "[rubric]")
{
    RubricCriterion criterion = Rubric::defaults(RubricPart::MeasurableOutcomes);
    struct Case {
        int satisfied, total, met, partly;
        Rating rating;
    };
    const Case cases[] = {
        {8, 10, 80, 0, Rating::Met},          {7, 10, 80, 0, Rating::PartlyMet}, {1, 10, 80, 0, Rating::PartlyMet},
        {0, 10, 80, 0, Rating::Missing},      {0, 0, 80, 0, Rating::Missing},    {9, 10, 100, 50, Rating::PartlyMet},
        {4, 10, 100, 50, Rating::Missing},    {10, 10, 100, 50, Rating::Met},
    };
    for (const Case &test : cases) {
        criterion.metPercent = test.met;
        criterion.partlyMetPercent = test.partly;
        INFO(test.satisfied << " of " << test.total << ", met " << test.met << ", partly " << test.partly);
        CHECK(Rubric::rate(test.satisfied, test.total, criterion) == test.rating);
    }
}

TEST_CASE("a state's rubric reviews its components in its order, under its labels", "[rubric]")
{
    RubricCriteria criteria;
    RubricCriterion outcomes = Rubric::defaults(RubricPart::MeasurableOutcomes);
    outcomes.label = QStringLiteral("SMART goals");
    criteria.criteria = {outcomes, Rubric::defaults(RubricPart::Mission)};
    const auto results = Rubric::review(completePlan(), criteria);
    REQUIRE(results.size() == 2);
    CHECK(results[0].label() == QStringLiteral("SMART goals"));
    CHECK(results[1].label() == QStringLiteral("Mission"));
}

TEST_CASE("student groups are found by the words and abbreviations plans use", "[rubric]")
{
    const std::pair<const char *, QStringList> cases[] = {
        {"Close the gaps for emergent bilingual students", {QStringLiteral("english-learners")}},
        {"ELL and SPED students", {QStringLiteral("english-learners"), QStringLiteral("students-with-disabilities")}},
        {"El Paso schools and the new whiteboards", {}},
        {"Black History Month", {}},
        {"Estudiantes de inglés y económicamente desfavorecidos",
         {QStringLiteral("english-learners"), QStringLiteral("economically-disadvantaged")}},
        {"Students receiving special education services", {QStringLiteral("students-with-disabilities")}},
    };
    for (const auto &[text, groups] : cases) {
        INFO(text);
        CHECK(StudentGroups::named(QString::fromUtf8(text)) == groups);
    }
}

TEST_CASE("findings of one kind are read as one line naming their items", "[rubric][plancheck]")
{
    std::vector<Finding> findings;
    for (const char *code : {"1.1.1", "1.1.2", "1.2.1"})
        findings.push_back({Finding::Severity::Warning, QLatin1String(code), QStringLiteral("Action %1 has no owner.").arg(QLatin1String(code)),
                            QStringLiteral("Actions without an owner"), false});
    findings.push_back({Finding::Severity::Error, QStringLiteral("1.3.1"), QStringLiteral("Action 1.3.1 is due before it starts."),
                        QStringLiteral("Actions due before they start"), false});
    const auto groups = FindingGroups::group(findings);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].severity == Finding::Severity::Error);
    CHECK(FindingGroups::summary(groups[1], 12) == QStringLiteral("Actions without an owner: 3 (1.1.1, 1.1.2, 1.2.1)"));
    CHECK(FindingGroups::summary(groups[1], 2) == QStringLiteral("Actions without an owner: 3 (1.1.1, 1.1.2, … and 1 more)"));
}
