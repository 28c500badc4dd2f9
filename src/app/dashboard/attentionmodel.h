#pragma once

#include "core/plantally.h"

#include <QAbstractTableModel>

namespace cairn {

// "Needs attention": off-track and at-risk items, measures missing the
// year's value and overdue actions (PlanTally::attention), one per row.
class AttentionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Reason, Code, Item, Owner, Detail, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, IdRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(std::vector<AttentionItem> items, const Plan &plan);
    const AttentionItem &item(int row) const { return m_items[std::size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString reasonText(AttentionItem::Reason reason);

private:
    std::vector<AttentionItem> m_items;
    QStringList m_details;
};

} // namespace cairn
