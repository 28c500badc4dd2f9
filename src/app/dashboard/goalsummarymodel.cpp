#include "goalsummarymodel.h"

#include "app/outline/statusicons.h"
#include "core/statustext.h"

#include <cmath>

namespace cairn {

void GoalSummaryModel::setTallies(std::vector<GoalTally> tallies, const std::vector<Goal> &goals)
{
    beginResetModel();
    m_tallies = std::move(tallies);
    m_names.clear();
    for (const GoalTally &tally : m_tallies) {
        const auto goal = std::find_if(goals.begin(), goals.end(), [&](const Goal &g) { return g.code == tally.goal.code; });
        m_names.append(goal != goals.end() && !goal->shortName.isEmpty() ? goal->shortName : tally.goal.title);
    }
    endResetModel();
}

int GoalSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tallies.size());
}

int GoalSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GoalTally &tally = m_tallies[std::size_t(index.row())];
    const Status status = tally.goal.judgement.status;
    if (role == StatusRole)
        return int(status);
    if (role == ProgressRole)
        return tally.goal.progress ? QVariant(*tally.goal.progress) : QVariant();
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return StatusIcons::icon(status);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Code:
        return tally.goal.code;
    case Title:
        return tally.goal.title;
    case StatusColumn:
        return StatusText::word(status);
    case Progress:
        return tally.goal.progress ? tr("%1%").arg(std::lround(*tally.goal.progress * 100)) : tr("—");
    case OnTrack:
        return tally.items[Status::OnTrack];
    case AtRisk:
        return tally.items[Status::AtRisk];
    case OffTrack:
        return tally.items[Status::OffTrack];
    case Complete:
        return tally.items[Status::Complete];
    case NoData:
        return tally.measuresWithoutData;
    case Overdue:
        return tally.overdueActions;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant GoalSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Goal");
    case StatusColumn:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case OnTrack:
        return StatusText::word(Status::OnTrack);
    case AtRisk:
        return StatusText::word(Status::AtRisk);
    case OffTrack:
        return StatusText::word(Status::OffTrack);
    case Complete:
        return StatusText::word(Status::Complete);
    case NoData:
        return tr("Measures without data");
    case Overdue:
        return tr("Overdue actions");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cairn
