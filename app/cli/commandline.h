// CommandLine: iotdesk-cli, the program's data operations without a window, for scripts and
// for checking a file. Every command has --help; exit codes are documented in README.md.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace iotdesk::core {
class Database;
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

private:
    int info(const QStringList &arguments);
    int check(const QStringList &arguments);
    int backup(const QStringList &arguments);
    int lgSearch(const QStringList &arguments);
    int importApplications(const QStringList &arguments);
    int listApplications(const QStringList &arguments);
    // The consultation log (consultationcommands.cpp).
    int logAdd(const QStringList &arguments);
    int search(const QStringList &arguments);
    // Meetings (meetingcommands.cpp).
    int listMeetings(const QStringList &arguments);
    int meetingSet(const QStringList &arguments);
    int meetingRegister(const QStringList &arguments);
    int meetingAttend(const QStringList &arguments);
    // Monthly reports (reportcommands.cpp).
    int listReports(const QStringList &arguments);
    int reportAdd(const QStringList &arguments);
    // The document commands: mail, workbooks, calendars and PDF. iotdesk-cli-documents carries
    // them out (documentcommands.cpp, with GMime, libxlsxwriter, libical and Qt GUI linked in);
    // iotdesk-cli, which links none of those so that every other command starts in a few
    // milliseconds, replaces itself with that program (handoff.cpp) with the same arguments.
    int importApplicationMail(const QStringList &arguments);
    int importEml(const QStringList &arguments);
    int exportConsultations(const QStringList &arguments);
    int exportAttendance(const QStringList &arguments);
    int exportIcs(const QStringList &arguments);
    int exportSelected(const QStringList &arguments);
    int summary(const QStringList &arguments);
    int handOff();
    // Review and selection (reviewcommands.cpp).
    int reviewAddReviewer(const QStringList &arguments);
    int reviewScore(const QStringList &arguments);
    int decide(const QStringList &arguments);
    // The registry of people (peoplecommands.cpp).
    int peopleList(const QStringList &arguments);
    int peopleAdd(const QStringList &arguments);
    // Parses a command's own options; false after printing the parser's error.
    bool parseOptions(QCommandLineParser &parser, const QStringList &arguments);
    // A local government by code or name (東京都府中市); empty after an error message, with
    // lookupFailure() saying how to exit.
    QString governmentCode(const core::Database &db, const QString &text);
    // The database for commands that work on existing data (never creates a file).
    std::unique_ptr<core::Database> openExisting();
    // The program a command works on: --program ID, or the newest; 0 after an error message,
    // with lookupFailure() saying how to exit.
    qint64 programId(const core::Database &db, const QString &requested);
    // The exit code after a failed look-up: a wrong name or id on the command line is a usage
    // error, a file that cannot be read (or holds no program) is not.
    int lookupFailure() const { return m_lookupFailure; }
    // A person of the registry by id or name (spaces ignored) among `people`; 0 after an error
    // message (`notFound` when nobody matches, if given; or several of that name).
    qint64 personId(const QList<core::Contact> &people, const QString &text,
                    const QString &notFound = {});
    int printHelp(const QString &command);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databasePath;
    int m_targetVersion = 0;
    int m_lookupFailure = UsageError;
};

} // namespace iotdesk::cli
