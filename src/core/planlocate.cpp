#include "planlocate.h"

#include "planwalk.h"

namespace cairn {

namespace {

Located<Measure> inMeasures(std::vector<Measure> &measures, ItemKind parentKind, qint64 parentId, qint64 id)
{
    for (std::size_t i = 0; i < measures.size(); ++i) {
        if (measures[i].id == id)
            return {&measures, i, parentKind, parentId};
        if (auto found = inMeasures(measures[i].children, ItemKind::Measure, measures[i].id, id))
            return found;
    }
    return {};
}

} // namespace

Located<Goal> locateGoal(Plan &plan, qint64 id)
{
    for (std::size_t i = 0; i < plan.goals.size(); ++i) {
        if (plan.goals[i].id == id)
            return {&plan.goals, i, ItemKind::Goal, 0};
    }
    return {};
}

Located<Objective> locateObjective(Plan &plan, qint64 id)
{
    for (Goal &goal : plan.goals) {
        for (std::size_t i = 0; i < goal.objectives.size(); ++i) {
            if (goal.objectives[i].id == id)
                return {&goal.objectives, i, ItemKind::Goal, goal.id};
        }
    }
    return {};
}

Located<Action> locateAction(Plan &plan, qint64 id)
{
    for (Goal &goal : plan.goals) {
        for (Objective &objective : goal.objectives) {
            for (std::size_t i = 0; i < objective.actions.size(); ++i) {
                if (objective.actions[i].id == id)
                    return {&objective.actions, i, ItemKind::Objective, objective.id};
            }
        }
    }
    return {};
}

Located<Measure> locateMeasure(Plan &plan, qint64 id)
{
    for (Goal &goal : plan.goals) {
        if (auto found = inMeasures(goal.measures, ItemKind::Goal, goal.id, id))
            return found;
        for (Objective &objective : goal.objectives) {
            if (auto found = inMeasures(objective.measures, ItemKind::Objective, objective.id, id))
                return found;
        }
    }
    return {};
}

QString codeOf(const Plan &plan, ItemKind kind, qint64 id)
{
    QString code;
    forEachItem(plan, [&](const ItemView &item) {
        if (item.kind != kind || !code.isEmpty())
            return;
        if (item.id() == id)
            code = item.code;
    });
    return code;
}

} // namespace cairn
