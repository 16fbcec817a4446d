// The commands of a team server's administrator: server init (more to come: users and roles,
// upload and download). They need --server URL; the password comes from the URL, PGPASSWORD
// or ~/.pgpass, never from an argument of its own.
#include "commandline.h"
#include "core/datafile/datafile.h"
#include "core/storage/database.h"
#include "core/storage/schemamigrator.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

QList<Command> CommandLine::serverCommands()
{
    return {
        {"server init", "server init",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Prepares the team database named by --server: creates IoT Desk's "
                           "schema and master data in an empty database, or upgrades one an "
                           "older IoT Desk prepared (take a pg_dump backup first), each schema "
                           "version in one transaction. A database that holds other tables, or "
                           "one a newer IoT Desk prepared, is refused and left as it was. Exit 0 "
                           "prepared or already current, 2 cannot connect or refused."),
         &CommandLine::serverInit},
    };
}

int CommandLine::serverInit(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError();
    if (!m_server) {
        m_err << tr("server init prepares a team database: name it with --server "
                    "postgresql://USER@HOST:PORT/DATABASE.")
              << '\n';
        return UsageError;
    }
    const auto db = core::initialiseServerDatabase(*m_server);
    if (!db) {
        m_err << db.message() << '\n';
        return CannotOpen;
    }
    const int before = (*db)->openReport().versionBefore;
    if (before == (*db)->schemaVersion()) {
        m_out << tr("%1 is already at schema version %2; nothing was changed.")
                     .arg(m_server->description())
                     .arg(before)
              << '\n';
    } else {
        m_out << tr("%1 prepared: schema version %2 → %3.")
                     .arg(m_server->description())
                     .arg(before)
                     .arg((*db)->schemaVersion())
              << '\n';
    }
    return Success;
}

} // namespace iotdesk::cli
