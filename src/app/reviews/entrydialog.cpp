#include "entrydialog.h"

#include "app/accessibility/accessibletext.h"
#include "app/dashboard/textstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace cairn {

EntryDialog::EntryDialog(const QString &title, const QString &label, QWidget *parent)
    : FormDialog(parent)
    , m_form(new QFormLayout)
    , m_text(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("entryDialog"));
    setWindowTitle(title);
    // Labels above their fields: the text box gets the dialog's whole width.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_text->setObjectName(QStringLiteral("entryText"));
    m_text->setAccessibleName(AccessibleText::fromLabel(label));
    m_text->setTabChangesFocus(true);
    m_text->setToolTip(tr("Enter starts a new line; Ctrl+Enter records it"));
    auto *textLabel = new QLabel(label, this);
    textLabel->setBuddy(m_text);
    m_form->addRow(textLabel, m_text);
    m_message->setObjectName(QStringLiteral("entryMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *hint = new QLabel(tr("Tab: next field · Enter: new line · Ctrl+Enter: OK · Esc: cancel"), this);
    hint->setWordWrap(true);
    setTextColor(hint, QColor(0x61, 0x61, 0x61));
    emphasize(hint, 0.7, false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_text->setFocus(); // what people came to type
}

QComboBox *EntryDialog::addChoice(const QString &name, const QString &label, const QStringList &choices, bool editable)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->addItems(choices);
    combo->setEditable(editable);
    if (editable)
        combo->setInsertPolicy(QComboBox::NoInsert);
    // Named by this label, for a screen reader too (ComboAccessible).
    auto *comboLabel = new QLabel(label, this);
    comboLabel->setBuddy(combo);
    // Above the text box, in the order added; so is Tab's way.
    m_form->insertRow(m_form->rowCount() - 1, comboLabel, combo);
    if (!m_choices.empty())
        setTabOrder(m_choices.back(), combo);
    setTabOrder(combo, m_text);
    m_choices.push_back(combo);
    return combo;
}

void EntryDialog::requireText(const QString &why)
{
    m_requireText = why;
}

QString EntryDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void EntryDialog::accept()
{
    if (!m_requireText.isEmpty() && text().isEmpty()) {
        m_message->setText(m_requireText);
        m_message->show();
        m_text->setFocus();
        return;
    }
    FormDialog::accept();
}

void EntryDialog::showEvent(QShowEvent *event)
{
    // The room reads along: the walk-through's type, on the screen the dialog is on.
    applyTextSize(this, projectorFont(font(), screen()));
    // Room for a few lines of a sentence or two, within the screen.
    const QFontMetrics metrics(m_text->font());
    const int screenWidth = screen() ? screen()->availableGeometry().width() : 1366;
    m_text->setMinimumSize(std::min(metrics.averageCharWidth() * 50, screenWidth * 4 / 5), metrics.lineSpacing() * 5);
    FormDialog::showEvent(event);
}

} // namespace cairn
