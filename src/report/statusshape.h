#pragma once

#include "core/enums.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace cairn {

// The status shapes of docs/status-rules.md drawn with a painter, so the
// outline's icons, the charts' markers and the report's tables agree: the
// shape alone tells the statuses apart, the colour helps.
class StatusShape
{
public:
    static QColor color(Status status);
    // The status colour lightened toward white by `strength` (0..1), opaque:
    // for backgrounds, where see-through fills would cost more to paint.
    static QColor tint(Status status, double strength);
    // Draws the shape of `status` inside `box`. A hollow shape (a
    // preliminary value) is outlined in the status colour on white.
    static void paint(QPainter &painter, const QRectF &box, Status status, bool hollow = false);
};

} // namespace cairn
