// BackupStore: the backups of one database file, kept in a folder beside it
// (<folder>/<name>-backups/). Copies are consistent snapshots written by SQLite itself
// (VACUUM INTO), owner-only, named after the file, the time and why they were made.
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace iotdesk::core {

class Database;

enum class BackupKind
{
    Manual,        // File ▸ Back up now
    Daily,         // the first open of a day
    BeforeUpgrade, // before a schema migration
    BeforeRestore, // the file as it was before a backup replaced it
};

struct BackupEntry
{
    QString path;
    QDateTime createdAt; // local time, from the name
    BackupKind kind = BackupKind::Manual;
    qint64 size = 0;
};

class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::BackupStore)

public:
    explicit BackupStore(const QString &databasePath);

    const QString &directory() const { return m_directory; }
    // Newest first.
    QList<BackupEntry> list() const;

    Result<QString> create(const Database &db, BackupKind kind) const;
    // No Daily backup has been written today.
    bool dailyDue() const;
    // Writes a Daily backup unless one was written today; keeps the newest `keep` of them.
    // Returns the new file's path, or an empty string when none was due.
    Result<QString> createDailyIfDue(const Database &db, int keep) const;
    // The same from the file itself, on connections of the calling thread (DailyCare).
    Result<QString> createDailyFromFileIfDue(int keep) const;

    // Replaces the database file, which must be closed, with a backup. The backup is checked
    // first; the file it replaces is kept, unchanged and with its side files, in the backup
    // folder as a BeforeRestore copy. The swap is one rename, so the path always holds a
    // whole file, the old or the new.
    Result<void> restore(const QString &backupPath, const QString &databasePath) const;

    static QString kindName(BackupKind kind);

private:
    QString fileName(BackupKind kind, const QDateTime &at) const;
    Result<QString>
    writeDailyIfDue(int keep, const std::function<Result<void>(const QString &)> &write) const;

    QString m_databasePath;
    QString m_directory;
    QString m_baseName;
};

} // namespace iotdesk::core
