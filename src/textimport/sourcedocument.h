#pragma once

#include <QList>
#include <QString>

namespace cairn::textimport {

// One paragraph or list item of a plan document, as its author laid it out.
struct SourceLine {
    QString text;         // list marker removed, spaces simplified
    int depth = 0;        // 0: a paragraph; 1: a list item; 2: an item of a list inside one; ...
    QString marker;       // "1.", "a)", "•" as written before a list item; empty for a paragraph
    int headingLevel = 0; // 1..6 when the author marked it as a heading (HTML <h2>, markdown "##")
};
using SourceLines = QList<SourceLine>;

// A table of the document: rows of cells, each cell its own lines.
struct SourceTable {
    QList<QList<SourceLines>> rows;
};

// The document in reading order: lines, and tables where it has them.
struct SourceBlock {
    SourceLine line;
    bool isTable = false;
    SourceTable table;
};
using SourceDocument = QList<SourceBlock>;

} // namespace cairn::textimport
