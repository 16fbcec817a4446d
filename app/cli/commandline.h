// CommandLine: iotdesk-cli, the program's data operations without a window, for scripts and
// for checking a file. Every command has --help; exit codes are documented in README.md.
#pragma once

#include "core/foundation/valueset.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace iotdesk::core {
class Database;
class Error;
struct Contact;
} // namespace iotdesk::core

namespace iotdesk::cli {

enum ExitCode
{
    Success = 0,
    Problems = 1,     // problems found (check: a damaged file too), nothing matched, no output
    CannotOpen = 2,   // the database cannot be used (missing, not ours, too new; damaged)
    UsageError = 64,  // the command line is wrong
    Unavailable = 69, // iotdesk-cli-documents, which carries out a document command, is missing
};

// The application object: a QCoreApplication, or for a command that lays out a PDF a
// QGuiApplication on the offscreen platform (fonts, never a screen). Defined by each of the two
// programs (handoff.cpp, documentcommands.cpp).
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

class CommandLine;

// One row of the command table. Dispatch, the general help, each command's --help and the
// hand-over to iotdesk-cli-documents are all read from the table (CommandLine::commands()).
struct Command
{
    using Handler = int (CommandLine::*)(const QStringList &arguments);

    const char *name;     // one word, or two separated by a space ("list meetings")
    const char *synopsis; // what follows "iotdesk-cli [--db PATH]", the name first
    const char *help;     // QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine", ...)
    Handler handler;      // given the arguments after the name
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::cli::CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    // arguments without the program name.
    int run(QStringList arguments);

    // Every command, in the order the general help lists them: each command file's rows.
    static QList<Command> commands();

private:
    // The database file: info, check, backup (filecommands.cpp).
    static QList<Command> fileCommands();
    int info(const QStringList &arguments);
    int check(const QStringList &arguments);
    int backup(const QStringList &arguments);
    // Local governments: lg search (governmentcommands.cpp).
    static QList<Command> governmentCommands();
    int lgSearch(const QStringList &arguments);
    // Applications: import applications, list applications (applicationcommands.cpp).
    static QList<Command> applicationCommands();
    int importApplications(const QStringList &arguments);
    int listApplications(const QStringList &arguments);
    // Review and selection (reviewcommands.cpp).
    static QList<Command> reviewCommands();
    int reviewAddReviewer(const QStringList &arguments);
    int reviewScore(const QStringList &arguments);
    int decide(const QStringList &arguments);
    // The consultation log (consultationcommands.cpp).
    static QList<Command> consultationCommands();
    int logAdd(const QStringList &arguments);
    int search(const QStringList &arguments);
    // Meetings (meetingcommands.cpp).
    static QList<Command> meetingCommands();
    int listMeetings(const QStringList &arguments);
    int meetingSet(const QStringList &arguments);
    int meetingRegister(const QStringList &arguments);
    int meetingAttend(const QStringList &arguments);
    // Monthly reports (reportcommands.cpp).
    static QList<Command> reportCommands();
    int listReports(const QStringList &arguments);
    int reportAdd(const QStringList &arguments);
    // Plans and the know-how register (plancommands.cpp).
    static QList<Command> planCommands();
    int planShow(const QStringList &arguments);
    int planSet(const QStringList &arguments);
    int planCostAdd(const QStringList &arguments);
    int planBenefitAdd(const QStringList &arguments);
    int planAmountAdd(const QStringList &arguments, bool cost);
    int planMilestoneAdd(const QStringList &arguments);
    int planEvaluate(const QStringList &arguments);
    int planFreeze(const QStringList &arguments);
    int knowhowAdd(const QStringList &arguments);
    int knowhowList(const QStringList &arguments);
    // The database, program and selected application of --program and --lg (added to
    // `parser` and parsed with the command's own options); nullopt after a message, with the
    // exit code in `failure`.
    struct PlanInUse
    {
        std::unique_ptr<core::Database> db;
        qint64 programId = 0;
        qint64 applicationId = 0;
    };
    std::optional<PlanInUse> openPlan(QCommandLineParser &parser, const QStringList &arguments,
                                      int &failure);
    // The registry of people (peoplecommands.cpp).
    static QList<Command> peopleCommands();
    int peopleList(const QStringList &arguments);
    int peopleAdd(const QStringList &arguments);
    // The document commands: mail, workbooks, calendars and PDF, listed in documentcommands.def.
    // iotdesk-cli-documents carries them out (documentcommands.cpp, with GMime, libxlsxwriter,
    // libical and Qt GUI linked in); iotdesk-cli, which links none of those so that every other
    // command starts in a few milliseconds, binds every one of them to handOff() (handoff.cpp)
    // and so replaces itself with that program, with the same arguments.
    static QList<Command> documentCommands();
    int importApplicationMail(const QStringList &arguments);
    int importEml(const QStringList &arguments);
    int exportConsultations(const QStringList &arguments);
    int exportAttendance(const QStringList &arguments);
    int exportIcs(const QStringList &arguments);
    int exportSelected(const QStringList &arguments);
    int summary(const QStringList &arguments);
    int planPdf(const QStringList &arguments);
    int casebook(const QStringList &arguments);
    int handOff(const QStringList &arguments);
    // A team server's administration (servercommands.cpp).
    static QList<Command> serverCommands();
    int serverInit(const QStringList &arguments);
    int serverAddUser(const QStringList &arguments);
    int serverSetRole(const QStringList &arguments);
    int serverListUsers(const QStringList &arguments);
    int serverUpload(const QStringList &arguments);
    int serverDownload(const QStringList &arguments);
    // For a command on a team database: false, after saying so, without --server.
    bool needsServer();
    // NAME --role R [--bureau B] of add-user and set-role; nothing after a message.
    std::optional<core::ServerUser> serverUser(const core::Database &db,
                                               const QStringList &arguments);
    // A new user's password from standard input (asked twice on a terminal).
    std::optional<QString> readNewPassword();

    // Parses a command's own options; false after printing the parser's error.
    bool parseOptions(QCommandLineParser &parser, const QStringList &arguments);
    // The running command's synopsis on standard error; the usage error's exit code.
    int usageError();
    // The exit code after a record the command line names could not be had: none or several
    // of that name or id is the command line's fault (64); a file that cannot answer is not
    // (1, or 2 for a file that cannot be used at all).
    static int lookupExitCode(const core::Error &error);
    // A local government by code or name (東京都府中市); empty after an error message, with
    // lookupFailure() saying how to exit.
    QString governmentCode(const core::Database &db, const QString &text);
    int lookupFailure() const { return m_lookupFailure; }
    // A regional bureau by id, name or short name (関東, Kanto); 0 after an error message, with
    // lookupFailure() saying how to exit.
    int bureauId(const core::Database &db, const QString &text);
    // A fixed value given by its stored name (--channel email); nullopt after a message that
    // lists the names the option takes.
    template <typename E> std::optional<E> namedValue(const QString &option, const QString &text)
    {
        if (const std::optional<E> value = core::fromStored<E>(text); value && !text.isEmpty())
            return value;
        m_err << tr("--%1 takes one of: %2 (not “%3”).")
                     .arg(option, core::valueSet<E>().storedNames().join(u", "), text)
              << '\n';
        return std::nullopt;
    }
    // The database of --server, or the file of --db (created when `options` say so).
    core::Result<std::unique_ptr<core::Database>> open(const core::OpenOptions &options);
    // The database for commands that work on existing data (never creates a file).
    std::unique_ptr<core::Database> openExisting();
    // For a command on the local file itself: false, after saying so, when --server is given.
    bool localFileOnly();
    // The database and the program a command works on: --program ID (`requested`), or the
    // newest. `failure` is the exit code when either cannot be had (the message printed).
    struct ProgramInUse
    {
        std::unique_ptr<core::Database> db;
        qint64 id = 0;
        int failure = Success;
    };
    ProgramInUse openProgram(const QString &requested);
    // A person of the registry by id or name (spaces ignored) among `people`; 0 after an error
    // message (`notFound` when nobody matches, if given; or several of that name).
    qint64 personId(const QList<core::Contact> &people, const QString &text,
                    const QString &notFound = {});
    int printHelp(const QString &command);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databasePath;
    std::optional<core::ServerAddress> m_server; // --server
    int m_targetVersion = 0;
    int m_lookupFailure = UsageError;
    Command m_command{}; // the one running
};

} // namespace iotdesk::cli
