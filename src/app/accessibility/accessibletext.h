#pragma once

#include <QCoreApplication>
#include <QModelIndex>
#include <QString>

class QAbstractItemModel;
class QWidget;

namespace cairn {

// What a screen reader says for things that show no text of their own:
// a field by the label in front of it, an empty table cell by its row and
// column. One place, so every view says it the same way.
class AccessibleText
{
    Q_DECLARE_TR_FUNCTIONS(AccessibleText)

public:
    // The text of the label whose buddy `field` is, without its mnemonic
    // and closing colon ("&Owner:" -> "Owner"); empty without such a label.
    static QString labelOf(const QWidget *field);
    // A label's text as a name: "&Owner:" -> "Owner".
    static QString fromLabel(QString text);

    // An empty cell, said by its column and row: "Target of 2025-26: empty".
    // The row is named by the text in `nameColumn`; `word` replaces "empty".
    static QString emptyCell(const QModelIndex &index, int nameColumn = 0, const QString &word = {});

    // For a model's AccessibleTextRole: the empty-cell text when the cell
    // shows nothing, else nothing (the cell's own text is said).
    static QString forEmpty(const QModelIndex &index, int nameColumn = 0);

    // Gives every empty cell of a table or tree widget's model (filled in
    // code, not computed) its empty-cell text as its AccessibleTextRole.
    static void nameEmptyCells(QAbstractItemModel *model, int nameColumn = 0, const QModelIndex &parent = {});
    // The same for one cell, after its text changed: set when empty, cleared otherwise.
    static void nameIfEmpty(QAbstractItemModel *model, const QModelIndex &index, int nameColumn = 0);
};

} // namespace cairn
