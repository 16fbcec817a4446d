#include "core/undo/addstoredfilecommand.h"

#include <QFileInfo>

namespace iotdesk::undo {

AddStoredFileCommand::AddStoredFileCommand(const core::Database &db, core::FileStore::Kind kind,
                                           qint64 ownerId, const QString &path)
    : RepositoryCommand(db, tr("Add %1").arg(QFileInfo(path).fileName()))
    , m_kind(kind)
    , m_ownerId(ownerId)
    , m_path(path)
{}

core::Result<void> AddStoredFileCommand::apply()
{
    core::FileStore store(database(), m_kind);
    auto added = m_removed ? store.insert(*m_removed) : store.add(m_ownerId, m_path);
    if (!added)
        return added.error();
    m_id = *added;
    return {};
}

core::Result<void> AddStoredFileCommand::revert()
{
    auto taken = core::FileStore(database(), m_kind).remove(m_id);
    if (!taken)
        return taken.error();
    m_removed = *taken;
    return {};
}

} // namespace iotdesk::undo
