#include "pane.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace cairn {

Pane::Pane(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
}

void Pane::watch(QLineEdit *edit)
{
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        if (!m_filling && edit->isModified()) {
            edit->setModified(false);
            commit();
        }
    });
}

void Pane::watch(QPlainTextEdit *edit)
{
    edit->installEventFilter(this);
}

void Pane::watch(QComboBox *combo)
{
    connect(combo, &QComboBox::activated, this, [this] {
        if (!m_filling)
            commit();
    });
}

void Pane::watch(QSpinBox *spin)
{
    connect(spin, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            commit();
    });
}

bool Pane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && !m_filling) {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(watched); edit && edit->document()->isModified()) {
            edit->document()->setModified(false);
            commit();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Pane::setReadOnly(const QList<QWidget *> &fields, bool readOnly)
{
    for (QWidget *field : fields) {
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->setReadOnly(readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            text->setReadOnly(readOnly);
        else
            field->setEnabled(!readOnly);
    }
}

void Pane::fill(QLineEdit *edit, const QString &text)
{
    if (edit->hasFocus() && edit->isModified())
        return;
    if (edit->text() != text)
        edit->setText(text);
    edit->setModified(false);
}

void Pane::fill(QPlainTextEdit *edit, const QString &text)
{
    if (edit->hasFocus() && edit->document()->isModified())
        return;
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
    edit->document()->setModified(false);
}

void Pane::showProblem(const QString &text)
{
    if (!m_message)
        return;
    m_message->setText(text);
    m_message->setVisible(true);
}

void Pane::clearProblem()
{
    if (m_message)
        m_message->setVisible(false);
}

QString Pane::refusal(const FieldProblems &problems, const QString &consequence)
{
    if (problems.empty())
        return {};
    // The rules' messages are phrases ("the tolerance must not be negative").
    QString sentence = problems.front().message;
    sentence[0] = sentence[0].toUpper();
    return tr("%1; %2.").arg(sentence, consequence);
}

} // namespace cairn
