#include "reviewmode.h"

#include "entrydialog.h"
#include "reviewsview.h"

#include "app/accessibility/accessibletext.h"
#include "app/charts/chartwidget.h"
#include "app/dashboard/textstyle.h"
#include "app/document/commands.h"
#include "app/document/plandocument.h"
#include "app/outline/statusicons.h"
#include "core/planwalk.h"
#include "core/coveragetext.h"
#include "core/statustext.h"
#include "core/textparts.h"
#include "report/statusshape.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace cairn {

namespace {

QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *view = new QTableWidget(0, int(headers.size()), parent);
    view->setObjectName(name);
    view->setHorizontalHeaderLabels(headers);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFocusPolicy(Qt::NoFocus);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
}

void fit(QTableWidget *view)
{
    // One line a row, as tall as the type: the widths are not known yet.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() * 3 / 2);
    for (int row = 0; row < view->rowCount(); ++row)
        view->setRowHeight(row, view->verticalHeader()->defaultSectionSize());
    int height = view->horizontalHeader()->height() + 2 * view->frameWidth() + 2;
    for (int row = 0; row < view->rowCount(); ++row)
        height += view->rowHeight(row);
    view->setFixedHeight(height);
}

QTableWidgetItem *statusCell(const Judgement &judgement)
{
    auto *item = new QTableWidgetItem(StatusIcons::icon(judgement.status), StatusText::word(judgement.status)
                                                                               + (judgement.manual ? ReviewMode::tr(" (assessed)") : QString()));
    return item;
}

} // namespace

ReviewMode::ReviewMode(PlanDocument *document, ReviewsView *reviews, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_reviews(reviews)
    , m_position(new QLabel(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_notesHeading(new QLabel(tr("Notes"), this))
    , m_notes(new QLabel(this))
    , m_objectives(table(QStringLiteral("walkObjectives"), {tr("Objective"), tr("Status"), tr("Progress")}, this))
    , m_charts(new QGridLayout)
    , m_actions(table(QStringLiteral("walkActions"), {tr("Action"), tr("Status"), tr("Done")}, this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("reviewMode"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Review walk-through"));
    m_position->setObjectName(QStringLiteral("walkPosition"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    emphasize(m_title, 1.6, true);
    emphasize(m_status, 1.2, true);
    m_notes->setObjectName(QStringLiteral("walkNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    emphasize(m_notesHeading, 1.1, true);
    m_status->setWordWrap(true);
    auto *hint = new QLabel(tr("Page Down / Page Up: next / previous goal · N: note · A: assessment · R: recommendation · Esc: leave"), this);
    setTextColor(hint, QColor(0x61, 0x61, 0x61));
    hint->setWordWrap(true);
    emphasize(hint, 0.7, false);

    auto *page = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_objectives);
    layout->addWidget(m_notesHeading);
    layout->addWidget(m_notes);
    layout->addLayout(m_charts);
    layout->addWidget(m_actions);
    layout->addStretch();
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto *body = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(m_position);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->addLayout(top);
    bodyLayout->addWidget(m_scroll, 1);
    hint->setParent(body);
    m_position->setParent(body);
    m_scroll->setParent(body);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(body);
    // Type sized for the back of the room. (Set on the contents: a font set
    // on the window itself undoes full screen on some platforms.)
    applyTextSize(body, projectorFont(font(), screen()));

    // The walk judges the school year the review looks at; the app goes
    // back to its year afterwards.
    if (const Review *review = reviews->currentReview(); review && review->year != document->statusYear()) {
        const SchoolYear previous = document->statusYear();
        document->setStatusYear(review->year);
        connect(this, &QDialog::finished, document, [document, previous] { document->setStatusYear(previous); });
    }
    connect(document, &PlanDocument::statusesChanged, this, &ReviewMode::rebuild);
    connect(document, &PlanDocument::reloaded, this, &ReviewMode::rebuild);
    connect(document, &PlanDocument::reviewsChanged, this, &ReviewMode::showNotes);
    showGoal(0);
}

int ReviewMode::goalCount() const
{
    return int(m_document->plan().goals.size());
}

void ReviewMode::showGoal(int index)
{
    m_goal = std::clamp(index, 0, std::max(0, goalCount() - 1));
    rebuild();
    m_scroll->ensureVisible(0, 0);
}

void ReviewMode::rebuild()
{
    const Review *review = m_reviews->currentReview();
    const auto &goals = m_document->plan().goals;
    if (!review || goals.empty()) {
        close();
        return;
    }
    m_goal = std::min(m_goal, goalCount() - 1);
    const Goal &goal = goals[std::size_t(m_goal)];
    const PlanStatus &status = m_document->status();
    m_position->setText(tr("%1 · goal %2 of %3").arg(review->title).arg(m_goal + 1).arg(goalCount()));
    m_title->setText(goal.code + QStringLiteral("  ") + goal.title);
    if (const ItemStatus *judged = status.find(goal.code)) {
        const Status value = judged->judgement.status;
        m_status->setText(tr("%1 %2: %3 · %4")
                              .arg(StatusText::symbol(value), status.year().label(), CoverageText::status(*judged), CoverageText::progress(*judged)));
        setTextColor(m_status, StatusShape::color(value));
    }

    m_objectives->setRowCount(0);
    for (const Objective &objective : goal.objectives) {
        const ItemStatus *judged = status.find(objective.code);
        const int row = m_objectives->rowCount();
        m_objectives->insertRow(row);
        m_objectives->setItem(row, 0, new QTableWidgetItem(objective.code + QStringLiteral("  ") + objective.title));
        if (judged) {
            m_objectives->setItem(row, 1, statusCell(judged->judgement));
            m_objectives->setItem(row, 2, new QTableWidgetItem(CoverageText::progress(*judged, CoverageText::Form::Cell)));
        }
    }
    AccessibleText::nameEmptyCells(m_objectives->model());
    fit(m_objectives);
    showNotes();

    while (QLayoutItem *item = m_charts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int shown = 0;
    const auto chart = [&](const Measure &measure) {
        if (measure.type != MeasureType::Numeric || measure.actuals.empty())
            return;
        auto *widget = new ChartWidget(m_scroll->widget());
        widget->setTextShare(1.0 / 26);
        widget->setMinimumHeight(int(height() * 0.42));
        widget->showMeasure(*m_document, measure.id);
        widget->setFocusPolicy(Qt::NoFocus);
        m_charts->addWidget(widget, shown / 2, shown % 2);
        widget->show();
        ++shown;
    };
    for (const Measure &measure : goal.measures)
        chart(measure);
    for (const Objective &objective : goal.objectives) {
        for (const Measure &measure : objective.measures)
            chart(measure);
    }

    m_actions->setRowCount(0);
    for (const Objective &objective : goal.objectives) {
        for (const Action &action : objective.actions) {
            const int row = m_actions->rowCount();
            m_actions->insertRow(row);
            m_actions->setItem(row, 0, new QTableWidgetItem(action.code + QStringLiteral("  ") + oneLineTextParts(action.description)));
            if (const ItemStatus *judged = status.find(action.code))
                m_actions->setItem(row, 1, statusCell(judged->judgement));
            m_actions->setItem(row, 2, new QTableWidgetItem(tr("%1%").arg(action.percentComplete)));
        }
    }
    AccessibleText::nameEmptyCells(m_actions->model());
    fit(m_actions);
}

void ReviewMode::showNotes()
{
    // The review's notes on this goal and its items, in the plan's order;
    // those on the whole plan open the walk.
    const Review *review = m_reviews->currentReview();
    if (!review)
        return;
    QStringList codes = codesOfGoal(false);
    if (m_goal == 0)
        codes.prepend(QString());
    QStringList lines;
    for (const QString &code : codes) {
        for (const ItemNote &note : review->notes) {
            if (note.item == code)
                lines.append(tr("• %1: %2 (%3)").arg(code.isEmpty() ? tr("Whole plan") : code, note.text, ReviewsView::byline(note)));
        }
    }
    m_notes->setText(lines.join(QLatin1Char('\n')));
    m_notesHeading->setVisible(!lines.isEmpty());
    m_notes->setVisible(!lines.isEmpty());
}

QString ReviewMode::assessGoal(Status value, const QString &rationale)
{
    return goalCount() > 0 ? assess(m_document->plan().goals[std::size_t(m_goal)].code, value, rationale) : tr("The plan has no goals.");
}

namespace {

// `assessments` with the one of `assessment`'s year replaced or added, in year order.
std::vector<Assessment> withAssessment(std::vector<Assessment> assessments, const Assessment &assessment)
{
    auto same = std::find_if(assessments.begin(), assessments.end(), [&](const Assessment &a) { return a.year == assessment.year; });
    if (same != assessments.end())
        *same = assessment;
    else
        assessments.push_back(assessment);
    std::sort(assessments.begin(), assessments.end(), [](const Assessment &a, const Assessment &b) { return a.year < b.year; });
    return assessments;
}

} // namespace

QString ReviewMode::assess(const QString &code, Status value, const QString &rationale)
{
    const Review *review = m_reviews->currentReview();
    if (!review || goalCount() == 0)
        return tr("Start a review first.");
    const Assessment assessment{review->year, value, rationale.trimmed(), m_document->repository().actor(),
                                QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC)};
    const Goal &goal = m_document->plan().goals[std::size_t(m_goal)];
    QUndoCommand *command = nullptr;
    if (goal.code == code) {
        Goal after = goal;
        after.assessments = withAssessment(after.assessments, assessment);
        command = new EditGoal(m_document, goal, after, tr("Assess %1").arg(code));
    }
    for (const Objective &objective : goal.objectives) {
        if (objective.code == code) {
            Objective after = objective;
            after.assessments = withAssessment(after.assessments, assessment);
            command = new EditObjective(m_document, objective, after, tr("Assess %1").arg(code));
        }
    }
    if (!command)
        return tr("%1 is not this goal or one of its objectives.").arg(code);
    if (!m_document->push(command))
        return tr("The assessment could not be saved.");
    return {};
}

QStringList ReviewMode::codesOfGoal(bool objectivesOnly) const
{
    QStringList codes;
    if (goalCount() == 0)
        return codes;
    const Goal &goal = m_document->plan().goals[std::size_t(m_goal)];
    forEachItem(m_document->plan(), [&](const ItemView &item) {
        if (item.goal == &goal && (!objectivesOnly || item.kind == ItemKind::Goal || item.kind == ItemKind::Objective))
            codes.append(item.code);
    });
    return codes;
}

void ReviewMode::askAssessment()
{
    const QList<Status> choices{Status::OnTrack, Status::AtRisk, Status::OffTrack};
    QStringList words;
    for (Status value : choices)
        words.append(StatusText::symbol(value) + QLatin1Char(' ') + StatusText::word(value));
    EntryDialog dialog(tr("Committee Assessment"), tr("&Why:"), this);
    QComboBox *item = dialog.addChoice(QStringLiteral("entryItem"), tr("The committee &judges (the goal or an objective):"), codesOfGoal(true), false);
    QComboBox *status = dialog.addChoice(QStringLiteral("entryStatus"), tr("Its &status:"), words, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString problem = assess(item->currentText(), choices[status->currentIndex()], dialog.text()); !problem.isEmpty())
        QMessageBox::information(this, tr("Committee Assessment"), problem);
}

void ReviewMode::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Space:
        showGoal(m_goal + 1);
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Backspace:
        showGoal(m_goal - 1);
        return;
    case Qt::Key_Home:
        showGoal(0);
        return;
    case Qt::Key_End:
        showGoal(goalCount() - 1);
        return;
    case Qt::Key_Down:
        m_scroll->verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    case Qt::Key_Up:
        m_scroll->verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_N:
        m_reviews->askNote(this, codesOfGoal(false));
        return;
    case Qt::Key_R:
        m_reviews->askRecommendation(this, codesOfGoal(false));
        return;
    case Qt::Key_A:
        askAssessment();
        return;
    default:
        break;
    }
    QDialog::keyPressEvent(event);
}

} // namespace cairn
