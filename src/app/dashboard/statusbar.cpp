#include "statusbar.h"

#include "report/statusshape.h"

#include <QPainter>

namespace cairn {

StatusBar::StatusBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StatusBar::setCounts(const StatusCounts &counts)
{
    m_counts = counts;
    update();
}

QSize StatusBar::sizeHint() const
{
    return {200, fontMetrics().height() + 10};
}

void StatusBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int total = m_counts.total();
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    if (total == 0) {
        painter.setPen(QPen(QColor(0xBD, 0xBD, 0xBD), 1, Qt::DashLine));
        painter.drawRect(area);
        return;
    }
    qreal x = area.left();
    for (int s = 0; s <= int(Status::Discontinued); ++s) {
        const int count = m_counts[Status(s)];
        if (count == 0)
            continue;
        const qreal width = area.width() * count / total;
        const QRectF part(x, area.top(), width, area.height());
        painter.fillRect(part, StatusShape::tint(Status(s), 0.27));
        painter.setPen(QPen(Qt::white, 1));
        painter.drawLine(part.topRight(), part.bottomRight());
        const qreal shape = area.height() * 0.6;
        if (width > shape * 1.6)
            StatusShape::paint(painter, QRectF(part.center().x() - shape / 2, part.center().y() - shape / 2, shape, shape), Status(s));
        x += width;
    }
}

} // namespace cairn
