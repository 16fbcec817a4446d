#include "core/storage/storageerror.h"

#include "core/foundation/logging.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// One connection per process at a time (the window's, or the command line's).
QString serverRole;

// SQLSTATE 42501 (insufficient_privilege): a GRANT or a row-level security policy refused.
bool refusedByRole(const QSqlError &error)
{
    return error.nativeErrorCode() == u"42501";
}

} // namespace

void StorageError::setServerRole(const QString &role)
{
    serverRole = role;
}

int StorageError::code(const QSqlError &error)
{
    // A PostgreSQL error code (SQLSTATE) is five characters; SQLite's, even extended, fewer.
    if (error.nativeErrorCode().size() == 5)
        return 0;
    bool ok = false;
    // Qt's SQLite driver gives the (possibly extended) result code as text; the primary code
    // is its low byte.
    const int native = error.nativeErrorCode().toInt(&ok);
    return ok ? native & 0xff : 0;
}

Error StorageError::from(const QSqlError &error, const QString &operation)
{
    const QString detail = error.text();
    // Every failed statement reaches the log here, once, whatever the user is then told.
    qCWarning(lcStorage).noquote()
        << "Statement failed: code" << error.nativeErrorCode() << '-' << detail;
    if (refusedByRole(error)) {
        // A row-level policy: the role may write the table, not this row (a reviewer's score
        // of another bureau's application).
        if (detail.contains(u"row-level security"_s)) {
            return Error(ErrorCode::Forbidden,
                         tr("Not saved: your role on the team database (%1) may make this change "
                            "only for the applications of your own bureau.")
                             .arg(serverRole));
        }
        return Error(ErrorCode::Forbidden,
                     tr("Not saved: your role on the team database (%1) may not make this "
                        "change. A coordinator can make it, or give you another role.")
                         .arg(serverRole));
    }
    switch (code(error)) {
    case Corrupt:
    case NotADatabase:
        return Error(ErrorCode::Damaged,
                     tr("The file is damaged (%1). Nothing more was changed in it. Restore a "
                        "backup (File ▸ Restore Backup), or check it with “iotdesk-cli check”.")
                         .arg(detail));
    case Full:
        return Error(ErrorCode::Failed,
                     tr("The disk is full: nothing was saved. Free some space on it and try "
                        "again."));
    case ReadOnly:
        return Error(ErrorCode::Failed,
                     tr("Nothing was saved: the file is open read-only (it is on read-only "
                        "media, it is being checked, or it cannot be written by you)."));
    case IoError:
        return Error(ErrorCode::Failed,
                     tr("The disk could not be read or written (%1): nothing was saved. Check "
                        "the disk or the network drive, and try again.")
                         .arg(detail));
    case Busy:
    case Locked:
        return Error(ErrorCode::Failed,
                     tr("The file is busy: another program or person is writing to it. Nothing "
                        "was saved; try again in a moment."));
    default:
        return Error(ErrorCode::Failed,
                     operation.contains(QLatin1String("%1")) ? operation.arg(detail) : operation);
    }
}

Error storageError(const QSqlQuery &query, Subject subject)
{
    const auto operation = [subject] {
        switch (subject) {
        case Subject::Any:
            break;
        case Subject::Application:
            return StorageError::tr("The application could not be read or saved: %1");
        case Subject::Consultation:
            return StorageError::tr("The consultation could not be read or saved: %1");
        case Subject::Contact:
            return StorageError::tr("The contact could not be read or saved: %1");
        case Subject::File:
            return StorageError::tr("The file could not be read or saved: %1");
        case Subject::LocalGovernments:
            return StorageError::tr("Could not read the local governments: %1");
        case Subject::MasterData:
            return StorageError::tr("Could not store the master data: %1");
        case Subject::Knowhow:
            return StorageError::tr("The lesson learned could not be read or saved: %1");
        case Subject::Plan:
            return StorageError::tr("The plan could not be read or saved: %1");
        case Subject::Meeting:
            return StorageError::tr("The meeting could not be read or saved: %1");
        case Subject::Program:
            return StorageError::tr("The program could not be read or saved: %1");
        case Subject::Report:
            return StorageError::tr("The report could not be read or saved: %1");
        case Subject::Review:
            return StorageError::tr("The review could not be read or saved: %1");
        }
        return QStringLiteral("%1");
    };
    return StorageError::from(query.lastError(), operation());
}

} // namespace iotdesk::core
