#pragma once

#include "formdialog.h"

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace cairn {

// What the committee says, typed during a meeting: a choice or two (the
// item, a status) and a text, in the walk-through's type size so the room
// can read it. Tab moves between the fields, Enter starts a new line and
// Ctrl+Enter (or OK) records it.
class EntryDialog : public FormDialog
{
    Q_OBJECT

public:
    // `label` names the text box ("Note:"); with mnemonics, like every label here.
    EntryDialog(const QString &title, const QString &label, QWidget *parent = nullptr);

    // Adds a drop-down above the text box, named `name`; an editable one
    // also takes a typed code.
    QComboBox *addChoice(const QString &name, const QString &label, const QStringList &choices, bool editable);
    // OK is refused with `why` while the text box is empty.
    void requireText(const QString &why);

    QString text() const;
    QPlainTextEdit *textEdit() const { return m_text; }

    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QFormLayout *m_form;
    QPlainTextEdit *m_text;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    std::vector<QComboBox *> m_choices;
    QString m_requireText;
};

} // namespace cairn
