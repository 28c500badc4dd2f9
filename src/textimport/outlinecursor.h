#pragma once

#include "outline.h"

namespace cairn::textimport {

// Where reading has got to in the outline: the goal, objective, action and
// measure last added, so that what comes next goes under the right one.
// Adding an item closes what sat below its level (a new objective ends the
// last action).
class OutlineCursor
{
public:
    explicit OutlineCursor(Outline &outline)
        : m_outline(outline)
    {
    }

    Outline &outline() { return m_outline; }

    OutlineItem *goal();
    OutlineItem *objective();
    OutlineItem *action();
    OutlineItem *measure();

    OutlineItem &addGoal(OutlineItem item);
    // Under the current goal; under a goal added for it (and marked
    // uncertain) when there is none yet.
    OutlineItem &addObjective(OutlineItem item);
    // Under the current objective, else directly under the goal.
    OutlineItem &addAction(OutlineItem item);
    // Under the current objective, else the goal.
    OutlineItem &addMeasure(OutlineItem item);
    void closeObjective();

private:
    OutlineItem &parentForAction();
    OutlineItem &parentForObjective();

    Outline &m_outline;
    int m_goal = -1;
    int m_objective = -1; // among the goal's children
    int m_action = -1;    // among the objective's (or the goal's) children
    int m_measure = -1;   // among the objective's (or the goal's) children
};

} // namespace cairn::textimport
