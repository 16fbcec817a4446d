// The commands of a team server's administrator: server init, and the team's users with their
// roles. They need --server URL; the password to connect comes from the URL, PGPASSWORD or
// ~/.pgpass, and a new user's password from standard input — never from an argument, which
// `ps` would show.
#include "commandline.h"
#include "core/datafile/datafile.h"
#include "core/foundation/platform.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/storage/database.h"
#include "core/storage/databasecopy.h"
#include "core/storage/databasefile.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/serverroles.h"

#include <QCommandLineParser>

#include <cstdio>

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
        {"server add-user",
         "server add-user NAME --role coordinator|consultant|reviewer|viewer [--bureau B]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Adds a user of the team database with a role the database enforces: "
                           "a coordinator does everything; a consultant logs and edits "
                           "consultations and follow-ups and reads the rest; a reviewer scores "
                           "the applications of bureau B (id or name; without --bureau, of every "
                           "bureau, for MIC and the contractor) and reads the rest; a viewer "
                           "reads, prints and exports. The password is read from standard input "
                           "(asked twice on a terminal). Needs a user that may create roles."),
         &CommandLine::serverAddUser},
        {"server set-role",
         "server set-role NAME --role coordinator|consultant|reviewer|viewer [--bureau B]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Gives a user of the team database another role (or bureau)."),
         &CommandLine::serverSetRole},
        {"server upload", "server upload FILE",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Moves a local file's whole content to the team database named by "
                           "--server, which must be new (prepared by server init, nobody's work "
                           "in it yet): every table with its ids and the history, in one "
                           "transaction, each table's rows counted on both sides before it is "
                           "kept. The file is read only. Its schema version must be the "
                           "server's (open an older file once with this IoT Desk first)."),
         &CommandLine::serverUpload},
        {"server download", "server download FILE",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Writes a complete local copy of the team database to FILE (which must "
                           "not exist): every table with its ids and the history, from one "
                           "consistent snapshot, checked before it takes its name — for travel, "
                           "an archive, or leaving the team."),
         &CommandLine::serverDownload},
        {"server list-users", "server list-users",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Lists the users of the team database with their roles and bureaus."),
         &CommandLine::serverListUsers},
    };
}

bool CommandLine::needsServer()
{
    if (m_server)
        return true;
    m_err << tr("%1 works on a team database: name it with --server "
                "postgresql://USER@HOST:PORT/DATABASE.")
                 .arg(QLatin1StringView(m_command.name))
          << '\n';
    return false;
}

std::optional<core::ServerUser> CommandLine::serverUser(const core::Database &db,
                                                        const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption role(u"role"_s, {}, u"R"_s);
    const QCommandLineOption bureau(u"bureau"_s, {}, u"B"_s);
    parser.addOptions({role, bureau});
    if (!parseOptions(parser, arguments) || parser.positionalArguments().size() != 1) {
        usageError();
        return std::nullopt;
    }
    const auto chosen = namedValue<core::ServerRole>(u"role"_s, parser.value(role));
    if (!chosen)
        return std::nullopt;
    core::ServerUser user{parser.positionalArguments().front(), *chosen, 0};
    if (parser.isSet(bureau)) {
        user.bureauId = bureauId(db, parser.value(bureau));
        if (user.bureauId == 0)
            return std::nullopt;
    }
    return user;
}

namespace {

QString readLine()
{
    char buffer[1024];
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return {};
    QString line = QString::fromLocal8Bit(buffer);
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

} // namespace

std::optional<QString> CommandLine::readNewPassword()
{
    if (!core::Platform::standardInputIsTerminal())
        return readLine();
    m_err << tr("Password for the new user: ") << Qt::flush;
    core::Platform::setStandardInputEcho(false);
    const QString first = readLine();
    m_err << '\n' << tr("Again: ") << Qt::flush;
    const QString second = readLine();
    core::Platform::setStandardInputEcho(true);
    m_err << '\n';
    if (first != second) {
        m_err << tr("The two passwords differ; nothing was changed.") << '\n';
        return std::nullopt;
    }
    return first;
}

int CommandLine::serverAddUser(const QStringList &arguments)
{
    if (!needsServer())
        return UsageError;
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    const auto user = serverUser(*db, arguments);
    if (!user)
        return UsageError;
    const auto password = readNewPassword();
    if (!password)
        return Problems;
    if (auto added = core::ServerRoles::addUser(db->connection(), *user, *password); !added) {
        m_err << added.message() << '\n';
        return lookupExitCode(added.error()) == UsageError ? UsageError : Problems;
    }
    m_out << tr("%1 can now connect as %2.").arg(user->name, core::shownName(user->role).toLower())
          << '\n';
    return Success;
}

int CommandLine::serverSetRole(const QStringList &arguments)
{
    if (!needsServer())
        return UsageError;
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    const auto user = serverUser(*db, arguments);
    if (!user)
        return UsageError;
    if (auto changed = core::ServerRoles::setRole(db->connection(), *user); !changed) {
        m_err << changed.message() << '\n';
        return lookupExitCode(changed.error()) == UsageError ? UsageError : Problems;
    }
    m_out << tr("%1 is now %2.").arg(user->name, core::shownName(user->role).toLower()) << '\n';
    return Success;
}

int CommandLine::serverListUsers(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError();
    if (!needsServer())
        return UsageError;
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    const auto users = core::ServerRoles::users(db->connection());
    if (!users) {
        m_err << users.message() << '\n';
        return Problems;
    }
    const auto bureaus = core::LocalGovernmentRepository(db->connection()).bureaus();
    for (const core::ServerUser &user : *users) {
        QString bureau;
        if (bureaus) {
            for (const core::Bureau &b : *bureaus) {
                if (b.id == user.bureauId)
                    bureau = b.nameJa;
            }
        }
        m_out << user.name << '\t' << core::storedName(user.role) << '\t' << bureau << '\n';
    }
    return Success;
}

int CommandLine::serverInit(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError();
    if (!needsServer())
        return UsageError;
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

int CommandLine::serverUpload(const QStringList &arguments)
{
    if (arguments.size() != 1 || arguments.front().startsWith(u'-'))
        return usageError();
    if (!needsServer())
        return UsageError;
    core::OpenOptions options;
    options.readOnly = true;
    options.createIfMissing = false;
    options.dailyBackup = false;
    const auto file = core::openDatabase(arguments.front(), options);
    if (!file) {
        m_err << file.message() << '\n';
        return CannotOpen;
    }
    const auto server = openExisting();
    if (!server)
        return CannotOpen;
    const auto changes = core::DatabaseCopy::recordedChanges(server->connection());
    if (!changes) {
        m_err << changes.message() << '\n';
        return Problems;
    }
    if (*changes > 0) {
        m_err << tr("%1 already holds work (%n change(s) in its history); nothing was uploaded. "
                    "Upload into a new database prepared by server init.",
                    nullptr, int(std::min<qint64>(*changes, 1'000'000'000)))
                     .arg(m_server->description())
              << '\n';
        return Problems;
    }
    const auto copied = core::DatabaseCopy::replaceAll((*file)->connection(), server->connection());
    if (!copied) {
        m_err << copied.message() << '\n';
        return Problems;
    }
    m_out << tr("%1 rows of %2 tables uploaded to %3.")
                 .arg(copied->rows())
                 .arg(copied->tables.size())
                 .arg(m_server->description())
          << '\n';
    return Success;
}

int CommandLine::serverDownload(const QStringList &arguments)
{
    if (arguments.size() != 1 || arguments.front().startsWith(u'-'))
        return usageError();
    if (!needsServer())
        return UsageError;
    const auto server = openExisting();
    if (!server)
        return CannotOpen;
    core::CopyReport report;
    const auto written = core::DatabaseFile::writeWhole(
        arguments.front(), [&](const QString &temporary) -> core::Result<void> {
            core::OpenOptions options;
            options.dailyBackup = false;
            const auto file = core::openDatabase(temporary, options);
            if (!file)
                return file.error();
            auto copied =
                core::DatabaseCopy::replaceAll(server->connection(), (*file)->connection());
            if (!copied)
                return copied.error();
            report = *copied;
            return {};
        });
    if (!written) {
        m_err << written.message() << '\n';
        return Problems;
    }
    m_out << tr("%1 rows of %2 tables written to %3.")
                 .arg(report.rows())
                 .arg(report.tables.size())
                 .arg(arguments.front())
          << '\n';
    return Success;
}

} // namespace iotdesk::cli
