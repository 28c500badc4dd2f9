#pragma once

#include "core/planstatus.h"

#include <QByteArray>

namespace cairn {

// A plan evaluation as JSON, for `cairn-cli status --format json` and other
// programs (docs/status-rules.md describes the fields).
class StatusJson
{
public:
    static QByteArray write(const PlanStatus &status);
};

} // namespace cairn
