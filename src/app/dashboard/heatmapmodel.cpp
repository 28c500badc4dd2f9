#include "heatmapmodel.h"

#include "app/outline/statusicons.h"
#include "core/statustext.h"
#include "report/statusshape.h"

namespace cairn {

void HeatMapModel::evaluate(const Plan &plan, const PlanStatus &current)
{
    const SchoolYear reportYear = current.year();
    beginResetModel();
    m_rows.clear();
    m_years.clear();
    m_cells.clear();
    m_reportYear = reportYear;
    for (const Goal &goal : plan.goals) {
        for (const Objective &objective : goal.objectives)
            m_rows.push_back({objective.id, objective.code, objective.title});
    }
    for (SchoolYear year = plan.firstYear; year.isValid() && year <= plan.lastYear; year = year.next())
        m_years.push_back(year);
    m_cells.assign(m_rows.size(), std::vector<Status>(m_years.size(), Status::NotYetDue));
    for (std::size_t column = 0; column < m_years.size(); ++column) {
        if (m_years[column] > reportYear)
            continue;
        const PlanStatus earlier = m_years[column] == reportYear ? PlanStatus() : PlanStatus::evaluate(plan, m_years[column], current.asOf());
        const PlanStatus &status = m_years[column] == reportYear ? current : earlier;
        for (std::size_t row = 0; row < m_rows.size(); ++row) {
            if (const ItemStatus *item = status.find(m_rows[row].code))
                m_cells[row][column] = item->judgement.status;
        }
    }
    endResetModel();
}

int HeatMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeatMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

QVariant HeatMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Status status = m_cells[std::size_t(index.row())][std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return StatusText::word(status);
    case Qt::DecorationRole:
        return StatusIcons::icon(status);
    case Qt::BackgroundRole:
        return StatusShape::tint(status, status == Status::NotYetDue || status == Status::NoData ? 0.07 : 0.18);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("Objective %1 in %2: %3")
            .arg(m_rows[std::size_t(index.row())].code, m_years[std::size_t(index.column())].label(), StatusText::word(status));
    case StatusRole:
        return int(status);
    case IdRole:
        return m_rows[std::size_t(index.row())].id;
    default:
        return {};
    }
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < int(m_years.size())) {
        if (role == Qt::DisplayRole)
            return m_years[std::size_t(section)] == m_reportYear ? tr("%1 ▸").arg(m_years[std::size_t(section)].label())
                                                                  : m_years[std::size_t(section)].label();
        if (role == Qt::ToolTipRole && m_years[std::size_t(section)] == m_reportYear)
            return tr("The school year under review");
    }
    if (orientation == Qt::Vertical && section >= 0 && section < int(m_rows.size())) {
        const Row &row = m_rows[std::size_t(section)];
        if (role == Qt::DisplayRole)
            return QString(row.code + QStringLiteral("  ") + (row.title.size() > 48 ? QString(row.title.left(47) + QChar(0x2026)) : row.title));
        if (role == Qt::ToolTipRole)
            return row.title;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace cairn
