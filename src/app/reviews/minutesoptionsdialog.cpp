#include "minutesoptionsdialog.h"

#include "app/report/documentlanguagechoice.h"

#include "ui_minutesoptionsdialog.h"

#include <QPushButton>

namespace cairn {

MinutesOptionsDialog::MinutesOptionsDialog(const Review &review, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MinutesOptionsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("minutesOptionsDialog"));
    m_ui->intro->setText(tr("The minutes of the %1 as a PDF: attendees, summary, the status of each goal at the meeting with its notes, "
                            "and the recommendations.")
                             .arg(review.title));
    // Room for the sentence on a few lines rather than a tall narrow column.
    m_ui->intro->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose File…"));
    DocumentLanguageChoice::fill(m_ui->languageCombo);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MinutesOptionsDialog::~MinutesOptionsDialog() = default;

QString MinutesOptionsDialog::language() const
{
    return DocumentLanguageChoice::chosen(m_ui->languageCombo);
}

void MinutesOptionsDialog::accept()
{
    DocumentLanguageChoice::remember(m_ui->languageCombo);
    QDialog::accept();
}

} // namespace cairn
