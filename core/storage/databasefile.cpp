#include "core/storage/databasefile.h"

#include "core/foundation/platform.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/storageerror.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

constexpr qsizetype kHeaderSize = 100;

} // namespace

namespace {

QMutex g_heldMutex;
QHash<QString, int> g_held; // canonical path -> connections of this process

QString heldKey(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
}

} // namespace

DatabaseFile::Hold::Hold(const QString &path)
    : m_path(heldKey(path))
{
    const QMutexLocker locker(&g_heldMutex);
    ++g_held[m_path];
}

DatabaseFile::Hold::~Hold()
{
    const QMutexLocker locker(&g_heldMutex);
    if (--g_held[m_path] <= 0)
        g_held.remove(m_path);
}

bool DatabaseFile::heldInProcess(const QString &path)
{
    const QString key = heldKey(path);
    const QMutexLocker locker(&g_heldMutex);
    return g_held.contains(key);
}

ReadOnlyConnection::ReadOnlyConnection(const QString &path)
    : m_name(u"iotdesk-inspect-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    // The side files are looked at again when they change under us: the last connection of
    // another program removes -shm and then -wal as it closes, and a file in use is never
    // taken for a damaged one because of that.
    bool hasLog = false;
    bool hasJournal = false;
    if (DatabaseFile::heldInProcess(path)) {
        // Our own connection has it open: read it under SQLite's locks, never as it lies (a
        // lock-free connection or a copy would drop this process's locks as it closes).
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
        return;
    }
    for (int attempt = 0;; ++attempt) {
        hasLog = QFileInfo::exists(path + u"-wal"_s);
        hasJournal = QFileInfo::exists(path + u"-journal"_s);
        if (!hasLog || QFileInfo::exists(path + u"-shm"_s))
            break;
        // A log left by a crash, without its index: reading it would create a -shm beside
        // the file, so a private copy of both is read instead.
        m_copy = std::make_unique<QTemporaryDir>();
        const QString copy = m_copy->filePath(u"inspect.sqlite"_s);
        if (m_copy->isValid() && QFile::copy(path, copy) &&
            QFile::copy(path + u"-wal"_s, copy + u"-wal"_s)) {
            db.setDatabaseName(copy);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            m_open = db.open();
            if (!m_open)
                m_error = db.lastError().text();
            return;
        }
        // The log went (or came back) while it was copied: look again.
        m_copy.reset();
        if (attempt == 9) {
            m_busy = true;
            m_error = tr("“%1” changed while it was read; try again in a moment.").arg(path);
            return;
        }
        QThread::msleep(10 * (attempt + 1));
    }
    if (hasLog || hasJournal) {
        // A write-ahead log may hold committed pages: read through it, with locking.
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        // No log, so nobody has it open for writing: read the file as it lies, without
        // creating -wal or -shm files beside it.
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                           u"?mode=ro&immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    }
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError().text();
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ReadOnlyConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<void> DatabaseFile::recoverInterruptedWrite(const QString &path)
{
    const QFileInfo journal(path + u"-journal"_s);
    // A file this process has open is in WAL mode: no journal of ours to roll back.
    if (!journal.exists() || journal.size() == 0 || !QFileInfo::exists(path) || heldInProcess(path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) ||
        !file.read(16).startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return {}; // not a database: inspect() refuses it untouched
    }
    file.close();
    // SQLite rolls a hot journal back on the first read of a writable connection, which
    // restores the last committed state; nothing else is done with the file here.
    const QString name = u"iotdesk-recover-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (!query.exec(u"SELECT count(*) FROM sqlite_schema"_s))
                error = query.lastError().text();
        } else {
            error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty()) {
        return Error(
            ErrorCode::Damaged,
            tr("“%1” was left half-written and could not be recovered: %2").arg(path, error));
    }
    return {};
}

Result<void> DatabaseFile::createOwnerOnlyFile(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(ErrorCode::Failed, tr("Cannot create the folder for “%1”.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error(ErrorCode::Failed, tr("Cannot create “%1”: %2").arg(path, file.errorString()));
    }
    return {};
}

Result<void> DatabaseFile::copy(const QString &path, const QString &target)
{
    const auto facts = inspect(path);
    if (!facts)
        return facts.error();
    if (!facts->exists || facts->empty)
        return Error(ErrorCode::NotFound, tr("“%1” does not exist or is empty.").arg(path));
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return Error(ErrorCode::Invalid, tr("A copy cannot overwrite the file itself."));
    return writeWhole(target, [&path](const QString &temporary) -> Result<void> {
        ReadOnlyConnection connection(path);
        if (!connection.isOpen())
            return Error(ErrorCode::Failed,
                         tr("The copy could not be written: %1").arg(connection.error()));
        QSqlQuery query(connection.db());
        query.prepare(u"VACUUM INTO ?"_s);
        query.addBindValue(temporary);
        if (!query.exec())
            return storageError(query.lastError(), tr("The copy could not be written: %1"));
        return {};
    });
}

Result<void> DatabaseFile::writeWhole(const QString &rawTarget,
                                      const std::function<Result<void>(const QString &)> &write)
{
    const QFileInfo info(rawTarget);
    const QString target = info.absoluteFilePath();
    if (info.exists())
        return Error(ErrorCode::Invalid, tr("“%1” exists already.").arg(target));
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return Error(ErrorCode::Failed, tr("Cannot create the folder for “%1”.").arg(target));
    // What a kill left of earlier writes into this folder (an hour old: not one being
    // written). Not only of this name: a daily backup's name carries its time, and is never
    // written again.
    const QString partialPrefix = u"."_s + info.fileName() + u".partial-"_s;
    const QFileInfoList leftovers =
        QDir(folder).entryInfoList({u".*.partial-*"_s}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &leftover : leftovers) {
        if (leftover.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QFile::remove(leftover.absoluteFilePath());
    }
    const QString temporary =
        folder + u'/' + partialPrefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (auto created = createOwnerOnlyFile(temporary); !created)
        return created;
    const auto discard = [&temporary](Error error) -> Result<void> {
        QFile::remove(temporary);
        return error;
    };
    if (auto written = write(temporary); !written)
        return discard(written.error());
    if (const QString problems = problemsOf(check(temporary)); !problems.isEmpty()) {
        return discard(Error(ErrorCode::Damaged,
                             tr("The copy failed its check and was not kept: %1").arg(problems)));
    }
    if (!Platform::syncFile(temporary))
        return discard(Error(ErrorCode::Failed, tr("The copy could not be written to the disk.")));
    if (!Platform::renameWithoutReplacing(temporary, target)) {
        const bool exists = QFileInfo::exists(target);
        return discard(Error(exists ? ErrorCode::Invalid : ErrorCode::Failed,
                             exists ? tr("“%1” exists already.").arg(target)
                                    : tr("Cannot put the copy in place at %1.").arg(target)));
    }
    Platform::syncFolder(folder);
    return {};
}

QString DatabaseFile::problemsOf(const Result<QStringList> &checked)
{
    if (!checked)
        return checked.message();
    return *checked == QStringList{u"ok"_s} ? QString() : checked->mid(0, 3).join(u"; "_s);
}

Result<QStringList> DatabaseFile::check(const QString &path, bool full)
{
    const auto run = [full](const QSqlDatabase &db) -> Result<QStringList> {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(full ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s)) {
            // Busy is another program's moment, not damage.
            const int code = StorageError::code(query.lastError());
            if (code == StorageError::Busy || code == StorageError::Locked)
                return storageError(query.lastError());
            return Error(ErrorCode::Damaged, query.lastError().text());
        }
        QStringList problems;
        while (query.next())
            problems.append(query.value(0).toString());
        return problems;
    };
    // Where other programs may write the file, the check reads it under SQLite's locks, on a
    // connection that is not opened read-only but may not write (query_only): a scan of a
    // file read without locks while another program checkpoints into it sees pages of two
    // moments and reports rows "missing from index" of a healthy file; and SQLite verifies
    // CHECK constraints only on a connection opened for writing. Its side files come and go
    // with it, as any program's do. On read-only media nobody writes: read it as it lies.
    const QFileInfo file(path);
    if (file.isWritable() && QFileInfo(file.absolutePath()).isWritable()) {
        const QString name =
            u"iotdesk-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        Result<QStringList> result = QStringList();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
            QSqlQuery hold(db);
            if (!db.open())
                result = Error(ErrorCode::Damaged, db.lastError().text());
            else if (!hold.exec(u"PRAGMA query_only = ON"_s))
                result = storageError(hold.lastError());
            else
                result = run(db);
            hold.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }
    ReadOnlyConnection connection(path);
    if (connection.busy())
        return Error(ErrorCode::Failed, connection.error());
    if (!connection.isOpen())
        return Error(ErrorCode::Damaged, connection.error());
    return run(connection.db());
}

namespace {

// What changes when another program writes to the file: its size and time, and its log.
struct FileState
{
    qint64 size = -1;
    QDateTime modified;
    qint64 logSize = -1;

    static FileState of(const QString &path)
    {
        const QFileInfo file(path);
        const QFileInfo log(path + u"-wal"_s);
        return {file.size(), file.lastModified(), log.exists() ? log.size() : -1};
    }
    bool operator==(const FileState &) const = default;
};

} // namespace

Result<DatabaseFileFacts> DatabaseFile::inspect(const QString &path)
{
    // A file that another program writes while it is read may look torn for a moment (a
    // checkpoint moving pages, a log that goes as its last connection closes). A problem found
    // while the file changed is looked at again; only one that stays is called damage.
    for (int attempt = 0;; ++attempt) {
        const FileState before = FileState::of(path);
        auto facts = inspectOnce(path);
        if (facts || facts.error().code() != ErrorCode::Damaged || attempt == 9 ||
            FileState::of(path) == before)
            return facts;
        QThread::msleep(20 * (attempt + 1));
    }
}

Result<DatabaseFileFacts> DatabaseFile::inspectOnce(const QString &path)
{
    DatabaseFileFacts facts;
    const QFileInfo info(path);
    facts.exists = info.exists();
    if (!facts.exists)
        return facts;
    if (info.isDir())
        return Error(ErrorCode::NotADatabase, tr("“%1” is a folder, not a file.").arg(path));
    if (info.size() == 0)
        return facts;
    facts.empty = false;

    const auto damaged = [&](const QString &detail) {
        return Error(ErrorCode::Damaged,
                     tr("“%1” is damaged and was not opened, so that nothing in it is changed "
                        "(%2). Restore a backup, or open another file.")
                         .arg(path, detail));
    };
    // The header's own bytes, where no connection of this process holds the file (see Hold:
    // a descriptor of ours opened and closed here would drop our connection's locks). A held
    // file had them read when it was opened.
    if (!heldInProcess(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Failed,
                         tr("Cannot read “%1”: %2").arg(path, file.errorString()));
        const QByteArray header = file.read(kHeaderSize);
        file.close();
        const auto notADatabase = [&] {
            return Error(
                ErrorCode::NotADatabase,
                tr("“%1” is not an IoT Desk file: it is not a database at all.").arg(path));
        };
        if (header.size() < kHeaderSize ||
            !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
            return notADatabase();

        const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
        quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
        if (pageSize == 1)
            pageSize = 65536;
        if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
            return notADatabase();
        const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
        const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
        const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
        if (info.size() % pageSize != 0 ||
            (validFor == changeCounter && qint64(pageCount) * pageSize > info.size())) {
            return damaged(tr("the file is shorter than its header says"));
        }
    }
    // Read through SQLite, not from the header bytes: in WAL mode the newest header may still
    // be in the log. Structural facts only, in O(schema): the schema parses, the page counts
    // agree. The full integrity check is Database::open's, once a day (see there).
    qint64 schemaObjects = 0;
    {
        ReadOnlyConnection connection(path);
        QSqlQuery query(connection.db());
        if (connection.busy())
            return Error(ErrorCode::Failed, connection.error());
        if (!connection.isOpen())
            return damaged(connection.error());
        if (!query.exec(u"SELECT (SELECT user_version FROM pragma_user_version), "
                        "(SELECT application_id FROM pragma_application_id), "
                        "(SELECT count(*) FROM sqlite_schema), "
                        "(SELECT page_count FROM pragma_page_count), "
                        "(SELECT freelist_count FROM pragma_freelist_count)"_s) ||
            !query.next()) {
            return damaged(query.lastError().text());
        }
        facts.schemaVersion = query.value(0).toInt();
        facts.applicationId = quint32(query.value(1).toLongLong());
        schemaObjects = query.value(2).toLongLong();
        if (query.value(4).toLongLong() >= query.value(3).toLongLong() &&
            query.value(3).toLongLong() > 0)
            return damaged(tr("its list of free pages is longer than the file"));
    }

    if (facts.applicationId != kApplicationId && facts.applicationId != 0) {
        return Error(ErrorCode::Foreign,
                     tr("“%1” is a database of another program, not an IoT Desk file.").arg(path));
    }
    if (facts.schemaVersion > SchemaMigrator::latestVersion()) {
        return Error(ErrorCode::TooNew,
                     tr("“%1” was saved by a newer version of IoT Desk (file version %2; this "
                        "version reads up to %3). It was not opened, so that nothing in it is "
                        "lost. Update IoT Desk to open it.")
                         .arg(path)
                         .arg(facts.schemaVersion)
                         .arg(SchemaMigrator::latestVersion()));
    }
    // Schema version 0 with tables in it is somebody else's database.
    if (facts.applicationId == 0 && schemaObjects > 0) {
        return Error(ErrorCode::Foreign,
                     tr("“%1” is a database of another program, not an IoT Desk file.").arg(path));
    }
    return facts;
}

} // namespace iotdesk::core
