#include "core/undo/removestoredfilecommand.h"

namespace iotdesk::undo {

RemoveStoredFileCommand::RemoveStoredFileCommand(const core::Database &db,
                                                 core::FileStore::Kind kind, qint64 fileId)
    : RepositoryCommand(db, tr("Remove a File"))
    , m_kind(kind)
    , m_fileId(fileId)
{}

core::Result<void> RemoveStoredFileCommand::apply()
{
    auto taken = core::FileStore(database(), m_kind).remove(m_fileId);
    if (!taken)
        return taken.error();
    m_removed = *taken;
    return {};
}

core::Result<void> RemoveStoredFileCommand::revert()
{
    auto back = core::FileStore(database(), m_kind).insert(m_removed);
    if (!back)
        return back.error();
    return {};
}

} // namespace iotdesk::undo
