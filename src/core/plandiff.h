#pragma once

#include "plan.h"

#include <vector>

namespace cairn {

// What separates two versions of a plan: whether the same items sit under
// the same parents in the same order, and which items' own fields (not
// their children) differ. A window uses it to take another writer's change
// in place, item by item, rather than rebuilding everything.
struct PlanDiff {
    struct Item {
        ItemKind kind;
        qint64 id;
        bool operator==(const Item &) const = default;
    };

    bool sameShape = false;   // same goals, objectives, actions and measures, placed alike
    bool planFields = false;  // the plan's own fields (title, years, mission, ...)
    bool reviews = false;     // reviews, their notes or recommendations
    std::vector<Item> items;  // items whose own fields differ (only when sameShape)

    bool empty() const { return sameShape && !planFields && !reviews && items.empty(); }
    bool contains(ItemKind kind, qint64 id) const;

    static PlanDiff between(const Plan &before, const Plan &after);
};

// The plan's own fields: the plan without its goals, reviews and log.
Plan ownFields(const Plan &plan);

} // namespace cairn
