#include "pagedreport.h"

#include "core/safefile.h"
#include "i18n/documentlanguage.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace cairn {

namespace {

constexpr qreal SideMargin = 64;
constexpr qreal TopMargin = 84;
constexpr qreal BottomMargin = 76;
const QColor FurnitureColor(0x61, 0x61, 0x61);

} // namespace

PagedReport::~PagedReport() = default;

void PagedReport::layOut(std::vector<std::unique_ptr<report::Block>> blocks, report::ContentsBlock *contents, const QPageSize &pageSize,
                         const Furniture &furniture, const PdfInfo &info)
{
    m_blocks = std::move(blocks);
    m_pageSize = pageSize;
    m_furniture = furniture;
    m_info = info;
    m_pages = report::paginate(m_blocks, bodyRect(), m_anchors);
    if (contents)
        contents->setPages(m_anchors);
}

QSizeF PagedReport::pageExtent() const
{
    const QSizeF inches = m_pageSize.size(QPageSize::Inch);
    return QSizeF(inches.width() * 96, inches.height() * 96);
}

QRectF PagedReport::bodyRect() const
{
    const QSizeF extent = pageExtent();
    return QRectF(SideMargin, TopMargin, extent.width() - 2 * SideMargin, extent.height() - TopMargin - BottomMargin);
}

void PagedReport::paintFurniture(QPainter &painter, int index) const
{
    const QSizeF extent = pageExtent();
    const report::TextStyle style{9.5, false, false, FurnitureColor};
    const QFont font = style.font();
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    painter.setPen(FurnitureColor);
    const qreal width = extent.width() - 2 * SideMargin;
    const qreal headerY = 44;
    painter.drawText(QRectF(SideMargin, headerY, width, 16), Qt::AlignLeft | Qt::AlignBottom,
                     metrics.elidedText(m_furniture.headerLeft, Qt::ElideRight, width * 0.42));
    painter.drawText(QRectF(SideMargin, headerY, width, 16), Qt::AlignRight | Qt::AlignBottom,
                     metrics.elidedText(m_furniture.headerRight, Qt::ElideRight, width * 0.55));
    painter.setPen(QPen(QColor(0xBD, 0xBD, 0xBD), 0.75));
    painter.drawLine(QPointF(SideMargin, headerY + 20), QPointF(extent.width() - SideMargin, headerY + 20));
    const qreal footerY = extent.height() - BottomMargin + 36;
    painter.drawLine(QPointF(SideMargin, footerY - 6), QPointF(extent.width() - SideMargin, footerY - 6));
    painter.setPen(FurnitureColor);
    painter.drawText(QRectF(SideMargin, footerY, width, 16), Qt::AlignLeft | Qt::AlignTop,
                     metrics.elidedText(m_furniture.footer, Qt::ElideRight, width * 0.75));
    painter.drawText(QRectF(SideMargin, footerY, width, 16), Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
}

void PagedReport::paintPage(QPainter &painter, int index) const
{
    // Charts and the page numbers are worded as they are painted.
    const DocumentLanguage speaking(m_language, m_numbers);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (index == 0 && m_furniture.coverBand)
        painter.fillRect(QRectF(0, 0, pageExtent().width(), 24), QColor(0x0D, 0x47, 0xA1));
    paintFurniture(painter, index);
    for (const report::Placement &placement : m_pages[std::size_t(index)].placements) {
        painter.save();
        placement.block->paint(painter, placement.rect, placement.part);
        painter.restore();
    }
}

bool PagedReport::render(QPagedPaintDevice &device, const std::function<bool(int, int)> &progress) const
{
    const DocumentLanguage speaking(m_language, m_numbers);
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const qreal scale = device.logicalDpiX() / 96.0;
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.scale(scale, scale);
        paintPage(painter, page);
        painter.restore();
        if (progress && !progress(page + 1, pageCount())) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

QString PagedReport::writePdf(const QString &path, const std::function<bool(int, int)> &progress, bool *cancelled) const
{
    if (cancelled)
        *cancelled = false;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(m_pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(m_info.title);
        writer.setCreator(m_info.creator);
        if (!render(writer, progress)) {
            if (cancelled)
                *cancelled = true;
            return tr("The document was cancelled; no file was written.");
        }
    }
    const QByteArray bytes = m_info.appendTo(buffer.data());
    return SafeFile::write(path, bytes);
}

} // namespace cairn
