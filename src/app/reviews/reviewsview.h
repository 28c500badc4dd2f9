#pragma once

#include "core/plan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cairn {

class PlanDocument;

// The plan's steering-committee reviews: each with its attendees, its
// recommendations and their state, and what changed since it (its frozen
// snapshot against the plan now). "Start Review…" freezes a new one.
class ReviewsView : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewsView(PlanDocument *document, QWidget *parent = nullptr);

    QListWidget *reviews() const { return m_reviews; }
    QTableWidget *recommendations() const { return m_recommendations; }
    QTableWidget *changes() const { return m_changes; }
    // What the chosen review is compared with: now, or another review.
    QComboBox *compareWith() const { return m_compareWith; }
    // Which recommendations the table lists: the chosen review's or all
    // reviews', and any state or one.
    QComboBox *scopeFilter() const { return m_scope; }
    QComboBox *stateFilter() const { return m_state; }

    // Asks for the details and starts a review as one undoable step.
    void startReview();
    // The review chosen in the list, if any.
    const Review *currentReview() const;
    // The projector walk through the plan for the chosen review.
    void walkThrough();
    // Writes the chosen review's minutes as a PDF in `language` ("en",
    // "es"; empty: the app's); an empty string when done.
    QString writeMinutes(const QString &path, const QString &language = {});

    // Each an undoable edit of the current review (a recommendation: of the
    // review it belongs to, by its row in the table); an empty string when
    // done, otherwise why not.
    QString addRecommendation(const QString &text, const QString &item);
    QString advanceRecommendation(int row, RecommendationState to, QDate date, const QString &note);
    QString addNote(const QString &item, const QString &text);
    // Ask, in a dialog over `over`, for a note or a recommendation on one of
    // `codes` (the first is offered first) and add it to the current review.
    void askNote(QWidget *over, const QStringList &codes);
    void askRecommendation(QWidget *over, const QStringList &codes);

    // Who wrote a note, and when: "Chief Academic Officer, 2024-10-22".
    static QString byline(const ItemNote &note);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void askStep();
    void askMinutes();
    QStringList itemCodes() const;
    // The item a chosen code stands for: none for the whole plan.
    QString itemOf(const QString &choice) const;
    void report(const QString &problem, QWidget *over = nullptr);
    QString edit(std::size_t review, const Review &after, const QString &text);
    void fillRecommendations();
    void fillNotes();
    void fillReviews();
    // The row of the review with the latest date (the later entered of two on one day).
    int latestReview() const;
    void showReview();

    PlanDocument *m_document;
    QPushButton *m_start;
    QPushButton *m_addRecommendation;
    QPushButton *m_advance;
    QPushButton *m_addNote;
    QPushButton *m_walk;
    QPushButton *m_minutes;
    QListWidget *m_reviews;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_recommendationsHeading;
    QTableWidget *m_recommendations;
    QTableWidget *m_notes;
    QLabel *m_changesHeading;
    QComboBox *m_compareWith;
    QComboBox *m_scope;
    QComboBox *m_state;
    // Each table row's review and recommendation.
    std::vector<std::pair<std::size_t, std::size_t>> m_rows;
    bool m_stale = false; // statuses changed while the tab was hidden
    QTableWidget *m_changes;
};

} // namespace cairn
