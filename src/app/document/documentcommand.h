#pragma once

#include <QUndoCommand>

namespace cairn {
struct PlanDiff;
}

namespace cairn {

class PlanDocument;

// Base of every edit. The document applies a new command itself (so that a
// failed write can be refused before it reaches the undo stack); later
// redo and undo calls come from the stack, and a write failing then is
// reported and the file reloaded.
class DocumentCommand : public QUndoCommand
{
public:
    // Merge ids of commands that merge while someone types in one field.
    enum MergeId { EditPlanMerge = 1, EditGoalMerge, EditObjectiveMerge, EditActionMerge, EditMeasureMerge };

    void applyFirst();
    // Whether this edit, made on the plan as it was, would overwrite or
    // undo part of another writer's change: then it must not be made.
    virtual bool overlaps(const PlanDiff &outside) const = 0;
    void redo() final;
    void undo() final;

protected:
    DocumentCommand(PlanDocument *document, const QString &text);
    // Both may throw StorageError.
    virtual void apply() = 0;
    virtual void revert() = 0;

    PlanDocument *document() const { return m_document; }

private:
    PlanDocument *m_document;
    bool m_applied = false;
};

} // namespace cairn
