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
    settle(revert());
}

void RepositoryCommand::settle(const core::Result<void> &result)
{
    if (result)
        return;
    setObsolete(true);
    if (m_onError)
        m_onError(result.message());
}

} // namespace iotdesk::undo
