// Database: one open IoT Desk file. Opening checks the file first (DatabaseFile) and refuses
// what it should not touch, creates a new file with owner-only permissions, sets the pragmas
// that make every commit durable (WAL, synchronous=FULL, foreign keys, a busy timeout),
// writes a backup before upgrading an older file, and then migrates it.
#pragma once

#include "core/foundation/result.h"
#include "core/storage/databasefile.h"
#include "core/storage/domainsteps.h"
#include "core/storage/serveraddress.h"
#include "core/storage/serverroles.h"
#include "core/storage/sqldialect.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace iotdesk::core {

class ChangeNotifier;

struct OpenOptions
{
    bool createIfMissing = true;
    // Write one automatic backup on the first open of each day, keeping the newest ones. That
    // first open also runs the full integrity check (PRAGMA integrity_check, which compares
    // every index with its table) before anything is written, and refuses a file that fails
    // it; the other opens of the day check the structure only (DatabaseFile::inspect).
    bool dailyBackup = true;
    int backupsToKeep = 7;
    // For tests of upgrades: stop at this schema version instead of the latest.
    int targetVersion = 0;
    // Open without writing a byte (File ▸ Open Read-Only). A file on read-only media, or one
    // the user may not write, is opened so by itself.
    bool readOnly = false;
    // The window's: the day's full check is left to the caller, who runs it in the background
    // (DailyCare) while the file is read (writes are held: PRAGMA query_only) and then calls
    // releaseWrites(). An upgrade is never deferred: its check runs first, here.
    bool deferFullCheck = false;
};

// What happened while the file was opened, for the status bar and the log.
struct OpenReport
{
    bool created = false;
    int versionBefore = 0;
    QString upgradeBackup; // the copy written before an upgrade
    QString dailyBackup;   // today's automatic backup, when this open wrote it
    // Why today's automatic backup could not be written (a full disk, say): a warning to show;
    // the file is opened all the same, and the next open tries again.
    QString dailyBackupProblem;
    // Opened read-only, and why (read-only media, no permission, asked for).
    QString readOnlyReason;
    // deferFullCheck: the day's check is the caller's to run; writes are held until then.
    bool fullCheckDue = false;
};

// What may be done with an open file.
enum class Access
{
    ReadWrite,
    HeldForCheck, // the day's full check runs; reading only until it passes
    ReadOnly,     // read-only media, no permission, or asked for
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::Database)

public:
    // iotdesk.sqlite in UserFolders::dataFolder().
    static QString defaultPath();
    // Opens (and creates or upgrades) the file at `path`, running the domain's `steps`
    // (core::openDatabase hands the program's).
    static Result<std::unique_ptr<Database>> open(const QString &path, const DomainSteps &steps,
                                                  const OpenOptions &options = {});
    // The team's database on a PostgreSQL server. It must hold IoT Desk's schema at this
    // program's version: an empty database, or one an older program left, is prepared by
    // initialiseServer (`iotdesk-cli --server URL server init`), never by an ordinary open;
    // one a newer program wrote is refused, as a newer file is.
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress &address,
                                                        const DomainSteps &steps);
    // Creates IoT Desk's schema in an empty server database, or brings an older one up to
    // this program's version, each version in one transaction; then opens it. A database
    // that holds tables of something else is refused.
    // `targetVersion`: for tests of upgrades, stop at this version (and do not open).
    static Result<std::unique_ptr<Database>>
    initialiseServer(const ServerAddress &address, const DomainSteps &steps, int targetVersion = 0);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    // The file's path; for a server database, its address (without the password).
    const QString &path() const { return m_path; }
    Engine engine() const { return m_engine; }
    // The server's address, for a database on a server.
    const std::optional<ServerAddress> &server() const { return m_server; }
    // The connected user's role on a server (what the database lets them do); none for a file.
    const std::optional<ServerRole> &role() const { return m_role; }
    int schemaVersion() const { return m_schemaVersion; }
    const OpenReport &openReport() const { return m_report; }
    Access access() const { return m_access; }
    // After the deferred full check passed: writes are allowed again (and what an open does
    // once writes are allowed is done).
    Result<void> releaseWrites();

    // Who is recorded in the history: the configured user name, or the system's.
    const QString &userName() const { return m_userName; }
    void setUserName(const QString &name);

    // What changed since the last look, for whoever shows this database (made on first use,
    // so the command line never pays for it).
    ChangeNotifier &changes() const;

    // A consistent copy of the whole file (VACUUM INTO), owner-only, whole or not at all
    // (DatabaseFile::writeWhole).
    Result<void> backupTo(const QString &target) const;
    // "ok", or what PRAGMA quick_check / integrity_check found.
    Result<QStringList> check(bool full) const;

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openFile(const QString &path, const DomainSteps &steps,
                                                      const OpenOptions &options);
    Result<void> configure();
    // What an open does once it may write: the domain's step (DomainSteps::afterWritesAllowed).
    void afterWritesAllowed();
    // The full integrity check: a Damaged error naming the first problems found.
    Result<void> checkWhole() const;
    Result<void> enableWriteAheadLog();
    // Connects to the server database (nothing read or written yet).
    static Result<std::unique_ptr<Database>> connectServer(const ServerAddress &address,
                                                           const DomainSteps &steps);

    QString m_path;
    Engine m_engine = Engine::SQLite;
    std::optional<ServerAddress> m_server;
    std::optional<ServerRole> m_role;
    QString m_connectionName;
    int m_schemaVersion = 0;
    // This process holds the file while the connection lives (DatabaseFile::Hold).
    std::unique_ptr<DatabaseFile::Hold> m_hold;
    Access m_access = Access::ReadWrite;
    QString m_userName;
    OpenReport m_report;
    DomainSteps m_steps;
    mutable std::unique_ptr<ChangeNotifier> m_changes;
    // When connection() last tried to open a dropped server connection again.
    static constexpr qint64 kReopenIntervalMs = 1000;
    mutable QElapsedTimer m_lastReopen;
};

} // namespace iotdesk::core
