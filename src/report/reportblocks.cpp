#include "reportblocks.h"

#include "chartpainter.h"
#include "statusshape.h"

#include "core/statustext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <numeric>

namespace cairn::report {

namespace {

constexpr qreal CellPadding = 4;
constexpr int TextFlags = Qt::TextWordWrap;
const QColor RuleColor(0xBD, 0xBD, 0xBD);
const QColor HeaderFill(0xEC, 0xEF, 0xF1);
const QColor ShadeFill(0xF7, 0xF8, 0xF9);

qreal textHeight(const QString &text, const TextStyle &style, qreal width)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(style.font()).boundingRect(QRectF(0, 0, std::max<qreal>(1, width), 1e6), TextFlags, text).height();
}

void drawText(QPainter &painter, const QRectF &rect, const QString &text, const TextStyle &style, Qt::Alignment align = Qt::AlignLeft)
{
    painter.setFont(style.font());
    painter.setPen(style.color);
    painter.drawText(rect, int(align | Qt::AlignTop) | TextFlags, text);
}

} // namespace

QFont TextStyle::font() const
{
    QFont font;
    font.setPixelSize(std::max(1, int(std::lround(size))));
    font.setBold(bold);
    font.setItalic(italic);
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures where the script does not need them, so "efficient" is
    // copied and searched as typed rather than with an "ﬃ" glyph.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

TextStyle Styles::body()
{
    return {};
}

TextStyle Styles::muted()
{
    return {12.5, false, false, QColor(0x61, 0x61, 0x61)};
}

TextStyle Styles::small()
{
    return {10.5, false, false, QColor(0x42, 0x42, 0x42)};
}

TextStyle Styles::heading(int level)
{
    switch (level) {
    case 1:
        return {25, true, false, QColor(0x0D, 0x47, 0xA1)};
    case 2:
        return {17, true, false, QColor(0x21, 0x21, 0x21)};
    default:
        return {14, true, false, QColor(0x21, 0x21, 0x21)};
    }
}

// Text

TextBlock::TextBlock(QString text, TextStyle style, qreal spaceAfter, bool keep)
    : m_text(std::move(text))
    , m_style(style)
    , m_spaceAfter(spaceAfter)
    , m_keep(keep)
{
}

qreal TextBlock::height(qreal width) const
{
    return textHeight(m_text, m_style, width) + m_spaceAfter;
}

void TextBlock::paint(QPainter &painter, const QRectF &rect) const
{
    drawText(painter, rect, m_text, m_style);
}

// Status line

StatusLine::StatusLine(Status status, QString text, TextStyle style, bool keep)
    : m_status(status)
    , m_text(std::move(text))
    , m_style(style)
    , m_keep(keep)
{
}

qreal StatusLine::height(qreal width) const
{
    return textHeight(m_text, m_style, width - m_style.size * 1.4) + 8;
}

void StatusLine::paint(QPainter &painter, const QRectF &rect) const
{
    const qreal shape = m_style.size * 0.95;
    const qreal lineHeight = QFontMetricsF(m_style.font()).height();
    StatusShape::paint(painter, QRectF(rect.left(), rect.top() + (lineHeight - shape) / 2, shape, shape), m_status);
    drawText(painter, rect.adjusted(m_style.size * 1.4, 0, 0, 0), m_text, m_style);
}

// Table rows

TableRow::TableRow(std::shared_ptr<const std::vector<TableColumn>> columns, std::vector<Cell> cells, bool header, bool shaded)
    : m_columns(std::move(columns))
    , m_cells(std::move(cells))
    , m_header(header)
    , m_shaded(shaded)
{
}

std::vector<qreal> TableRow::widths(qreal width) const
{
    const qreal total = std::accumulate(m_columns->begin(), m_columns->end(), 0.0,
                                        [](qreal sum, const TableColumn &column) { return sum + column.weight; });
    std::vector<qreal> widths;
    for (const TableColumn &column : *m_columns)
        widths.push_back(width * column.weight / total);
    return widths;
}

qreal TableRow::height(qreal width) const
{
    const std::vector<qreal> columnWidths = widths(width);
    const TextStyle style = m_header ? TextStyle{10.5, true, false, QColor(0x21, 0x21, 0x21)} : Styles::small();
    qreal tallest = 0;
    for (std::size_t i = 0; i < m_cells.size() && i < columnWidths.size(); ++i) {
        const Cell &cell = m_cells[i];
        const qreal inner = columnWidths[i] - 2 * CellPadding - cell.indent * 10 - (cell.status ? style.size * 1.3 : 0);
        TextStyle cellStyle = style;
        cellStyle.bold = cellStyle.bold || cell.bold;
        qreal height = textHeight(cell.text, cellStyle, inner);
        if (!cell.second.isEmpty())
            height += textHeight(cell.second, TextStyle{9.5, false, false, {}}, inner);
        tallest = std::max(tallest, height);
    }
    return tallest + 2 * CellPadding;
}

void TableRow::paint(QPainter &painter, const QRectF &rect) const
{
    const std::vector<qreal> columnWidths = widths(rect.width());
    if (m_header)
        painter.fillRect(rect, HeaderFill);
    else if (m_shaded)
        painter.fillRect(rect, ShadeFill);
    const TextStyle style = m_header ? TextStyle{10.5, true, false, QColor(0x21, 0x21, 0x21)} : Styles::small();
    qreal x = rect.left();
    for (std::size_t i = 0; i < m_cells.size() && i < columnWidths.size(); ++i) {
        const Cell &cell = m_cells[i];
        QRectF inner(x + CellPadding + cell.indent * 10, rect.top() + CellPadding, columnWidths[i] - 2 * CellPadding - cell.indent * 10,
                     rect.height() - 2 * CellPadding);
        if (cell.status) {
            const qreal shape = style.size * 0.9;
            const qreal lineHeight = QFontMetricsF(style.font()).height();
            StatusShape::paint(painter, QRectF(inner.left(), inner.top() + (lineHeight - shape) / 2, shape, shape), *cell.status);
            inner.setLeft(inner.left() + style.size * 1.3);
        }
        TextStyle cellStyle = style;
        cellStyle.bold = cellStyle.bold || cell.bold;
        const Qt::Alignment align = cell.align == Qt::AlignLeft ? (*m_columns)[i].align : cell.align;
        drawText(painter, inner, cell.text, cellStyle, align);
        if (!cell.second.isEmpty()) {
            const qreal first = textHeight(cell.text, cellStyle, inner.width());
            drawText(painter, inner.adjusted(0, first, 0, 0), cell.second, TextStyle{9.5, false, false, QColor(0x3F, 0x51, 0xB5)}, align);
        }
        x += columnWidths[i];
    }
    painter.setPen(QPen(RuleColor, m_header ? 1.0 : 0.5));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
}

// Charts

ChartBlock::ChartBlock(ChartFigure figure, qreal height)
    : m_figure(std::move(figure))
    , m_height(height)
{
}

void ChartBlock::paint(QPainter &painter, const QRectF &rect) const
{
    ChartStyle style;
    style.fontSize = 10.5;
    ChartPainter::paintFigure(painter, rect.adjusted(0, 4, 0, -10), m_figure, style);
}

// Status bars

StatusBarsBlock::StatusBarsBlock(std::vector<Bar> bars)
    : m_bars(std::move(bars))
{
}

qreal StatusBarsBlock::height(qreal) const
{
    return m_bars.size() * 26.0 + 8;
}

void StatusBarsBlock::paint(QPainter &painter, const QRectF &rect) const
{
    const TextStyle label = Styles::small();
    const qreal labelWidth = rect.width() * 0.22;
    int most = 1;
    for (const Bar &bar : m_bars) {
        int total = 0;
        for (const auto &part : bar.parts)
            total += part.second;
        most = std::max(most, total);
    }
    qreal y = rect.top();
    for (const Bar &bar : m_bars) {
        drawText(painter, QRectF(rect.left(), y + 4, labelWidth - 8, 20), bar.label, label);
        qreal x = rect.left() + labelWidth;
        const qreal scale = (rect.width() - labelWidth) / most;
        for (const auto &[status, count] : bar.parts) {
            if (count == 0)
                continue;
            const QRectF part(x, y + 2, count * scale, 20);
            painter.fillRect(part, StatusShape::tint(status, 0.24));
            painter.setPen(QPen(Qt::white, 1));
            painter.drawLine(part.topRight(), part.bottomRight());
            const QString text = QString::number(count);
            const qreal needed = 12 + QFontMetricsF(label.font()).horizontalAdvance(text) + 4;
            if (part.width() >= needed) {
                StatusShape::paint(painter, QRectF(part.left() + 3, part.top() + 5, 10, 10), status);
                drawText(painter, QRectF(part.left() + 15, part.top() + 3, part.width() - 15, 16), text, label);
            }
            x += part.width();
        }
        y += 26;
    }
}

// Contents

qreal ContentsBlock::height(qreal width) const
{
    qreal height = 0;
    for (const Entry &entry : m_entries)
        height += textHeight(entry.title, entry.level == 0 ? Styles::body() : Styles::muted(), width - 80 - entry.level * 18) + 8;
    return height;
}

void ContentsBlock::paint(QPainter &painter, const QRectF &rect) const
{
    qreal y = rect.top();
    for (const Entry &entry : m_entries) {
        TextStyle style = entry.level == 0 ? Styles::body() : Styles::muted();
        style.bold = entry.level == 0;
        const qreal indent = entry.level * 18;
        const qreal textWidth = rect.width() - 80 - indent;
        const qreal height = textHeight(entry.title, style, textWidth);
        drawText(painter, QRectF(rect.left() + indent, y, textWidth, height), entry.title, style);
        const int page = m_pages.value(entry.anchor, 0);
        drawText(painter, QRectF(rect.right() - 60, y, 60, height), page > 0 ? QString::number(page) : QString(), style, Qt::AlignRight);
        // A dotted leader from the title's last line to the page number.
        const QFontMetricsF metrics(style.font());
        const qreal titleEnd = rect.left() + indent + metrics.horizontalAdvance(entry.title) + 6;
        if (titleEnd < rect.right() - 76) {
            painter.setPen(QPen(RuleColor, 1, Qt::DotLine));
            const qreal baseline = y + height - metrics.descent() - 2;
            painter.drawLine(QPointF(titleEnd, baseline), QPointF(rect.right() - 76, baseline));
        }
        y += height + 8;
    }
}

} // namespace cairn::report
