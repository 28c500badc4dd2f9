#include "itempanes.h"

#include "assessmenteditor.h"
#include "listeditor.h"
#include "supportseditor.h"

#include "app/document/commands.h"
#include "core/itemcodes.h"
#include "core/planwalk.h"
#include "core/statustext.h"
#include "core/timelinetext.h"

#include "ui_actionpane.h"
#include "ui_goalpane.h"
#include "ui_objectivepane.h"

#include <QLabel>

namespace cairn {

namespace {

template<typename T>
std::optional<T> current(PlanDocument *document, ItemKind kind, qint64 id)
{
    const auto placed = document->find(kind, id);
    if (!placed)
        return std::nullopt;
    return std::get<T>(placed->item);
}

QString actionStatusWord(ActionStatus status)
{
    switch (status) {
    case ActionStatus::NotStarted:
        return Pane::tr("Not started");
    case ActionStatus::InProgress:
        return Pane::tr("In progress");
    case ActionStatus::Complete:
        return Pane::tr("Complete");
    case ActionStatus::Delayed:
        return Pane::tr("Delayed");
    case ActionStatus::OnHold:
        return Pane::tr("On hold");
    case ActionStatus::Discontinued:
        return Pane::tr("Discontinued");
    }
    return {};
}

} // namespace

QString editProblem(const PlanDocument &document, const FieldProblems &problems, const QString &code, ItemKind kind, qint64 id)
{
    if (!problems.empty())
        return Pane::refusal(problems);
    const QString taken = ItemCodes::ofOthers(document.plan(), kind, id).add(code, {});
    return taken.isEmpty() ? QString() : Pane::refusal({{QStringLiteral("code"), taken}});
}

QString inheritedOwner(const PlanDocument &document, ItemKind kind, qint64 id)
{
    QString owner;
    forEachItem(document.plan(), [&](const ItemView &item) {
        if (item.kind != kind || item.id() != id)
            return;
        if (item.objective && kind != ItemKind::Objective && !item.objective->owner.isEmpty())
            owner = item.objective->owner;
        else if (kind != ItemKind::Goal)
            owner = item.goal->owner;
    });
    return owner.isEmpty() ? QString() : Pane::tr("Inherited: %1").arg(owner);
}

// "a, b" for a tags field, and the tags typed in one.
QString tagsText(const QStringList &tags)
{
    return tags.join(QStringLiteral(", "));
}

QStringList tagsFrom(const QLineEdit *edit)
{
    QStringList tags;
    for (const QString &tag : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    return tags;
}

// Goal

GoalPane::GoalPane(PlanDocument *document, QWidget *parent)
    : Pane(document, parent)
    , m_ui(std::make_unique<Ui::GoalPane>())
    , m_assessment(new AssessmentEditor(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("goalPane"));
    m_ui->extras->addWidget(m_assessment);
    m_ui->extras->addStretch();
    for (QLineEdit *edit : {m_ui->codeEdit, m_ui->shortNameEdit, m_ui->titleEdit, m_ui->ownerEdit, m_ui->tagsEdit})
        watch(edit);
    watch(m_ui->descriptionEdit);
    watch(m_ui->rationaleEdit);
    watch(m_assessment);
    m_supports = addSupportsRow(m_ui->form, tr("Su&pports district items:"), tr("District plan items the goal supports"));
    addSpanishRow(m_ui->form, m_ui->titleEdit, "title", tr("Title in Spanish:"), tr("Title in Spanish"));
    addSpanishRow(m_ui->form, m_ui->shortNameEdit, "shortName", tr("Short name in Spanish:"), tr("Short name in Spanish"));
    addSpanishRow(m_ui->form, m_ui->descriptionEdit, "description", tr("Description in Spanish:"), tr("Description in Spanish"));
}

GoalPane::~GoalPane() = default;

void GoalPane::showItem(qint64 id)
{
    m_id = id;
    clearProblem();
    refresh();
}

void GoalPane::refresh()
{
    const auto goal = current<Goal>(document(), ItemKind::Goal, m_id);
    if (!goal)
        return;
    m_filling = true;
    m_ui->heading->setText(tr("Goal %1").arg(goal->code));
    fill(m_ui->codeEdit, goal->code);
    fill(m_ui->shortNameEdit, goal->shortName);
    fill(m_ui->titleEdit, goal->title);
    fill(m_ui->ownerEdit, goal->owner);
    fill(m_ui->descriptionEdit, goal->description);
    fill(m_ui->rationaleEdit, goal->rationale.join(QLatin1Char('\n')));
    fill(m_ui->tagsEdit, tagsText(goal->tags));
    fillSupports(m_supports, goal->supports);
    fillSpanish(goal->es);
    m_assessment->setAssessments(goal->assessments, document()->statusYear());
    setReadOnly({m_ui->codeEdit, m_ui->shortNameEdit, m_ui->titleEdit, m_ui->ownerEdit, m_ui->descriptionEdit, m_ui->rationaleEdit,
                 m_ui->tagsEdit},
                document()->isReadOnly());
    m_assessment->setReadOnly(document()->isReadOnly());
    m_filling = false;
}

void GoalPane::commit()
{
    const auto before = current<Goal>(document(), ItemKind::Goal, m_id);
    if (!before)
        return;
    Goal after = *before;
    after.code = m_ui->codeEdit->text().trimmed();
    after.shortName = m_ui->shortNameEdit->text().trimmed();
    after.title = m_ui->titleEdit->text().trimmed();
    after.owner = m_ui->ownerEdit->text().trimmed();
    after.description = m_ui->descriptionEdit->toPlainText().trimmed();
    after.rationale = m_ui->rationaleEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : after.rationale)
        line = line.trimmed();
    after.tags = tagsFrom(m_ui->tagsEdit);
    after.supports = SupportsEditor::codesOf(m_supports->edit()->text());
    readSpanish(after.es);
    after.assessments = m_assessment->assessments(document()->repository().actor());
    if (const QString problem = editProblem(*document(), ItemRules::goal(after), after.code, ItemKind::Goal, m_id); !problem.isEmpty()) {
        refuse(problem);
        return;
    }
    clearProblem();
    if (after != *before)
        document()->push(new EditGoal(document(), *before, after, tr("Edit goal %1").arg(after.code)));
}

// Objective

ObjectivePane::ObjectivePane(PlanDocument *document, QWidget *parent)
    : Pane(document, parent)
    , m_ui(std::make_unique<Ui::ObjectivePane>())
    , m_assessment(new AssessmentEditor(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("objectivePane"));
    m_ui->extras->addWidget(m_assessment);
    m_ui->extras->addStretch();
    for (QLineEdit *edit : {m_ui->codeEdit, m_ui->titleEdit, m_ui->ownerEdit, m_ui->tagsEdit})
        watch(edit);
    watch(m_ui->descriptionEdit);
    watch(m_assessment);
    m_supports = addSupportsRow(m_ui->form, tr("Su&pports district items:"), tr("District plan items the objective supports"));
    addSpanishRow(m_ui->form, m_ui->titleEdit, "title", tr("Title in Spanish:"), tr("Title in Spanish"));
    addSpanishRow(m_ui->form, m_ui->descriptionEdit, "description", tr("Description in Spanish:"), tr("Description in Spanish"));
}

ObjectivePane::~ObjectivePane() = default;

void ObjectivePane::showItem(qint64 id)
{
    m_id = id;
    clearProblem();
    refresh();
}

void ObjectivePane::refresh()
{
    const auto objective = current<Objective>(document(), ItemKind::Objective, m_id);
    if (!objective)
        return;
    m_filling = true;
    m_ui->heading->setText(tr("Objective %1").arg(objective->code));
    fill(m_ui->codeEdit, objective->code);
    fill(m_ui->titleEdit, objective->title);
    fill(m_ui->ownerEdit, objective->owner);
    m_ui->ownerEdit->setPlaceholderText(inheritedOwner(*document(), ItemKind::Objective, m_id));
    fill(m_ui->tagsEdit, tagsText(objective->tags));
    fill(m_ui->descriptionEdit, objective->description);
    fillSupports(m_supports, objective->supports);
    fillSpanish(objective->es);
    m_assessment->setAssessments(objective->assessments, document()->statusYear());
    setReadOnly({m_ui->codeEdit, m_ui->titleEdit, m_ui->ownerEdit, m_ui->tagsEdit, m_ui->descriptionEdit}, document()->isReadOnly());
    m_assessment->setReadOnly(document()->isReadOnly());
    m_filling = false;
}

void ObjectivePane::commit()
{
    const auto before = current<Objective>(document(), ItemKind::Objective, m_id);
    if (!before)
        return;
    Objective after = *before;
    after.code = m_ui->codeEdit->text().trimmed();
    after.title = m_ui->titleEdit->text().trimmed();
    after.owner = m_ui->ownerEdit->text().trimmed();
    after.tags = tagsFrom(m_ui->tagsEdit);
    after.description = m_ui->descriptionEdit->toPlainText().trimmed();
    after.supports = SupportsEditor::codesOf(m_supports->edit()->text());
    readSpanish(after.es);
    after.assessments = m_assessment->assessments(document()->repository().actor());
    if (const QString problem = editProblem(*document(), ItemRules::objective(after), after.code, ItemKind::Objective, m_id);
        !problem.isEmpty()) {
        refuse(problem);
        return;
    }
    clearProblem();
    if (after != *before)
        document()->push(new EditObjective(document(), *before, after, tr("Edit objective %1").arg(after.code)));
}

// Action

ActionPane::ActionPane(PlanDocument *document, QWidget *parent)
    : Pane(document, parent)
    , m_ui(std::make_unique<Ui::ActionPane>())
    , m_responsibilities(new ListEditor({tr("Role"), tr("What they do")}, tr("Responsibilities"), this))
    , m_notes(new ListEditor({tr("Date"), tr("Progress note"), tr("By")}, tr("Progress notes"), this))
    , m_assessment(new AssessmentEditor(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("actionPane"));
    m_responsibilities->setObjectName(QStringLiteral("responsibilities"));
    m_notes->setObjectName(QStringLiteral("progressNotes"));
    m_ui->form->addRow(tr("Responsibilities:"), m_responsibilities);
    m_ui->form->addRow(tr("Progress notes:"), m_notes);
    m_ui->extras->addWidget(m_assessment);
    m_ui->extras->addStretch();
    for (ActionStatus status : {ActionStatus::NotStarted, ActionStatus::InProgress, ActionStatus::Complete, ActionStatus::Delayed,
                                ActionStatus::OnHold, ActionStatus::Discontinued})
        m_ui->statusCombo->addItem(actionStatusWord(status), toToken(status));
    for (QLineEdit *edit : {m_ui->codeEdit, m_ui->ownerEdit, m_ui->startEdit, m_ui->dueEdit})
        watch(edit);
    watch(m_ui->descriptionEdit);
    watch(m_ui->statusCombo);
    watch(m_ui->percentSpin);
    watch(m_ui->recurringCheck);
    watch(m_responsibilities);
    watch(m_notes);
    watch(m_assessment);
    m_supports = addSupportsRow(m_ui->form, tr("Suppo&rts district items:"), tr("District plan items the action supports"));
    addSpanishRow(m_ui->form, m_ui->descriptionEdit, "description", tr("Description in Spanish:"), tr("Description in Spanish"));
}

ActionPane::~ActionPane() = default;

void ActionPane::showItem(qint64 id)
{
    m_id = id;
    clearProblem();
    refresh();
}

void ActionPane::refresh()
{
    const auto action = current<Action>(document(), ItemKind::Action, m_id);
    if (!action)
        return;
    m_filling = true;
    const ItemStatus *status = document()->status().find(action->code);
    m_ui->heading->setText(status ? tr("Action %1 · %2 %3").arg(action->code, StatusText::symbol(status->judgement.status),
                                                               StatusText::word(status->judgement.status))
                                  : tr("Action %1").arg(action->code));
    fill(m_ui->codeEdit, action->code);
    fill(m_ui->descriptionEdit, action->description);
    fill(m_ui->ownerEdit, action->owner);
    m_ui->ownerEdit->setPlaceholderText(inheritedOwner(*document(), ItemKind::Action, m_id));
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(toToken(action->status)));
    m_ui->percentSpin->setValue(action->percentComplete);
    fill(m_ui->startEdit, action->start.toText());
    fill(m_ui->dueEdit, action->due.toText());
    m_ui->recurringCheck->setChecked(action->recurring);
    QList<QStringList> roles;
    for (const Responsibility &entry : action->responsibilities)
        roles.append({entry.role, entry.duty});
    m_responsibilities->setRows(roles);
    QList<QStringList> notes;
    for (const ProgressNote &note : action->notes)
        notes.append({note.date.toString(Qt::ISODate), note.text, note.who});
    m_notes->setRows(notes);
    fillSupports(m_supports, action->supports);
    fillSpanish(action->es);
    m_assessment->setAssessments(action->assessments, document()->statusYear());
    const bool readOnly = document()->isReadOnly();
    setReadOnly({m_ui->codeEdit, m_ui->descriptionEdit, m_ui->ownerEdit, m_ui->statusCombo, m_ui->percentSpin, m_ui->startEdit,
                 m_ui->dueEdit, m_ui->recurringCheck},
                readOnly);
    m_responsibilities->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    m_assessment->setReadOnly(readOnly);
    m_filling = false;
}

void ActionPane::commit()
{
    const auto before = current<Action>(document(), ItemKind::Action, m_id);
    if (!before)
        return;
    // A start may carry the plan's words for what follows it: "2021-22 (and recurring)".
    const auto start = TimelineText::parseStart(m_ui->startEdit->text());
    const auto due = Timepoint::parse(m_ui->dueEdit->text());
    if (!start || !due) {
        refuse(tr("\"%1\" is not a school year (2025-26), a date (2026-06-30) or \"ongoing\"; nothing was saved.")
                   .arg(!start ? m_ui->startEdit->text() : m_ui->dueEdit->text()));
        return;
    }
    Action after = *before;
    after.notes.clear();
    for (const QStringList &row : m_notes->rows()) {
        const QDate date = QDate::fromString(row.value(0), Qt::ISODate);
        if (!date.isValid()) {
            // The note stays in the list as typed, so only its date needs correcting.
            showProblem(m_notes, tr("A progress note needs a date such as %1; nothing was saved.")
                                     .arg(QDate::currentDate().toString(Qt::ISODate)));
            return;
        }
        after.notes.push_back({date, row.value(1), row.value(2)});
    }
    after.code = m_ui->codeEdit->text().trimmed();
    after.description = m_ui->descriptionEdit->toPlainText().trimmed();
    after.owner = m_ui->ownerEdit->text().trimmed();
    after.status = parseToken<ActionStatus>(m_ui->statusCombo->currentData().toString()).value_or(before->status);
    after.percentComplete = m_ui->percentSpin->value();
    after.start = start->start;
    after.due = start->ongoing ? Timepoint::ongoing() : *due;
    after.recurring = start->recurring || m_ui->recurringCheck->isChecked();
    after.responsibilities.clear();
    for (const QStringList &row : m_responsibilities->rows())
        after.responsibilities.push_back({row.value(0), row.value(1)});
    after.supports = SupportsEditor::codesOf(m_supports->edit()->text());
    readSpanish(after.es);
    after.assessments = m_assessment->assessments(document()->repository().actor());
    if (const QString refused = editProblem(*document(), ItemRules::action(after), after.code, ItemKind::Action, m_id);
        !refused.isEmpty()) {
        refuse(refused);
        return;
    }
    clearProblem();
    if (after != *before)
        document()->push(new EditAction(document(), *before, after, tr("Edit action %1").arg(after.code)));
}

} // namespace cairn
