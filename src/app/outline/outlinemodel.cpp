#include "outlinemodel.h"

#include "statusicons.h"

#include "app/document/commands.h"
#include "core/statustext.h"
#include "core/textparts.h"

#include <QIODevice>
#include <QMimeData>

namespace cairn {

namespace {

const QString MimeType = QStringLiteral("application/x-cairn-outline-item");

} // namespace

OutlineModel::OutlineModel(PlanDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    rebuild();
    connect(document, &PlanDocument::aboutToChange, this, &OutlineModel::aboutToChange);
    connect(document, &PlanDocument::changed, this, &OutlineModel::changed);
    connect(document, &PlanDocument::statusesChanged, this, &OutlineModel::statusesChanged);
    connect(document, &PlanDocument::aboutToReload, this, [this] { beginResetModel(); });
    connect(document, &PlanDocument::reloaded, this, [this] {
        rebuild();
        endResetModel();
    });
}

OutlineModel::Key OutlineModel::keyOf(ItemKind kind, qint64 id)
{
    return (Key(kind) + 1) << 60 | Key(id);
}

ItemKind OutlineModel::kindOf(Key key)
{
    return ItemKind((key >> 60) - 1);
}

qint64 OutlineModel::idOf(Key key)
{
    return qint64(key & ((Key(1) << 60) - 1));
}

void OutlineModel::rebuild()
{
    m_children.clear();
    m_nodes.clear();
    m_children[0];
    forEachItem(m_document->plan(), [this](const ItemView &item) {
        // An item's parent: a measure's parent measure, objective or goal;
        // an action's objective; an objective's goal.
        Key parent = 0;
        if (item.kind == ItemKind::Measure && item.parentMeasure)
            parent = keyOf(ItemKind::Measure, item.parentMeasure->id);
        else if ((item.kind == ItemKind::Measure || item.kind == ItemKind::Action) && item.objective)
            parent = keyOf(ItemKind::Objective, item.objective->id);
        else if (item.kind != ItemKind::Goal)
            parent = keyOf(ItemKind::Goal, item.goal->id);
        auto &siblings = m_children[parent];
        const Key key = keyOf(item.kind, item.id());
        m_nodes.insert(key, Node{parent, int(siblings.size())});
        siblings.push_back(key);
    });
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    const Key parentKey = parent.isValid() ? Key(parent.internalId()) : 0;
    const auto it = m_children.constFind(parentKey);
    if (it == m_children.constEnd() || row < 0 || row >= int(it->size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr((*it)[std::size_t(row)]));
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Key parent = m_nodes.value(Key(child.internalId())).parent;
    return parent == 0 ? QModelIndex() : indexOfKey(parent);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const auto it = m_children.constFind(parent.isValid() ? Key(parent.internalId()) : 0);
    return it == m_children.constEnd() ? 0 : int(it->size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex OutlineModel::indexOfKey(Key key, int column) const
{
    const auto it = m_nodes.constFind(key);
    return it == m_nodes.constEnd() ? QModelIndex() : createIndex(it->row, column, quintptr(key));
}

QModelIndex OutlineModel::indexOf(ItemKind kind, qint64 id, int column) const
{
    return indexOfKey(keyOf(kind, id), column);
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Key key = Key(index.internalId());
    const ItemKind kind = kindOf(key);
    const ItemView *item = m_document->item(kind, idOf(key));
    if (!item)
        return {};
    const ItemStatus *status = m_document->status().find(item->code);
    const Status token = status ? status->judgement.status : Status::NoData;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return item->code;
        case TitleColumn:
            return oneLineTextParts(item->title);
        case StatusColumn:
            return status && status->judgement.manual ? tr("%1 (manual)").arg(StatusText::word(token)) : StatusText::word(token);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusIcons::icon(token);
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2\n%3").arg(item->code, item->title, StatusText::word(token));
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1 %2, %3").arg(item->code, oneLineTextParts(item->title), StatusText::word(token));
    case KindRole:
        return int(kind);
    case IdRole:
        return idOf(key);
    case StatusRole:
        return toToken(token);
    case OwnerRole:
        return item->ownOwner();
    case SpanishTitleRole:
        return item->spanishTitle();
    case RolesRole: {
        QStringList roles;
        if (item->action)
            for (const Responsibility &responsibility : item->action->responsibilities)
                roles.append(responsibility.role);
        return roles;
    }
    }
    return {};
}

QVariant OutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.isValid() && !m_document->isReadOnly())
        flags |= Qt::ItemIsDragEnabled;
    if (!m_document->isReadOnly())
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

int OutlineModel::offsetOf(ItemKind kind, Key parent) const
{
    // Objectives follow a goal's measures; actions follow an objective's measures.
    if (kind != ItemKind::Objective && kind != ItemKind::Action)
        return 0;
    int measures = 0;
    for (Key child : m_children.value(parent)) {
        if (kindOf(child) == ItemKind::Measure)
            ++measures;
    }
    return measures;
}

int OutlineModel::typedRow(const QModelIndex &index) const
{
    const Key key = Key(index.internalId());
    return index.row() - offsetOf(kindOf(key), m_nodes.value(key).parent);
}

int OutlineModel::typedSiblingCount(const QModelIndex &index) const
{
    const Key key = Key(index.internalId());
    int count = 0;
    for (Key sibling : m_children.value(m_nodes.value(key).parent)) {
        if (kindOf(sibling) == kindOf(key))
            ++count;
    }
    return count;
}

OutlineModel::Key OutlineModel::parentKey(const PlanChange &change) const
{
    return change.parentId == 0 ? 0 : keyOf(change.parentKind, change.parentId);
}

void OutlineModel::aboutToChange(const PlanChange &change)
{
    const Key parent = parentKey(change);
    const QModelIndex parentIndex = parent == 0 ? QModelIndex() : indexOfKey(parent);
    const int offset = offsetOf(change.kind, parent);
    switch (change.type) {
    case PlanChange::Type::Added:
        beginInsertRows(parentIndex, offset + change.row, offset + change.row);
        m_structureChanging = true;
        break;
    case PlanChange::Type::Removed:
        beginRemoveRows(parentIndex, offset + change.row, offset + change.row);
        m_structureChanging = true;
        break;
    case PlanChange::Type::Moved: {
        const int from = offset + change.row;
        const int to = offset + change.toRow;
        m_structureChanging = beginMoveRows(parentIndex, from, from, parentIndex, to > from ? to + 1 : to);
        break;
    }
    case PlanChange::Type::PlanFields:
    case PlanChange::Type::Fields:
        break;
    }
}

void OutlineModel::changed(const PlanChange &change)
{
    switch (change.type) {
    case PlanChange::Type::Added:
    case PlanChange::Type::Removed:
    case PlanChange::Type::Moved:
        rebuild();
        if (!m_structureChanging)
            break;
        m_structureChanging = false;
        if (change.type == PlanChange::Type::Added)
            endInsertRows();
        else if (change.type == PlanChange::Type::Removed)
            endRemoveRows();
        else
            endMoveRows();
        break;
    case PlanChange::Type::Fields: {
        const QModelIndex first = indexOf(change.kind, change.id, 0);
        if (first.isValid())
            emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        break;
    }
    case PlanChange::Type::PlanFields:
        break;
    }
}

void OutlineModel::statusesChanged()
{
    for (auto it = m_children.constBegin(); it != m_children.constEnd(); ++it) {
        if (it->empty())
            continue;
        const QModelIndex parent = it.key() == 0 ? QModelIndex() : indexOfKey(it.key());
        if (it.key() != 0 && !parent.isValid())
            continue;
        emit dataChanged(index(0, StatusColumn, parent), index(int(it->size()) - 1, StatusColumn, parent),
                         {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleTextRole, StatusRole});
    }
}

Qt::DropActions OutlineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList OutlineModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(MimeType, QByteArray::number(quint64(indexes.first().internalId())));
    return data;
}

bool OutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(MimeType) || row < 0)
        return false;
    // Reordering only: the item stays under its parent, among its own kind.
    const Key key = data->data(MimeType).toULongLong();
    const Key target = parent.isValid() ? Key(parent.internalId()) : 0;
    if (!m_nodes.contains(key) || m_nodes.value(key).parent != target)
        return false;
    const int offset = offsetOf(kindOf(key), target);
    int count = 0;
    for (Key sibling : m_children.value(target))
        count += kindOf(sibling) == kindOf(key) ? 1 : 0;
    return row >= offset && row <= offset + count;
}

bool OutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Key key = data->data(MimeType).toULongLong();
    const int offset = offsetOf(kindOf(key), m_nodes.value(key).parent);
    const int from = m_nodes.value(key).row - offset;
    int to = row - offset;
    if (to > from)
        --to; // dropping below itself: the rows above shift up
    if (to == from)
        return false;
    m_document->push(new MoveItem(m_document, kindOf(key), idOf(key), from, to));
    // The move is done through the document; tell the view not to remove the source row.
    return false;
}

} // namespace cairn
