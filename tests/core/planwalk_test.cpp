#include "testsupport.h"

#include "core/planwalk.h"

using namespace cairn;

TEST_CASE("walking a plan visits every item in outline order", "[planwalk]")
{
    Plan plan;
    Goal goal;
    goal.code = QStringLiteral("P1");
    Measure goalMeasure;
    goalMeasure.code = QStringLiteral("P1-M");
    goal.measures.push_back(goalMeasure);
    Objective objective;
    objective.code = QStringLiteral("1.1");
    Measure parent;
    parent.code = QStringLiteral("1.1-M");
    Measure child;
    child.code = QStringLiteral("1.1-Ma");
    parent.children.push_back(child);
    objective.measures.push_back(parent);
    Action action;
    action.code = QStringLiteral("1.1A");
    objective.actions.push_back(action);
    goal.objectives.push_back(objective);
    plan.goals.push_back(goal);

    QStringList visited;
    QStringList parents;
    forEachItem(plan, [&](const ItemView &item) {
        visited.append(item.code);
        if (item.parentMeasure)
            parents.append(item.parentMeasure->code);
    });
    CHECK(visited == QStringList{QStringLiteral("P1"), QStringLiteral("P1-M"), QStringLiteral("1.1"), QStringLiteral("1.1-M"),
                                 QStringLiteral("1.1-Ma"), QStringLiteral("1.1A")});
    CHECK(parents == QStringList{QStringLiteral("1.1-M")});
}
