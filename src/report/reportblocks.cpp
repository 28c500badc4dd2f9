#include "reportblocks.h"

#include "chartpainter.h"
#include "statusshape.h"

#include "core/statustext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace cairn::report {

namespace {

constexpr qreal CellPadding = 4;
const QColor RuleColor(0xBD, 0xBD, 0xBD);
const QColor HeaderFill(0xEC, 0xEF, 0xF1);
const QColor ShadeFill(0xF7, 0xF8, 0xF9);
const TextStyle SecondLine{9.5, false, false, QColor(0x3F, 0x51, 0xB5)}; // "target 63%" under a value

// Paints the lines of `text` that `part` shows, `topLeft` being where the
// page's share of the block begins (at the text's left edge).
void paintText(QPainter &painter, const WrappedText &text, const QColor &color, QPointF topLeft, const Part &part = {})
{
    painter.setPen(color);
    text.paint(painter, topLeft - QPointF(0, part.top), part);
}

// Whether `part` shows the start of `text`, where a status shape goes.
bool showsStart(const Part &part, const WrappedText &text)
{
    return text.lines().empty() ? part.top == 0 : part.shows(text.lines().front());
}

TextStyle contentsStyle(int level)
{
    TextStyle style = level == 0 ? Styles::body() : Styles::muted();
    style.bold = level == 0;
    return style;
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

TextStyle Styles::tableHeader()
{
    return {10.5, true, false, QColor(0x21, 0x21, 0x21)};
}

qreal wordWidth(const QString &text, const TextStyle &style)
{
    const QFontMetricsF metrics(style.font());
    qreal widest = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest + 2 * CellPadding + 2;
}

// Text

TextBlock::TextBlock(QString text, TextStyle style, qreal spaceAfter, bool keep)
    : m_text(std::move(text))
    , m_style(style)
    , m_spaceAfter(spaceAfter)
    , m_keep(keep)
{
}

WrappedText TextBlock::layOut(qreal width) const
{
    return WrappedText(m_text, m_style.font(), width);
}

qreal TextBlock::height(qreal width) const
{
    return layOut(width).height() + m_spaceAfter;
}

std::vector<LineSpan> TextBlock::lines(qreal width) const
{
    return layOut(width).lines();
}

void TextBlock::paint(QPainter &painter, const QRectF &rect, const Part &part) const
{
    paintText(painter, layOut(rect.width()), m_style.color, rect.topLeft(), part);
}

// List item

ListItemBlock::ListItemBlock(QString marker, QString text, TextStyle style, qreal spaceAfter)
    : m_marker(std::move(marker))
    , m_text(std::move(text))
    , m_style(style)
    , m_spaceAfter(spaceAfter)
{
}

WrappedText ListItemBlock::layOut(qreal width) const
{
    return WrappedText(m_text, m_style.font(), width - indent());
}

qreal ListItemBlock::height(qreal width) const
{
    return layOut(width).height() + m_spaceAfter;
}

std::vector<LineSpan> ListItemBlock::lines(qreal width) const
{
    return layOut(width).lines();
}

void ListItemBlock::paint(QPainter &painter, const QRectF &rect, const Part &part) const
{
    const WrappedText text = layOut(rect.width());
    if (showsStart(part, text)) {
        const WrappedText marker(m_marker, m_style.font(), indent() * 0.8, 0, Qt::AlignRight);
        paintText(painter, marker, m_style.color, rect.topLeft() - QPointF(0, part.top));
    }
    paintText(painter, text, m_style.color, rect.topLeft() + QPointF(indent(), 0), part);
}

// Status line

StatusLine::StatusLine(Status status, QString text, TextStyle style, bool keep)
    : m_status(status)
    , m_text(std::move(text))
    , m_style(style)
    , m_keep(keep)
{
}

WrappedText StatusLine::layOut(qreal width) const
{
    return WrappedText(m_text, m_style.font(), width - m_style.size * 1.4);
}

qreal StatusLine::height(qreal width) const
{
    return layOut(width).height() + 8;
}

std::vector<LineSpan> StatusLine::lines(qreal width) const
{
    return layOut(width).lines();
}

void StatusLine::paint(QPainter &painter, const QRectF &rect, const Part &part) const
{
    const WrappedText text = layOut(rect.width());
    if (showsStart(part, text)) {
        const qreal shape = m_style.size * 0.95;
        const qreal lineHeight = QFontMetricsF(m_style.font()).height();
        StatusShape::paint(painter, QRectF(rect.left(), rect.top() - part.top + (lineHeight - shape) / 2, shape, shape), m_status);
    }
    paintText(painter, text, m_style.color, rect.topLeft() + QPointF(m_style.size * 1.4, 0), part);
}

// Table rows

TableRow::TableRow(std::shared_ptr<const std::vector<TableColumn>> columns, std::vector<Cell> cells, bool header, bool shaded)
    : m_columns(std::move(columns))
    , m_cells(std::move(cells))
    , m_header(header)
    , m_shaded(shaded)
{
}

// A cell's text and second line, set in its column.
struct TableRow::CellText {
    qreal left = 0;       // of the cell's content (its status shape), from the row's left
    qreal textLeft = 0;   // of its text
    TextStyle style;
    WrappedText text;
    WrappedText second;
    std::optional<Status> status;
};

namespace {

// Each column's width: its share of `width` by weight, but never narrower
// than the longest word of its heading, so that no heading's word is cut
// ("Vencimiento", "Completado" in Spanish); the room is taken from the
// columns that have some to spare, in proportion to it. The same for
// every row of a table, since only the columns count.
std::vector<qreal> columnWidths(const std::vector<TableColumn> &columns, qreal width)
{
    const qreal total = std::accumulate(columns.begin(), columns.end(), 0.0, [](qreal sum, const TableColumn &column) { return sum + column.weight; });
    std::vector<qreal> widths;
    std::vector<qreal> least;
    qreal missing = 0;
    qreal spare = 0;
    for (const TableColumn &column : columns) {
        widths.push_back(width * column.weight / total);
        least.push_back(std::min(wordWidth(column.title, Styles::tableHeader()), width / qreal(columns.size())));
        missing += std::max(0.0, least.back() - widths.back());
        spare += std::max(0.0, widths.back() - least.back());
    }
    if (missing <= 0 || spare <= 0)
        return widths;
    const qreal taken = std::min(1.0, missing / spare);
    for (std::size_t i = 0; i < widths.size(); ++i)
        widths[i] = widths[i] < least[i] ? least[i] : widths[i] - (widths[i] - least[i]) * taken;
    return widths;
}

} // namespace

std::vector<TableRow::CellText> TableRow::layOut(qreal width) const
{
    const std::vector<qreal> widths = columnWidths(*m_columns, width);
    const TextStyle rowStyle = m_header ? Styles::tableHeader() : Styles::small();
    std::vector<CellText> texts;
    qreal x = 0;
    for (std::size_t i = 0; i < m_cells.size() && i < m_columns->size(); ++i) {
        const Cell &cell = m_cells[i];
        const qreal columnWidth = widths[i];
        TextStyle style = rowStyle;
        style.bold = style.bold || cell.bold;
        const qreal left = x + CellPadding + cell.indent * 10;
        const qreal textLeft = left + (cell.status ? style.size * 1.3 : 0);
        const qreal textWidth = x + columnWidth - CellPadding - textLeft;
        const Qt::Alignment align = cell.align == Qt::AlignLeft ? (*m_columns)[i].align : cell.align;
        WrappedText text(cell.text, style.font(), textWidth, CellPadding, align);
        const qreal secondTop = text.bottom();
        texts.push_back({left, textLeft, style, std::move(text),
                         WrappedText(cell.second, SecondLine.font(), textWidth, secondTop, align),
                         cell.status});
        x += columnWidth;
    }
    return texts;
}

qreal TableRow::height(qreal width) const
{
    qreal tallest = CellPadding;
    for (const CellText &cell : layOut(width))
        tallest = std::max(tallest, cell.second.bottom());
    return tallest + CellPadding;
}

std::vector<LineSpan> TableRow::lines(qreal width) const
{
    std::vector<LineSpan> lines;
    for (const CellText &cell : layOut(width)) {
        lines.insert(lines.end(), cell.text.lines().begin(), cell.text.lines().end());
        lines.insert(lines.end(), cell.second.lines().begin(), cell.second.lines().end());
    }
    std::stable_sort(lines.begin(), lines.end(), [](const LineSpan &a, const LineSpan &b) { return a.bottom < b.bottom; });
    return lines;
}

void TableRow::paint(QPainter &painter, const QRectF &rect, const Part &part) const
{
    if (m_header)
        painter.fillRect(rect, HeaderFill);
    else if (m_shaded)
        painter.fillRect(rect, ShadeFill);
    for (const CellText &cell : layOut(rect.width())) {
        if (cell.status && showsStart(part, cell.text)) {
            const qreal shape = cell.style.size * 0.9;
            const qreal lineHeight = QFontMetricsF(cell.style.font()).height();
            StatusShape::paint(painter,
                               QRectF(rect.left() + cell.left, rect.top() - part.top + CellPadding + (lineHeight - shape) / 2, shape, shape),
                               *cell.status);
        }
        const QPointF textLeft = rect.topLeft() + QPointF(cell.textLeft, 0);
        paintText(painter, cell.text, cell.style.color, textLeft, part);
        paintText(painter, cell.second, SecondLine.color, textLeft, part);
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

void ChartBlock::paint(QPainter &painter, const QRectF &rect, const Part &) const
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

void StatusBarsBlock::paint(QPainter &painter, const QRectF &rect, const Part &) const
{
    const TextStyle label = Styles::small();
    const QFont font = label.font();
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
        paintText(painter, WrappedText(bar.label, font, labelWidth - 8), label.color, QPointF(rect.left(), y + 4));
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
            const qreal needed = 12 + QFontMetricsF(font).horizontalAdvance(text) + 4;
            if (part.width() >= needed) {
                StatusShape::paint(painter, QRectF(part.left() + 3, part.top() + 5, 10, 10), status);
                paintText(painter, WrappedText(text, font, part.width() - 15), label.color, part.topLeft() + QPointF(15, 3));
            }
            x += part.width();
        }
        y += 26;
    }
}

// Contents

std::vector<WrappedText> ContentsBlock::layOut(qreal width) const
{
    std::vector<WrappedText> titles;
    qreal y = 0;
    for (const Entry &entry : m_entries) {
        titles.emplace_back(entry.title, contentsStyle(entry.level).font(), width - 80 - entry.level * 18, y);
        y = titles.back().bottom() + 8;
    }
    return titles;
}

qreal ContentsBlock::height(qreal width) const
{
    const std::vector<WrappedText> titles = layOut(width);
    return titles.empty() ? 0 : titles.back().bottom() + 8;
}

std::vector<LineSpan> ContentsBlock::lines(qreal width) const
{
    std::vector<LineSpan> lines;
    for (const WrappedText &title : layOut(width))
        lines.insert(lines.end(), title.lines().begin(), title.lines().end());
    return lines;
}

void ContentsBlock::paint(QPainter &painter, const QRectF &rect, const Part &part) const
{
    const std::vector<WrappedText> titles = layOut(rect.width());
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries[i];
        const WrappedText &title = titles[i];
        const TextStyle style = contentsStyle(entry.level);
        const qreal indent = entry.level * 18;
        paintText(painter, title, style.color, rect.topLeft() + QPointF(indent, 0), part);
        // The page number on the title's last line, with a dotted leader to it.
        if (title.lines().empty() || !part.shows(title.lines().back()))
            continue;
        const LineSpan last = title.lines().back();
        const QFont font = style.font();
        const int page = m_pages.value(entry.anchor, 0);
        if (page > 0) {
            const WrappedText number(QString::number(page), font, 60, last.top, Qt::AlignRight);
            paintText(painter, number, style.color, QPointF(rect.right() - 60, rect.top()), Part{part.top});
        }
        const qreal titleEnd = rect.left() + indent + title.lastLineWidth() + 6;
        if (titleEnd < rect.right() - 76) {
            painter.setPen(QPen(RuleColor, 1, Qt::DotLine));
            const qreal baseline = rect.top() - part.top + last.bottom - QFontMetricsF(font).descent() - 2;
            painter.drawLine(QPointF(titleEnd, baseline), QPointF(rect.right() - 76, baseline));
        }
    }
}

} // namespace cairn::report
