#include "core/datafile/datafile.h"

#include "core/municipalities/contactrepository.h"
#include "core/reports/reportrepository.h"

namespace iotdesk::core {

const DomainSteps &programSteps()
{
    static const DomainSteps steps = {
        // The schedule of the selections already made.
        {{6,
          [](const QSqlDatabase &db) {
              return ReportRepository::syncAll(db);
          }}},
        // Applications' contact persons are people of the registry; a file from before that
        // learns it once (no migration: the schema is the same).
        [](const QSqlDatabase &db, int schemaVersion) -> Result<void> {
            if (schemaVersion < 4)
                return {};
            if (auto people = ContactRepository::registerStoredApplicationContacts(db); !people)
                return people.error();
            return {};
        }};
    return steps;
}

Result<std::unique_ptr<Database>> openDatabase(const QString &path, const OpenOptions &options)
{
    return Database::open(path, programSteps(), options);
}

Result<std::unique_ptr<Database>> openServerDatabase(const ServerAddress &address)
{
    return Database::openServer(address, programSteps());
}

Result<std::unique_ptr<Database>> initialiseServerDatabase(const ServerAddress &address,
                                                           int targetVersion)
{
    return Database::initialiseServer(address, programSteps(), targetVersion);
}

} // namespace iotdesk::core
