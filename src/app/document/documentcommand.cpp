#include "documentcommand.h"

#include "plandocument.h"

#include "storage/storageerror.h"

namespace cairn {

DocumentCommand::DocumentCommand(PlanDocument *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{
}

void DocumentCommand::applyFirst()
{
    apply();
    m_applied = true;
}

void DocumentCommand::redo()
{
    if (m_applied) { // applied already by PlanDocument::push
        m_applied = false;
        return;
    }
    try {
        apply();
    } catch (const StorageError &error) {
        m_document->recover(error.message());
    }
}

void DocumentCommand::undo()
{
    try {
        revert();
    } catch (const StorageError &error) {
        m_document->recover(error.message());
    }
}

} // namespace cairn
