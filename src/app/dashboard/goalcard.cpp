#include "goalcard.h"

#include "statusbar.h"
#include "textstyle.h"

#include "core/coveragetext.h"
#include "core/statustext.h"
#include "report/statusshape.h"

#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <cmath>

namespace cairn {

GoalCard::GoalCard(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_bar(new StatusBar(this))
    , m_counts(new QLabel(this))
    , m_missing(new QLabel(this))
{
    setObjectName(QStringLiteral("goalCard"));
    m_status->setObjectName(QStringLiteral("goalStatus"));
    m_progress->setObjectName(QStringLiteral("goalProgress"));
    m_progressText->setObjectName(QStringLiteral("goalProgressText"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_heading->setWordWrap(true);
    emphasize(m_heading, 1.35, true);
    emphasize(m_status, 1.2, true);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 100);
    // The words go under the bar, where they can wrap on a narrow card.
    m_progress->setTextVisible(false);
    m_progressText->setWordWrap(true);
    m_counts->setWordWrap(true);
    m_missing->setWordWrap(true);
    setTextColor(m_missing, QColor(0x61, 0x61, 0x61));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_missing);
    layout->addStretch();
}

void GoalCard::setTally(const GoalTally &tally, const QString &shortName)
{
    const Status status = tally.goal.judgement.status;
    m_goalId = tally.id;
    m_heading->setText(tally.goal.code + QStringLiteral("  ") + shortName);
    m_heading->setToolTip(tally.goal.title);
    m_status->setText(StatusText::symbol(status) + QLatin1Char(' ') + CoverageText::status(tally.goal));
    setTextColor(m_status, StatusShape::color(status));
    const auto share = CoverageText::progressShare(tally.goal);
    m_progress->setValue(share ? int(std::lround(*share * 100)) : 0);
    m_progressText->setText(CoverageText::progress(tally.goal, CoverageText::Form::Short));
    m_progress->setFormat(m_progressText->text());
    m_progress->setAccessibleName(tr("Progress of %1").arg(tally.goal.code));
    m_bar->setCounts(tally.items);
    m_bar->setAccessibleName(tr("Measures and actions of %1 by status").arg(tally.goal.code));

    QStringList counts;
    for (Status s : {Status::OnTrack, Status::AtRisk, Status::OffTrack, Status::Complete, Status::NotStarted}) {
        if (tally.items[s] > 0)
            counts.append(StatusText::tally(s, tally.items[s]));
    }
    m_counts->setText(counts.isEmpty() ? tr("Nothing judged yet") : counts.join(QStringLiteral("   ")));
    // What is missing, said only of what the goal has: a goal of actions
    // alone has no "0 of 0 measures without data".
    QStringList missing;
    if (tally.goal.coverage.measures > 0)
        missing.append(tr("%1 of %2 measures without data").arg(tally.measuresWithoutData).arg(tally.goal.coverage.measures));
    if (tally.goal.coverage.actions > 0)
        missing.append(tr("%1 of %2 actions overdue").arg(tally.overdueActions).arg(tally.goal.coverage.actions));
    m_missing->setText(missing.join(QStringLiteral(" · ")));
    m_missing->setVisible(!missing.isEmpty());
    setAccessibleName(tr("Goal %1 %2: %3").arg(tally.goal.code, shortName, CoverageText::status(tally.goal)));
    QStringList description{m_progress->text(), m_counts->text()};
    if (!missing.isEmpty())
        description.append(m_missing->text());
    setAccessibleDescription(description.join(QStringLiteral(". ")));
}

void GoalCard::mouseReleaseEvent(QMouseEvent *event)
{
    QFrame::mouseReleaseEvent(event);
    emit activated(m_goalId);
}

void GoalCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated(m_goalId);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace cairn
