#include "core/storage/storageerror.h"

namespace iotdesk::core {

int StorageError::code(const QSqlError &error)
{
    bool ok = false;
    // Qt's SQLite driver gives the (possibly extended) result code as text; the primary code
    // is its low byte.
    const int native = error.nativeErrorCode().toInt(&ok);
    return ok ? native & 0xff : 0;
}

Error StorageError::from(const QSqlError &error, const QString &operation)
{
    const QString detail = error.text();
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

} // namespace iotdesk::core
