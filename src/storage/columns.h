#pragma once

#include "core/plan.h"

#include <QVariant>

#include <span>

namespace cairn {

// One stored scalar field of an entity: its SQL column, the name the audit
// log gives it, and how to read it from and write it to the value type.
// Loading, inserting and updating all walk the same table, so a field added
// here is stored, loaded, diffed and audited without more code.
template<typename T>
struct Column {
    const char *name;  // SQL column (a fixed identifier, never user text)
    const char *field; // the field's name in the audit log and in JSON
    QVariant (*get)(const T &);
    void (*set)(T &, const QVariant &);
};

std::span<const Column<Plan>> planColumns();
std::span<const Column<Goal>> goalColumns();
std::span<const Column<Objective>> objectiveColumns();
std::span<const Column<Action>> actionColumns();
std::span<const Column<Measure>> measureColumns();

} // namespace cairn
