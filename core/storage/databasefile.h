// DatabaseFile: what a file on disk is, found out without changing a byte of it. Before
// IoT Desk opens a file for writing it must be an SQLite database (the header), whole in its
// structure (its size against the header; on a read-only connection, a schema that parses and
// page counts that agree — checks that cost O(schema), not O(file)), IoT Desk's own
// (application_id) and of a schema this version knows (user_version). A file that fails is
// refused and left exactly as it was. The full integrity check (check(path, true)) is
// Database::open's once a day, and `iotdesk-cli check`'s.
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace iotdesk::core {

struct DatabaseFileFacts
{
    bool exists = false;
    bool empty = true; // missing or zero bytes: a new database is created there
    int schemaVersion = 0;
    quint32 applicationId = 0;
};

// A read-only connection to a file, removed again when it goes out of scope. Without a
// -wal beside the file it opens it immutable, so reading leaves no -wal or -shm behind.
class ReadOnlyConnection
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ReadOnlyConnection)

public:
    explicit ReadOnlyConnection(const QString &path);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }
    // Not opened because the file kept changing under it (another program writing): not
    // damage, a moment to wait.
    bool busy() const { return m_busy; }
    QSqlDatabase db() const;

private:
    QString m_name;
    bool m_open = false;
    bool m_busy = false;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_copy;
};

class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::DatabaseFile)

public:
    static constexpr quint32 kApplicationId = 0x494F5444; // 'IOTD'

    // Files this process holds SQLite connections to (Database registers its file for its
    // lifetime). POSIX locks belong to a process, and closing any descriptor of a file drops
    // all of the process's locks on it; another program's SQLite then takes itself for the
    // last user, checkpoints and deletes the -wal and -shm under our connection, and what we
    // write next is lost or damages the file. So while a file is held, nothing here opens it
    // but SQLite with its locking (which shares one set of locks per file in a process): no
    // QFile read of its header, no copy, no immutable (lock-free) connection.
    class Hold
    {
    public:
        explicit Hold(const QString &path);
        ~Hold();
        Hold(const Hold &) = delete;
        Hold &operator=(const Hold &) = delete;

    private:
        QString m_path;
    };
    static bool heldInProcess(const QString &path);

    // Refuses with NotADatabase, Damaged, Foreign or TooNew; otherwise the facts.
    static Result<DatabaseFileFacts> inspect(const QString &path);
    // PRAGMA quick_check (or integrity_check) on a read-only connection: "ok" or the problems.
    static Result<QStringList> check(const QString &path, bool full = false);
    // What a check found, in a line: empty when it said "ok", else its first problems (or why
    // it could not run).
    static QString problemsOf(const Result<QStringList> &checked);
    // A consistent copy of an IoT Desk file as it is (not upgraded), written without opening
    // the source for writing; the target must not exist and is made owner-only.
    static Result<void> copy(const QString &path, const QString &target);
    // Writes a new database file at `target`, whole or not at all: `write` fills a temporary,
    // owner-only file beside the target (hidden, ".NAME.partial-…"), which is then checked
    // (quick_check), synced and renamed to `target` without replacing anything there. A kill
    // at any moment leaves either no target or a whole one; partial files left by a kill are
    // removed by the next write into the same folder once they are an hour old.
    static Result<void> writeWhole(const QString &target,
                                   const std::function<Result<void>(const QString &)> &write);
    // Rolls back a write that a crash interrupted in rollback-journal mode (a hot -journal
    // beside the file), as SQLite does on open, so that inspect() sees committed state.
    static Result<void> recoverInterruptedWrite(const QString &path);
    // A new, empty file readable and writable by its owner only (folders made as needed).
    static Result<void> createOwnerOnlyFile(const QString &path);

private:
    static Result<DatabaseFileFacts> inspectOnce(const QString &path);
};

} // namespace iotdesk::core
