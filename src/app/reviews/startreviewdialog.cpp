#include "startreviewdialog.h"

#include "app/document/plandocument.h"
#include "core/reviewcompare.h"

#include "ui_startreviewdialog.h"

#include <QPushButton>

namespace cairn {

StartReviewDialog::StartReviewDialog(const PlanDocument &document, QWidget *parent)
    : FormDialog(parent)
    , m_ui(std::make_unique<Ui::StartReviewDialog>())
    , m_document(document)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("startReviewDialog"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Review"));
    const QDate today = document.status().asOf();
    const QString season = today.month() >= 8 ? tr("Fall") : today.month() >= 3 ? tr("Spring") : tr("Winter");
    m_ui->titleEdit->setText(tr("%1 %2 review").arg(season).arg(today.year()));
    m_ui->dateEdit->setDate(today);
    const Plan &plan = document.plan();
    for (SchoolYear year = plan.firstYear; year.isValid() && year <= plan.lastYear; year = year.next())
        m_ui->yearCombo->addItem(year.label(), year.start());
    m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->findData(document.statusYear().start()));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->titleEdit->setFocus();
}

StartReviewDialog::~StartReviewDialog() = default;

Review StartReviewDialog::review() const
{
    Review review;
    review.title = m_ui->titleEdit->text().trimmed();
    review.date = m_ui->dateEdit->date();
    review.year = SchoolYear(m_ui->yearCombo->currentData().toInt());
    for (const QString &line : m_ui->attendeesEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            review.attendees.append(line.trimmed());
    }
    // What the review sees: every item as judged for its year, now.
    review.snapshot = ReviewCompare::snapshotOf(PlanStatus::evaluate(m_document.plan(), review.year, m_document.status().asOf()));
    return review;
}

void StartReviewDialog::accept()
{
    const QString title = m_ui->titleEdit->text().trimmed();
    QString problem;
    if (title.isEmpty())
        problem = tr("Give the review a title, such as \"Fall 2025 review\".");
    for (const Review &review : m_document.plan().reviews) {
        if (review.title.compare(title, Qt::CaseInsensitive) == 0)
            problem = tr("The plan already has a review called \"%1\"; give this one another title.").arg(title);
    }
    if (!problem.isEmpty()) {
        m_ui->message->setText(problem);
        m_ui->message->show();
        m_ui->titleEdit->setFocus();
        return;
    }
    FormDialog::accept();
}

} // namespace cairn
