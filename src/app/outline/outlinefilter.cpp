#include "outlinefilter.h"

#include "outlinemodel.h"

namespace cairn {

OutlineFilter::OutlineFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void OutlineFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void OutlineFilter::setStatus(const QString &token)
{
    m_status = token;
    invalidateFilter();
}

void OutlineFilter::setOwnerOrRole(const QString &text)
{
    m_person = text.trimmed();
    invalidateFilter();
}

bool OutlineFilter::matches(const QModelIndex &index) const
{
    const QModelIndex source = mapToSource(index);
    return source.isValid() && filterAcceptsRow(source.row(), source.parent());
}

QModelIndex OutlineFilter::firstMatch(const QModelIndex &parent) const
{
    for (int row = 0; row < rowCount(parent); ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (matches(child))
            return child;
        if (const QModelIndex below = firstMatch(child); below.isValid())
            return below;
    }
    return {};
}

bool OutlineFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_text.isEmpty()) {
        const QString code = index.data().toString();
        const QString title = index.siblingAtColumn(OutlineModel::TitleColumn).data().toString();
        const QString spanish = index.data(OutlineModel::SpanishTitleRole).toString();
        if (!code.contains(m_text, Qt::CaseInsensitive) && !title.contains(m_text, Qt::CaseInsensitive)
            && !spanish.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    if (!m_status.isEmpty() && index.data(OutlineModel::StatusRole).toString() != m_status)
        return false;
    if (!m_person.isEmpty() && !index.data(OutlineModel::OwnerRole).toString().contains(m_person, Qt::CaseInsensitive)
        && index.data(OutlineModel::RolesRole).toStringList().filter(m_person, Qt::CaseInsensitive).isEmpty())
        return false;
    return true;
}

} // namespace cairn
