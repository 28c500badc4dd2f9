#include "reviewsview.h"

#include "entrydialog.h"
#include "minutesoptionsdialog.h"
#include "reviewmode.h"
#include "startreviewdialog.h"

#include "app/accessibility/accessibletext.h"
#include "app/dashboard/textstyle.h"
#include "app/document/commands.h"
#include "app/document/plandocument.h"
#include "app/outline/statusicons.h"
#include "core/planwalk.h"
#include "core/recommendationflow.h"
#include "core/reviewcompare.h"
#include "core/statustext.h"
#include "report/minutesreport.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>

namespace cairn {

namespace {

// In the order a recommendation lives through them.
constexpr std::array RecommendationStates{RecommendationState::Proposed, RecommendationState::Forwarded, RecommendationState::Approved,
                                          RecommendationState::Declined, RecommendationState::Implemented};

QTableWidget *table(const QString &name, const QString &accessibleName, const QStringList &headers, QWidget *parent)
{
    auto *view = new QTableWidget(0, int(headers.size()), parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setHorizontalHeaderLabels(headers);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

ReviewsView::ReviewsView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_start(new QPushButton(tr("&Start Review…"), this))
    , m_addRecommendation(new QPushButton(tr("Add &Recommendation…"), this))
    , m_advance(new QPushButton(tr("&Next Step…"), this))
    , m_addNote(new QPushButton(tr("Add N&ote…"), this))
    , m_walk(new QPushButton(tr("Wal&k Through the Plan"), this))
    , m_minutes(new QPushButton(tr("Export &Minutes (PDF)…"), this))
    , m_reviews(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_recommendationsHeading(new QLabel(tr("Recommendations"), this))
    , m_recommendations(table(QStringLiteral("recommendations"), tr("Recommendations"),
                              {tr("Recommendation"), tr("Concerns"), tr("State"), tr("Last step"), tr("Review")}, this))
    , m_notes(table(QStringLiteral("reviewNotes"), tr("Notes"), {tr("Item"), tr("Note"), tr("By")}, this))
    , m_changesHeading(new QLabel(this))
    , m_compareWith(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_changes(table(QStringLiteral("reviewChanges"), tr("What changed since the review"), {tr("Item"), tr("Change"), tr("Then"), tr("Now")},
                      this))
{
    setObjectName(QStringLiteral("reviewsView"));
    m_start->setObjectName(QStringLiteral("startReview"));
    m_start->setToolTip(tr("Freeze every item's status and values for a steering-committee meeting"));
    m_reviews->setObjectName(QStringLiteral("reviewList"));
    m_reviews->setAccessibleName(tr("Reviews"));
    emphasize(m_title, 1.4, true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_title->setTextFormat(Qt::PlainText);
    m_changesHeading->setObjectName(QStringLiteral("changesHeading"));
    emphasize(m_changesHeading, 1.1, true);
    // The last step's note gets the room; the review's name needs little.
    m_recommendations->horizontalHeader()->setStretchLastSection(false);
    m_recommendations->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_start);
    m_walk->setObjectName(QStringLiteral("walkThrough"));
    m_walk->setToolTip(tr("Full screen for the projector, one goal at a time (Page Down / Page Up; Esc to leave)"));
    leftLayout->addWidget(m_walk);
    m_minutes->setObjectName(QStringLiteral("exportMinutes"));
    leftLayout->addWidget(m_minutes);
    leftLayout->addWidget(m_reviews);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_details);
    m_recommendationsHeading->setObjectName(QStringLiteral("recommendationsHeading"));
    m_recommendationsHeading->setWordWrap(true);
    emphasize(m_recommendationsHeading, 1.1, true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_recommendationsHeading, 1);
    m_scope->setObjectName(QStringLiteral("recommendationScope"));
    m_scope->setAccessibleName(tr("Recommendations of this review or of all reviews"));
    m_scope->addItem(tr("Of this review"), false);
    m_scope->addItem(tr("Of all reviews"), true);
    m_state->setObjectName(QStringLiteral("recommendationState"));
    m_state->setAccessibleName(tr("Recommendations in this state"));
    m_state->addItem(tr("Any state"), -1);
    for (RecommendationState state : RecommendationStates)
        m_state->addItem(StatusText::word(state), int(state));
    auto *stateLabel = new QLabel(tr("Sho&w:"), right);
    stateLabel->setBuddy(m_scope);
    filters->addWidget(stateLabel);
    filters->addWidget(m_scope);
    filters->addWidget(m_state);
    rightLayout->addLayout(filters);
    rightLayout->addWidget(m_recommendations, 2);
    auto *buttons = new QHBoxLayout;
    m_addRecommendation->setObjectName(QStringLiteral("addRecommendation"));
    m_advance->setObjectName(QStringLiteral("advanceRecommendation"));
    m_advance->setToolTip(tr("Move the selected recommendation a step: forwarded to the board, approved or declined, implemented"));
    buttons->addWidget(m_addRecommendation);
    buttons->addWidget(m_advance);
    buttons->addStretch();
    rightLayout->addLayout(buttons);
    auto *notesRow = new QHBoxLayout;
    auto *notesHeading = new QLabel(tr("Notes"), right);
    emphasize(notesHeading, 1.1, true);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    notesRow->addWidget(notesHeading, 1);
    notesRow->addWidget(m_addNote);
    rightLayout->addLayout(notesRow);
    // The note gets the room; who wrote it and when, little.
    m_notes->horizontalHeader()->setStretchLastSection(false);
    m_notes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    rightLayout->addWidget(m_notes, 1);
    auto *compareRow = new QHBoxLayout;
    auto *compareLabel = new QLabel(tr("&Compare with:"), right);
    compareLabel->setBuddy(m_compareWith);
    m_compareWith->setObjectName(QStringLiteral("compareWith"));
    m_compareWith->setAccessibleName(tr("Compare the review with"));
    compareRow->addWidget(m_changesHeading, 1);
    compareRow->addWidget(compareLabel);
    compareRow->addWidget(m_compareWith);
    rightLayout->addLayout(compareRow);
    rightLayout->addWidget(m_changes, 2);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_start, &QPushButton::clicked, this, &ReviewsView::startReview);
    connect(m_addRecommendation, &QPushButton::clicked, this, [this] { askRecommendation(this, itemCodes()); });
    connect(m_advance, &QPushButton::clicked, this, &ReviewsView::askStep);
    connect(m_addNote, &QPushButton::clicked, this, [this] { askNote(this, itemCodes()); });
    connect(m_walk, &QPushButton::clicked, this, &ReviewsView::walkThrough);
    connect(m_minutes, &QPushButton::clicked, this, &ReviewsView::askMinutes);
    connect(m_reviews, &QListWidget::currentRowChanged, this, &ReviewsView::showReview);
    connect(m_compareWith, &QComboBox::activated, this, &ReviewsView::showReview);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ReviewsView::fillRecommendations);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ReviewsView::fillRecommendations);
    connect(document, &PlanDocument::reviewsChanged, this, &ReviewsView::fillReviews);
    connect(document, &PlanDocument::reloaded, this, &ReviewsView::fillReviews);
    // Comparing with now evaluates the plan: only while the tab is shown.
    connect(document, &PlanDocument::statusesChanged, this, [this] {
        if (isVisible())
            showReview();
        else
            m_stale = true;
    });
    fillReviews();
}

void ReviewsView::startReview()
{
    StartReviewDialog dialog(*m_document, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_document->push(new StartReview(m_document, dialog.review())))
        m_reviews->setCurrentRow(m_reviews->count() - 1);
}

const Review *ReviewsView::currentReview() const
{
    const int row = m_reviews->currentRow();
    const auto &reviews = m_document->plan().reviews;
    return row >= 0 && row < int(reviews.size()) ? &reviews[std::size_t(row)] : nullptr;
}

QString ReviewsView::edit(std::size_t review, const Review &after, const QString &text)
{
    const auto &reviews = m_document->plan().reviews;
    if (review >= reviews.size())
        return tr("Choose a review first.");
    const int row = m_reviews->currentRow();
    if (!m_document->push(new EditReview(m_document, reviews[review], after, text)))
        return tr("The change could not be saved.");
    m_reviews->setCurrentRow(row);
    return {};
}

QString ReviewsView::addRecommendation(const QString &text, const QString &item)
{
    const Review *review = currentReview();
    if (!review)
        return tr("Choose a review first.");
    if (text.trimmed().isEmpty())
        return tr("Write the recommendation.");
    Review after = *review;
    Recommendation recommendation;
    recommendation.text = text.trimmed();
    recommendation.item = item.trimmed();
    recommendation.changes.push_back(StateChange{RecommendationState::Proposed, m_document->status().asOf(), {}});
    after.recommendations.push_back(recommendation);
    return edit(std::size_t(m_reviews->currentRow()), after, tr("Add a recommendation to %1").arg(review->title));
}

QString ReviewsView::advanceRecommendation(int row, RecommendationState to, QDate date, const QString &note)
{
    if (row < 0 || row >= int(m_rows.size()))
        return tr("Choose a recommendation first.");
    const auto [reviewIndex, recommendationIndex] = m_rows[std::size_t(row)];
    Review after = m_document->plan().reviews[reviewIndex];
    if (const QString problem = RecommendationFlow::advance(after.recommendations[recommendationIndex], to, date, note.trimmed());
        !problem.isEmpty())
        return problem;
    return edit(reviewIndex, after, tr("Recommendation %1").arg(StatusText::inText(to)));
}

QString ReviewsView::addNote(const QString &item, const QString &text)
{
    const Review *review = currentReview();
    if (!review)
        return tr("Choose a review first.");
    if (text.trimmed().isEmpty())
        return tr("Write the note.");
    Review after = *review;
    after.notes.push_back(ItemNote{item.trimmed(), text.trimmed(), m_document->repository().actor(),
                                   QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC)});
    return edit(std::size_t(m_reviews->currentRow()), after, tr("Add a note to %1").arg(review->title));
}

void ReviewsView::askRecommendation(QWidget *over, const QStringList &codes)
{
    EntryDialog dialog(tr("Add Recommendation"), tr("The committee &recommends:"), over);
    QComboBox *item = dialog.addChoice(QStringLiteral("entryItem"), tr("&It concerns (an item's code, or the whole plan):"), codes, true);
    dialog.requireText(tr("Write the recommendation."));
    if (dialog.exec() == QDialog::Accepted)
        report(addRecommendation(dialog.text(), itemOf(item->currentText())), over);
}

void ReviewsView::askStep()
{
    const int row = m_recommendations->currentRow();
    if (row < 0 || row >= int(m_rows.size())) {
        report(tr("Choose a recommendation in the table first."));
        return;
    }
    const Recommendation &chosenOne = m_document->plan().reviews[m_rows[std::size_t(row)].first].recommendations[m_rows[std::size_t(row)].second];
    const std::vector<RecommendationState> next = RecommendationFlow::next(chosenOne.state());
    if (next.empty()) {
        report(tr("This recommendation is %1: that is final.").arg(StatusText::inText(chosenOne.state())));
        return;
    }
    QStringList choices;
    for (RecommendationState state : next)
        choices.append(StatusText::word(state));
    EntryDialog dialog(tr("Next Step"), tr("&Decision note (optional):"), this);
    QComboBox *state = dialog.addChoice(QStringLiteral("entryState"), tr("The recommendation is &now:"), choices, false);
    if (dialog.exec() == QDialog::Accepted)
        report(advanceRecommendation(row, next[std::size_t(state->currentIndex())], m_document->status().asOf(), dialog.text()));
}

void ReviewsView::askNote(QWidget *over, const QStringList &codes)
{
    EntryDialog dialog(tr("Add Note"), tr("&Note:"), over);
    QComboBox *item = dialog.addChoice(QStringLiteral("entryItem"), tr("The note is &about (an item's code, or the whole plan):"), codes, true);
    dialog.requireText(tr("Write the note."));
    if (dialog.exec() == QDialog::Accepted)
        report(addNote(itemOf(item->currentText()), dialog.text()), over);
}

QString ReviewsView::itemOf(const QString &choice) const
{
    return choice == itemCodes().front() ? QString() : choice.trimmed();
}

QString ReviewsView::byline(const ItemNote &note)
{
    const QString when = note.when.toLocalTime().date().toString(Qt::ISODate);
    return note.who.isEmpty() ? when : tr("%1, %2").arg(note.who, when);
}

QStringList ReviewsView::itemCodes() const
{
    QStringList codes{tr("The whole plan")};
    forEachItem(m_document->plan(), [&codes](const ItemView &item) {
        if (item.kind != ItemKind::Measure || !item.parentMeasure)
            codes.append(item.code);
    });
    return codes;
}

void ReviewsView::report(const QString &problem, QWidget *over)
{
    if (!problem.isEmpty())
        QMessageBox::information(over ? over : this, tr("Reviews"), problem);
}

void ReviewsView::walkThrough()
{
    if (!currentReview() || m_document->plan().goals.empty()) {
        report(tr("Start a review first; the walk-through records its notes and assessments."));
        return;
    }
    auto *mode = new ReviewMode(m_document, this, this);
    mode->setGeometry(screen()->geometry());
    mode->showFullScreen();
}

QString ReviewsView::writeMinutes(const QString &path, const QString &language)
{
    const Review *review = currentReview();
    if (!review)
        return tr("Choose a review first.");
    return MinutesReport(m_document->plan(), *review, ReportOptions::Paper::Letter, language).writePdf(path);
}

void ReviewsView::askMinutes()
{
    const Review *review = currentReview();
    if (!review)
        return;
    // The review may change while the dialogs are open (another window on
    // the file): only its title is kept; writeMinutes looks it up again.
    const QString title = review->title;
    MinutesOptionsDialog options(*review, this);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Minutes"), tr("%1 minutes.pdf").arg(title), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        report(writeMinutes(path, options.language()));
}

void ReviewsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        showReview();
    }
}

int ReviewsView::latestReview() const
{
    // The one a meeting is most likely about: by date, not by when it was entered.
    const auto &reviews = m_document->plan().reviews;
    int latest = -1;
    for (std::size_t i = 0; i < reviews.size(); ++i) {
        if (latest < 0 || reviews[i].date >= reviews[std::size_t(latest)].date)
            latest = int(i);
    }
    return latest;
}

void ReviewsView::fillReviews()
{
    const int current = m_reviews->currentRow();
    m_reviews->clear();
    for (const Review &review : m_document->plan().reviews)
        m_reviews->addItem(tr("%1\n%2 · %3").arg(review.title, review.date.toString(Qt::ISODate), review.year.label()));
    for (QPushButton *button : {m_start, m_addRecommendation, m_advance, m_addNote})
        button->setEnabled(!m_document->isReadOnly());
    m_walk->setEnabled(m_reviews->count() > 0);
    m_minutes->setEnabled(m_reviews->count() > 0);
    m_reviews->setCurrentRow(current >= 0 ? std::min(current, m_reviews->count() - 1) : latestReview());
    showReview();
}

void ReviewsView::fillRecommendations()
{
    m_recommendations->setRowCount(0);
    m_rows.clear();
    const auto &reviews = m_document->plan().reviews;
    const bool all = m_scope->currentData().toBool();
    const int state = m_state->currentData().toInt();
    for (std::size_t r = 0; r < reviews.size(); ++r) {
        if (!all && int(r) != m_reviews->currentRow())
            continue;
        for (std::size_t i = 0; i < reviews[r].recommendations.size(); ++i) {
            const Recommendation &recommendation = reviews[r].recommendations[i];
            if (state >= 0 && int(recommendation.state()) != state)
                continue;
            const int at = m_recommendations->rowCount();
            m_recommendations->insertRow(at);
            m_rows.emplace_back(r, i);
            m_recommendations->setItem(at, 0, cell(recommendation.text));
            m_recommendations->setItem(at, 1, cell(recommendation.item.isEmpty() ? tr("Whole plan") : recommendation.item));
            m_recommendations->setItem(at, 2, cell(StatusText::word(recommendation.state())));
            const StateChange last = recommendation.changes.empty() ? StateChange{} : recommendation.changes.back();
            m_recommendations->setItem(at, 3, cell(last.note.isEmpty() ? last.date.toString(Qt::ISODate)
                                                                       : last.date.toString(Qt::ISODate) + QStringLiteral(": ") + last.note));
            m_recommendations->setItem(at, 4, cell(reviews[r].title));
        }
    }
    AccessibleText::nameEmptyCells(m_recommendations->model());
    m_recommendations->resizeColumnToContents(1);
    m_recommendations->resizeColumnToContents(2);
    m_recommendations->resizeColumnToContents(4);
    m_recommendations->setColumnWidth(0, 420);

    // The heading counts what the table lists, state by state.
    QStringList counts;
    for (RecommendationState state : RecommendationStates) {
        const auto count = std::count_if(m_rows.begin(), m_rows.end(), [&reviews, state](const auto &row) {
            return reviews[row.first].recommendations[row.second].state() == state;
        });
        if (count > 0)
            counts.append(tr("%1 %2").arg(count).arg(StatusText::inText(state)));
    }
    m_recommendationsHeading->setText(m_rows.empty() ? tr("Recommendations: none listed")
                                                     : tr("Recommendations: %1 (%2)").arg(m_rows.size()).arg(counts.join(QStringLiteral(", "))));
}

void ReviewsView::fillNotes()
{
    m_notes->setRowCount(0);
    const Review *review = currentReview();
    if (!review)
        return;
    for (const ItemNote &note : review->notes) {
        const int at = m_notes->rowCount();
        m_notes->insertRow(at);
        m_notes->setItem(at, 0, cell(note.item.isEmpty() ? tr("Whole plan") : note.item));
        m_notes->setItem(at, 1, cell(note.text));
        m_notes->setItem(at, 2, cell(byline(note)));
    }
    AccessibleText::nameEmptyCells(m_notes->model());
    m_notes->resizeColumnToContents(0);
    m_notes->resizeColumnToContents(2);
}

void ReviewsView::showReview()
{
    const int row = m_reviews->currentRow();
    const auto &reviews = m_document->plan().reviews;
    m_changes->setRowCount(0);
    fillNotes();
    if (row < 0 || row >= int(reviews.size())) {
        fillRecommendations();
        m_title->setText(reviews.empty() ? tr("No reviews yet") : QString());
        m_details->setText(reviews.empty() ? tr("Start a review at the steering committee's meeting: it freezes where every item "
                                                "stands, so that later you can see what changed since.")
                                           : QString());
        m_changesHeading->clear();
        return;
    }
    const Review &review = reviews[std::size_t(row)];
    m_title->setText(review.title);
    m_details->setText(tr("Meeting of %1, reviewing school year %2.\nAttendees: %3")
                           .arg(QLocale().toString(review.date, QLocale::LongFormat), review.year.label(),
                                review.attendees.isEmpty() ? tr("none recorded") : review.attendees.join(QStringLiteral("; "))));

    fillRecommendations();

    // The review's frozen snapshot against the plan now, judged for the same
    // year, or against another review, the earlier one first.
    const int other = m_compareWith->currentIndex() >= 0 ? m_compareWith->currentData().toInt() : -1;
    {
        const QSignalBlocker blocker(m_compareWith);
        m_compareWith->clear();
        m_compareWith->addItem(tr("now"), -1);
        for (std::size_t i = 0; i < reviews.size(); ++i) {
            if (int(i) != row)
                m_compareWith->addItem(reviews[i].title, int(i));
        }
        m_compareWith->setCurrentIndex(std::max(0, m_compareWith->findData(other)));
    }
    const QDate today = m_document->status().asOf();
    Comparison comparison;
    const int chosen = m_compareWith->currentData().toInt();
    if (chosen < 0 || chosen >= int(reviews.size())) {
        comparison = ReviewCompare::compare(m_document->plan(), review.title, review.snapshot, review.date, tr("now"),
                                            ReviewCompare::snapshotOf(PlanStatus::evaluate(m_document->plan(), review.year, today)), today);
    } else {
        const Review &a = review.date <= reviews[std::size_t(chosen)].date ? review : reviews[std::size_t(chosen)];
        const Review &b = &a == &review ? reviews[std::size_t(chosen)] : review;
        comparison = ReviewCompare::compare(m_document->plan(), a.title, a.snapshot, a.date, b.title, b.snapshot, b.date);
    }
    m_changesHeading->setText(tr("From %1 to %2: %3 changes").arg(comparison.from, comparison.to).arg(comparison.changes.size()));
    for (const ItemChange &change : comparison.changes) {
        const int at = m_changes->rowCount();
        m_changes->insertRow(at);
        m_changes->setItem(at, 0, cell(change.code + QStringLiteral("  ") + change.title.simplified()));
        const ChangeText text = ReviewCompare::describe(change);
        m_changes->setItem(at, 1, cell(text.what));
        m_changes->setItem(at, 2, cell(text.before));
        m_changes->setItem(at, 3, cell(text.after));
        if (change.kind == ItemChange::Kind::Status) {
            m_changes->item(at, 2)->setIcon(StatusIcons::icon(*change.statusBefore));
            m_changes->item(at, 3)->setIcon(StatusIcons::icon(*change.statusAfter));
        }
    }
    AccessibleText::nameEmptyCells(m_changes->model());
    m_changes->setColumnWidth(0, 460);
}

} // namespace cairn
