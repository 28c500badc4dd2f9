#include "lastsaving.h"

#include <algorithm>

namespace cairn {

std::optional<AuditEntry> lastSaving(const std::vector<AuditEntry> &audit, std::optional<ItemKind> kind, const QString &code,
                                     const QString &newValue)
{
    const auto found = std::find_if(audit.rbegin(), audit.rend(), [&](const AuditEntry &entry) {
        return entry.kind == kind && entry.item == code && entry.newValue == newValue;
    });
    return found == audit.rend() ? std::nullopt : std::optional<AuditEntry>(*found);
}

} // namespace cairn
