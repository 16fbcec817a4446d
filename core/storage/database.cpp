#include "core/storage/database.h"

#include "core/foundation/logging.h"
#include "core/foundation/userfolders.h"
#include "core/storage/backupstore.h"
#include "core/storage/changehistory.h"
#include "core/storage/changenotifier.h"
#include "core/storage/databasefile.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter = 0;
    return u"iotdesk-%1"_s.arg(++counter);
}

Result<QString> queryString(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return storageError(query.lastError());
    return query.value(0).toString();
}

} // namespace

QString Database::defaultPath()
{
    return UserFolders::dataFolder() + u"/iotdesk.sqlite"_s;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_userName(ChangeHistory::systemUserName())
{}

Database::~Database()
{
    m_changes.reset(); // its commit hook belongs to the connection closed below
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && m_engine == Engine::SQLite) {
            // Fold the WAL back into the file so that a copy of the closed file is whole.
            // A checkpoint that fails or cannot finish loses nothing: the log stays beside the
            // file, and the next open reads it. It is worth knowing all the same.
            QSqlQuery query(db);
            if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)) {
                qCWarning(lcStorage).noquote()
                    << "Checkpoint on close failed:" << m_path << query.lastError().text();
            } else if (query.next() && query.value(0).toInt() != 0) {
                qCWarning(lcStorage).noquote()
                    << "Checkpoint on close could not finish (the file is busy):" << m_path;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A server connection that a failed statement found dropped (the driver then reports it
    // closed) is opened again before the next reads and writes: one failure, not one per
    // statement until the next change. At most once a second, so that a server that does not
    // answer at all costs a timeout now and then, not one per statement.
    if (m_engine == Engine::PostgreSQL && !db.isOpen() &&
        (!m_lastReopen.isValid() || m_lastReopen.hasExpired(kReopenIntervalMs))) {
        m_lastReopen.start();
        Transaction::reopenLost(db);
    }
    return db;
}

ChangeNotifier &Database::changes() const
{
    if (!m_changes)
        m_changes = std::make_unique<ChangeNotifier>(*this);
    return *m_changes;
}

void Database::setUserName(const QString &name)
{
    m_userName = name.trimmed().isEmpty() ? ChangeHistory::systemUserName() : name.trimmed();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const DomainSteps &steps,
                                                 const OpenOptions &options)
{
    auto opened = openFile(path, steps, options);
    if (!opened) {
        qCWarning(lcStorage).noquote() << "Not opened:" << path << '-' << opened.message();
        return opened;
    }
    const Database &db = **opened;
    const OpenReport &report = db.openReport();
    QStringList line = {u"Opened"_s, db.path(),
                        u"schema %1 -> %2"_s.arg(report.versionBefore).arg(db.schemaVersion())};
    if (report.created)
        line << u"(created)"_s;
    if (db.access() == Access::HeldForCheck)
        line << u"held for the day's check"_s;
    if (db.access() == Access::ReadOnly)
        line << u"read-only:"_s << report.readOnlyReason;
    qCInfo(lcStorage).noquote() << line.join(u' ');
    if (!report.upgradeBackup.isEmpty())
        qCInfo(lcStorage).noquote() << "Backup before the upgrade:" << report.upgradeBackup;
    if (!report.dailyBackup.isEmpty())
        qCInfo(lcStorage).noquote() << "Daily backup:" << report.dailyBackup;
    if (!report.dailyBackupProblem.isEmpty())
        qCWarning(lcStorage).noquote() << "No daily backup:" << report.dailyBackupProblem;
    return opened;
}

Result<std::unique_ptr<Database>> Database::connectServer(const ServerAddress &address,
                                                          const DomainSteps &steps)
{
    std::unique_ptr<Database> database(new Database(address.url(), nextConnectionName()));
    database->m_engine = Engine::PostgreSQL;
    database->m_server = address;
    database->m_steps = steps;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, database->m_connectionName);
    if (!db.isValid()) {
        return Error(ErrorCode::Failed,
                     tr("This installation cannot reach a team database: Qt's PostgreSQL driver "
                        "(package libqt6sql6-psql) is missing."));
    }
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(address.password);
    db.setConnectOptions(address.connectOptions());
    if (!db.open()) {
        const QString reason = db.lastError().text().trimmed();
        // libpq's words when the server wants a password it did not get or did not accept.
        if (reason.contains(u"no password supplied"_s) ||
            reason.contains(u"password authentication failed"_s)) {
            return Error(ErrorCode::LoginRefused,
                         address.password.isEmpty()
                             ? tr("The team database %1 asks for the password of %2.")
                                   .arg(address.description(), address.user)
                             : tr("The team database %1 did not accept the password of %2.")
                                   .arg(address.description(), address.user));
        }
        return Error(
            ErrorCode::Failed,
            tr("Cannot connect to the team database %1: %2").arg(address.description(), reason));
    }
    // The history names the person the server knows: the database user.
    if (const auto user = queryString(db, u"SELECT current_user"_s))
        database->m_userName = user.value();
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress &address,
                                                       const DomainSteps &steps)
{
    auto connected = connectServer(address, steps);
    if (!connected)
        return connected;
    Database &database = **connected;
    const QSqlDatabase db = database.connection();
    const auto version = SchemaMigrator::version(db);
    if (!version)
        return version.error();
    const int latest = SchemaMigrator::latestVersion();
    if (*version == 0) {
        return Error(ErrorCode::NotFound,
                     tr("The team database %1 holds no IoT Desk data yet. An administrator "
                        "prepares it with “iotdesk-cli --server URL server init”.")
                         .arg(address.description()));
    }
    if (*version > latest) {
        return Error(ErrorCode::TooNew,
                     tr("The team database %1 was set up by a newer IoT Desk (schema version %2; "
                        "this program reads up to %3). It was not changed. Install the newer "
                        "IoT Desk.")
                         .arg(address.description())
                         .arg(*version)
                         .arg(latest));
    }
    if (*version < latest) {
        return Error(ErrorCode::Failed,
                     tr("The team database %1 has schema version %2 of an older IoT Desk; this "
                        "program needs version %3. An administrator upgrades it with "
                        "“iotdesk-cli --server URL server init” after a backup (pg_dump).")
                         .arg(address.description())
                         .arg(*version)
                         .arg(latest));
    }
    database.m_schemaVersion = *version;
    database.m_report.versionBefore = *version;
    const auto role = ServerRoles::currentRole(db);
    if (!role)
        return role.error();
    database.m_role = *role;
    if (*role == ServerRole::Viewer) {
        // The window offers what the role may do: a viewer reads, prints and exports.
        database.m_access = Access::ReadOnly;
        database.m_report.readOnlyReason = tr("your role on the team database is Viewer");
    }
    // A refusal by the database names the role that was refused.
    StorageError::setServerRole(shownName(*role));
    // What an open writes besides the user's work is the coordinators' (the others may not).
    if (*role == ServerRole::Coordinator)
        database.afterWritesAllowed();
    qCInfo(lcStorage).noquote() << "Opened" << database.path() << "as" << database.userName()
                                << "schema" << *version;
    return connected;
}

Result<std::unique_ptr<Database>> Database::initialiseServer(const ServerAddress &address,
                                                             const DomainSteps &steps,
                                                             int targetVersion)
{
    const int target = targetVersion > 0 ? targetVersion : SchemaMigrator::latestVersion();
    auto connected = connectServer(address, steps);
    if (!connected)
        return connected;
    const QSqlDatabase db = (*connected)->connection();
    const auto version = SchemaMigrator::version(db);
    if (!version)
        return version.error();
    if (*version == 0) {
        // Only an empty database becomes IoT Desk's: another program's tables stay theirs.
        const auto foreign = queryString(
            db, u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"_s);
        if (!foreign)
            return foreign.error();
        if (foreign->toInt() > 0) {
            return Error(ErrorCode::Invalid,
                         tr("The database %1 already holds tables that are not IoT Desk's; "
                            "nothing was changed. Create an empty database for IoT Desk.")
                             .arg(address.description()));
        }
    }
    if (*version > SchemaMigrator::latestVersion())
        return openServer(address, steps); // refused there, with the reason
    if (auto migrated = SchemaMigrator::migrate(db, steps, *version, target); !migrated)
        return migrated.error();
    if (target == SchemaMigrator::latestVersion()) {
        if (auto roles = ServerRoles::apply(db); !roles)
            return roles.error();
    }
    qCInfo(lcStorage).noquote() << "Server schema" << *version << "->" << target << "on"
                                << address.url();
    if (target < SchemaMigrator::latestVersion()) {
        (*connected)->m_schemaVersion = target;
        return connected;
    }
    auto opened = openServer(address, steps);
    if (opened) {
        (*opened)->m_report.versionBefore = *version;
        (*opened)->m_report.created = *version == 0;
    }
    return opened;
}

Result<std::unique_ptr<Database>>
Database::openFile(const QString &rawPath, const DomainSteps &steps, const OpenOptions &options)
{
    if (rawPath.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, tr("No database file was given."));
    const QString path = QFileInfo(rawPath).absoluteFilePath();

    if (auto recovered = DatabaseFile::recoverInterruptedWrite(path); !recovered)
        return recovered.error();
    const auto facts = DatabaseFile::inspect(path);
    if (!facts)
        return facts.error();
    // An empty file (made by `: > F`, or a copy that never got its bytes) is no database yet:
    // it is treated as a missing one, and only a command that creates files fills it.
    if ((!facts->exists || facts->empty) && !options.createIfMissing) {
        return Error(ErrorCode::NotFound,
                     facts->exists
                         ? tr("“%1” is empty: it is not an IoT Desk file (yet).").arg(path)
                         : tr("“%1” does not exist.").arg(path));
    }
    // Read-only media (or a file the user may not write) is read, never written: no log, no
    // upgrade, no backup beside it.
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    QString readOnlyReason;
    if (options.readOnly)
        readOnlyReason = tr("opened read-only");
    else if (facts->exists && !file.isWritable())
        readOnlyReason = tr("the file cannot be written");
    else if (folder.exists() && !folder.isWritable())
        readOnlyReason = tr("its folder cannot be written (read-only media?)");
    const bool readOnly = !readOnlyReason.isEmpty();
    if (readOnly && (!facts->exists || facts->empty)) {
        return Error(ErrorCode::NotFound,
                     tr("“%1” cannot be created here: %2.").arg(path, readOnlyReason));
    }
    if (!facts->exists) {
        // Created by us so that it is owner-only from its first byte; SQLite gives its -wal
        // and -shm files the same permissions.
        if (auto created = DatabaseFile::createOwnerOnlyFile(path); !created)
            return created.error();
    }

    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    database->m_steps = steps;
    database->m_hold = std::make_unique<DatabaseFile::Hold>(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
    if (readOnly) {
        // Where no -shm can be made beside it, nobody else can write it either: read it as it
        // lies. Otherwise read it with SQLite's locking (another program may write it).
        const bool sideFilesPossible = folder.isWritable() || QFileInfo::exists(path + u"-shm"_s);
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                           (sideFilesPossible ? u"?mode=ro"_s : u"?mode=ro&immutable=1"_s));
        db.setConnectOptions(
            u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    if (!db.open())
        return Error(ErrorCode::Failed,
                     tr("Cannot open “%1”: %2").arg(path, db.lastError().text()));
    if (auto configured = database->configure(); !configured)
        return configured.error();

    OpenReport &report = database->m_report;
    report.created = facts->empty;
    report.versionBefore = facts->schemaVersion;
    report.readOnlyReason = readOnlyReason;
    const int target =
        options.targetVersion > 0 ? options.targetVersion : SchemaMigrator::latestVersion();
    const bool upgrade = facts->schemaVersion < target;
    BackupStore backups(path);
    // One look at the backup folder per open: the day's full check and backup are due
    // together (see OpenOptions::dailyBackup).
    const bool dailyDue = options.dailyBackup && !facts->empty && backups.dailyDue();
    if (dailyDue) {
        if (options.deferFullCheck && !upgrade) {
            report.fullCheckDue = true;
        } else if (auto whole = database->checkWhole(); !whole) {
            return whole.error();
        }
    }
    if (readOnly) {
        if (upgrade) {
            return Error(ErrorCode::Failed,
                         tr("“%1” was written by an older version of IoT Desk and must be "
                            "upgraded, but %2. Copy it to a folder you can write to, and open "
                            "the copy.")
                             .arg(path, readOnlyReason));
        }
        database->m_access = Access::ReadOnly;
        database->m_schemaVersion = facts->schemaVersion;
        return database;
    }
    if (upgrade && !facts->empty && facts->schemaVersion > 0) {
        const auto later = SchemaMigrator::laterSchemaPresent(db, facts->schemaVersion);
        if (!later)
            return later.error();
        if (!later->isEmpty()) {
            return Error(ErrorCode::Damaged,
                         tr("“%1” says it is file version %2, but it already has “%3” of a later "
                            "version: its version mark is wrong. It was not opened, so that "
                            "nothing in it is changed. Restore a backup, or ask for help with "
                            "this file.")
                             .arg(path)
                             .arg(facts->schemaVersion)
                             .arg(later.value()));
        }
        auto copy = backups.create(*database, BackupKind::BeforeUpgrade);
        if (!copy) {
            return Error(ErrorCode::Failed,
                         tr("The file was not upgraded because no backup could be written "
                            "first: %1")
                             .arg(copy.message()));
        }
        report.upgradeBackup = copy.value();
    }
    // WAL before any migration: a crash in the middle then leaves a log that the next open
    // reads (a rollback journal would be ignored by the immutable inspection).
    if (auto wal = database->enableWriteAheadLog(); !wal)
        return wal.error();
    if (upgrade) {
        if (auto migrated = SchemaMigrator::migrate(db, steps, facts->schemaVersion, target);
            !migrated) {
            // The failed step left the file as it was: its copy would only pile up with each
            // try.
            if (!report.upgradeBackup.isEmpty())
                QFile::remove(report.upgradeBackup);
            return migrated.error();
        }
    }
    const auto version = queryString(db, u"PRAGMA user_version"_s);
    if (!version)
        return version.error();
    database->m_schemaVersion = version->toInt();
    if (report.fullCheckDue) {
        // Reading only, until the caller's check has passed.
        QSqlQuery hold(db);
        if (!hold.exec(u"PRAGMA query_only = ON"_s))
            return storageError(hold.lastError());
        database->m_access = Access::HeldForCheck;
        return database;
    }
    database->afterWritesAllowed();

    if (dailyDue) {
        // A backup that cannot be written is never a reason not to open a healthy file.
        if (auto daily = backups.createDailyIfDue(*database, options.backupsToKeep); daily)
            report.dailyBackup = daily.value();
        else
            report.dailyBackupProblem = daily.message();
    }
    return database;
}

void Database::afterWritesAllowed()
{
    // Best effort: a file that cannot be written just now (locked by another writer) still
    // opens, and the step runs again next time.
    if (!m_steps.afterWritesAllowed)
        return;
    if (auto done = m_steps.afterWritesAllowed(connection(), m_schemaVersion); !done)
        qCWarning(lcStorage).noquote() << "After-open step not done yet:" << done.message();
}

Result<void> Database::releaseWrites()
{
    if (m_access != Access::HeldForCheck)
        return {};
    QSqlQuery release(connection());
    if (!release.exec(u"PRAGMA query_only = OFF"_s))
        return storageError(release.lastError());
    m_access = Access::ReadWrite;
    afterWritesAllowed();
    return {};
}

Result<void> Database::checkWhole() const
{
    const QString problems = DatabaseFile::problemsOf(check(true));
    if (problems.isEmpty())
        return {};
    return Error(ErrorCode::Damaged,
                 tr("“%1” is damaged and was not opened, so that nothing in it is changed "
                    "(%2). Restore a backup, or open another file.")
                     .arg(m_path, problems));
}

Result<void> Database::configure()
{
    const QSqlDatabase db = connection();
    QSqlQuery query(db);
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s}) {
        if (!query.exec(pragma))
            return storageError(query.lastError());
    }
    return {};
}

Result<void> Database::enableWriteAheadLog()
{
    const QSqlDatabase db = connection();
    const auto mode = queryString(db, u"PRAGMA journal_mode = WAL"_s);
    if (!mode)
        return mode.error();
    if (mode->compare(u"wal", Qt::CaseInsensitive) != 0) {
        return Error(
            ErrorCode::Failed,
            tr("The file cannot use write-ahead logging (journal mode is %1).").arg(mode.value()));
    }
    return {};
}

Result<QStringList> Database::check(bool full) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // A server keeps its own pages whole (checksums, WAL); what can be asked is that it answers.
    if (m_engine == Engine::PostgreSQL) {
        if (!query.exec(u"SELECT 1"_s))
            return storageError(query.lastError());
        return QStringList{u"ok"_s};
    }
    if (!query.exec(full ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s))
        return storageError(query.lastError());
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines;
}

Result<void> Database::backupTo(const QString &rawTarget) const
{
    if (m_engine == Engine::PostgreSQL) {
        return Error(ErrorCode::Invalid,
                     tr("A team database is backed up on its server, by its administrator "
                        "(pg_dump)."));
    }
    const QString target = QFileInfo(rawTarget).absoluteFilePath();
    if (target == m_path)
        return Error(ErrorCode::Invalid, tr("A backup cannot overwrite the file itself."));
    // VACUUM INTO writes the tables' rows into a new file and builds its indexes afresh; a
    // damaged page of the source fails it (SQLITE_CORRUPT). The copy is checked before it
    // takes its name.
    const QSqlDatabase db = connection();
    return DatabaseFile::writeWhole(target, [&db](const QString &temporary) -> Result<void> {
        QSqlQuery query(db);
        query.prepare(u"VACUUM INTO ?"_s);
        query.addBindValue(temporary);
        if (!query.exec())
            return storageError(query.lastError(), tr("The backup could not be written: %1"));
        return {};
    });
}

} // namespace iotdesk::core
