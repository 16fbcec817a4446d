// DatabaseFile: what a file on disk is, found out without changing a byte of it. Before
// IoT Desk opens a file for writing it must be an SQLite database (the header), whole (its
// size against the header, then quick_check on a read-only connection), IoT Desk's own
// (application_id) and of a schema this version knows (user_version). A file that fails is
// refused and left exactly as it was.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace iotdesk::core {

struct DatabaseFileFacts
{
    bool exists = false;
    bool empty = true; // missing or zero bytes: a new database is created there
    int schemaVersion = 0;
    quint32 applicationId = 0;
};

class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::DatabaseFile)

public:
    static constexpr quint32 kApplicationId = 0x494F5444; // 'IOTD'

    // Refuses with NotADatabase, Damaged, Foreign or TooNew; otherwise the facts.
    static Result<DatabaseFileFacts> inspect(const QString &path);
    // PRAGMA quick_check (or integrity_check) on a read-only connection: "ok" or the problems.
    static Result<QStringList> check(const QString &path, bool full = false);
};

} // namespace iotdesk::core
