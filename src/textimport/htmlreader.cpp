#include "htmlreader.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace cairn::textimport {

namespace {

// Bullets that authors type into the text of an unstyled list item.
const QRegularExpression &typedBullet()
{
    static const QRegularExpression re(QStringLiteral(R"(^[•·○◦▪■●\-–*]\s+)"));
    return re;
}

QString markerOf(const QTextList *list)
{
    switch (list->format().style()) {
    case QTextListFormat::ListDecimal: return QStringLiteral("1.");
    case QTextListFormat::ListLowerAlpha: return QStringLiteral("a.");
    case QTextListFormat::ListUpperAlpha: return QStringLiteral("A.");
    case QTextListFormat::ListLowerRoman: return QStringLiteral("i.");
    case QTextListFormat::ListUpperRoman: return QStringLiteral("I.");
    default: return QStringLiteral("•");
    }
}

SourceLine lineOf(const QTextBlock &block)
{
    SourceLine line;
    line.text = block.text().replace(QChar::LineSeparator, QLatin1Char(' ')).simplified();
    if (const QTextList *list = block.textList()) {
        line.depth = std::max(1, list->format().indent());
        line.marker = markerOf(list);
        if (line.marker.startsWith(QLatin1Char('1')) || line.marker.startsWith(QLatin1Char('a'))
            || line.marker.startsWith(QLatin1Char('A')))
            line.marker = list->itemText(block);
    }
    if (const auto match = typedBullet().match(line.text); match.hasMatch()) {
        line.text = line.text.mid(match.capturedLength());
        if (line.depth == 0)
            line.depth = 1;
        if (line.marker.isEmpty())
            line.marker = QStringLiteral("•");
    }
    line.headingLevel = block.blockFormat().headingLevel();
    return line;
}

void appendLine(SourceLines &lines, const QTextBlock &block)
{
    const SourceLine line = lineOf(block);
    if (!line.text.isEmpty())
        lines.append(line);
}

SourceLines cellLines(const QTextTableCell &cell);

SourceTable tableOf(const QTextTable *table)
{
    SourceTable read;
    for (int row = 0; row < table->rows(); ++row) {
        QList<SourceLines> cells;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            // A cell spanning columns is read once, at its first column.
            cells.append(cell.column() == column && cell.row() == row ? cellLines(cell) : SourceLines{});
        }
        read.rows.append(cells);
    }
    return read;
}

// A table inside a cell or a fragment is rare: its cells are read as lines, row by row.
void appendCells(SourceLines &lines, const SourceTable &table)
{
    for (const QList<SourceLines> &row : table.rows)
        for (const SourceLines &cell : row)
            lines.append(cell);
}

SourceLines cellLines(const QTextTableCell &cell)
{
    SourceLines lines;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        if (const auto *table = qobject_cast<const QTextTable *>(it.currentFrame()))
            appendCells(lines, tableOf(table));
        else if (it.currentBlock().isValid())
            appendLine(lines, it.currentBlock());
    }
    return lines;
}

void readFrame(const QTextFrame *frame, SourceDocument &document)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (const QTextFrame *child = it.currentFrame()) {
            if (const auto *table = qobject_cast<const QTextTable *>(child)) {
                SourceBlock block;
                block.isTable = true;
                block.table = tableOf(table);
                document.append(block);
            } else {
                readFrame(child, document);
            }
        } else if (const SourceLine line = lineOf(it.currentBlock()); !line.text.isEmpty()) {
            document.append(SourceBlock{line, false, {}});
        }
    }
}

} // namespace

SourceDocument readHtml(const QString &html)
{
    QTextDocument text;
    text.setHtml(html);
    SourceDocument document;
    readFrame(text.rootFrame(), document);
    return document;
}

SourceLines readHtmlLines(const QString &html)
{
    SourceLines lines;
    for (const SourceBlock &block : readHtml(html)) {
        if (block.isTable)
            appendCells(lines, block.table);
        else
            lines.append(block.line);
    }
    return lines;
}

} // namespace cairn::textimport
