#pragma once

#include "annualchart.h"
#include "wrappedtext.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QRectF>

#include <memory>
#include <vector>

class QPainter;

namespace cairn::report {

// Sizes are in points of 1/96 inch; the renderer scales its painter so that
// the same layout prints on any device.
struct TextStyle {
    qreal size = 12.5;
    bool bold = false;
    bool italic = false;
    QColor color = QColor(0x21, 0x21, 0x21);

    QFont font() const;
};

namespace Styles {
TextStyle body();
TextStyle muted();
TextStyle small();
TextStyle heading(int level);
TextStyle tableHeader();
} // namespace Styles

// A piece of the report laid out top to bottom. A block that fits on a page
// is not split across pages (tables are laid out row by row, TableRow); one
// taller than a page is cut between its lines of text.
class Block
{
public:
    virtual ~Block() = default;
    virtual qreal height(qreal width) const = 0;
    // Where the block may be cut: its lines of text, in the order of their
    // bottom edges. None (the default): it is never cut.
    virtual std::vector<LineSpan> lines(qreal) const { return {}; }
    // Paints `part` of the block in `rect`, the share of the page it has.
    virtual void paint(QPainter &painter, const QRectF &rect, const Part &part) const = 0;
    // Keep on the page of the block that follows (headings).
    virtual bool keepWithNext() const { return false; }

    bool breakBefore = false; // start on a new page
    QString anchor;           // the contents page points here
};

class TextBlock : public Block
{
public:
    TextBlock(QString text, TextStyle style, qreal spaceAfter = 6, bool keep = false);
    qreal height(qreal width) const override;
    std::vector<LineSpan> lines(qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const Part &part) const override;
    bool keepWithNext() const override { return m_keep; }

private:
    WrappedText layOut(qreal width) const;

    QString m_text;
    TextStyle m_style;
    qreal m_spaceAfter;
    bool m_keep;
};

// An item of a list in the plan's text: its marker ("•", "2.") hanging in
// the margin, its text indented and wrapped beside it.
class ListItemBlock : public Block
{
public:
    ListItemBlock(QString marker, QString text, TextStyle style, qreal spaceAfter = 3);
    qreal height(qreal width) const override;
    std::vector<LineSpan> lines(qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const Part &part) const override;

private:
    qreal indent() const { return m_style.size * 1.9; }
    WrappedText layOut(qreal width) const;

    QString m_marker;
    QString m_text;
    TextStyle m_style;
    qreal m_spaceAfter;
};

// A line with a status shape before its text: "● On track · 36% progress".
class StatusLine : public Block
{
public:
    StatusLine(Status status, QString text, TextStyle style, bool keep = false);
    qreal height(qreal width) const override;
    std::vector<LineSpan> lines(qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const Part &part) const override;
    bool keepWithNext() const override { return m_keep; }

private:
    WrappedText layOut(qreal width) const;

    Status m_status;
    QString m_text;
    TextStyle m_style;
    bool m_keep;
};

class Spacer : public Block
{
public:
    explicit Spacer(qreal size) : m_size(size) {}
    qreal height(qreal) const override { return m_size; }
    void paint(QPainter &, const QRectF &, const Part &) const override {}

private:
    qreal m_size;
};

// One table cell: lines of text, an optional status shape before them and
// an indent (child measures under their parent).
struct Cell {
    Cell() = default;
    Cell(QString text) // NOLINT: a cell is most often just its text
        : text(std::move(text))
    {
    }
    static Cell header(QString text, Qt::Alignment align = Qt::AlignLeft)
    {
        Cell cell(std::move(text));
        cell.bold = true;
        cell.align = align;
        return cell;
    }

    QString text;
    QString second; // a second, smaller line ("target 63%")
    std::optional<Status> status;
    int indent = 0;
    bool bold = false;
    Qt::Alignment align = Qt::AlignLeft;
};

// The width a table column needs for `text` on lines of whole words: its longest word and the cell's padding.
qreal wordWidth(const QString &text, const TextStyle &style);

struct TableColumn {
    QString title;
    qreal weight = 1; // share of the table's width
    Qt::Alignment align = Qt::AlignLeft;
};

// A table's row. A row placed first on a page has the table's header row
// drawn above it again.
class TableRow : public Block
{
public:
    TableRow(std::shared_ptr<const std::vector<TableColumn>> columns, std::vector<Cell> cells, bool header, bool shaded);
    qreal height(qreal width) const override;
    std::vector<LineSpan> lines(qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const Part &part) const override;
    bool keepWithNext() const override { return m_header; }
    bool isHeader() const { return m_header; }
    const TableRow *headerRow = nullptr; // of the table this row belongs to

private:
    struct CellText;
    std::vector<CellText> layOut(qreal width) const;
    std::shared_ptr<const std::vector<TableColumn>> m_columns;
    std::vector<Cell> m_cells;
    bool m_header;
    bool m_shaded;
};

class ChartBlock : public Block
{
public:
    ChartBlock(ChartFigure figure, qreal height);
    qreal height(qreal) const override { return m_height; }
    void paint(QPainter &painter, const QRectF &rect, const Part &part) const override;

private:
    ChartFigure m_figure;
    qreal m_height;
};

// Horizontal bars, one per label, split by status with the counts written in.
class StatusBarsBlock : public Block
{
public:
    struct Bar {
        QString label;
        std::vector<std::pair<Status, int>> parts;
    };
    explicit StatusBarsBlock(std::vector<Bar> bars);
    qreal height(qreal) const override;
    void paint(QPainter &painter, const QRectF &rect, const Part &part) const override;

private:
    std::vector<Bar> m_bars;
};

// The contents page: each entry with the page its anchor landed on.
class ContentsBlock : public Block
{
public:
    struct Entry {
        QString title;
        QString anchor;
        int level = 0;
    };
    void setEntries(std::vector<Entry> entries) { m_entries = std::move(entries); }
    qreal height(qreal width) const override;
    std::vector<LineSpan> lines(qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const Part &part) const override;
    void setPages(QHash<QString, int> pages) { m_pages = std::move(pages); }
    const std::vector<Entry> &entries() const { return m_entries; }

private:
    std::vector<WrappedText> layOut(qreal width) const;

    std::vector<Entry> m_entries;
    QHash<QString, int> m_pages;
};

} // namespace cairn::report
