#include "reportoptionsdialog.h"

#include "documentlanguagechoice.h"
#include "suppressionpicker.h"

#include "app/alignment/schoolplans.h"
#include "app/document/plandocument.h"
#include "core/alignment.h"
#include "core/publishedvalues.h"

#include "ui_reportoptionsdialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>

namespace cairn {

ReportOptionsDialog::ReportOptionsDialog(const PlanDocument &document, const QString &okText, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportOptionsDialog>())
    , m_asOf(document.status().asOf())
    , m_suppression(new SuppressionPicker(this))
{
    m_ui->setupUi(this);
    auto *suppressionLabel = new QLabel(tr("S&mall groups:"), this);
    suppressionLabel->setBuddy(m_suppression->presetCombo());
    m_ui->form->addRow(suppressionLabel, m_suppression);
    setObjectName(QStringLiteral("reportOptionsDialog"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(okText);
    const Plan &plan = document.plan();
    for (SchoolYear year = plan.firstYear; year.isValid() && year <= plan.lastYear; year = year.next())
        m_ui->yearCombo->addItem(year.label(), year.start());
    m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->findData(document.statusYear().start()));
    for (const Goal &goal : plan.goals) {
        auto *item = new QListWidgetItem(goal.code + QStringLiteral("  ") + (goal.shortName.isEmpty() ? goal.title : goal.shortName),
                                         m_ui->goalList);
        item->setData(Qt::UserRole, goal.code);
        item->setCheckState(Qt::Checked);
    }
    m_ui->paperCombo->addItem(tr("Letter (8.5 × 11 in)"), int(ReportOptions::Paper::Letter));
    m_ui->paperCombo->addItem(tr("A4 (210 × 297 mm)"), int(ReportOptions::Paper::A4));
    const QSettings settings;
    m_ui->paperCombo->setCurrentIndex(m_ui->paperCombo->findData(settings.value(QStringLiteral("report/paper"), 0).toInt()));
    m_ui->chartsCheck->setChecked(settings.value(QStringLiteral("report/charts"), true).toBool());
    m_ui->actionsCheck->setChecked(settings.value(QStringLiteral("report/actions"), true).toBool());
    m_ui->recommendationsCheck->setChecked(settings.value(QStringLiteral("report/recommendations"), true).toBool());
    m_ui->recommendationsCheck->setEnabled(!plan.reviews.empty());
    m_ui->compareCombo->addItem(tr("(no comparison)"), QString());
    for (const Review &review : plan.reviews)
        m_ui->compareCombo->addItem(review.title, review.title);
    m_ui->compareCombo->setEnabled(!plan.reviews.empty());
    m_suppression->setRule(PublishedValues::ruleFor(plan, std::nullopt));
    m_plan = plan;
    if (plan.kind == PlanKind::District)
        m_schoolPaths = SchoolPlans::remembered(plan.uuid);
    QStringList names;
    for (const QString &path : m_schoolPaths)
        names.append(QFileInfo(path).fileName());
    m_ui->schoolsCheck->setEnabled(!m_schoolPaths.isEmpty());
    m_ui->schoolsCheck->setChecked(!m_schoolPaths.isEmpty() && settings.value(QStringLiteral("report/schools"), false).toBool());
    m_ui->schoolsNote->setText(plan.kind != PlanKind::District ? tr("Only a district plan's report has a School plans section.")
                               : m_schoolPaths.isEmpty()
                                   ? tr("To include school plans, add them in the Alignment tab (Ctrl+7) first.")
                                   : tr("From the Alignment tab: %1.").arg(names.join(QStringLiteral(", "))));
    DocumentLanguageChoice::fill(m_ui->languageCombo);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReportOptionsDialog::~ReportOptionsDialog() = default;

ReportOptions ReportOptionsDialog::options() const
{
    ReportOptions options;
    options.year = SchoolYear(m_ui->yearCombo->currentData().toInt());
    options.asOf = m_asOf;
    options.reportDate = QDate::currentDate();
    bool all = true;
    for (int row = 0; row < m_ui->goalList->count(); ++row) {
        const QListWidgetItem *item = m_ui->goalList->item(row);
        if (item->checkState() == Qt::Checked)
            options.goals.append(item->data(Qt::UserRole).toString());
        else
            all = false;
    }
    if (all)
        options.goals.clear();
    options.charts = m_ui->chartsCheck->isChecked();
    options.actions = m_ui->actionsCheck->isChecked();
    options.recommendations = m_ui->recommendationsCheck->isChecked();
    options.paper = ReportOptions::Paper(m_ui->paperCombo->currentData().toInt());
    options.compareWith = m_ui->compareCombo->currentData().toString();
    options.suppression = m_suppression->rule();
    QString problem;
    options.schools = schoolPlans(&problem).value_or(std::vector<Plan>());
    options.language = DocumentLanguageChoice::chosen(m_ui->languageCombo);
    return options;
}

void ReportOptionsDialog::accept()
{
    bool any = false;
    for (int row = 0; row < m_ui->goalList->count(); ++row)
        any = any || m_ui->goalList->item(row)->checkState() == Qt::Checked;
    if (!any && m_ui->goalList->count() > 0) {
        m_ui->message->setText(tr("Choose at least one goal to report on."));
        m_ui->message->show();
        m_ui->goalList->setFocus();
        return;
    }
    QString problem;
    if (!schoolPlans(&problem)) {
        m_ui->message->setText(problem);
        m_ui->message->show();
        m_ui->schoolsCheck->setFocus();
        return;
    }
    QSettings settings;
    if (m_ui->schoolsCheck->isEnabled())
        settings.setValue(QStringLiteral("report/schools"), m_ui->schoolsCheck->isChecked());
    settings.setValue(QStringLiteral("report/paper"), m_ui->paperCombo->currentData());
    settings.setValue(QStringLiteral("report/charts"), m_ui->chartsCheck->isChecked());
    settings.setValue(QStringLiteral("report/actions"), m_ui->actionsCheck->isChecked());
    settings.setValue(QStringLiteral("report/recommendations"), m_ui->recommendationsCheck->isChecked());
    DocumentLanguageChoice::remember(m_ui->languageCombo);
    QDialog::accept();
}

std::optional<std::vector<Plan>> ReportOptionsDialog::schoolPlans(QString *problem) const
{
    std::vector<Plan> plans;
    if (!m_ui->schoolsCheck->isChecked())
        return plans;
    for (SchoolPlans::Loaded &loaded : SchoolPlans::load(m_schoolPaths)) {
        const QString name = QFileInfo(loaded.path).fileName();
        if (!loaded.plan) {
            *problem = tr("The school plan %1 cannot be read: %2 Fix it or remove it in the Alignment tab, or leave the school "
                          "plans out.")
                           .arg(name, loaded.problem);
            return std::nullopt;
        }
        if (const QString refusal = Alignment::refusal(m_plan, *loaded.plan, name); !refusal.isEmpty()) {
            *problem = refusal + QLatin1Char(' ') + tr("Remove it in the Alignment tab, or leave the school plans out.");
            return std::nullopt;
        }
        plans.push_back(std::move(*loaded.plan));
    }
    return plans;
}

} // namespace cairn
