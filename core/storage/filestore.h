// FileStore: the files of one kind of owner kept in the database: meeting materials (of a
// session), report attachments (of a monthly report) or the files attached to an application's
// mail. Files are read whole into a row with
// their size and checksum, handed out only while they match it, and removals hand back the
// bytes so that undo can put the file back under its own id. Each change is one transaction
// with its history entry.
#pragma once

#include "core/foundation/result.h"
#include "core/storage/storedfile.h"

#include <QCoreApplication>
#include <QList>

namespace iotdesk::core {

class Database;

class FileStore
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::FileStore)

public:
    enum class Kind
    {
        MeetingMaterials,  // owner: a meeting session
        ReportAttachments, // owner: a monthly report
        ApplicationFiles,  // owner: an application (the files attached to its mail)
    };

    FileStore(const Database &db, Kind kind);

    // Larger files belong on a shared drive.
    static constexpr qint64 kMaxBytes = 50 * 1024 * 1024;

    // Without content, by name.
    Result<QList<StoredFile>> files(qint64 ownerId) const;
    Result<QByteArray> content(qint64 fileId) const;
    // Reads the file into the database.
    Result<qint64> add(qint64 ownerId, const QString &filePath);
    // Inserts a file as given, content and id included (undo of a removal).
    Result<qint64> insert(const StoredFile &file);
    // The same inside a transaction the caller holds (an application stored with its files).
    Result<qint64> insertWithin(const StoredFile &file);
    // A file's bytes as it is to be stored: size and SHA-256 from the content.
    static StoredFile fromBytes(const QString &fileName, const QByteArray &content,
                                const QString &addedBy);
    // The removed file, with content.
    Result<StoredFile> remove(qint64 fileId);

private:
    const Database &m_db;
    // Fixed names from the kind, never from input.
    QString m_table;
    QString m_ownerColumn;
    QString m_ownerTable;
    QString m_entity;
};

} // namespace iotdesk::core
