#include "planpane.h"

#include "districtplan.h"
#include "listeditor.h"

#include "app/document/commands.h"
#include "app/report/suppressionpicker.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include "ui_planpane.h"

#include <algorithm>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QSpinBox>

namespace cairn {

namespace {

template<typename T>
QList<QStringList> rowsOf(const std::vector<T> &list, QString T::*first, QString T::*second)
{
    QList<QStringList> rows;
    for (const T &entry : list)
        rows.append({entry.*first, entry.*second});
    return rows;
}

template<typename T>
std::vector<T> listOf(const QList<QStringList> &rows, QString T::*first, QString T::*second)
{
    std::vector<T> list;
    for (const QStringList &row : rows) {
        T entry;
        entry.*first = row.value(0);
        entry.*second = row.value(1);
        list.push_back(std::move(entry));
    }
    return list;
}

// A list whose entries carry Spanish texts: the Spanish of both texts
// (their fields `es`) in the third and fourth columns.
template<typename T>
QList<QStringList> translatedRowsOf(const std::vector<T> &list, QString T::*first, QString T::*second, const QStringList &es)
{
    QList<QStringList> rows = rowsOf(list, first, second);
    for (std::size_t i = 0; i < list.size(); ++i)
        rows[qsizetype(i)] << translated(list[i].es, es[0]) << translated(list[i].es, es[1]);
    return rows;
}

template<typename T>
std::vector<T> translatedListOf(const QList<QStringList> &rows, QString T::*first, QString T::*second, const QStringList &es)
{
    std::vector<T> list = listOf(rows, first, second);
    for (std::size_t i = 0; i < list.size(); ++i) {
        translate(list[i].es, es[0], rows[qsizetype(i)].value(2));
        translate(list[i].es, es[1], rows[qsizetype(i)].value(3));
    }
    return list;
}

const QStringList namedFields{QStringLiteral("name"), QStringLiteral("description")};
const QStringList sectionFields{QStringLiteral("heading"), QStringLiteral("body")};

} // namespace

PlanPane::PlanPane(PlanDocument *document, QWidget *parent)
    : Pane(document, parent)
    , m_ui(std::make_unique<Ui::PlanPane>())
    , m_values(new ListEditor({tr("Value"), tr("Description"), tr("Value in Spanish"), tr("Description in Spanish")}, tr("Core values"), this))
    , m_attributes(new ListEditor({tr("Attribute"), tr("Description"), tr("Attribute in Spanish"), tr("Description in Spanish")},
                                  tr("Profile of the graduate"), this))
    , m_sections(new ListEditor({tr("Heading"), tr("Text"), tr("Heading in Spanish"), tr("Text in Spanish")}, tr("Sections"), this))
    , m_people(new ListEditor({tr("Name"), tr("Role")}, tr("People"), this))
    , m_suppression(new SuppressionPicker(this))
    , m_numbers(new QComboBox(this))
    , m_dataCallDue(new QLineEdit(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("planPane"));
    int yearRow = 0;
    QFormLayout::ItemRole role;
    m_ui->form->getWidgetPosition(m_ui->reportYearCombo, &yearRow, &role);
    auto *suppressionLabel = new QLabel(tr("Small &groups:"), this);
    suppressionLabel->setBuddy(m_suppression->presetCombo());
    m_ui->form->insertRow(yearRow + 1, suppressionLabel, m_suppression);
    // The documents' numbers, whatever their language: a US district writes
    // 1,234.5 in Spanish too.
    m_numbers->setObjectName(QStringLiteral("numbersCombo"));
    m_numbers->addItem(tr("1,234.5 (United States, Mexico)"), toToken(NumberStyle::CommaPoint));
    m_numbers->addItem(tr("1.234,5 (much of Latin America and Europe)"), toToken(NumberStyle::PointComma));
    m_numbers->addItem(tr("1 234,5 (grouped with spaces)"), toToken(NumberStyle::SpaceComma));
    m_numbers->setToolTip(tr("How the board report, the minutes and the website write numbers, in English and in Spanish"));
    m_numbers->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *numbersLabel = new QLabel(tr("Num&bers in documents:"), this);
    numbersLabel->setBuddy(m_numbers);
    m_ui->form->insertRow(yearRow + 2, numbersLabel, m_numbers);
    // The data call: owners see it on My Updates.
    m_dataCallDue->setObjectName(QStringLiteral("dataCallDueEdit"));
    m_dataCallDue->setPlaceholderText(tr("for example 2026-06-30; empty for no date"));
    m_dataCallDue->setToolTip(tr("When the owners' values for the year under review are due. Owners see it on their "
                                 "My Updates tab."));
    auto *dueLabel = new QLabel(tr("Values &requested by:"), this);
    dueLabel->setBuddy(m_dataCallDue);
    m_ui->form->insertRow(yearRow + 1, dueLabel, m_dataCallDue);
    // Each list under its name, as wide as the pane: with their Spanish
    // columns they have four.
    for (auto [label, list] : {std::pair{tr("Core values:"), m_values}, std::pair{tr("Profile of the graduate:"), m_attributes},
                               std::pair{tr("Sections:"), m_sections}, std::pair{tr("People:"), m_people}}) {
        m_ui->form->addRow(new QLabel(label, this));
        m_ui->form->addRow(list);
    }
    m_ui->extras->addStretch();
    for (QLineEdit *edit : {m_ui->organizationEdit, m_ui->titleEdit, m_ui->firstYearEdit, m_ui->lastYearEdit})
        watch(edit);
    for (QPlainTextEdit *edit : {m_ui->descriptionEdit, m_ui->missionEdit, m_ui->visionEdit, m_ui->theoryEdit, m_ui->needsEdit})
        watch(edit);
    addSpanishRow(m_ui->form, m_ui->organizationEdit, "organization", tr("Organization in Spanish:"), tr("Organization in Spanish"));
    addSpanishRow(m_ui->form, m_ui->titleEdit, "title", tr("Title in Spanish:"), tr("Title in Spanish"));
    addSpanishRow(m_ui->form, m_ui->descriptionEdit, "description", tr("Description in Spanish:"), tr("Description in Spanish"));
    addSpanishRow(m_ui->form, m_ui->missionEdit, "mission", tr("Mission in Spanish:"), tr("Mission in Spanish"));
    addSpanishRow(m_ui->form, m_ui->visionEdit, "vision", tr("Vision in Spanish:"), tr("Vision in Spanish"));
    addSpanishRow(m_ui->form, m_ui->theoryEdit, "theoryOfAction", tr("Theory of action in Spanish:"), tr("Theory of action in Spanish"));
    addSpanishRow(m_ui->form, m_ui->needsEdit, "needsAssessment", tr("Needs assessment in Spanish:"), tr("Needs assessment in Spanish"));
    watch(m_ui->reportYearCombo);
    m_ui->kindCombo->addItem(tr("District plan"), toToken(PlanKind::District));
    m_ui->kindCombo->addItem(tr("School improvement plan"), toToken(PlanKind::School));
    m_ui->kindCombo->addItem(tr("Department plan"), toToken(PlanKind::Department));
    watch(m_ui->kindCombo);
    watch(m_ui->unitEdit);
    connect(m_ui->chooseDistrictPlan, &QPushButton::clicked, this, &PlanPane::chooseDistrictPlan);
    watch(m_suppression->presetCombo());
    watch(m_suppression->minimumSpin());
    watch(m_numbers);
    watch(m_dataCallDue);
    for (ListEditor *list : {m_values, m_attributes, m_sections, m_people})
        watch(list);
    for (ListEditor *list : {m_values, m_attributes, m_sections})
        addSpanishColumns(list, 2);
}

PlanPane::~PlanPane() = default;

void PlanPane::showItem(qint64)
{
    clearProblem();
    refresh();
}

void PlanPane::focusFirstField()
{
    m_ui->organizationEdit->setFocus(Qt::ShortcutFocusReason);
}

void PlanPane::refresh()
{
    const Plan &plan = document()->plan();
    m_filling = true;
    fill(m_ui->organizationEdit, plan.organization);
    fill(m_ui->titleEdit, plan.title);
    fill(m_ui->firstYearEdit, plan.firstYear.label());
    fill(m_ui->lastYearEdit, plan.lastYear.label());
    m_ui->reportYearCombo->clear();
    for (SchoolYear year = plan.firstYear; year <= plan.lastYear; year = year.next())
        m_ui->reportYearCombo->addItem(year.label(), year.start());
    m_ui->reportYearCombo->setCurrentIndex(m_ui->reportYearCombo->findData(plan.reportYear.start()));
    m_suppression->setRule(SuppressionRule::parse(plan.suppression).value_or(SuppressionRule{}));
    m_numbers->setCurrentIndex(m_numbers->findData(toToken(plan.numbers)));
    fill(m_dataCallDue, plan.dataCallDue.toString(Qt::ISODate));
    fill(m_ui->descriptionEdit, plan.description);
    fill(m_ui->missionEdit, plan.mission);
    fill(m_ui->visionEdit, plan.vision);
    fill(m_ui->theoryEdit, plan.theoryOfAction);
    fill(m_ui->needsEdit, plan.needsAssessment);
    fillSpanish(plan.es);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(toToken(plan.kind)));
    fill(m_ui->unitEdit, plan.unit);
    m_ui->alignsToText->setText(plan.alignsTo.id.isEmpty() ? tr("No district plan chosen") : plan.alignsTo.title);
    // A district plan aligns to none; its unit is the district.
    const bool part = plan.kind != PlanKind::District;
    m_ui->form->setRowVisible(m_ui->unitEdit, part);
    m_ui->form->setRowVisible(m_ui->alignsToRow, part);
    m_values->setRows(translatedRowsOf(plan.coreValues, &NamedText::name, &NamedText::description, namedFields));
    m_attributes->setRows(translatedRowsOf(plan.profileAttributes, &NamedText::name, &NamedText::description, namedFields));
    m_sections->setRows(translatedRowsOf(plan.sections, &Section::heading, &Section::body, sectionFields));
    m_people->setRows(rowsOf(plan.people, &Person::name, &Person::role));
    const bool readOnly = document()->isReadOnly();
    setReadOnly({m_ui->organizationEdit, m_ui->titleEdit, m_ui->firstYearEdit, m_ui->lastYearEdit, m_ui->reportYearCombo,
                 m_ui->descriptionEdit, m_ui->missionEdit, m_ui->visionEdit, m_ui->theoryEdit, m_ui->needsEdit, m_ui->kindCombo, m_ui->unitEdit, m_numbers,
                 m_dataCallDue},
                readOnly);
    m_ui->chooseDistrictPlan->setEnabled(!readOnly);
    for (ListEditor *list : {m_values, m_attributes, m_sections, m_people})
        list->setReadOnly(readOnly);
    m_suppression->setReadOnly(readOnly);
    m_filling = false;
}

void PlanPane::commit()
{
    const Plan &before = document()->plan();
    const auto first = SchoolYear::parse(m_ui->firstYearEdit->text());
    const auto last = SchoolYear::parse(m_ui->lastYearEdit->text());
    if (!first || !last) {
        refuse(tr("\"%1\" is not a school year such as 2024-25; nothing was saved.")
                   .arg(!first ? m_ui->firstYearEdit->text() : m_ui->lastYearEdit->text()));
        return;
    }
    const QString dueText = m_dataCallDue->text().trimmed();
    const QDate due = QDate::fromString(dueText, Qt::ISODate);
    if (!dueText.isEmpty() && !due.isValid()) {
        refuse(tr("Values requested by: \"%1\" is not a date such as 2026-06-30; nothing was saved.").arg(dueText));
        return;
    }
    // The fields the pane does not show (its id, the district plan's id) stay as they are.
    Plan after = ownFields(before);
    after.organization = m_ui->organizationEdit->text().trimmed();
    after.title = m_ui->titleEdit->text().trimmed();
    after.firstYear = *first;
    after.lastYear = *last;
    // The report year follows the plan's years when they change.
    after.reportYear = SchoolYear(m_ui->reportYearCombo->currentData().toInt());
    if (*first <= *last)
        after.reportYear = std::clamp(after.reportYear, *first, *last);
    after.description = m_ui->descriptionEdit->toPlainText().trimmed();
    after.mission = m_ui->missionEdit->toPlainText().trimmed();
    after.vision = m_ui->visionEdit->toPlainText().trimmed();
    after.theoryOfAction = m_ui->theoryEdit->toPlainText().trimmed();
    after.needsAssessment = m_ui->needsEdit->toPlainText().trimmed();
    readSpanish(after.es);
    after.kind = parseToken<PlanKind>(m_ui->kindCombo->currentData().toString()).value_or(before.kind);
    after.unit = m_ui->unitEdit->text().trimmed();
    after.coreValues = translatedListOf(m_values->rows(), &NamedText::name, &NamedText::description, namedFields);
    after.profileAttributes = translatedListOf(m_attributes->rows(), &NamedText::name, &NamedText::description, namedFields);
    after.sections = translatedListOf(m_sections->rows(), &Section::heading, &Section::body, sectionFields);
    after.people = listOf(m_people->rows(), &Person::name, &Person::role);
    after.suppression = m_suppression->rule().token();
    after.numbers = parseToken<NumberStyle>(m_numbers->currentData().toString()).value_or(before.numbers);
    after.dataCallDue = due;
    if (const QString problem = refusal(ItemRules::plan(after)); !problem.isEmpty()) {
        refuse(problem);
        return;
    }
    clearProblem();

    Plan comparable = ownFields(before);
    if (after != comparable)
        document()->push(new EditPlan(document(), std::move(comparable), std::move(after), tr("Edit plan")));
}

void PlanPane::chooseDistrictPlan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the District Plan"),
                                                      QFileInfo(DistrictPlan::rememberedPath(document()->plan().alignsTo.id)).path(),
                                                      tr("Cairn plans (*.cairn)"));
    if (path.isEmpty())
        return;
    Plan district;
    try {
        district = Repository::open(path, Repository::Access::ReadOnly)->load();
    } catch (const StorageError &error) {
        showProblem(m_ui->chooseDistrictPlan, error.message());
        return;
    }
    const Plan &plan = document()->plan();
    if (district.uuid == plan.uuid) {
        showProblem(m_ui->chooseDistrictPlan, tr("%1 is this plan itself; choose the district's plan.").arg(QFileInfo(path).fileName()));
        return;
    }
    if (district.kind != PlanKind::District) {
        showProblem(m_ui->chooseDistrictPlan, tr("%1 is %2's plan, not a district plan; choose the district's plan.")
                                                  .arg(QFileInfo(path).fileName(), district.unit.isEmpty() ? district.title : district.unit));
        return;
    }
    clearProblem();
    DistrictPlan::remember(district.uuid, path);
    Plan before = ownFields(plan);
    Plan after = before;
    after.alignsTo = {district.uuid, district.title};
    if (after.kind == PlanKind::District)
        after.kind = PlanKind::School;
    if (after != before)
        document()->push(new EditPlan(document(), std::move(before), std::move(after), tr("Align to %1").arg(district.title)));
    else
        refresh(); // the same plan, found again: its items are offered now
}

} // namespace cairn
