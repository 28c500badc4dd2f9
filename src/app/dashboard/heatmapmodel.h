#pragma once

#include "core/planstatus.h"

#include <QAbstractTableModel>

namespace cairn {

// Objectives (rows) by the plan's school years (columns): each cell the
// objective's status in that year. Years after the year under review are
// not yet due.
class HeatMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { StatusRole = Qt::UserRole + 1, IdRole };

    using QAbstractTableModel::QAbstractTableModel;

    // `status` is the plan's evaluation for the year under review; earlier
    // years are evaluated here.
    void evaluate(const Plan &plan, const PlanStatus &status);
    Status status(int row, int column) const { return m_cells[std::size_t(row)][std::size_t(column)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        qint64 id;
        QString code;
        QString title;
    };
    std::vector<Row> m_rows;
    std::vector<SchoolYear> m_years;
    SchoolYear m_reportYear;
    std::vector<std::vector<Status>> m_cells;
};

} // namespace cairn
