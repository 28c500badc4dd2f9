#include "outlinecursor.h"

#include <QCoreApplication>

namespace cairn::textimport {

namespace {

OutlineItem *childAt(OutlineItem *parent, int index)
{
    return parent && index >= 0 && index < int(parent->children.size()) ? &parent->children[std::size_t(index)] : nullptr;
}

} // namespace

OutlineItem *OutlineCursor::goal()
{
    return m_goal >= 0 ? &m_outline.goals[std::size_t(m_goal)] : nullptr;
}

OutlineItem *OutlineCursor::objective()
{
    return childAt(goal(), m_objective);
}

OutlineItem *OutlineCursor::action()
{
    return childAt(objective() ? objective() : goal(), m_action);
}

OutlineItem *OutlineCursor::measure()
{
    return childAt(objective() ? objective() : goal(), m_measure);
}

OutlineItem &OutlineCursor::addGoal(OutlineItem item)
{
    item.kind = ItemKind::Goal;
    m_outline.goals.push_back(std::move(item));
    m_goal = int(m_outline.goals.size()) - 1;
    m_objective = m_action = m_measure = -1;
    return m_outline.goals.back();
}

OutlineItem &OutlineCursor::parentForObjective()
{
    if (!goal()) {
        OutlineItem added;
        added.doubt = QCoreApplication::translate("cairn::textimport::OutlineCursor",
                                                  "Added to hold objectives that come before any goal.");
        addGoal(added);
    }
    return *goal();
}

OutlineItem &OutlineCursor::addObjective(OutlineItem item)
{
    item.kind = ItemKind::Objective;
    OutlineItem &parent = parentForObjective();
    parent.children.push_back(std::move(item));
    m_objective = int(parent.children.size()) - 1;
    m_action = m_measure = -1;
    return parent.children.back();
}

OutlineItem &OutlineCursor::parentForAction()
{
    if (OutlineItem *open = objective())
        return *open;
    return parentForObjective();
}

OutlineItem &OutlineCursor::addAction(OutlineItem item)
{
    item.kind = ItemKind::Action;
    OutlineItem &parent = parentForAction();
    parent.children.push_back(std::move(item));
    m_action = int(parent.children.size()) - 1;
    m_measure = -1;
    return parent.children.back();
}

OutlineItem &OutlineCursor::addMeasure(OutlineItem item)
{
    item.kind = ItemKind::Measure;
    OutlineItem &parent = parentForAction();
    parent.children.push_back(std::move(item));
    m_measure = int(parent.children.size()) - 1;
    m_action = -1;
    return parent.children.back();
}

void OutlineCursor::closeObjective()
{
    m_objective = m_action = m_measure = -1;
}

} // namespace cairn::textimport
