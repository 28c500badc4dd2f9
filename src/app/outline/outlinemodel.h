#pragma once

#include "core/enums.h"

#include <QAbstractItemModel>
#include <QHash>

namespace cairn {

class PlanDocument;
struct PlanChange;

// The plan as a tree for views: goals, then under each goal its own
// measures and its objectives; under an objective its measures and actions;
// under a measure its child measures. It follows the document's change
// signals row by row, so selections and expanded branches survive edits.
// Moving rows by drag and drop pushes MoveItem commands.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, TitleColumn, StatusColumn, ColumnCount };
    // RolesRole: the roles an action's responsibilities name (a QStringList).
    // SpanishTitleRole: the item's title in Spanish, if it has one.
    enum Role { KindRole = Qt::UserRole + 1, IdRole, StatusRole, OwnerRole, RolesRole, SpanishTitleRole };

    explicit OutlineModel(PlanDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    QModelIndex indexOf(ItemKind kind, qint64 id, int column = 0) const;
    // The row an item has among the items of its own kind under its parent
    // (what MoveItem counts), and how many such siblings there are.
    int typedRow(const QModelIndex &index) const;
    int typedSiblingCount(const QModelIndex &index) const;

private:
    using Key = quint64;
    // Only keys: the items themselves are read from the document each time.
    struct Node {
        Key parent = 0;
        int row = 0;
    };
    static Key keyOf(ItemKind kind, qint64 id);
    static ItemKind kindOf(Key key);
    static qint64 idOf(Key key);

    void rebuild();
    QModelIndex indexOfKey(Key key, int column = 0) const;
    int offsetOf(ItemKind kind, Key parent) const;
    Key parentKey(const PlanChange &change) const;
    void aboutToChange(const PlanChange &change);
    void changed(const PlanChange &change);
    void statusesChanged();

    PlanDocument *m_document;
    QHash<Key, std::vector<Key>> m_children; // key 0: the goals
    QHash<Key, Node> m_nodes;
    bool m_structureChanging = false;
};

} // namespace cairn
