#include "attentionmodel.h"

#include "app/accessibility/accessibletext.h"
#include "app/outline/statusicons.h"
#include "core/planwalk.h"
#include "core/statustext.h"
#include "core/textparts.h"
#include "report/valuetext.h"

#include <QHash>

namespace cairn {

namespace {

Status shapeOf(AttentionItem::Reason reason)
{
    switch (reason) {
    case AttentionItem::Reason::OffTrack:
    case AttentionItem::Reason::OverdueAction:
        return Status::OffTrack;
    case AttentionItem::Reason::AtRisk:
        return Status::AtRisk;
    case AttentionItem::Reason::MissingValue:
        return Status::NoData;
    }
    return Status::NoData;
}

} // namespace

QString AttentionModel::reasonText(AttentionItem::Reason reason)
{
    switch (reason) {
    case AttentionItem::Reason::OffTrack:
        return StatusText::word(Status::OffTrack);
    case AttentionItem::Reason::AtRisk:
        return StatusText::word(Status::AtRisk);
    case AttentionItem::Reason::MissingValue:
        return tr("Value missing");
    case AttentionItem::Reason::OverdueAction:
        return tr("Overdue");
    }
    return {};
}

void AttentionModel::setItems(std::vector<AttentionItem> items, const Plan &plan)
{
    beginResetModel();
    m_items = std::move(items);
    QHash<QString, const Measure *> measures;
    QHash<QString, const Action *> actions;
    forEachItem(plan, [&](const ItemView &view) {
        if (view.measure)
            measures.insert(view.code, view.measure);
        else if (view.action)
            actions.insert(view.code, view.action);
    });
    m_details.clear();
    for (const AttentionItem &item : m_items) {
        QString detail;
        const Judgement &judgement = item.judgement;
        if (const Measure *measure = measures.value(item.code)) {
            const ValueFormat format = ValueFormat::of(*measure);
            if (judgement.actual && judgement.target)
                detail = tr("%1 against a target of %2")
                             .arg(ValueText::format(format, *judgement.actual),
                                  ValueText::format(format, judgement.target->value, judgement.target->derived ? 1 : 0));
            else if (judgement.target)
                detail = tr("target %1").arg(ValueText::format(format, judgement.target->value, judgement.target->derived ? 1 : 0));
        } else if (const Action *action = actions.value(item.code)) {
            detail = tr("due %1, %2% complete").arg(action->due.toText()).arg(action->percentComplete);
        }
        if (judgement.manual)
            detail = judgement.rationale.isEmpty() ? tr("assessed by people") : tr("assessed: %1").arg(judgement.rationale);
        m_details.append(detail);
    }
    endResetModel();
}

int AttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AttentionItem &item = m_items[std::size_t(index.row())];
    if (role == KindRole)
        return int(item.kind);
    if (role == IdRole)
        return item.id;
    if (role == Qt::DecorationRole && index.column() == Reason)
        return StatusIcons::icon(shapeOf(item.reason));
    if (role == Qt::ToolTipRole && index.column() == Item)
        return item.title;
    if (role == Qt::AccessibleTextRole)
        return AccessibleText::forEmpty(index, Code);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Reason:
        return reasonText(item.reason);
    case Code:
        return item.code;
    case Item:
        return oneLineTextParts(item.title);
    case Owner:
        return item.owner;
    case Detail:
        return m_details.value(index.row());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Reason:
        return tr("Why");
    case Code:
        return tr("Code");
    case Item:
        return tr("Measure or action");
    case Owner:
        return tr("Owner");
    case Detail:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cairn
