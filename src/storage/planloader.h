#pragma once

#include "core/plan.h"

#include <QSqlDatabase>

namespace cairn {

// Reads a whole plan from an open plan file.
class PlanLoader
{
public:
    static Plan load(const QSqlDatabase &db);
    // The audit log, all of it or one item's (by its code then), oldest first
    // or, with `newestFirst`, newest first.
    static std::vector<AuditEntry> audit(const QSqlDatabase &db, const QString &code = {}, bool newestFirst = false);
};

} // namespace cairn
