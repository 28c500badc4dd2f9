#pragma once

#include "auditentry.h"

#include <optional>
#include <vector>

namespace cairn {

// The latest entry in `audit` (kept in the order written) that set a field
// to `newValue`: who saved a text, and when, as the plan's log says.
std::optional<AuditEntry> lastSaving(const std::vector<AuditEntry> &audit, const QString &newValue);

} // namespace cairn
