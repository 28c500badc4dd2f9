#pragma once

#include "auditentry.h"

#include <optional>
#include <vector>

namespace cairn {

// The latest entry in `audit` (kept in the order written) that set a field
// of the item `code` of `kind` (none and no code: the plan's own fields) to
// `newValue`: who saved a text there, and when, as the plan's log says.
std::optional<AuditEntry> lastSaving(const std::vector<AuditEntry> &audit, std::optional<ItemKind> kind, const QString &code,
                                     const QString &newValue);

} // namespace cairn
