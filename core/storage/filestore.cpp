#include "core/storage/filestore.h"

#include "core/storage/changehistory.h"
#include "core/storage/database.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {} // namespace

FileStore::FileStore(const Database &db, Kind kind)
    : m_db(db)
{
    switch (kind) {
    case Kind::MeetingMaterials:
        m_table = u"meeting_materials"_s;
        m_ownerColumn = u"session_id"_s;
        m_ownerTable = u"meeting_sessions"_s;
        m_entity = u"meeting_material"_s;
        break;
    case Kind::ReportAttachments:
        m_table = u"report_attachments"_s;
        m_ownerColumn = u"report_id"_s;
        m_ownerTable = u"monthly_reports"_s;
        m_entity = u"report_attachment"_s;
        break;
    case Kind::ApplicationFiles:
        m_table = u"application_files"_s;
        m_ownerColumn = u"application_id"_s;
        m_ownerTable = u"applications"_s;
        m_entity = u"application_file"_s;
        break;
    }
}

Result<QList<StoredFile>> FileStore::files(qint64 ownerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, "_s + m_ownerColumn +
              u", file_name, size_bytes, sha256, added_at, added_by FROM "_s + m_table +
              u" WHERE "_s + m_ownerColumn + u" = ? ORDER BY file_name, id"_s);
    if (!execWith(q, {ownerId}))
        return storageError(q, Subject::File);
    QList<StoredFile> list;
    while (q.next()) {
        StoredFile f;
        f.id = q.value(0).toLongLong();
        f.ownerId = q.value(1).toLongLong();
        f.fileName = q.value(2).toString();
        f.sizeBytes = q.value(3).toLongLong();
        f.sha256 = q.value(4).toString();
        f.addedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        f.addedBy = q.value(6).toString();
        list.append(f);
    }
    return list;
}

Result<QByteArray> FileStore::content(qint64 fileId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT content, sha256 FROM "_s + m_table + u" WHERE id = ?"_s);
    if (!execWith(q, {fileId}))
        return storageError(q, Subject::File);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no file %1.").arg(fileId));
    QByteArray bytes = q.value(0).toByteArray();
    // A file that no longer matches its checksum is not handed out as if it were whole.
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() !=
        q.value(1).toString().toLatin1()) {
        return Error(ErrorCode::Failed,
                     tr("File %1 does not match its checksum; it is damaged.").arg(fileId));
    }
    return bytes;
}

Result<qint64> FileStore::add(qint64 ownerId, const QString &filePath)
{
    QFile file(filePath);
    const QFileInfo info(filePath);
    if (info.isDir() || !file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Invalid,
                     tr("“%1” cannot be read: %2").arg(filePath, file.errorString()));
    if (file.size() > kMaxBytes) {
        return Error(ErrorCode::Invalid,
                     tr("“%1” is larger than 50 MB; keep it on a shared drive and note where.")
                         .arg(info.fileName()));
    }
    const QByteArray content = file.readAll();
    if (content.size() != file.size())
        return Error(ErrorCode::Invalid,
                     tr("“%1” cannot be read: %2").arg(filePath, file.errorString()));
    StoredFile stored = fromBytes(info.fileName(), content, m_db.userName());
    stored.ownerId = ownerId;
    return insert(stored);
}

StoredFile FileStore::fromBytes(const QString &fileName, const QByteArray &content,
                                const QString &addedBy)
{
    StoredFile stored;
    stored.fileName = fileName;
    stored.content = content;
    stored.sizeBytes = content.size();
    stored.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    stored.addedAt = QDateTime::currentDateTimeUtc();
    stored.addedBy = addedBy;
    return stored;
}

Result<qint64> FileStore::insert(const StoredFile &file)
{
    auto transaction = Transaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    const auto id = insertWithin(file);
    if (!id)
        return id;
    if (auto r = transaction->commit(); !r)
        return r.error();
    return id;
}

Result<qint64> FileStore::insertWithin(const StoredFile &file)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery owner(db);
    owner.prepare(u"SELECT 1 FROM "_s + m_ownerTable + u" WHERE id = ?"_s);
    if (!execWith(owner, {file.ownerId}))
        return storageError(owner, Subject::File);
    if (!owner.next())
        return Error(ErrorCode::NotFound, tr("What the file belongs to no longer exists."));
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO "_s + m_table + u" (id, "_s + m_ownerColumn +
              u", file_name, size_bytes, sha256, content, added_at, added_by) VALUES (?, ?, ?, ?, "
              "?, ?, ?, ?) RETURNING id"_s);
    if (!execWith(q, {file.id == 0 ? QVariant() : QVariant(file.id), file.ownerId, file.fileName,
                      file.sizeBytes, file.sha256, file.content,
                      file.addedAt.toUTC().toString(Qt::ISODateWithMs), sqlText(file.addedBy)}))
        return storageError(q, Subject::File);
    const qint64 id = insertedId(q);
    if (auto r =
            ChangeHistory::record(db, m_db.userName(), m_entity, QString::number(id), u"created"_s,
                                  {}, QString(file.fileName + u" "_s + file.sha256));
        !r) {
        return r.error();
    }
    return id;
}

Result<StoredFile> FileStore::remove(qint64 fileId)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + m_ownerColumn +
              u", file_name, size_bytes, sha256, content, added_at, added_by FROM "_s + m_table +
              u" WHERE id = ?"_s);
    if (!execWith(q, {fileId}))
        return storageError(q, Subject::File);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no file %1.").arg(fileId));
    StoredFile removed;
    removed.id = fileId;
    removed.ownerId = q.value(0).toLongLong();
    removed.fileName = q.value(1).toString();
    removed.sizeBytes = q.value(2).toLongLong();
    removed.sha256 = q.value(3).toString();
    removed.content = q.value(4).toByteArray();
    removed.addedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    removed.addedBy = q.value(6).toString();
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM "_s + m_table + u" WHERE id = ?"_s);
    if (!execWith(remove, {fileId}))
        return storageError(remove, Subject::File);
    if (auto r = ChangeHistory::record(db, m_db.userName(), m_entity, QString::number(fileId),
                                       u"deleted"_s,
                                       QString(removed.fileName + u" "_s + removed.sha256), {});
        !r) {
        return r.error();
    }
    if (auto r = transaction->commit(); !r)
        return r.error();
    return removed;
}

} // namespace iotdesk::core
