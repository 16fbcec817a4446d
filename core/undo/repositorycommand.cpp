#include "core/undo/repositorycommand.h"

namespace iotdesk::undo {

RepositoryCommand::RepositoryCommand(const core::Database &db, const QString &text)
    : QUndoCommand(text)
    , m_db(&db)
{}

void RepositoryCommand::redo()
{
    settle(apply());
}

void RepositoryCommand::undo()
{
    const auto reverted = revert();
    if (reverted) {
        settle(reverted);
        return;
    }
    // Said as what the user asked for: Edit ▸ Undo names the step.
    settle(core::Error(reverted.error().code(),
                       tr("Cannot undo “%1”: %2").arg(text(), reverted.message())));
}

void RepositoryCommand::settle(const core::Result<void> &result)
{
    if (result)
        return;
    setObsolete(true);
    if (m_onError)
        m_onError(result.error());
}

} // namespace iotdesk::undo
