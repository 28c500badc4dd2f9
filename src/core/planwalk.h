#pragma once

#include "plan.h"

#include <functional>

namespace cairn {

// A read-only view of one goal, objective, action or measure while walking
// a plan, in outline order (a goal, its measures, then each objective with
// its measures and actions; child measures after their parent).
struct ItemView {
    ItemKind kind;
    const QString &code;
    const QString &title;
    const Goal *goal = nullptr;
    const Objective *objective = nullptr;
    const Action *action = nullptr;
    const Measure *measure = nullptr;
    const Measure *parentMeasure = nullptr;

    // The item's own owner, or else its objective's, or else its goal's.
    QString owner() const;
    // The item's own owner only (empty when it inherits one).
    const QString &ownOwner() const;
    // The Spanish words of its title (a measure's name, an action's
    // description); empty when it has none.
    QString spanishTitle() const;

    // The item's row id in the plan file.
    qint64 id() const
    {
        return measure ? measure->id : action ? action->id : objective ? objective->id : goal->id;
    }
};

void forEachItem(const Plan &plan, const std::function<void(const ItemView &)> &visit);

} // namespace cairn
