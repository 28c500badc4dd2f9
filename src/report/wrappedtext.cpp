#include "wrappedtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace cairn::report {

WrappedText::WrappedText(const QString &text, const QFont &font, qreal width, qreal top, Qt::Alignment align)
    : m_top(top)
{
    if (text.isEmpty())
        return;
    // Line breaks in the plan's text are kept, as QPainter::drawText keeps them.
    QString shown = text;
    shown.replace(QLatin1Char('\r'), QLatin1Char(' '));
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_unique<QTextLayout>(shown, font);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    // Lines start on whole units with the font's leading between them and are
    // as tall as the font (QTextLine::height() rounds up), as
    // QPainter::drawText sets them.
    const qreal leading = QFontMetricsF(font).leading();
    qreal y = 0;
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(std::max<qreal>(1, width));
        if (!m_lines.empty())
            y += leading;
        y = std::ceil(y);
        line.setPosition(QPointF(0, y));
        const qreal height = line.ascent() + line.descent();
        m_lines.push_back({top + y, top + y + height});
        y += height;
    }
    m_layout->endLayout();
    m_height = y;
}

WrappedText::WrappedText(WrappedText &&) noexcept = default;
WrappedText::~WrappedText() = default;

qreal WrappedText::lastLineWidth() const
{
    return m_layout ? m_layout->lineAt(m_layout->lineCount() - 1).naturalTextWidth() : 0;
}

void WrappedText::paint(QPainter &painter, QPointF blockTopLeft, const Part &part) const
{
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        if (part.shows(m_lines[i]))
            m_layout->lineAt(int(i)).draw(&painter, blockTopLeft + QPointF(0, m_top));
    }
}

} // namespace cairn::report
