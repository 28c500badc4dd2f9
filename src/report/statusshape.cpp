#include "statusshape.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace cairn {

namespace {

QPainterPath polygon(std::initializer_list<QPointF> points)
{
    QPainterPath path;
    bool first = true;
    for (const QPointF &point : points) {
        if (first)
            path.moveTo(point);
        else
            path.lineTo(point);
        first = false;
    }
    path.closeSubpath();
    return path;
}

// A filled shape, or with `hollow` its outline on white.
void fillOrOutline(QPainter &painter, const QPainterPath &path, const QColor &color, qreal stroke, bool hollow)
{
    if (hollow) {
        painter.setPen(QPen(color, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::white);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
    }
    painter.drawPath(path);
}

} // namespace

QColor StatusShape::color(Status status)
{
    switch (status) {
    case Status::OnTrack:
        return QColor(0x2E, 0x7D, 0x32);
    case Status::AtRisk:
        return QColor(0xD8, 0x84, 0x00);
    case Status::OffTrack:
        return QColor(0xC6, 0x28, 0x28);
    case Status::Complete:
        return QColor(0x15, 0x65, 0xC0);
    case Status::NotStarted:
        return QColor(0x61, 0x61, 0x61);
    case Status::NoData:
    case Status::NoTarget:
        return QColor(0x75, 0x75, 0x75);
    case Status::NotYetDue:
        return QColor(0x78, 0x90, 0x9C);
    case Status::Discontinued:
        return QColor(0x42, 0x42, 0x42);
    }
    return Qt::gray;
}

QColor StatusShape::tint(Status status, double strength)
{
    const QColor base = color(status);
    const auto mix = [strength](int channel) { return int(std::lround(255 - (255 - channel) * strength)); };
    return QColor(mix(base.red()), mix(base.green()), mix(base.blue()));
}

void StatusShape::paint(QPainter &painter, const QRectF &box, Status status, bool hollow)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = StatusShape::color(status);
    const qreal s = std::min(box.width(), box.height());
    const QRectF r(box.center().x() - s / 2, box.center().y() - s / 2, s, s);
    const qreal stroke = std::max<qreal>(1.0, s / 8.0);
    const QRectF inset = r.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);
    QPen pen(color, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

    switch (status) {
    case Status::OnTrack: {
        QPainterPath circle;
        circle.addEllipse(inset);
        fillOrOutline(painter, circle, color, stroke, hollow);
        break;
    }
    case Status::AtRisk:
        fillOrOutline(painter,
                      polygon({QPointF(r.center().x(), inset.top()), inset.bottomRight(), inset.bottomLeft()}),
                      color, stroke, hollow);
        break;
    case Status::OffTrack:
        fillOrOutline(painter,
                      polygon({QPointF(r.center().x(), inset.top()), QPointF(inset.right(), r.center().y()),
                               QPointF(r.center().x(), inset.bottom()), QPointF(inset.left(), r.center().y())}),
                      color, stroke, hollow);
        break;
    case Status::NoTarget:
        painter.setPen(pen);
        painter.setBrush(Qt::white);
        painter.drawPath(polygon({QPointF(r.center().x(), inset.top()), QPointF(inset.right(), r.center().y()),
                                  QPointF(r.center().x(), inset.bottom()), QPointF(inset.left(), r.center().y())}));
        break;
    case Status::Complete: {
        painter.setPen(QPen(color, s / 6.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        QPainterPath check;
        check.moveTo(r.left() + s * 0.18, r.top() + s * 0.55);
        check.lineTo(r.left() + s * 0.42, r.top() + s * 0.78);
        check.lineTo(r.left() + s * 0.84, r.top() + s * 0.24);
        painter.drawPath(check);
        break;
    }
    case Status::NotStarted:
        painter.setPen(pen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(inset.adjusted(s / 18, s / 18, -s / 18, -s / 18));
        break;
    case Status::NoData:
        pen.setStyle(Qt::DotLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(inset.adjusted(s / 18, s / 18, -s / 18, -s / 18));
        break;
    case Status::NotYetDue:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        for (int i = 0; i < 3; ++i)
            painter.drawEllipse(QPointF(r.left() + s * (0.22 + 0.28 * i), r.center().y()), s / 11, s / 11);
        break;
    case Status::Discontinued:
        painter.setPen(QPen(color, s / 7.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(r.left() + s * 0.25, r.top() + s * 0.25), QPointF(r.left() + s * 0.75, r.top() + s * 0.75));
        painter.drawLine(QPointF(r.left() + s * 0.75, r.top() + s * 0.25), QPointF(r.left() + s * 0.25, r.top() + s * 0.75));
        break;
    }
    painter.restore();
}

} // namespace cairn
