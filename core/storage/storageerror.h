// storageError(): what a failed SQL statement means to the user. The states of the file and
// its disk — damaged, full, read-only, unreadable, busy — each get one plain, translated
// message that says nothing was changed and what to do, whatever was being done when it
// surfaced (SQLite reports SQLITE_CORRUPT wherever a damaged page is met). Any other failure
// keeps the operation's own message (`operation`, with %1 for SQLite's text).
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

class QSqlQuery;

namespace iotdesk::core {

class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::StorageError)

public:
    // SQLite's primary result codes for the states of a file (sqlite3.h).
    enum Code
    {
        Busy = 5,
        Locked = 6,
        ReadOnly = 8,
        IoError = 10,
        Corrupt = 11,
        Full = 13,
        CannotOpen = 14,
        NotADatabase = 26,
    };

    // The primary result code behind a Qt SQL error (0 when there is none).
    static int code(const QSqlError &error);
    // The connected user's role on a team server, as shown: named when the database refuses
    // a change the role may not make.
    static void setServerRole(const QString &role);
    static Error from(const QSqlError &error, const QString &operation = QStringLiteral("%1"));
};

inline Error storageError(const QSqlError &error, const QString &operation = QStringLiteral("%1"))
{
    return StorageError::from(error, operation);
}

// What was being read or written when a statement failed, for the message of a failure that is
// not a state of the file.
enum class Subject
{
    Any,
    Application,
    Consultation,
    Contact,
    File,
    LocalGovernments,
    MasterData,
    Knowhow,
    Meeting,
    Plan,
    Program,
    Report,
    Review,
};

// The one conversion of a failed statement into an Error: every repository and query reports
// its failures through it.
Error storageError(const QSqlQuery &query, Subject subject = Subject::Any);

} // namespace iotdesk::core
