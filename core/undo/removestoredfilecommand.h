// RemoveStoredFileCommand: the user removed a stored file; undo puts its bytes back under the
// same number.
#pragma once

#include "core/storage/filestore.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class RemoveStoredFileCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::RemoveStoredFileCommand)

public:
    RemoveStoredFileCommand(const core::Database &db, core::FileStore::Kind kind, qint64 fileId);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::FileStore::Kind m_kind;
    qint64 m_fileId;
    core::StoredFile m_removed;
};

} // namespace iotdesk::undo
