#pragma once

#include "enums.h"

#include <QDateTime>

#include <optional>

namespace cairn {

// One change to the plan: who changed which field of which item, from what
// to what. Values are kept as the text a person would read.
struct AuditEntry {
    QDateTime when;
    QString who;
    std::optional<ItemKind> kind; // none for the plan itself
    QString item;                 // the item's code at the time
    QString field;
    QString oldValue;
    QString newValue;

    bool operator==(const AuditEntry &) const = default;
};

} // namespace cairn
