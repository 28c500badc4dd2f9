#include "commands.h"

#include "core/planlocate.h"
#include "core/statustext.h"

#include <algorithm>

namespace cairn {

namespace {

} // namespace

ItemKind kindOf(const AnyItem &item)
{
    static constexpr ItemKind kinds[] = {ItemKind::Goal, ItemKind::Objective, ItemKind::Action, ItemKind::Measure};
    return kinds[item.index()];
}

qint64 idOf(const AnyItem &item)
{
    return std::visit([](const auto &value) { return value.id; }, item);
}

QString codeOf(const AnyItem &item)
{
    return std::visit([](const auto &value) { return value.code; }, item);
}

SetMeasureValues::SetMeasureValues(PlanDocument *document, std::vector<Measure> before, std::vector<Measure> after,
                                   const QString &text, const QString &origin)
    : DocumentCommand(document, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_origin(origin)
{
    for (std::size_t i = 0; i < m_after.size() && i < m_before.size(); ++i)
        ValueApproval::markEntered(m_before[i], m_after[i], document->valuesWaitForApproval());
}

void SetMeasureValues::apply()
{
    document()->replaceMeasures(m_after, m_origin);
}

void SetMeasureValues::revert()
{
    document()->replaceMeasures(m_before, m_origin);
}

AddItem::AddItem(PlanDocument *document, AnyItem item, ItemKind parentKind, qint64 parentId, int row)
    : DocumentCommand(document, PlanDocument::tr("Add %1 %2").arg(StatusText::word(kindOf(item)), codeOf(item)))
    , m_item(std::move(item))
    , m_parentKind(parentKind)
    , m_parentId(parentId)
    , m_row(row)
{
}

ItemKind AddItem::kind() const
{
    return kindOf(m_item);
}

qint64 AddItem::itemId() const
{
    return idOf(m_item);
}

void AddItem::apply()
{
    // The first time assigns row ids; redoing later reuses them.
    m_item = document()->insertItem(m_item, m_parentKind, m_parentId, m_row);
}

void AddItem::revert()
{
    document()->removeItem(kindOf(m_item), idOf(m_item));
}

RemoveItem::RemoveItem(PlanDocument *document, ItemKind kind, qint64 id)
    : DocumentCommand(document, PlanDocument::tr("Delete %1 %2").arg(StatusText::word(kind), cairn::codeOf(document->plan(), kind, id)))
    , m_kind(kind)
    , m_id(id)
{
}

void RemoveItem::apply()
{
    m_removed = document()->find(m_kind, m_id);
    document()->removeItem(m_kind, m_id);
}

void RemoveItem::revert()
{
    if (m_removed)
        document()->insertItem(m_removed->item, m_removed->parentKind, m_removed->parentId, m_removed->row);
}

MoveItem::MoveItem(PlanDocument *document, ItemKind kind, qint64 id, int from, int to)
    : DocumentCommand(document, PlanDocument::tr("Move %1 %2").arg(StatusText::word(kind), cairn::codeOf(document->plan(), kind, id)))
    , m_kind(kind)
    , m_id(id)
    , m_from(from)
    , m_to(to)
{
}

void MoveItem::apply()
{
    document()->moveItem(m_kind, m_id, m_to);
}

void MoveItem::revert()
{
    document()->moveItem(m_kind, m_id, m_from);
}

StartReview::StartReview(PlanDocument *document, Review review)
    : DocumentCommand(document, PlanDocument::tr("Start %1").arg(review.title))
    , m_review(std::move(review))
{
}

void StartReview::apply()
{
    m_review = document()->insertReview(m_review);
}

void StartReview::revert()
{
    document()->removeReview(m_review.id);
}

EditReview::EditReview(PlanDocument *document, Review before, Review after, const QString &text)
    : DocumentCommand(document, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditReview::apply()
{
    document()->replaceReviewRecords(m_after);
}

void EditReview::revert()
{
    document()->replaceReviewRecords(m_before);
}

} // namespace cairn

namespace cairn {

// Edits made on the plan as it was, checked against a change taken from
// elsewhere (see DocumentCommand::overlaps).

bool SetMeasureValues::overlaps(const PlanDiff &outside) const
{
    return std::any_of(m_before.begin(), m_before.end(), [&](const Measure &m) { return outside.contains(ItemKind::Measure, m.id); });
}

bool AddItem::overlaps(const PlanDiff &) const
{
    return false; // the parent and the rows are where they were
}

bool RemoveItem::overlaps(const PlanDiff &outside) const
{
    // Anything inside the item may be what changed; removing it would lose that.
    return !outside.items.empty();
}

bool MoveItem::overlaps(const PlanDiff &) const
{
    return false;
}

bool StartReview::overlaps(const PlanDiff &outside) const
{
    return outside.reviews;
}

bool EditReview::overlaps(const PlanDiff &outside) const
{
    return outside.reviews;
}

} // namespace cairn
