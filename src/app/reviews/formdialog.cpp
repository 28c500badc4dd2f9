#include "formdialog.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QPlainTextEdit>

namespace cairn {

namespace {

bool isEnter(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

bool isCtrlEnter(const QKeyEvent *event)
{
    return isEnter(event) && (event->modifiers() & Qt::ControlModifier);
}

} // namespace

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent)
{
}

void FormDialog::showEvent(QShowEvent *event)
{
    // A text box takes Ctrl+Enter as a new line; it is the dialog's to take.
    for (QPlainTextEdit *text : findChildren<QPlainTextEdit *>()) {
        text->setTabChangesFocus(true);
        text->removeEventFilter(this);
        text->installEventFilter(this);
    }
    QDialog::showEvent(event);
}

bool FormDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && isCtrlEnter(static_cast<QKeyEvent *>(event))) {
        accept();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void FormDialog::keyPressEvent(QKeyEvent *event)
{
    if (isCtrlEnter(event)) {
        accept();
        return;
    }
    // Enter left over by a field (a line edit, a date, a drop-down) is not
    // "submit": the form is filled one field at a time.
    if (isEnter(event) && !qobject_cast<QAbstractButton *>(focusWidget())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace cairn
