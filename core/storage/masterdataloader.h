// MasterDataLoader: fills the master-data tables of a new database from the CSV files that
// ship with the program (resources/data, embedded as :/data): the regional bureaus, the
// prefectures, all 1,788 local governments and the public holidays. Every row is checked;
// one bad row fails the whole load.
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace iotdesk::core {

class MasterDataLoader
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::MasterDataLoader)

public:
    // Runs inside the caller's transaction.
    static Result<void> load(const QSqlDatabase &db,
                             const QString &directory = QStringLiteral(":/data"));

private:
    static Result<void> loadBureausAndPrefectures(const QSqlDatabase &db, const QString &directory);
    static Result<void> loadLocalGovernments(const QSqlDatabase &db, const QString &directory);
    static Result<void> loadHolidays(const QSqlDatabase &db, const QString &directory);
};

} // namespace iotdesk::core
