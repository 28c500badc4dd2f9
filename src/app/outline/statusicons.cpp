#include "statusicons.h"

#include "report/statusshape.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace cairn {

QIcon StatusIcons::icon(Status status)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(status));
    if (it == cache.end()) {
        QIcon icon;
        for (int size : {16, 24, 32, 48}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            const qreal margin = size * 0.12;
            StatusShape::paint(painter, QRectF(margin, margin, size - 2 * margin, size - 2 * margin), status);
            painter.end();
            icon.addPixmap(pixmap);
        }
        it = cache.insert(int(status), icon);
    }
    return *it;
}

} // namespace cairn
