#include "newplandialog.h"

#include "ui_newplandialog.h"

namespace cairn {

NewPlanDialog::NewPlanDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewPlanDialog>())
{
    m_ui->setupUi(this);
    const int year = QDate::currentDate().month() >= 7 ? QDate::currentDate().year() : QDate::currentDate().year() - 1;
    m_ui->firstYearEdit->setText(SchoolYear(year).label());
    m_ui->lastYearEdit->setText(SchoolYear(year + 4).label());
    m_ui->message->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NewPlanDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &NewPlanDialog::reject);
}

NewPlanDialog::~NewPlanDialog() = default;

Plan NewPlanDialog::plan() const
{
    Plan plan;
    plan.organization = m_ui->organizationEdit->text().trimmed();
    plan.title = m_ui->titleEdit->text().trimmed();
    plan.firstYear = SchoolYear::parse(m_ui->firstYearEdit->text()).value_or(SchoolYear());
    plan.lastYear = SchoolYear::parse(m_ui->lastYearEdit->text()).value_or(SchoolYear());
    plan.reportYear = plan.firstYear;
    return plan;
}

void NewPlanDialog::accept()
{
    const Plan candidate = plan();
    QString problem;
    if (candidate.title.isEmpty())
        problem = tr("Give the plan a title.");
    else if (!candidate.firstYear.isValid() || !candidate.lastYear.isValid())
        problem = tr("Write the school years like 2025-26.");
    else if (candidate.lastYear < candidate.firstYear)
        problem = tr("The last school year is before the first.");
    if (!problem.isEmpty()) {
        m_ui->message->setText(problem);
        m_ui->message->show();
        return;
    }
    QDialog::accept();
}

} // namespace cairn
