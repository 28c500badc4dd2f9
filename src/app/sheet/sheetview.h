#pragma once

#include "sheetmodel.h"

#include <QTableView>

#include <optional>

namespace cairn {

class PlanDocument;

// A table edited like a spreadsheet: typing on a cell starts editing it,
// Enter saves and moves down, Tab saves and moves right, Ctrl+V pastes a
// block from the current cell. What is being typed when another window or
// cairn-cli changes the plan is kept and put back; when that writer saved
// the same cell, the model's problem signal says so, and the cell stays
// open so the person can save theirs over it (Enter) or keep the other
// (Escape). A value that looks mistyped (far beyond what the measure has
// had) is asked about first, once for a pasted block; No leaves the cells
// as they were.
class SheetView : public QTableView
{
    Q_OBJECT

public:
    SheetView(PlanDocument *document, QWidget *parent = nullptr);

    void setSheet(SheetModel *model);
    SheetModel *sheet() const { return m_sheet; }
    // Pastes the clipboard at the current cell.
    void pasteClipboard();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void commitData(QWidget *editor) override;
    // Makes sure the plan knows who is editing before a cell opens: asked
    // later, the name dialog would run inside the editor's commit, and the
    // editor could be gone when it returns.
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    using QTableView::edit;

private:
    struct Typing {
        qint64 key = 0;
        int column = 0;
        QString typed;
        QString stored; // the cell's value when the change arrived
    };
    void rememberTyping();
    void restoreTyping();
    void report(const QString &message);
    // Asks whether to enter a held-back entry; yes enters it, as one step.
    void ask(const QString &question, const SheetModel::Entry &entry);
    // The cell editor with the focus, if one is open.
    QWidget *openEditor() const;

    PlanDocument *m_document;
    SheetModel *m_sheet = nullptr;
    std::optional<Typing> m_typing;
    bool m_committing = false;
};

} // namespace cairn
