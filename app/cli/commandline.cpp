// The command table and what every command shares: global options, dispatch by name, help,
// opening the file and the program, and the exit code of a failed look-up.
#include "commandline.h"

#include "core/datafile/datafile.h"
#include "core/foundation/preferences.h"
#include "core/foundation/result.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/programs/programrepository.h"
#include "core/storage/database.h"
#include "core/storage/schemamigrator.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

namespace {

QStringList wordsOf(const Command &command)
{
    return QString::fromLatin1(command.name).split(u' ');
}

} // namespace

QList<Command> CommandLine::commands()
{
    return fileCommands() + governmentCommands() + applicationCommands() + reviewCommands() +
           consultationCommands() + meetingCommands() + reportCommands() + planCommands() +
           peopleCommands() + documentCommands() + serverCommands();
}

int CommandLine::printHelp(const QString &command)
{
    const QList<Command> table = commands();
    for (const Command &c : table) {
        if (command == QLatin1StringView(c.name)) {
            m_out << "Usage: iotdesk-cli [--db PATH] " << QLatin1StringView(c.synopsis) << "\n\n"
                  << tr(c.help) << '\n';
            return Success;
        }
    }
    m_out << "Usage: iotdesk-cli [--db PATH] COMMAND [OPTIONS]\n\n"
          << tr("IoT Desk on the command line: the same data and rules as the desktop program.")
          << "\n\n"
          << tr("Options:") << '\n'
          << "  --db PATH    "
          << tr("the database file (default: %1)").arg(core::Database::defaultPath())
          << "\n  --server URL "
          << tr("the team database instead: postgresql://USER@HOST:PORT/DATABASE"
                "[?sslmode=verify-full&sslrootcert=CA.crt]; the password from PGPASSWORD or "
                "~/.pgpass")
          << "\n  --help       " << tr("this help; COMMAND --help for one command") << '\n'
          << "  --version    " << tr("the program's version") << "\n\n"
          << tr("Commands:") << '\n';
    for (const Command &c : table)
        m_out << "  " << QLatin1StringView(c.synopsis) << '\n';
    return Success;
}

int CommandLine::run(QStringList arguments)
{
    // Global options may stand before or after the command.
    for (qsizetype i = 0; i < arguments.size();) {
        const QString &argument = arguments[i];
        if (argument == u"--db" || argument == u"--schema-version" || argument == u"--server") {
            if (i + 1 >= arguments.size()) {
                m_err << tr("%1 needs a value.").arg(argument) << '\n';
                return UsageError;
            }
            const QString value = arguments[i + 1];
            if (argument == u"--db") {
                m_databasePath = value;
            } else if (argument == u"--server") {
                const auto address = core::ServerAddress::fromUrl(value);
                if (!address) {
                    m_err << address.message() << '\n';
                    return UsageError;
                }
                m_server = *address;
            } else {
                bool ok = false;
                m_targetVersion = value.toInt(&ok);
                if (!ok || m_targetVersion < 1 ||
                    m_targetVersion > core::SchemaMigrator::latestVersion()) {
                    m_err << tr("--schema-version must be between 1 and %1.")
                                 .arg(core::SchemaMigrator::latestVersion())
                          << '\n';
                    return UsageError;
                }
            }
            arguments.remove(i, 2);
        } else if (argument.startsWith(u"--db=")) {
            m_databasePath = argument.mid(5);
            arguments.remove(i);
        } else if (argument.startsWith(u"--server=")) {
            const auto address = core::ServerAddress::fromUrl(argument.mid(9));
            if (!address) {
                m_err << address.message() << '\n';
                return UsageError;
            }
            m_server = *address;
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    if (m_server && !m_databasePath.isEmpty()) {
        m_err << tr("Give either --db or --server, not both.") << '\n';
        return UsageError;
    }
    if (m_databasePath.isEmpty())
        m_databasePath = core::Database::defaultPath();

    if (arguments.isEmpty() || arguments.front() == u"--help" || arguments.front() == u"-h" ||
        arguments.front() == u"help") {
        return printHelp(arguments.size() > 1 ? arguments.mid(1).join(u' ') : QString());
    }
    if (arguments.front() == u"--version") {
        m_out << "iotdesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    const bool help = arguments.contains(u"--help") || arguments.contains(u"-h");
    // The command whose words the arguments start with.
    const QList<Command> table = commands();
    const Command *found = nullptr;
    for (const Command &c : table) {
        const QStringList words = wordsOf(c);
        if (arguments.mid(0, words.size()) == words &&
            (!found || wordsOf(*found).size() < words.size()))
            found = &c;
    }
    if (!found) {
        // The first word of commands without one of theirs after it ("lg", "import x").
        QList<const Command *> group;
        for (const Command &c : table) {
            if (wordsOf(c).front() == arguments.front())
                group.append(&c);
        }
        if (group.isEmpty()) {
            m_err << tr("Unknown command “%1”. Run iotdesk-cli --help for the list.")
                         .arg(arguments.front())
                  << '\n';
            return UsageError;
        }
        if (help && group.size() == 1)
            return printHelp(QString::fromLatin1(group.front()->name));
        QTextStream &stream = help ? m_out : m_err;
        for (const Command *c : std::as_const(group))
            stream << "Usage: iotdesk-cli [--db PATH] " << QLatin1StringView(c->synopsis) << '\n';
        return help ? Success : UsageError;
    }
    arguments.remove(0, wordsOf(*found).size());
    if (help)
        return printHelp(QString::fromLatin1(found->name));
    m_command = *found;
    return (this->*found->handler)(arguments);
}

bool CommandLine::parseOptions(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{u"iotdesk-cli"_s} + arguments)) {
        m_err << parser.errorText() << '\n';
        return false;
    }
    return true;
}

int CommandLine::usageError()
{
    m_err << "Usage: iotdesk-cli [--db PATH] " << QLatin1StringView(m_command.synopsis) << '\n';
    return UsageError;
}

int CommandLine::lookupExitCode(const core::Error &error)
{
    switch (error.code()) {
    case core::ErrorCode::NotFound:
    case core::ErrorCode::Ambiguous:
    case core::ErrorCode::Invalid:
        return UsageError;
    case core::ErrorCode::NotADatabase:
    case core::ErrorCode::Damaged:
    case core::ErrorCode::TooNew:
    case core::ErrorCode::Foreign:
    case core::ErrorCode::LoginRefused:
        return CannotOpen;
    case core::ErrorCode::Failed:
    case core::ErrorCode::Forbidden:
    case core::ErrorCode::Conflict:
        break;
    }
    return Problems;
}

core::Result<std::unique_ptr<core::Database>> CommandLine::open(const core::OpenOptions &options)
{
    if (m_server)
        return core::openServerDatabase(*m_server);
    auto db = core::openDatabase(m_databasePath, options);
    if (db) {
        if (const QString &problem = (*db)->openReport().dailyBackupProblem; !problem.isEmpty())
            m_err << tr("Warning: today's backup could not be written: %1").arg(problem) << '\n';
        // The user's name as the window knows it (Preferences), else the system's: what the
        // command line logs and changes is credited as the window credits it. On a server the
        // history names the database user.
        (*db)->setUserName(core::Preferences().userName());
    }
    return db;
}

std::unique_ptr<core::Database> CommandLine::openExisting()
{
    core::OpenOptions options;
    options.createIfMissing = false;
    auto db = open(options);
    if (!db) {
        m_err << db.message() << '\n';
        return nullptr;
    }
    return std::move(db.value());
}

bool CommandLine::localFileOnly()
{
    if (!m_server)
        return true;
    m_err << tr("%1 works on a local file. A team database is backed up on its server "
                "(pg_dump) and checked by its administrator.")
                 .arg(QLatin1StringView(m_command.name))
          << '\n';
    return false;
}

CommandLine::ProgramInUse CommandLine::openProgram(const QString &requested)
{
    ProgramInUse opened;
    opened.db = openExisting();
    if (!opened.db) {
        opened.failure = CannotOpen;
        return opened;
    }
    const auto programs = core::ProgramRepository(*opened.db).programs();
    if (!programs) {
        m_err << programs.message() << '\n';
        opened.failure = lookupExitCode(programs.error()) == CannotOpen ? CannotOpen : Problems;
        return opened;
    }
    if (programs->isEmpty()) {
        m_err << tr("The file holds no program.") << '\n';
        opened.failure = Problems;
        return opened;
    }
    if (requested.isEmpty()) {
        opened.id = programs->front().id; // the newest fiscal year
        return opened;
    }
    for (const core::Program &program : *programs) {
        if (QString::number(program.id) == requested) {
            opened.id = program.id;
            return opened;
        }
    }
    m_err << tr("There is no program %1.").arg(requested) << '\n';
    opened.failure = UsageError;
    return opened;
}

int CommandLine::bureauId(const core::Database &db, const QString &text)
{
    const auto bureaus = core::LocalGovernmentRepository(db.connection()).bureaus();
    if (!bureaus) {
        m_err << bureaus.message() << '\n';
        m_lookupFailure = Problems;
        return 0;
    }
    const QString wanted = text.trimmed();
    for (const core::Bureau &b : *bureaus) {
        if (QString::number(b.id) == wanted || b.nameJa == wanted ||
            b.nameEn.compare(wanted, Qt::CaseInsensitive) == 0 ||
            core::Bureau::shortName(b.nameJa) == wanted ||
            core::Bureau::shortName(b.nameEn).compare(wanted, Qt::CaseInsensitive) == 0) {
            return b.id;
        }
    }
    m_err << tr("There is no regional bureau “%1”.").arg(wanted) << '\n';
    m_lookupFailure = UsageError;
    return 0;
}

} // namespace iotdesk::cli
