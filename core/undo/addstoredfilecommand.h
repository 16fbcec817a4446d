// AddStoredFileCommand: the user stored a file with a session or a report. The first run reads
// the file; a redo after undo puts back the very same bytes under the same number.
#pragma once

#include "core/storage/filestore.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

#include <optional>

namespace iotdesk::undo {

class AddStoredFileCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::AddStoredFileCommand)

public:
    AddStoredFileCommand(const core::Database &db, core::FileStore::Kind kind, qint64 ownerId,
                         const QString &path);

    qint64 fileId() const { return m_id; }

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::FileStore::Kind m_kind;
    qint64 m_ownerId;
    QString m_path;
    std::optional<core::StoredFile> m_removed;
    qint64 m_id = 0;
};

} // namespace iotdesk::undo
