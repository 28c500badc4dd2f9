#include "measurepane.h"

#include "assessmenteditor.h"
#include "supportseditor.h"
#include "itempanes.h"
#include "typechangequestion.h"
#include "yeartablemodel.h"

#include "app/charts/chartwidget.h"
#include "app/charts/chartwindow.h"
#include "app/document/commands.h"
#include "app/sheet/sheetview.h"
#include "app/sheet/valuequestion.h"
#include "core/duedate.h"
#include "core/numbertext.h"
#include "core/statustext.h"
#include "core/suppression.h"
#include "core/targetfill.h"
#include "core/valueplausibility.h"

#include "ui_measurepane.h"

#include <QHeaderView>
#include <QPushButton>
#include <QScreen>

namespace cairn {

namespace {

QString optionalNumber(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

template<typename Enum>
void fillCombo(QComboBox *combo, std::initializer_list<std::pair<Enum, QString>> entries)
{
    for (const auto &[value, text] : entries)
        combo->addItem(text, toToken(value));
}

} // namespace

MeasurePane::MeasurePane(PlanDocument *document, QWidget *parent)
    : Pane(document, parent)
    , m_ui(std::make_unique<Ui::MeasurePane>())
    , m_years(new YearTableModel(document, this))
    , m_yearTable(new SheetView(document, this))
    , m_fillTargets(new QPushButton(tr("F&ill targets"), this))
    , m_chart(new ChartWidget(this))
    , m_enlargeChart(new QPushButton(tr("Chart fu&ll screen"), this))
    , m_assessment(new AssessmentEditor(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("measurePane"));
    m_yearTable->setObjectName(QStringLiteral("yearTable"));
    m_yearTable->setAccessibleName(tr("Targets and actuals by school year"));
    m_yearTable->setSheet(m_years);
    m_yearTable->verticalHeader()->hide();
    m_yearTable->verticalHeader()->setDefaultSectionSize(m_yearTable->fontMetrics().height() + 10);
    m_yearTable->setWordWrap(false);
    m_yearTable->horizontalHeader()->setStretchLastSection(true);
    m_yearTable->setMinimumHeight(180);
    m_fillTargets->setObjectName(QStringLiteral("fillTargets"));
    m_fillTargets->setToolTip(tr("Write a target for every year on the line from the baseline to the final target"));
    // The year table is what people come here for: right under the heading.
    m_ui->paneLayout->insertWidget(1, m_yearTable);
    m_ui->paneLayout->insertWidget(2, m_fillTargets, 0, Qt::AlignLeft);
    m_chart->setObjectName(QStringLiteral("measureChart"));
    m_chart->setMinimumHeight(340);
    m_enlargeChart->setObjectName(QStringLiteral("enlargeChart"));
    m_enlargeChart->setToolTip(tr("Show this chart on the whole screen, for a meeting (Esc closes it)"));
    m_ui->paneLayout->insertWidget(3, m_chart);
    m_ui->paneLayout->insertWidget(4, m_enlargeChart, 0, Qt::AlignLeft);
    m_ui->extras->addWidget(m_assessment);
    m_ui->extras->addStretch();

    fillCombo<MeasureKind>(m_ui->kindCombo, {{MeasureKind::LongTerm, tr("Long-term outcome")}, {MeasureKind::Progress, tr("Progress measure")}});
    fillCombo<MeasureType>(m_ui->typeCombo, {{MeasureType::Numeric, tr("Numbers with yearly targets")},
                                             {MeasureType::Milestone, tr("Milestone with a date")},
                                             {MeasureType::Narrative, tr("Narrative, judged by people")}});
    fillCombo<Unit>(m_ui->unitCombo, {{Unit::Unspecified, tr("Not set")}, {Unit::Percent, tr("Percent")}, {Unit::Count, tr("Count")},
                                      {Unit::Currency, tr("Currency")}, {Unit::Score, tr("Score")}, {Unit::Rating, tr("Rating")},
                                      {Unit::Days, tr("Days")}, {Unit::Custom, tr("Other (name it)")}});
    fillCombo<Direction>(m_ui->directionCombo, {{Direction::HigherIsBetter, tr("Higher is better")},
                                                {Direction::LowerIsBetter, tr("Lower is better")}});

    for (QLineEdit *edit : {m_ui->codeEdit, m_ui->nameEdit, m_ui->ownerEdit, m_ui->sourceEdit, m_ui->customUnitEdit, m_ui->toleranceEdit,
                            m_ui->baselineYearEdit, m_ui->baselineValueEdit, m_ui->baselineGroupSizeEdit, m_ui->baselineNoteEdit,
                            m_ui->finalYearEdit, m_ui->finalValueEdit, m_ui->dueDateEdit, m_ui->completedDateEdit, m_ui->evidenceEdit})
        watch(edit);
    watch(m_ui->descriptionEdit);
    for (QComboBox *combo : {m_ui->kindCombo, m_ui->typeCombo, m_ui->unitCombo, m_ui->directionCombo})
        watch(combo);
    watch(m_ui->decimalsSpin);
    watch(m_assessment);
    m_supports = addSupportsRow(m_ui->form, tr("Supports district it&ems:"), tr("District plan items the measure supports"));
    addSpanishRow(m_ui->form, m_ui->nameEdit, "name", tr("Name in Spanish:"), tr("Name in Spanish"));
    addSpanishRow(m_ui->form, m_ui->descriptionEdit, "description", tr("Description in Spanish:"), tr("Description in Spanish"));
    connect(m_fillTargets, &QPushButton::clicked, this, &MeasurePane::fillTargets);
    connect(m_enlargeChart, &QPushButton::clicked, this, &MeasurePane::enlargeChart);
    connect(m_chart, &ChartWidget::enlargeRequested, this, &MeasurePane::enlargeChart);
    connect(m_years, &YearTableModel::problem, this, [this](const QString &message) {
        if (message.isEmpty())
            clearProblem();
        else
            showProblem(m_yearTable, message);
    });
}

MeasurePane::~MeasurePane() = default;

void MeasurePane::showItem(qint64 id)
{
    m_id = id;
    clearProblem();
    m_years->setMeasure(id);
    refresh();
}

void MeasurePane::showTypeFields(MeasureType type)
{
    const bool numeric = type == MeasureType::Numeric;
    const bool milestone = type == MeasureType::Milestone;
    const QList<QPair<QWidget *, QWidget *>> numericRows{
        {m_ui->unitComboLabel, m_ui->unitCombo}, {m_ui->customUnitEditLabel, m_ui->customUnitEdit},
        {m_ui->decimalsSpinLabel, m_ui->decimalsSpin}, {m_ui->directionComboLabel, m_ui->directionCombo},
        {m_ui->toleranceEditLabel, m_ui->toleranceEdit}, {m_ui->baselineYearEditLabel, m_ui->baselineYearEdit},
        {m_ui->baselineValueEditLabel, m_ui->baselineValueEdit}, {m_ui->baselineGroupSizeEditLabel, m_ui->baselineGroupSizeEdit},
        {m_ui->baselineNoteEditLabel, m_ui->baselineNoteEdit},
        {m_ui->finalYearEditLabel, m_ui->finalYearEdit}, {m_ui->finalValueEditLabel, m_ui->finalValueEdit},
        {m_ui->sourceEditLabel, m_ui->sourceEdit}};
    for (const auto &[label, field] : numericRows) {
        label->setVisible(numeric);
        field->setVisible(numeric);
    }
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->dueDateEditLabel), static_cast<QWidget *>(m_ui->dueDateEdit),
                            static_cast<QWidget *>(m_ui->completedDateEditLabel), static_cast<QWidget *>(m_ui->completedDateEdit),
                            static_cast<QWidget *>(m_ui->evidenceEditLabel), static_cast<QWidget *>(m_ui->evidenceEdit)})
        widget->setVisible(milestone);
    m_yearTable->setVisible(numeric);
    m_fillTargets->setVisible(numeric);
    m_chart->setVisible(type != MeasureType::Narrative);
    m_enlargeChart->setVisible(type != MeasureType::Narrative);
}

void MeasurePane::refresh()
{
    const auto placed = document()->find(ItemKind::Measure, m_id);
    if (!placed)
        return;
    const Measure &measure = std::get<Measure>(placed->item);
    m_filling = true;
    const ItemStatus *status = document()->status().find(measure.code);
    m_ui->heading->setText(status ? tr("Measure %1 · %2 %3").arg(measure.code, StatusText::symbol(status->judgement.status),
                                                                StatusText::word(status->judgement.status))
                                  : tr("Measure %1").arg(measure.code));
    fill(m_ui->codeEdit, measure.code);
    fill(m_ui->nameEdit, measure.name);
    fill(m_ui->descriptionEdit, measure.description);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(toToken(measure.kind)));
    m_ui->typeCombo->setCurrentIndex(m_ui->typeCombo->findData(toToken(measure.type)));
    fill(m_ui->ownerEdit, measure.owner);
    m_ui->ownerEdit->setPlaceholderText(inheritedOwner(*document(), ItemKind::Measure, m_id));
    fill(m_ui->sourceEdit, measure.source);
    m_ui->unitCombo->setCurrentIndex(m_ui->unitCombo->findData(toToken(measure.unit)));
    fill(m_ui->customUnitEdit, measure.customUnit);
    m_ui->decimalsSpin->setValue(measure.decimals);
    m_ui->directionCombo->setCurrentIndex(m_ui->directionCombo->findData(toToken(measure.direction)));
    fill(m_ui->toleranceEdit, optionalNumber(measure.tolerance));
    fill(m_ui->baselineYearEdit, measure.baseline.year ? measure.baseline.year->label() : QString());
    fill(m_ui->baselineValueEdit, optionalNumber(measure.baseline.value));
    fill(m_ui->baselineGroupSizeEdit, measure.baseline.n ? QString::number(*measure.baseline.n) : QString());
    fill(m_ui->baselineNoteEdit, measure.baseline.note);
    fill(m_ui->finalYearEdit, measure.finalTarget.year ? measure.finalTarget.year->label() : QString());
    fill(m_ui->finalValueEdit, optionalNumber(measure.finalTarget.value));
    fill(m_ui->dueDateEdit, DueDate{measure.dueDate, measure.dueText}.display());
    fill(m_ui->completedDateEdit, measure.completedDate.toString(Qt::ISODate));
    fill(m_ui->evidenceEdit, measure.evidence);
    fillSupports(m_supports, measure.supports);
    fillSpanish(measure.es);
    m_assessment->setAssessments(measure.assessments, document()->statusYear());
    showTypeFields(measure.type);
    m_years->refresh();
    m_chart->showMeasure(*document(), m_id);
    m_yearTable->resizeColumnsToContents();
    // Tall enough for every year, so the table needs no scroll bar of its own.
    const int rows = m_years->rowCount();
    m_yearTable->setFixedHeight(m_yearTable->horizontalHeader()->height() + rows * m_yearTable->verticalHeader()->defaultSectionSize()
                                + 2 * m_yearTable->frameWidth());

    const bool readOnly = document()->isReadOnly();
    setReadOnly({m_ui->codeEdit, m_ui->nameEdit, m_ui->descriptionEdit, m_ui->kindCombo, m_ui->typeCombo, m_ui->ownerEdit,
                 m_ui->sourceEdit, m_ui->unitCombo, m_ui->customUnitEdit, m_ui->decimalsSpin, m_ui->directionCombo,
                 m_ui->toleranceEdit, m_ui->baselineYearEdit, m_ui->baselineValueEdit, m_ui->baselineGroupSizeEdit,
                 m_ui->baselineNoteEdit, m_ui->finalYearEdit, m_ui->finalValueEdit, m_ui->dueDateEdit, m_ui->completedDateEdit, m_ui->evidenceEdit},
                readOnly);
    m_fillTargets->setEnabled(!readOnly && measure.baseline.value && measure.finalTarget.value);
    m_assessment->setReadOnly(readOnly);
    m_filling = false;
}

void MeasurePane::enlargeChart()
{
    auto *window = new ChartWindow(document(), m_id, this);
    window->showOnScreen(screen()->geometry());
}

void MeasurePane::commit()
{
    const auto placed = document()->find(ItemKind::Measure, m_id);
    if (!placed)
        return;
    const Measure &before = std::get<Measure>(placed->item);
    Measure after = before;

    // What was typed must read as numbers, years and dates; whether they
    // are within the plan's limits is the item rules' part, below. A
    // number as stored is taken as it is; a changed one is read for the
    // measure's unit, and a baseline or final target far beyond what the
    // measure has had is asked about before it is saved.
    QString problem;
    std::vector<ValueQuestion::Doubt> doubts;
    auto number = [&](QLineEdit *edit, const std::optional<double> &stored, const QString &what,
                      const QString &cell) -> std::optional<double> {
        const QString text = edit->text().trimmed();
        if (text == optionalNumber(stored))
            return stored;
        const ValueReading reading = ValuePlausibility::read(before, text);
        if (reading.refused() && problem.isEmpty())
            problem = tr("%1: %2; nothing was saved.").arg(what, reading.refusal);
        if (reading.value && !cell.isEmpty()) {
            if (const QString reason = ValuePlausibility::doubt(before, *reading.value); !reason.isEmpty())
                doubts.push_back({shownNumber(*reading.value), cell, reason});
        }
        return reading.value;
    };
    auto year = [&](QLineEdit *edit, const QString &what) -> std::optional<SchoolYear> {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        const auto value = SchoolYear::parse(text);
        if (!value && problem.isEmpty())
            problem = tr("%1: \"%2\" is not a school year such as 2024-25; nothing was saved.").arg(what, text);
        return value;
    };
    auto date = [&](QLineEdit *edit, const QString &what) -> QDate {
        const QString text = edit->text().trimmed();
        const QDate value = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !value.isValid() && problem.isEmpty())
            problem = tr("%1: \"%2\" is not a date such as 2025-06-30; nothing was saved.").arg(what, text);
        return value;
    };
    after.tolerance = number(m_ui->toleranceEdit, before.tolerance, tr("Tolerance"), {});
    after.baseline.year = year(m_ui->baselineYearEdit, tr("Baseline year"));
    after.baseline.value = number(m_ui->baselineValueEdit, before.baseline.value, tr("Baseline value"),
                                  tr("the baseline of %1").arg(before.code));
    if (const QString text = m_ui->baselineGroupSizeEdit->text().trimmed(); text.isEmpty()) {
        after.baseline.n.reset();
    } else if (const auto n = Suppression::readGroupSize(text)) {
        after.baseline.n = n;
    } else if (problem.isEmpty()) {
        problem = tr("Baseline group size: \"%1\": %2; nothing was saved.").arg(text, Suppression::groupSizeRule());
    }
    after.finalTarget.year = year(m_ui->finalYearEdit, tr("Final target year"));
    after.finalTarget.value = number(m_ui->finalValueEdit, before.finalTarget.value, tr("Final target"),
                                     tr("the final target of %1").arg(before.code));
    if (const QString text = m_ui->dueDateEdit->text().trimmed(); text.isEmpty()) {
        after.dueDate = {};
        after.dueText.clear();
    } else if (const auto due = DueDate::parse(text)) {
        after.dueDate = due->date;
        after.dueText = due->text;
    } else if (problem.isEmpty()) {
        problem = tr("Due date: \"%1\" is not a date such as 2025-06-30 or a month such as \"By January 2026\" or "
                     "\"Spring 2026\"; nothing was saved.")
                      .arg(text);
    }
    after.completedDate = date(m_ui->completedDateEdit, tr("Completed on"));
    if (!problem.isEmpty()) {
        refuse(problem);
        return;
    }
    after.code = m_ui->codeEdit->text().trimmed();
    after.name = m_ui->nameEdit->text().trimmed();
    after.description = m_ui->descriptionEdit->toPlainText().trimmed();
    after.kind = parseToken<MeasureKind>(m_ui->kindCombo->currentData().toString()).value_or(before.kind);
    after.type = parseToken<MeasureType>(m_ui->typeCombo->currentData().toString()).value_or(before.type);
    after.owner = m_ui->ownerEdit->text().trimmed();
    after.source = m_ui->sourceEdit->text().trimmed();
    after.unit = parseToken<Unit>(m_ui->unitCombo->currentData().toString()).value_or(before.unit);
    after.customUnit = m_ui->customUnitEdit->text().trimmed();
    after.decimals = m_ui->decimalsSpin->value();
    after.direction = parseToken<Direction>(m_ui->directionCombo->currentData().toString()).value_or(before.direction);
    after.baseline.note = m_ui->baselineNoteEdit->text().trimmed();
    after.evidence = m_ui->evidenceEdit->text().trimmed();
    after.supports = SupportsEditor::codesOf(m_supports->edit()->text());
    readSpanish(after.es);
    after.assessments = m_assessment->assessments(document()->repository().actor());
    if (const QString refused = editProblem(*document(), ItemRules::measure(after), after.code, ItemKind::Measure, m_id);
        !refused.isEmpty()) {
        refuse(refused);
        return;
    }
    clearProblem();
    if (!doubts.empty() && !ValueQuestion::ask(this, ValueQuestion::text(doubts))) {
        refresh(); // the values as they were
        return;
    }
    if (!TypeChangeQuestion::confirm(this, before, after.type)) {
        refresh(); // the type as it was
        return;
    }
    if (after != before)
        document()->push(new EditMeasure(document(), before, after, tr("Edit measure %1").arg(after.code)));
}

void MeasurePane::fillTargets()
{
    const auto placed = document()->find(ItemKind::Measure, m_id);
    if (!placed)
        return;
    const Measure &before = std::get<Measure>(placed->item);
    const Measure after = cairn::fillTargets(before);
    if (after == before) {
        showProblem(m_fillTargets, tr("Every year already has a target, or the baseline value or final target is missing."));
        return;
    }
    document()->push(new EditMeasure(document(), before, after, tr("Fill targets of %1").arg(before.code)));
}

} // namespace cairn
