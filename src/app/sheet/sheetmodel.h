#pragma once

#include "valuequestion.h"

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

    // What became of a paste: refused (nothing changed, `problem` says why
    // and names the cell), held back by a question (values that look
    // mistyped, ValuePlausibility; nothing changed), or applied (both empty).
    struct Outcome {
        QString problem;
        QString question;
    };
    // Rows of cells with the top-left one at (row, column).
    struct Entry {
        int row = 0;
        int column = 0;
        QList<QStringList> cells;
    };

    // Pastes an entry. Values that look mistyped are entered only when
    // `confirmed`, the answer to the outcome's question.
    virtual Outcome paste(const Entry &entry, bool confirmed = false) = 0;

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
    // A typed cell holds back a value that looks mistyped: the view asks
    // `question` and, when the answer is yes, pastes the entry confirmed.
    // Emitted from setData, while the cell's editor is still open.
    void doubted(const QString &question, const SheetModel::Entry &entry);

protected:
    // setData's part: enters one cell's text; says what was refused, or
    // raises the doubt. True when it was entered.
    bool enter(const QModelIndex &index, const QString &text);

    using Doubt = ValueQuestion::Doubt;
};

} // namespace cairn
