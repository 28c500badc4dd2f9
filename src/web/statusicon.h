#pragma once

#include "core/enums.h"

#include <QString>

namespace cairn::web {

// The status shapes of docs/status-rules.md (StatusShape) as SVG, in the
// same colours: a filled circle on track, a triangle at risk, a diamond
// off track, a tick complete, … The shape tells the statuses apart
// without colour.
class StatusIcon
{
public:
    // The shape's elements in a 16 × 16 box.
    static QString elements(Status status);
    // An inline <svg> of the shape, hidden from screen readers: the status
    // word beside it is what they read.
    static QString icon(Status status);
    // The shape centred on (x, y), `size` wide, for a chart's markers.
    static QString at(Status status, double x, double y, double size);
};

} // namespace cairn::web
