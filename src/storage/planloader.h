#pragma once

#include "core/plan.h"

#include <QSqlDatabase>

namespace cairn {

// Reads a whole plan from an open plan file.
class PlanLoader
{
public:
    static Plan load(const QSqlDatabase &db);
};

} // namespace cairn
