#pragma once

#include "core/plantally.h"

#include <QAbstractTableModel>

namespace cairn {

// One row per goal: its status, progress and its measures' and actions'
// counts by status, as PlanTally gives them. The dashboard's goal cards
// read it; so can any table.
class GoalSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Title, StatusColumn, Progress, OnTrack, AtRisk, OffTrack, Complete, NoData, Overdue, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1, ProgressRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setTallies(std::vector<GoalTally> tallies, const std::vector<Goal> &goals);
    const GoalTally &tally(int row) const { return m_tallies[std::size_t(row)]; }
    // The goal's short name ("Students") or, without one, its title.
    QString shortName(int row) const { return m_names[std::size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<GoalTally> m_tallies;
    QStringList m_names;
};

} // namespace cairn
