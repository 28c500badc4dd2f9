#pragma once

#include <QFont>
#include <QPointF>
#include <QString>

#include <limits>
#include <memory>
#include <vector>

class QPainter;
class QTextLayout;

namespace cairn::report {

// A line of text in a block: its top and bottom edges from the block's top.
struct LineSpan {
    qreal top = 0;
    qreal bottom = 0;
};

// The share of a block that one page shows when the block is taller than a
// page: the lines whose bottom edges lie after `from` and no later than
// `to`, with the page's rectangle starting at `top` (all from the block's
// top). The default shows the whole block.
struct Part {
    qreal top = 0;
    qreal from = -std::numeric_limits<qreal>::infinity();
    qreal to = std::numeric_limits<qreal>::infinity();

    bool shows(const LineSpan &line) const { return line.bottom > from && line.bottom <= to; }
};

// Text broken into lines that fit a width: between words where it can, and
// anywhere in a word longer than the line, so that no character is lost.
// Blocks measure and paint through the same lines, so what they paint is as
// tall as what they measured, and they can paint some of the lines only.
class WrappedText
{
public:
    // The text set `top` below its block's top.
    WrappedText(const QString &text, const QFont &font, qreal width, qreal top = 0, Qt::Alignment align = Qt::AlignLeft);
    WrappedText(WrappedText &&) noexcept;
    ~WrappedText();

    qreal height() const { return m_height; }
    qreal bottom() const { return m_top + m_height; }
    // In the block's coordinates, top to bottom.
    const std::vector<LineSpan> &lines() const { return m_lines; }
    // How far the last line's text reaches from the left edge.
    qreal lastLineWidth() const;
    // Paints the lines `part` shows, in the painter's pen; `blockTopLeft` is
    // where the block's top (whether on this page or not) and the text's left
    // edge meet.
    void paint(QPainter &painter, QPointF blockTopLeft, const Part &part = {}) const;

private:
    std::unique_ptr<QTextLayout> m_layout; // none for empty text
    std::vector<LineSpan> m_lines;
    qreal m_top;
    qreal m_height = 0;
};

} // namespace cairn::report
