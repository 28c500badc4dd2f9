#pragma once

#include "documentcommand.h"
#include "plandocument.h"

#include "core/valueapproval.h"

namespace cairn {

// The kind of an item type, for the edits that name one.
constexpr ItemKind kindOf(const Goal &) { return ItemKind::Goal; }
constexpr ItemKind kindOf(const Objective &) { return ItemKind::Objective; }
constexpr ItemKind kindOf(const Action &) { return ItemKind::Action; }
constexpr ItemKind kindOf(const Measure &) { return ItemKind::Measure; }

// Replaces the own fields of one item (or of the plan). Consecutive edits of
// the same field of the same item merge into one undo step, so typing a
// title is one step, not one per key.
template<typename T, int Merge>
class EditItem : public DocumentCommand
{
public:
    // `field` names the edited field for merging; -1 never merges.
    EditItem(PlanDocument *document, T before, T after, const QString &text, int field = -1)
        : DocumentCommand(document, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(field)
    {
        if constexpr (std::is_same_v<T, Measure>)
            ValueApproval::markEntered(m_before, m_after, document->valuesWaitForApproval());
    }

    int id() const override { return m_field < 0 ? -1 : Merge; }
    bool overlaps(const PlanDiff &outside) const override
    {
        if constexpr (std::is_same_v<T, Plan>)
            return outside.planFields;
        else
            return outside.contains(kindOf(m_before), m_before.id);
    }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EditItem *>(other);
        if (next->m_field != m_field || !sameItem(next->m_before))
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

protected:
    void apply() override { replace(m_after); }
    void revert() override { replace(m_before); }

private:
    bool sameItem(const T &other) const
    {
        if constexpr (requires { other.id; })
            return other.id == m_before.id;
        else
            return true;
    }
    void replace(const T &value)
    {
        PlanDocument *doc = document();
        if constexpr (std::is_same_v<T, Plan>)
            doc->setPlanFields(value);
        else if constexpr (std::is_same_v<T, Goal>)
            doc->replaceGoal(value);
        else if constexpr (std::is_same_v<T, Objective>)
            doc->replaceObjective(value);
        else if constexpr (std::is_same_v<T, Action>)
            doc->replaceAction(value);
        else
            doc->replaceMeasure(value);
    }

    T m_before;
    T m_after;
    int m_field;
};

using EditPlan = EditItem<Plan, DocumentCommand::EditPlanMerge>;
using EditGoal = EditItem<Goal, DocumentCommand::EditGoalMerge>;
using EditObjective = EditItem<Objective, DocumentCommand::EditObjectiveMerge>;
using EditAction = EditItem<Action, DocumentCommand::EditActionMerge>;
using EditMeasure = EditItem<Measure, DocumentCommand::EditMeasureMerge>;

// Sets the values of several measures at once (a pasted block): one
// transaction, one undo step.
class SetMeasureValues : public DocumentCommand
{
public:
    // `origin`, the file the values came from, is named in the audit log.
    SetMeasureValues(PlanDocument *document, std::vector<Measure> before, std::vector<Measure> after, const QString &text,
                     const QString &origin = {});

    bool overlaps(const PlanDiff &outside) const override;

protected:
    void apply() override;
    void revert() override;

private:
    std::vector<Measure> m_before;
    std::vector<Measure> m_after;
    QString m_origin;
};

// Adds a goal, objective, action or measure (with anything inside it).
class AddItem : public DocumentCommand
{
public:
    AddItem(PlanDocument *document, AnyItem item, ItemKind parentKind, qint64 parentId, int row);
    ItemKind kind() const;
    // The new item's row id, once added.
    qint64 itemId() const;

    bool overlaps(const PlanDiff &outside) const override;

protected:
    void apply() override;
    void revert() override;

private:
    AnyItem m_item;
    ItemKind m_parentKind;
    qint64 m_parentId;
    int m_row;
};

// Removes an item and everything under it; undo puts all of it back.
class RemoveItem : public DocumentCommand
{
public:
    RemoveItem(PlanDocument *document, ItemKind kind, qint64 id);

    bool overlaps(const PlanDiff &outside) const override;

protected:
    void apply() override;
    void revert() override;

private:
    ItemKind m_kind;
    qint64 m_id;
    std::optional<PlanDocument::Placed> m_removed;
};

// Moves an item among its siblings.
class MoveItem : public DocumentCommand
{
public:
    MoveItem(PlanDocument *document, ItemKind kind, qint64 id, int from, int to);

    bool overlaps(const PlanDiff &outside) const override;

protected:
    void apply() override;
    void revert() override;

private:
    ItemKind m_kind;
    qint64 m_id;
    int m_from;
    int m_to;
};

// The kind, id and code of any item.
ItemKind kindOf(const AnyItem &item);
qint64 idOf(const AnyItem &item);
QString codeOf(const AnyItem &item);

// Starts a review: the meeting's details with the snapshot frozen when it
// started. Undo removes it.
class StartReview : public DocumentCommand
{
public:
    StartReview(PlanDocument *document, Review review);
    qint64 reviewId() const { return m_review.id; }

    bool overlaps(const PlanDiff &outside) const override;

protected:
    void apply() override;
    void revert() override;

private:
    Review m_review;
};

// Changes a review's notes or recommendations (a note added, a
// recommendation made or moved a step); its snapshot is left alone.
class EditReview : public DocumentCommand
{
public:
    EditReview(PlanDocument *document, Review before, Review after, const QString &text);

    bool overlaps(const PlanDiff &outside) const override;

protected:
    void apply() override;
    void revert() override;

private:
    Review m_before;
    Review m_after;
};

} // namespace cairn
