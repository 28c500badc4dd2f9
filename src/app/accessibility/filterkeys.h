#pragma once

#include <QModelIndex>
#include <QObject>

#include <functional>

class QLineEdit;
class QTreeView;

namespace cairn {

// The arrow keys between filter fields and the list they filter: Down in a
// field goes to the list, at the row `target` gives for the list's current
// row (what the filter found); Up on the list's top row goes back to the
// field the user came from.
class FilterKeys : public QObject
{
    Q_OBJECT

public:
    using Target = std::function<QModelIndex(const QModelIndex &current)>;

    FilterKeys(QTreeView *list, Target target, QObject *parent);
    void addField(QLineEdit *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_list;
    Target m_target;
    QList<QLineEdit *> m_fields;
    QLineEdit *m_from = nullptr;
};

} // namespace cairn
