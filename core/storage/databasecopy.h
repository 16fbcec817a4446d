// DatabaseCopy: every row of one IoT Desk database into another of the same schema version,
// across engines — a local file to the team server (`server upload`) and back (`server
// download`). Ids are kept, the history with them. The target's rows are replaced in one
// transaction of the target, read from one consistent snapshot of the source, and every
// table's count is compared before the commit: the copy is whole or nothing is changed.
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace iotdesk::core {

struct CopyReport
{
    // Each table in the order it was written, with its rows.
    QList<std::pair<QString, qint64>> tables;
    qint64 rows() const;
};

class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::DatabaseCopy)

public:
    // One of the two is a local file: its schema names the tables, their columns and the
    // order the foreign keys ask for.
    static Result<CopyReport> replaceAll(const QSqlDatabase &from, const QSqlDatabase &to);
    // How many changes the database's history holds: 0 for one nobody has worked in yet
    // (what a migration writes is no one's work), the only kind an upload may replace.
    static Result<qint64> recordedChanges(const QSqlDatabase &db);
};

} // namespace iotdesk::core
