#include "sheetview.h"

#include "sheetmodel.h"

#include "app/document/plandocument.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyledItemDelegate>

namespace cairn {

namespace {

// A cell editor with something typed in it keeps it when its cell is
// refreshed by a change from elsewhere taken in place; otherwise it would
// show the stored value until the typing is put back from the event loop,
// and a key pressed meanwhile would edit (or Enter save) that value.
class TypingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && line->isModified())
            return;
        QStyledItemDelegate::setEditorData(editor, index);
    }
};

} // namespace

SheetView::SheetView(PlanDocument *document, QWidget *parent)
    : QTableView(parent)
    , m_document(document)
{
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setTabKeyNavigation(true);
    setItemDelegate(new TypingDelegate(this));
    connect(document, &PlanDocument::aboutToTakeOutsideChange, this, &SheetView::rememberTyping);
    // Once every view has handled the change (a table rebuilt or its cells
    // refreshed): from the event loop.
    connect(document, &PlanDocument::tookOutsideChange, this, &SheetView::restoreTyping, Qt::QueuedConnection);
}

void SheetView::setSheet(SheetModel *model)
{
    m_sheet = model;
    setModel(model);
    // The question waits for the event loop: the cell's editor, still open
    // when the model raises it, closes first.
    connect(model, &SheetModel::doubted, this, [this](const QString &question, const SheetModel::Entry &entry) {
        QMetaObject::invokeMethod(this, [this, question, entry] { ask(question, entry); }, Qt::QueuedConnection);
    });
}

void SheetView::ask(const QString &question, const SheetModel::Entry &entry)
{
    if (ValueQuestion::ask(this, question))
        report(m_sheet->paste(entry, true).problem);
    else
        report({});
    setFocus();
}

QWidget *SheetView::openEditor() const
{
    QWidget *focus = QApplication::focusWidget();
    return focus && focus != viewport() && viewport()->isAncestorOf(focus) ? focus : nullptr;
}

void SheetView::report(const QString &message)
{
    emit m_sheet->problem(message);
}

void SheetView::pasteClipboard()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid()) {
        report(tr("Select the cell where the pasted values should start."));
        return;
    }
    const SheetModel::Entry entry{current.row(), current.column(), SheetModel::parseClipboard(QApplication::clipboard()->text())};
    const SheetModel::Outcome outcome = m_sheet->paste(entry);
    report(outcome.problem);
    if (!outcome.question.isEmpty())
        ask(outcome.question, entry);
}

void SheetView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        pasteClipboard();
        return;
    }
    const bool enter = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier;
    if (enter) {
        // Like a spreadsheet: Enter saves the cell and moves down. While a
        // cell is edited the delegate saves it first, from the event loop;
        // the move follows it there.
        QMetaObject::invokeMethod(
            this,
            [this] {
                const QModelIndex current = currentIndex();
                const QModelIndex below = current.sibling(current.row() + 1, current.column());
                if (below.isValid())
                    setCurrentIndex(below);
            },
            Qt::QueuedConnection);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

bool SheetView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    const bool opens = state() != EditingState && index.isValid() && (index.flags() & Qt::ItemIsEditable)
                       && (trigger == AllEditTriggers || (editTriggers() & trigger));
    if (opens && m_document->repository().actor().isEmpty())
        return false; // no name given: nothing can be saved, so nothing opens
    return QTableView::edit(index, trigger, event);
}

void SheetView::commitData(QWidget *editor)
{
    // What the editor holds is being saved: it is no typing to put back
    // afterwards, whether a change from elsewhere was taken before the save
    // (a reload waiting to put it back) or is taken by the save itself.
    m_typing.reset();
    m_committing = true;
    QTableView::commitData(editor);
    m_committing = false;
}

void SheetView::rememberTyping()
{
    // The typing of the last change is put back from the event loop: until
    // it is (after a reload, no editor is open meanwhile), it is still what
    // the person typed.
    if (m_typing || m_committing)
        return;
    const QModelIndex index = currentIndex();
    auto *editor = qobject_cast<QLineEdit *>(openEditor());
    if (!m_sheet || !index.isValid() || !editor)
        return;
    m_typing = Typing{m_sheet->keyAt(index.row()), index.column(), editor->text(), index.data(Qt::EditRole).toString()};
}

void SheetView::restoreTyping()
{
    if (!m_typing)
        return;
    const Typing typing = *std::exchange(m_typing, std::nullopt);
    const int row = m_sheet->rowOfKey(typing.key);
    if (row < 0) {
        report(tr("Another window or cairn-cli removed what you were typing \"%1\" for; it was not saved.").arg(typing.typed));
        return;
    }
    const QModelIndex index = m_sheet->index(row, typing.column);
    const QString theirs = index.data(Qt::EditRole).toString();
    if (theirs != typing.stored)
        report(tr("While you were typing \"%1\" in %2, another window or cairn-cli saved \"%3\" there. Yours is not "
                  "saved yet: press Enter to save it over theirs, or Escape to keep theirs.")
                   .arg(typing.typed, m_sheet->cellName(index), theirs.isEmpty() ? tr("nothing") : theirs));
    // In place the editor is still open (its text refreshed); after a
    // reload it was closed with the old table.
    if (!(openEditor() && currentIndex() == index)) {
        setCurrentIndex(index);
        edit(index);
    }
    if (auto *editor = qobject_cast<QLineEdit *>(openEditor())) {
        editor->setText(typing.typed);
        editor->setModified(true); // typed, as far as the next change is concerned
    }
}

} // namespace cairn
