#include "statusicons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace cairn {

namespace {

QPixmap draw(Status status, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = StatusIcons::color(status);
    const qreal s = size;
    const qreal m = s * 0.12; // margin
    const QRectF box(m, m, s - 2 * m, s - 2 * m);
    QPen pen(color, s / 9.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

    switch (status) {
    case Status::OnTrack:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(box);
        break;
    case Status::AtRisk: {
        QPainterPath triangle;
        triangle.moveTo(s / 2, m);
        triangle.lineTo(s - m, s - m);
        triangle.lineTo(m, s - m);
        triangle.closeSubpath();
        painter.fillPath(triangle, color);
        break;
    }
    case Status::OffTrack:
    case Status::NoTarget: {
        QPainterPath diamond;
        diamond.moveTo(s / 2, m);
        diamond.lineTo(s - m, s / 2);
        diamond.lineTo(s / 2, s - m);
        diamond.lineTo(m, s / 2);
        diamond.closeSubpath();
        if (status == Status::OffTrack) {
            painter.fillPath(diamond, color);
        } else {
            painter.setPen(pen);
            painter.drawPath(diamond);
        }
        break;
    }
    case Status::Complete: {
        painter.setPen(QPen(color, s / 6.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath check;
        check.moveTo(s * 0.18, s * 0.55);
        check.lineTo(s * 0.42, s * 0.78);
        check.lineTo(s * 0.84, s * 0.24);
        painter.drawPath(check);
        break;
    }
    case Status::NotStarted:
        painter.setPen(pen);
        painter.drawEllipse(box.adjusted(s / 18, s / 18, -s / 18, -s / 18));
        break;
    case Status::NoData:
        pen.setStyle(Qt::DotLine);
        painter.setPen(pen);
        painter.drawEllipse(box.adjusted(s / 18, s / 18, -s / 18, -s / 18));
        break;
    case Status::NotYetDue:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        for (int i = 0; i < 3; ++i)
            painter.drawEllipse(QPointF(s * (0.22 + 0.28 * i), s / 2), s / 11, s / 11);
        break;
    case Status::Discontinued:
        painter.setPen(QPen(color, s / 7.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(s * 0.25, s * 0.25), QPointF(s * 0.75, s * 0.75));
        painter.drawLine(QPointF(s * 0.75, s * 0.25), QPointF(s * 0.25, s * 0.75));
        break;
    }
    return pixmap;
}

} // namespace

QColor StatusIcons::color(Status status)
{
    switch (status) {
    case Status::OnTrack:
        return QColor(0x2E, 0x7D, 0x32);
    case Status::AtRisk:
        return QColor(0xE0, 0x8E, 0x00);
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

QIcon StatusIcons::icon(Status status)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(status));
    if (it == cache.end()) {
        QIcon icon;
        for (int size : {16, 24, 32, 48})
            icon.addPixmap(draw(status, size));
        it = cache.insert(int(status), icon);
    }
    return *it;
}

} // namespace cairn
