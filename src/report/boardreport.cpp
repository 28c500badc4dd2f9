#include "boardreport.h"

#include "pdfinfo.h"
#include "reportcontent.h"

#include "core/planstatus.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace cairn {

namespace {

constexpr qreal SideMargin = 64;
constexpr qreal TopMargin = 84;
constexpr qreal BottomMargin = 76;
const QColor FurnitureColor(0x61, 0x61, 0x61);

} // namespace

BoardReport::BoardReport(const Plan &plan, const ReportOptions &options)
    : m_plan(plan)
    , m_options(options)
{
    const PlanStatus status = PlanStatus::evaluate(plan, options.year, options.asOf);
    m_content = std::make_unique<report::ReportContent>(plan, status, m_options);
    const QSizeF extent = pageExtent();
    m_pages = report::paginate(m_content->blocks(),
                               QRectF(SideMargin, TopMargin, extent.width() - 2 * SideMargin, extent.height() - TopMargin - BottomMargin),
                               m_anchors);
    m_content->contents()->setPages(m_anchors);
}

BoardReport::~BoardReport() = default;

QPageSize BoardReport::pageSize() const
{
    return QPageSize(m_options.paper == ReportOptions::Paper::A4 ? QPageSize::A4 : QPageSize::Letter);
}

QSizeF BoardReport::pageExtent() const
{
    const QSizeF inches = pageSize().size(QPageSize::Inch);
    return QSizeF(inches.width() * 96, inches.height() * 96);
}

void BoardReport::paintFurniture(QPainter &painter, int index) const
{
    const QSizeF extent = pageExtent();
    const report::TextStyle style{9.5, false, false, FurnitureColor};
    const QFont font = style.font();
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    painter.setPen(FurnitureColor);
    const qreal width = extent.width() - 2 * SideMargin;
    const QString title = metrics.elidedText(m_plan.title, Qt::ElideRight, width * 0.55);
    const QString organization = metrics.elidedText(m_plan.organization, Qt::ElideRight, width * 0.42);
    const qreal headerY = 44;
    painter.drawText(QRectF(SideMargin, headerY, width, 16), Qt::AlignLeft | Qt::AlignBottom, organization);
    painter.drawText(QRectF(SideMargin, headerY, width, 16), Qt::AlignRight | Qt::AlignBottom, title);
    painter.setPen(QPen(QColor(0xBD, 0xBD, 0xBD), 0.75));
    painter.drawLine(QPointF(SideMargin, headerY + 20), QPointF(extent.width() - SideMargin, headerY + 20));
    const qreal footerY = extent.height() - BottomMargin + 36;
    painter.drawLine(QPointF(SideMargin, footerY - 6), QPointF(extent.width() - SideMargin, footerY - 6));
    painter.setPen(FurnitureColor);
    painter.drawText(QRectF(SideMargin, footerY, width, 16), Qt::AlignLeft | Qt::AlignTop,
                     tr("Progress Report · School Year %1 · %2")
                         .arg(m_options.year.label(), QLocale().toString(m_options.reportDate, QLocale::LongFormat)));
    painter.drawText(QRectF(SideMargin, footerY, width, 16), Qt::AlignRight | Qt::AlignTop,
                     tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
}

void BoardReport::paintPage(QPainter &painter, int index) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (index == 0) {
        // The cover's band of colour.
        painter.fillRect(QRectF(0, 0, pageExtent().width(), 24), QColor(0x0D, 0x47, 0xA1));
    }
    paintFurniture(painter, index);
    for (const report::Placement &placement : m_pages[std::size_t(index)].placements) {
        painter.save();
        placement.block->paint(painter, placement.rect);
        painter.restore();
    }
}

bool BoardReport::render(QPagedPaintDevice &device, const std::function<bool(int, int)> &progress) const
{
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

QString BoardReport::writePdf(const QString &path, const std::function<bool(int, int)> &progress, bool *cancelled) const
{
    if (cancelled)
        *cancelled = false;
    const QString subject = tr("Progress Report — School Year %1").arg(m_options.year.label());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(pageSize());
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(m_plan.title);
        writer.setCreator(QStringLiteral("Cairn " CAIRN_VERSION));
        if (!render(writer, progress)) {
            if (cancelled)
                *cancelled = true;
            return tr("The report was cancelled; no file was written.");
        }
    }
    PdfInfo info;
    info.title = m_plan.title + QStringLiteral(" — ") + subject;
    info.author = m_plan.organization;
    info.subject = subject;
    info.keywords = tr("strategic plan, progress report, %1").arg(m_options.year.label());
    info.creator = QStringLiteral("Cairn " CAIRN_VERSION);
    const QByteArray bytes = info.appendTo(buffer.data());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("%1 could not be written: %2").arg(path, file.errorString());
    return {};
}

} // namespace cairn
