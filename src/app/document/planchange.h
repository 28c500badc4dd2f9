#pragma once

#include "core/enums.h"

#include <QMetaType>

namespace cairn {

// What one edit changed, so that views update only what they must.
struct PlanChange {
    enum class Type {
        PlanFields, // the plan's own fields (title, years, mission, ...)
        Fields,     // an item's own fields
        Added,      // an item inserted at `row` under its parent
        Removed,    // an item removed from `row` under its parent
        Moved,      // an item moved from `row` to `toRow` among its siblings
    };

    Type type = Type::Fields;
    ItemKind kind = ItemKind::Goal;
    qint64 id = 0;
    // The parent: none for goals (parentId 0); a goal, objective or measure for measures.
    ItemKind parentKind = ItemKind::Goal;
    qint64 parentId = 0;
    int row = 0;
    int toRow = 0;
};

} // namespace cairn

Q_DECLARE_METATYPE(cairn::PlanChange)
