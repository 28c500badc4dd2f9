// The plan's own words in Spanish: a Spanish document uses them and keeps
// the original words where there are none (docs/translation.md).
#include "testsupport.h"

#include "core/plancheck.h"
#include "core/plantexts.h"

using namespace cairn;

namespace {

Plan twoLanguagePlan()
{
    Plan plan;
    plan.title = QStringLiteral("Strategic Plan");
    plan.mission = QStringLiteral("Every student, every day");
    plan.vision = QStringLiteral("Leaders of tomorrow");
    plan.es[QStringLiteral("title")] = QStringLiteral("Plan Estratégico");
    plan.coreValues.push_back({QStringLiteral("Caring"), QStringLiteral("Kindness"), {{QStringLiteral("name"), QStringLiteral("Cuidado")}}});
    plan.sections.push_back({QStringLiteral("We believe"), QStringLiteral("All can learn."), {}});
    Goal goal;
    goal.code = QStringLiteral("P1");
    goal.title = QStringLiteral("Students");
    goal.es[QStringLiteral("title")] = QStringLiteral("Estudiantes");
    Objective objective;
    objective.code = QStringLiteral("1.1");
    objective.title = QStringLiteral("Reading");
    objective.es[QStringLiteral("title")] = QStringLiteral("   "); // blank: not a text
    Measure measure;
    measure.code = QStringLiteral("1.1-M1");
    measure.name = QStringLiteral("Readers on grade level");
    Measure group = measure;
    group.code = QStringLiteral("1.1-M1a");
    group.name = QStringLiteral("English learners");
    group.es[QStringLiteral("name")] = QStringLiteral("Estudiantes de inglés");
    measure.children.push_back(group);
    objective.measures.push_back(measure);
    Action action;
    action.code = QStringLiteral("1.1A");
    action.description = QStringLiteral("Tutoring");
    action.es[QStringLiteral("description")] = QStringLiteral("Tutorías");
    objective.actions.push_back(action);
    goal.objectives.push_back(objective);
    plan.goals.push_back(goal);
    return plan;
}

} // namespace

TEST_CASE("a Spanish document uses the plan's Spanish texts and the original words where there are none", "[plantexts]")
{
    const Plan plan = twoLanguagePlan();
    CHECK(PlanTexts::inLanguage(plan, QStringLiteral("en")) == plan);

    const Plan spanish = PlanTexts::inLanguage(plan, QStringLiteral("es"));
    CHECK(spanish.title == QStringLiteral("Plan Estratégico"));
    CHECK(spanish.mission == plan.mission); // none: the original
    CHECK(spanish.coreValues[0].name == QStringLiteral("Cuidado"));
    CHECK(spanish.coreValues[0].description == QStringLiteral("Kindness"));
    CHECK(spanish.sections[0].heading == QStringLiteral("We believe"));
    const Goal &goal = spanish.goals[0];
    CHECK(goal.title == QStringLiteral("Estudiantes"));
    CHECK(goal.objectives[0].title == QStringLiteral("Reading")); // a blank Spanish text is none
    CHECK(goal.objectives[0].measures[0].name == QStringLiteral("Readers on grade level"));
    CHECK(goal.objectives[0].measures[0].children[0].name == QStringLiteral("Estudiantes de inglés"));
    CHECK(goal.objectives[0].actions[0].description == QStringLiteral("Tutorías"));
    CHECK(goal.code == QStringLiteral("P1")); // codes are not texts
}

TEST_CASE("the texts still without Spanish are counted and named, once a plan has begun to carry Spanish", "[plantexts][plancheck]")
{
    Plan plan = twoLanguagePlan();
    // title, mission, vision, a value's name and description, a section's
    // heading and body, P1's title, 1.1's title, two measures' names, an action.
    CHECK(PlanTexts::texts(plan).size() == 12);
    const std::vector<PlanTexts::Text> missing = PlanTexts::untranslated(plan);
    CHECK(missing.size() == 7);
    CHECK(std::find(missing.begin(), missing.end(), PlanTexts::Text{QStringLiteral("mission"), QStringLiteral("mission")}) != missing.end());
    CHECK(std::find(missing.begin(), missing.end(), PlanTexts::Text{QStringLiteral("1.1"), QStringLiteral("title")}) != missing.end());
    CHECK(std::find(missing.begin(), missing.end(), PlanTexts::Text{QStringLiteral("core value 1"), QStringLiteral("description")})
          != missing.end());

    const auto said = [](const Plan &p) {
        for (const Finding &finding : PlanCheck::run(p))
            if (finding.message.contains(QStringLiteral("no Spanish text yet")))
                return finding.message;
        return QString();
    };
    CHECK(said(plan).startsWith(QStringLiteral("7 of the plan's 12 texts have no Spanish text yet (mission, vision, core value 1 description")));

    // A plan without any Spanish is not nagged; one with all of it neither.
    Plan english = plan;
    english = PlanTexts::inLanguage(english, QStringLiteral("en"));
    english.es.clear();
    english.coreValues[0].es.clear();
    english.goals[0].es.clear();
    english.goals[0].objectives[0].measures[0].children[0].es.clear();
    english.goals[0].objectives[0].actions[0].es.clear();
    CHECK(said(english).isEmpty());
}
