#pragma once

#include "core/enums.h"

#include <QColor>
#include <QIcon>

namespace cairn {

// The status shapes of docs/status-rules.md, drawn in colour: the shape
// alone tells the statuses apart, the colour helps.
class StatusIcons
{
public:
    static QIcon icon(Status status);
    static QColor color(Status status);
};

} // namespace cairn
