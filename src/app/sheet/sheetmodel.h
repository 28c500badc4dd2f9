#pragma once

#include <QAbstractTableModel>

namespace cairn {

// A table of cells people fill like a spreadsheet (SheetView): a pasted
// block is applied in one undoable step or not at all, and each row has a
// key that survives the table being rebuilt, so that what is being typed
// can be found again after another writer's change.
class SheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // Pastes rows of cells with the top-left one at (row, column). Returns
    // an empty string when applied, else what is wrong, naming the cell;
    // then nothing changed.
    virtual QString paste(int row, int column, const QList<QStringList> &cells) = 0;

    // The key of what a row shows (a measure, a school year), and the row
    // that shows a key now (-1 when none does).
    virtual qint64 keyAt(int row) const = 0;
    virtual int rowOfKey(qint64 key) const = 0;
    // A cell as a person names it ("the 2024-25 target of 1.2-L1").
    virtual QString cellName(const QModelIndex &index) const = 0;

    // Splits clipboard text into rows of tab-separated cells.
    static QList<QStringList> parseClipboard(const QString &text);

signals:
    // What was refused and why; empty once a change went through.
    void problem(const QString &message);
};

} // namespace cairn
