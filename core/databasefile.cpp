#include "databasefile.h"

#include "schemamigrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

constexpr qsizetype kHeaderSize = 100;

} // namespace

ReadOnlyConnection::ReadOnlyConnection(const QString &path)
    : m_name(u"iotdesk-inspect-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    const bool hasLog = QFileInfo::exists(path + u"-wal"_s);
    const bool hasJournal = QFileInfo::exists(path + u"-journal"_s);
    if (hasLog && !QFileInfo::exists(path + u"-shm"_s)) {
        // A log left by a crash, without its index: reading it would create a -shm beside the
        // file, so a private copy of both is read instead.
        m_copy = std::make_unique<QTemporaryDir>();
        const QString copy = m_copy->filePath(u"inspect.sqlite"_s);
        if (!m_copy->isValid() || !QFile::copy(path, copy) ||
            !QFile::copy(path + u"-wal"_s, copy + u"-wal"_s)) {
            m_error = tr("Cannot make a private copy of “%1” to read it.").arg(path);
            return;
        }
        db.setDatabaseName(copy);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    } else if (hasLog || hasJournal) {
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
    if (!journal.exists() || journal.size() == 0 || !QFileInfo::exists(path))
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
    if (QFileInfo::exists(target))
        return Error(ErrorCode::Invalid, tr("“%1” exists already.").arg(target));
    if (auto created = createOwnerOnlyFile(target); !created)
        return created;
    ReadOnlyConnection connection(path);
    QSqlQuery query(connection.db());
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(QFileInfo(target).absoluteFilePath());
    if (!connection.isOpen() || !query.exec()) {
        const QString reason = connection.isOpen() ? query.lastError().text() : connection.error();
        QFile::remove(target);
        return Error(ErrorCode::Failed, tr("The copy could not be written: %1").arg(reason));
    }
    return {};
}

Result<QStringList> DatabaseFile::check(const QString &path, bool full)
{
    QStringList problems;
    {
        ReadOnlyConnection connection(path);
        if (!connection.isOpen())
            return Error(ErrorCode::Damaged, connection.error());
        QSqlQuery query(connection.db());
        query.setForwardOnly(true);
        if (!query.exec(full ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s))
            return Error(ErrorCode::Damaged, query.lastError().text());
        while (query.next())
            problems.append(query.value(0).toString());
    }
    return problems;
}

Result<DatabaseFileFacts> DatabaseFile::inspect(const QString &path)
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

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Failed, tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(kHeaderSize);
    file.close();
    const auto notADatabase = [&] {
        return Error(ErrorCode::NotADatabase,
                     tr("“%1” is not an IoT Desk file: it is not a database at all.").arg(path));
    };
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
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
    const auto damaged = [&](const QString &detail) {
        return Error(ErrorCode::Damaged,
                     tr("“%1” is damaged and was not opened, so that nothing in it is changed "
                        "(%2). Restore a backup, or open another file.")
                         .arg(path, detail));
    };
    if (info.size() % pageSize != 0 ||
        (validFor == changeCounter && qint64(pageCount) * pageSize > info.size())) {
        return damaged(tr("the file is shorter than its header says"));
    }
    // The versions are read through SQLite, not from the header bytes: in WAL mode the
    // newest header may still be in the log.
    {
        ReadOnlyConnection connection(path);
        QSqlQuery query(connection.db());
        if (!connection.isOpen())
            return damaged(connection.error());
        if (!query.exec(u"SELECT * FROM pragma_user_version, pragma_application_id"_s) ||
            !query.next()) {
            return damaged(query.lastError().text());
        }
        facts.schemaVersion = query.value(0).toInt();
        facts.applicationId = quint32(query.value(1).toLongLong());
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

    const auto problems = check(path);
    if (!problems)
        return damaged(problems.message());
    if (problems->size() != 1 || problems->front() != u"ok")
        return damaged(problems->mid(0, 3).join(u"; "));

    if (facts.applicationId == 0) {
        // Schema version 0 with tables in it is somebody else's database.
        ReadOnlyConnection connection(path);
        QSqlQuery query(connection.db());
        if (!connection.isOpen() || !query.exec(u"SELECT count(*) FROM sqlite_schema"_s) ||
            !query.next()) {
            return damaged(connection.isOpen() ? query.lastError().text() : connection.error());
        }
        if (query.value(0).toInt() > 0) {
            return Error(
                ErrorCode::Foreign,
                tr("“%1” is a database of another program, not an IoT Desk file.").arg(path));
        }
    }
    return facts;
}

} // namespace iotdesk::core
