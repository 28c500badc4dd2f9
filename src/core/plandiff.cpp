#include "plandiff.h"

#include "planwalk.h"

#include <algorithm>

namespace cairn {

namespace {

// One item where it sits: its kind and id, and the ids of the items it
// belongs to. Two plans have the same shape when these, in outline order,
// are equal.
struct Place {
    ItemKind kind;
    qint64 id;
    qint64 goal;
    qint64 objective;
    qint64 parentMeasure;
    bool operator==(const Place &) const = default;
};

std::vector<Place> placesOf(const Plan &plan)
{
    std::vector<Place> places;
    forEachItem(plan, [&](const ItemView &view) {
        places.push_back({view.kind, view.id(), view.goal ? view.goal->id : 0, view.objective ? view.objective->id : 0,
                          view.parentMeasure ? view.parentMeasure->id : 0});
    });
    return places;
}

// The item without its children, for comparing its own fields.
Goal ownFields(Goal goal)
{
    goal.objectives.clear();
    goal.measures.clear();
    return goal;
}

Objective ownFields(Objective objective)
{
    objective.measures.clear();
    objective.actions.clear();
    return objective;
}

Measure ownFields(Measure measure)
{
    measure.children.clear();
    return measure;
}

template<typename T>
bool sameOwnFields(const T &a, const T &b)
{
    return ownFields(a) == ownFields(b);
}

bool sameOwnFields(const Action &a, const Action &b)
{
    return a == b;
}

} // namespace

bool PlanDiff::contains(ItemKind kind, qint64 id) const
{
    return std::find(items.begin(), items.end(), Item{kind, id}) != items.end();
}

PlanDiff PlanDiff::between(const Plan &before, const Plan &after)
{
    PlanDiff diff;
    diff.planFields = ownFields(before) != ownFields(after);
    diff.reviews = before.reviews != after.reviews;
    diff.sameShape = placesOf(before) == placesOf(after);
    if (!diff.sameShape)
        return diff;
    // Same shape: the two walks meet the same items in the same order.
    std::vector<ItemView> mine;
    forEachItem(before, [&](const ItemView &view) { mine.push_back(view); });
    std::size_t i = 0;
    forEachItem(after, [&](const ItemView &theirs) {
        const ItemView &own = mine[i++];
        bool same = true;
        switch (theirs.kind) {
        case ItemKind::Goal:
            same = sameOwnFields(*own.goal, *theirs.goal);
            break;
        case ItemKind::Objective:
            same = sameOwnFields(*own.objective, *theirs.objective);
            break;
        case ItemKind::Action:
            same = sameOwnFields(*own.action, *theirs.action);
            break;
        case ItemKind::Measure:
            same = sameOwnFields(*own.measure, *theirs.measure);
            break;
        }
        if (!same)
            diff.items.push_back({theirs.kind, theirs.id()});
    });
    return diff;
}

Plan ownFields(const Plan &plan)
{
    Plan fields = plan;
    fields.goals.clear();
    fields.reviews.clear();
    fields.audit.clear();
    return fields;
}

} // namespace cairn
