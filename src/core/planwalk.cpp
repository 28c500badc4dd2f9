#include "planwalk.h"

namespace cairn {

namespace {

void visitMeasures(const std::vector<Measure> &measures, const Goal &goal, const Objective *objective,
                   const Measure *parent, const std::function<void(const ItemView &)> &visit)
{
    for (const Measure &measure : measures) {
        visit(ItemView{ItemKind::Measure, measure.code, measure.name, &goal, objective, nullptr, &measure, parent});
        visitMeasures(measure.children, goal, objective, &measure, visit);
    }
}

} // namespace

const QString &ItemView::ownOwner() const
{
    return measure ? measure->owner : action ? action->owner : objective ? objective->owner : goal->owner;
}

QString ItemView::spanishTitle() const
{
    if (measure)
        return translated(measure->es, QStringLiteral("name"));
    if (action)
        return translated(action->es, QStringLiteral("description"));
    return translated(objective ? objective->es : goal->es, QStringLiteral("title"));
}

QString ItemView::owner() const
{
    const QString &own = ownOwner();
    if (!own.isEmpty())
        return own;
    if (objective && !objective->owner.isEmpty())
        return objective->owner;
    return goal->owner;
}

void forEachItem(const Plan &plan, const std::function<void(const ItemView &)> &visit)
{
    for (const Goal &goal : plan.goals) {
        visit(ItemView{ItemKind::Goal, goal.code, goal.title, &goal});
        visitMeasures(goal.measures, goal, nullptr, nullptr, visit);
        for (const Objective &objective : goal.objectives) {
            visit(ItemView{ItemKind::Objective, objective.code, objective.title, &goal, &objective});
            visitMeasures(objective.measures, goal, &objective, nullptr, visit);
            for (const Action &action : objective.actions)
                visit(ItemView{ItemKind::Action, action.code, action.description, &goal, &objective, &action});
        }
    }
}

} // namespace cairn
