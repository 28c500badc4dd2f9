#include "testsupport.h"

#include "core/plandiff.h"

using namespace cairn;

namespace {

// Goal 1 (objective 1.1 with measure 11 and action 21; measure 12 under the goal).
Plan smallPlan()
{
    Plan plan;
    plan.title = QStringLiteral("Plan");
    Goal goal;
    goal.id = 1;
    goal.code = QStringLiteral("1");
    Measure goalMeasure;
    goalMeasure.id = 12;
    goalMeasure.code = QStringLiteral("1-M");
    goal.measures.push_back(goalMeasure);
    Objective objective;
    objective.id = 2;
    objective.code = QStringLiteral("1.1");
    Measure measure;
    measure.id = 11;
    measure.code = QStringLiteral("1.1-M");
    objective.measures.push_back(measure);
    Action action;
    action.id = 21;
    action.code = QStringLiteral("1.1A");
    objective.actions.push_back(action);
    goal.objectives.push_back(objective);
    plan.goals.push_back(goal);
    return plan;
}

} // namespace

TEST_CASE("a plan diff names the items another writer changed, or says the shape changed", "[plandiff]")
{
    struct Row {
        const char *change;
        std::function<void(Plan &)> apply;
        bool sameShape;
        bool planFields;
        bool reviews;
        std::vector<PlanDiff::Item> items;
    };
    const std::vector<Row> rows = {
        {"nothing", [](Plan &) {}, true, false, false, {}},
        {"an actual value", [](Plan &p) { p.goals[0].objectives[0].measures[0].actuals[SchoolYear(2024)].value = 61; },
         true, false, false, {{ItemKind::Measure, 11}}},
        {"a goal's title (its children untouched)", [](Plan &p) { p.goals[0].title = QStringLiteral("Readers"); },
         true, false, false, {{ItemKind::Goal, 1}}},
        {"an action's state and a goal measure's unit",
         [](Plan &p) {
             p.goals[0].objectives[0].actions[0].status = ActionStatus::Complete;
             p.goals[0].measures[0].unit = Unit::Percent;
         },
         true, false, false, {{ItemKind::Measure, 12}, {ItemKind::Action, 21}}},
        {"the plan's mission", [](Plan &p) { p.mission = QStringLiteral("All students"); }, true, true, false, {}},
        {"a review added", [](Plan &p) { p.reviews.push_back(Review()); }, true, false, true, {}},
        {"the audit log only", [](Plan &p) { p.audit.push_back(AuditEntry()); }, true, false, false, {}},
        {"an action added", [](Plan &p) { p.goals[0].objectives[0].actions.push_back(Action()); }, false, false, false, {}},
        {"a measure removed", [](Plan &p) { p.goals[0].measures.clear(); }, false, false, false, {}},
        {"a measure moved to another parent",
         [](Plan &p) {
             p.goals[0].objectives[0].measures.push_back(p.goals[0].measures[0]);
             p.goals[0].measures.clear();
         },
         false, false, false, {}},
    };
    for (const Row &row : rows) {
        INFO(row.change);
        const Plan before = smallPlan();
        Plan after = before;
        row.apply(after);
        const PlanDiff diff = PlanDiff::between(before, after);
        CHECK(diff.sameShape == row.sameShape);
        CHECK(diff.planFields == row.planFields);
        CHECK(diff.reviews == row.reviews);
        CHECK(diff.items == row.items);
    }
}
