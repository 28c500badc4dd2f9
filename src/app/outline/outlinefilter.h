#pragma once

#include <QSortFilterProxyModel>

namespace cairn {

// Narrows the outline to rows whose code or title (in its own words or in
// Spanish) contain a text, that have
// a given status, or whose owner, or a role the action's responsibilities
// name, contains a text ("principal": what principals own or answer for).
// The branches above a matching row stay visible.
class OutlineFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OutlineFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatus(const QString &token); // empty: any status
    void setOwnerOrRole(const QString &text);

    // Whether a shown row is found by the filters itself, not only shown as
    // the branch above one; every row is when no filter is set.
    bool matches(const QModelIndex &index) const;
    // The first row found, depth first; invalid when none is.
    QModelIndex firstMatch(const QModelIndex &parent = {}) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_status;
    QString m_person;
};

} // namespace cairn
