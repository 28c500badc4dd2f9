#include "authordialog.h"

#include "ui_authordialog.h"

#include "i18n/language.h"

#include <QPushButton>

#include <algorithm>

namespace cairn {

AuthorDialog::AuthorDialog(Purpose purpose, const QString &name, const QString &role, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuthorDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("authorDialog"));
    if (purpose == Purpose::FirstEdit) {
        setWindowTitle(tr("Your Name"));
        m_ui->intro->setText(tr("Every change in a plan records who made it. Give your name once: Cairn keeps it on this "
                                "computer and records it with every change you make. You can change it under "
                                "Edit \u2192 Preferences."));
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Save My Name"));
        m_ui->languageLabel->hide();
        m_ui->languageCombo->hide();
    } else {
        setWindowTitle(tr("Preferences"));
        m_ui->intro->setText(tr("Every change you make in a plan records this name. Your role is shown beside it in the "
                                "status bar."));
    }
    // Room for a full name and a title such as "Director of Accountability",
    // and for the example in whatever language it is written.
    for (QLineEdit *field : {m_ui->nameEdit, m_ui->roleEdit})
        field->setMinimumWidth(std::max(fontMetrics().averageCharWidth() * 36,
                                        fontMetrics().horizontalAdvance(field->placeholderText()) + fontMetrics().averageCharWidth() * 4));
    for (const QString &code : Language::all())
        m_ui->languageCombo->addItem(Language::nativeName(code), code);
    m_ui->nameEdit->setText(name);
    m_ui->roleEdit->setText(role);
    m_ui->message->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AuthorDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &AuthorDialog::reject);
    m_ui->nameEdit->setFocus();
}

AuthorDialog::~AuthorDialog() = default;

QString AuthorDialog::name() const
{
    return m_ui->nameEdit->text().simplified();
}

QString AuthorDialog::role() const
{
    return m_ui->roleEdit->text().simplified();
}

QString AuthorDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

void AuthorDialog::setLanguage(const QString &code)
{
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(code)));
}

void AuthorDialog::accept()
{
    if (name().isEmpty()) {
        m_ui->message->setText(tr("Give your name: every change in a plan records who made it."));
        m_ui->message->show();
        m_ui->nameEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cairn
