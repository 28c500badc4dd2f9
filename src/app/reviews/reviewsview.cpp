#include "reviewsview.h"

#include "startreviewdialog.h"

#include "app/dashboard/textstyle.h"
#include "app/document/commands.h"
#include "app/document/plandocument.h"
#include "app/outline/statusicons.h"
#include "core/reviewcompare.h"
#include "core/statustext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cairn {

namespace {

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

QString valueText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 10) : ReviewsView::tr("none");
}

} // namespace

ReviewsView::ReviewsView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_start(new QPushButton(tr("&Start Review…"), this))
    , m_reviews(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_recommendations(table(QStringLiteral("recommendations"), tr("Recommendations of the review"),
                              {tr("Recommendation"), tr("Concerns"), tr("State"), tr("Last step")}, this))
    , m_changesHeading(new QLabel(this))
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
    emphasize(m_changesHeading, 1.1, true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_start);
    leftLayout->addWidget(m_reviews);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_details);
    auto *recommendationsHeading = new QLabel(tr("Recommendations"), right);
    emphasize(recommendationsHeading, 1.1, true);
    rightLayout->addWidget(recommendationsHeading);
    rightLayout->addWidget(m_recommendations, 1);
    rightLayout->addWidget(m_changesHeading);
    rightLayout->addWidget(m_changes, 2);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_start, &QPushButton::clicked, this, &ReviewsView::startReview);
    connect(m_reviews, &QListWidget::currentRowChanged, this, &ReviewsView::showReview);
    connect(document, &PlanDocument::reviewsChanged, this, &ReviewsView::fillReviews);
    connect(document, &PlanDocument::reloaded, this, &ReviewsView::fillReviews);
    connect(document, &PlanDocument::statusesChanged, this, &ReviewsView::showReview);
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

void ReviewsView::fillReviews()
{
    const int current = m_reviews->currentRow();
    m_reviews->clear();
    for (const Review &review : m_document->plan().reviews)
        m_reviews->addItem(tr("%1\n%2 · %3").arg(review.title, review.date.toString(Qt::ISODate), review.year.label()));
    m_start->setEnabled(!m_document->isReadOnly());
    m_reviews->setCurrentRow(std::min(std::max(current, 0), m_reviews->count() - 1));
    showReview();
}

void ReviewsView::showReview()
{
    const int row = m_reviews->currentRow();
    const auto &reviews = m_document->plan().reviews;
    m_recommendations->setRowCount(0);
    m_changes->setRowCount(0);
    if (row < 0 || row >= int(reviews.size())) {
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

    for (const Recommendation &recommendation : review.recommendations) {
        const int at = m_recommendations->rowCount();
        m_recommendations->insertRow(at);
        m_recommendations->setItem(at, 0, cell(recommendation.text));
        m_recommendations->setItem(at, 1, cell(recommendation.item.isEmpty() ? tr("Whole plan") : recommendation.item));
        m_recommendations->setItem(at, 2, cell(StatusText::word(recommendation.state())));
        const StateChange last = recommendation.changes.empty() ? StateChange{} : recommendation.changes.back();
        m_recommendations->setItem(at, 3, cell(last.note.isEmpty() ? last.date.toString(Qt::ISODate)
                                                                   : last.date.toString(Qt::ISODate) + QStringLiteral(": ") + last.note));
    }
    m_recommendations->resizeColumnToContents(1);
    m_recommendations->resizeColumnToContents(2);
    m_recommendations->setColumnWidth(0, 420);

    // The review's frozen snapshot against the plan now, judged for the same year.
    const QDate today = m_document->status().asOf();
    const Comparison comparison =
        ReviewCompare::compare(m_document->plan(), review.title, review.snapshot, review.date, tr("now"),
                               ReviewCompare::snapshotOf(PlanStatus::evaluate(m_document->plan(), review.year, today)), today);
    m_changesHeading->setText(tr("Since this review: %1 changes; %2 recommendations proposed, %3 decided")
                                  .arg(comparison.changes.size())
                                  .arg(comparison.opened.size())
                                  .arg(comparison.closed.size()));
    for (const ItemChange &change : comparison.changes) {
        const int at = m_changes->rowCount();
        m_changes->insertRow(at);
        m_changes->setItem(at, 0, cell(change.code + QStringLiteral("  ") + change.title.simplified()));
        QString what;
        QTableWidgetItem *before = nullptr;
        QTableWidgetItem *after = nullptr;
        switch (change.kind) {
        case ItemChange::Kind::Status:
            what = tr("status");
            before = cell(StatusText::word(*change.statusBefore));
            before->setIcon(StatusIcons::icon(*change.statusBefore));
            after = cell(StatusText::word(*change.statusAfter));
            after->setIcon(StatusIcons::icon(*change.statusAfter));
            break;
        case ItemChange::Kind::Actual:
        case ItemChange::Kind::Target:
            what = change.kind == ItemChange::Kind::Actual ? tr("actual") : tr("target");
            before = cell(valueText(change.before));
            after = cell(valueText(change.after));
            break;
        case ItemChange::Kind::Added:
            what = tr("added");
            break;
        case ItemChange::Kind::Removed:
            what = tr("removed");
            break;
        }
        m_changes->setItem(at, 1, cell(what));
        if (before)
            m_changes->setItem(at, 2, before);
        if (after)
            m_changes->setItem(at, 3, after);
    }
    m_changes->setColumnWidth(0, 460);
}

} // namespace cairn
