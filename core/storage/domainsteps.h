// DomainSteps: what the program does with its data at two moments that storage knows of but
// cannot act on, because it knows nothing of programs, reports or people: after a migration's
// script (rows the new schema needs, such as the report schedule of the selections a file
// already holds), and each time an opened file may be written. The domain hands them to every
// open (core/datafile/datafile.h); storage only runs them, so that it links nothing above it.
#pragma once

#include "core/foundation/result.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace iotdesk::core {

struct DomainSteps
{
    // By schema version: run inside that migration's transaction, after its script. A step may
    // use only what its schema version has, since later migrations run after it.
    QHash<int, std::function<Result<void>(const QSqlDatabase &)>> afterMigration;
    // Once an opened file may be written (at once, or after the day's check): best effort,
    // logged when it fails, never a reason not to open a healthy file.
    std::function<Result<void>(const QSqlDatabase &, int schemaVersion)> afterWritesAllowed;
};

} // namespace iotdesk::core
