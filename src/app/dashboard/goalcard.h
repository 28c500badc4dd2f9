#pragma once

#include "core/plantally.h"

#include <QFrame>

class QLabel;
class QProgressBar;

namespace cairn {

class StatusBar;

// One goal on the dashboard: code and short name, status (shape, word and
// colour), progress, a bar of its measures and actions by status, and what
// is missing. Clicking it or pressing Enter on it opens the goal.
class GoalCard : public QFrame
{
    Q_OBJECT

public:
    explicit GoalCard(QWidget *parent = nullptr);

    void setTally(const GoalTally &tally, const QString &shortName);

signals:
    void activated(qint64 goalId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    qint64 m_goalId = 0;
    QLabel *m_heading;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    StatusBar *m_bar;
    QLabel *m_counts;
    QLabel *m_missing;
};

} // namespace cairn
