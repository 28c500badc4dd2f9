#pragma once

#include "core/enums.h"

#include <QIcon>

namespace cairn {

// The status shapes of StatusShape as icons for item views, cached.
class StatusIcons
{
public:
    static QIcon icon(Status status);
};

} // namespace cairn
