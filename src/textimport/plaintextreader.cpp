#include "plaintextreader.h"

#include "htmlreader.h"
#include "itemlines.h"

#include <QRegularExpression>

namespace cairn::textimport {

namespace {

const QRegularExpression &listMarker()
{
    // "- ", "* ", "• ", "○ ", "1. ", "1) ", "a. ", "b) "; not "1.2" nor "1.1A".
    static const QRegularExpression re(QStringLiteral(R"(^(\s*)([-*•·–○◦▪]|\d{1,2}[.)]|[a-zA-Z][.)])\s+(.*)$)"));
    return re;
}

const QRegularExpression &markdownHeading()
{
    static const QRegularExpression re(QStringLiteral(R"(^(#{1,6})\s+(.*?)\s*#*$)"));
    return re;
}

const QRegularExpression &htmlTag()
{
    static const QRegularExpression re(QStringLiteral(R"(<\s*(p|ul|ol|li|b|i|br|div|span|a|table|h\d)\b)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Markdown emphasis: "**Mission:**", "*the quality*", "__term__".
QString withoutEmphasis(QString text)
{
    static const QRegularExpression emphasis(QStringLiteral(R"((\*{1,3}|_{2,3})(\S(?:.*?\S)?)\1)"));
    text.replace(emphasis, QStringLiteral("\\2"));
    return text.simplified();
}

bool endsSentence(const QString &text)
{
    static const QRegularExpression end(QStringLiteral(R"([.:;!?”"]$)"));
    return end.match(text).hasMatch();
}

// A line that starts something of its own even without a blank line before
// it: a code ("1.2", "1.1A", "P1:") or a word that names a part of a plan.
bool startsItem(const QString &text)
{
    static const QRegularExpression start(
        QStringLiteral(R"(^(?:\d+(?:\.\d+)+[A-Za-z]?\b|P\d+\s*[:.]|(?:goal|priority|objective|strategy|action|activity|)"
                       R"(measure|indicator|outcome|responsib\w*|timeline|meta|objetivo|estrategia|acci[oó]n|)"
                       R"(actividad|indicador|medida|responsable|cronograma)\b))"),
        QRegularExpression::CaseInsensitiveOption);
    return start.match(text).hasMatch();
}

// "Literacy Coach: models lessons" after an item's line or another such
// line: one line each, as a list of roles and duties is written.
bool isLabelledAfterLabel(const QString &previous, const QString &text)
{
    return labelledLineOf(text) && (labelledLineOf(previous) || startsItem(previous));
}

int depthOfIndent(const QString &indent)
{
    int width = 0;
    for (const QChar c : indent)
        width += c == QLatin1Char('\t') ? 4 : 1;
    return width == 0 ? 1 : width <= 5 ? 2 : 3;
}

SourceLines cellLines(const QString &cell)
{
    if (htmlTag().match(cell).hasMatch())
        return readHtmlLines(cell);
    SourceLines lines;
    for (const SourceBlock &block : readPlainText(cell))
        if (!block.isTable)
            lines.append(block.line);
    return lines;
}

bool isTabRow(const QString &line)
{
    return line.count(QLatin1Char('\t')) >= 2;
}

bool isPipeRow(const QString &line)
{
    return line.trimmed().startsWith(QLatin1Char('|'));
}

QStringList pipeCells(const QString &line)
{
    QString inner = line.trimmed();
    inner = inner.mid(1);
    if (inner.endsWith(QLatin1Char('|')))
        inner.chop(1);
    return inner.split(QLatin1Char('|'));
}

bool isPipeSeparator(const QString &line)
{
    static const QRegularExpression separator(QStringLiteral(R"(^\s*\|[\s|:\-]+\|?\s*$)"));
    return separator.match(line).hasMatch();
}

SourceTable tableOfRows(const QList<QStringList> &rows)
{
    SourceTable table;
    for (const QStringList &row : rows) {
        QList<SourceLines> cells;
        for (const QString &cell : row)
            cells.append(cellLines(cell));
        table.rows.append(cells);
    }
    return table;
}

class Reader
{
public:
    explicit Reader(const QStringList &lines)
        : m_lines(lines)
    {
    }

    SourceDocument read()
    {
        while (m_at < m_lines.size()) {
            const QString &raw = m_lines.at(m_at);
            if (isTabRow(raw))
                readTabTable();
            else if (isPipeRow(raw))
                readPipeTable();
            else
                readLine(raw);
        }
        return m_document;
    }

private:
    // Rows of a tab-separated table run on across blank lines while the next
    // text is still a row.
    void readTabTable()
    {
        QList<QStringList> rows;
        while (m_at < m_lines.size()) {
            if (isTabRow(m_lines.at(m_at))) {
                rows.append(m_lines.at(m_at++).split(QLatin1Char('\t')));
                continue;
            }
            qsizetype next = m_at;
            while (next < m_lines.size() && m_lines.at(next).trimmed().isEmpty())
                ++next;
            if (next == m_at || next >= m_lines.size() || !isTabRow(m_lines.at(next)))
                break;
            m_at = next;
        }
        appendTable(tableOfRows(rows));
    }

    void readPipeTable()
    {
        QList<QStringList> rows;
        for (; m_at < m_lines.size() && isPipeRow(m_lines.at(m_at)); ++m_at)
            if (!isPipeSeparator(m_lines.at(m_at)))
                rows.append(pipeCells(m_lines.at(m_at)));
        appendTable(tableOfRows(rows));
    }

    void appendTable(const SourceTable &table)
    {
        SourceBlock block;
        block.isTable = true;
        block.table = table;
        m_document.append(block);
        m_open = false;
    }

    void readLine(const QString &raw)
    {
        ++m_at;
        if (raw.trimmed().isEmpty()) {
            m_open = false;
            return;
        }
        SourceLine line;
        if (const auto heading = markdownHeading().match(raw.trimmed()); heading.hasMatch()) {
            line.headingLevel = int(heading.capturedLength(1));
            line.text = withoutEmphasis(heading.captured(2));
            append(line, false);
            return;
        }
        if (const auto item = listMarker().match(raw); item.hasMatch()) {
            line.depth = depthOfIndent(item.captured(1));
            line.marker = item.captured(2);
            line.text = withoutEmphasis(item.captured(3));
            append(line, true);
            return;
        }
        line.text = withoutEmphasis(raw);
        // A line wrapped by a word processor continues the one before it.
        if (m_open && !m_document.isEmpty() && !endsSentence(m_document.last().line.text) && !startsItem(line.text)
            && !isLabelledAfterLabel(m_document.last().line.text, line.text)) {
            SourceLine &last = m_document.last().line;
            last.text = QString(last.text + QLatin1Char(' ') + line.text).simplified();
            return;
        }
        append(line, true);
    }

    void append(const SourceLine &line, bool open)
    {
        if (line.text.isEmpty())
            return;
        m_document.append(SourceBlock{line, false, {}});
        m_open = open && line.headingLevel == 0;
    }

    const QStringList m_lines;
    qsizetype m_at = 0;
    SourceDocument m_document;
    bool m_open = false; // the last line may continue on the next
};

} // namespace

SourceDocument readPlainText(const QString &text)
{
    QString normal = text;
    normal.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normal.replace(QChar(0x00A0), QLatin1Char(' '));
    return Reader(normal.split(QLatin1Char('\n'))).read();
}

} // namespace cairn::textimport
