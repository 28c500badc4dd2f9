#pragma once

#include "core/enums.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QScrollArea;
class QTableWidget;

namespace cairn {

class PlanDocument;
class ReviewsView;

// The steering committee's walk through the plan on a projector: full
// screen, large type, one goal at a time — its status, objectives, measures
// with their charts and actions. Page Down / Page Up (or the arrow keys)
// move between goals; N records a note, A the committee's assessment of
// the goal, R a recommendation, without leaving; Esc ends the walk.
class ReviewMode : public QDialog
{
    Q_OBJECT

public:
    ReviewMode(PlanDocument *document, ReviewsView *reviews, QWidget *parent = nullptr);

    int goalIndex() const { return m_goal; }
    int goalCount() const;
    void showGoal(int index);
    // Records the committee's assessment of the current goal, or of one of
    // its objectives (by code), for the year under review; an empty string
    // when done, otherwise why not.
    QString assessGoal(Status status, const QString &rationale);
    QString assess(const QString &code, Status status, const QString &rationale);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    // The current review's notes on the goal in view and its items, with who and when.
    void showNotes();
    void askAssessment();
    // The current goal's code, then its objectives', measures' and actions'.
    QStringList codesOfGoal(bool objectivesOnly) const;

    PlanDocument *m_document;
    ReviewsView *m_reviews;
    int m_goal = 0;
    QLabel *m_position;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_notesHeading;
    QLabel *m_notes;
    QTableWidget *m_objectives;
    QGridLayout *m_charts;
    QTableWidget *m_actions;
    QScrollArea *m_scroll;
};

} // namespace cairn
