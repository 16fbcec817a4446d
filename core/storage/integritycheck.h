// IntegrityCheck: whether every reference between the rows of a database holds (SQLite's
// foreign_key_check), for `iotdesk-cli check`. Reads only; run on a read-only connection.
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace iotdesk::core {

class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::IntegrityCheck)

public:
    // One message per row that refers to a missing row; none when every reference holds. An
    // error when the check itself could not run: then nothing is known to hold.
    static Result<QStringList> foreignKeyProblems(const QSqlDatabase &db);
};

} // namespace iotdesk::core
