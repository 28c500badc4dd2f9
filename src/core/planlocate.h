#pragma once

#include "plan.h"

namespace cairn {

// Where an item sits in a plan: the list that holds it and its place there.
// Found by row id; valid until the plan's lists change.
template<typename T>
struct Located {
    std::vector<T> *siblings = nullptr;
    std::size_t index = 0;
    ItemKind parentKind = ItemKind::Goal; // for measures: goal, objective or measure
    qint64 parentId = 0;                   // 0 for goals

    explicit operator bool() const { return siblings != nullptr; }
    T &item() const { return (*siblings)[index]; }
};

Located<Goal> locateGoal(Plan &plan, qint64 id);
Located<Objective> locateObjective(Plan &plan, qint64 id);
Located<Action> locateAction(Plan &plan, qint64 id);
Located<Measure> locateMeasure(Plan &plan, qint64 id);

// The code of any item, or an empty string.
QString codeOf(const Plan &plan, ItemKind kind, qint64 id);

} // namespace cairn
