#include "commandline.h"

#include "core/applications/applicationimporter.h"
#include "core/applications/applicationlistmodel.h"
#include "core/applications/applicationrepository.h"
#include "core/applications/applicationtiming.h"
#include "core/consultations/consultationrepository.h"
#include "core/municipalities/localgovernmentmodel.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/programs/programrepository.h"
#include "core/storage/database.h"
#include "core/storage/databasefile.h"
#include "core/storage/schemamigrator.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

namespace {

struct CommandHelp
{
    const char *name;
    const char *synopsis;
    const char *description;
};

// The commands in the order the general help lists them.
constexpr CommandHelp kCommands[] = {
    {"info", "info [--json]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Shows the schema version, the database path and how many records of each "
                       "kind the file holds. A file that does not exist yet is created.")},
    {"check", "check",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Checks the file without changing it: SQLite integrity, foreign keys, "
                       "schema version and master data. Exit 0 healthy, 1 problems found "
                       "(a damaged file among them), 2 cannot open (missing, not an IoT Desk "
                       "file, too new).")},
    {"backup", "backup OUT",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Writes a consistent copy of the database to OUT, which must not exist.")},
    {"import applications", "import applications FILE [--program ID] [--encoding auto|utf-8|cp932]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Imports applications from a CSV file (docs/import-format.md) into the "
                       "program (default: the newest). All or nothing: any error lists every bad "
                       "line, and nothing is imported.")},
    {"import application-mail", "import application-mail FILE... [--program ID] [--government LG]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Takes application mails (.eml, any Japanese encoding) into the program "
                       "(default: the newest): received time, sender, subject, attachment size "
                       "(over 10 MB is reported), the attached files, and the lead municipality "
                       "from the sender's address or domain; --government names it where the "
                       "domain names none or several. All or nothing: exit 1 when a file is not "
                       "a mail, was taken in already, or its municipality is unknown.")},
    {"list applications", "list applications [--program ID] [--json]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Lists a program's applications with their eligibility, timing and "
                       "decision.")},
    {"export selected", "export selected --csv OUT | --pdf OUT [--program ID]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Writes the list of selected applicants as CSV (UTF-8 with BOM, for "
                       "Excel) or as the A4 Japanese list in PDF.")},
    {"log add",
     "log add --government LG [--at \"YYYY-MM-DD HH:MM\"] [--channel C] [--direction D] "
     "[--counterpart NAME] [--department D] [--consultant NAME] [--topic T]... [--minutes N] "
     "[--summary TEXT] [--advice TEXT] [--follow-up ACTION [--due DATE] [--owner NAME]]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Logs a consultation. LG is a code or a name (東京都府中市); the time is "
                       "Japan's, now by default; the consultant is the user's name by default. "
                       "People are kept once and reused. Channels: phone, email, visit, online, "
                       "other. Directions: incoming, outgoing. Topics: regional_issues, "
                       "solutions, promotion_system, cost_effectiveness, budget_and_subsidies, "
                       "procurement, data_and_security, workshop_logistics, monthly_report, "
                       "other.")},
    {"import eml", "import eml FILE... [--government LG]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Logs saved mails (.eml) as consultations, matched to local governments by "
                       "their known people or domains; --government names it for the others. A "
                       "mail already in the log is skipped. Exit 1 when a file is not a mail or "
                       "no local government is known for one (then nothing is stored).")},
    {"search", "search TEXT [--limit N] [--json]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Finds consultations whose summary, advice or mail contains every word "
                       "of TEXT, the most recently logged first. Exit 1 when nothing matches.")},
    {"export consultations",
     "export consultations --csv OUT | --xlsx OUT [--government LG] [--consultant NAME] "
     "[--channel C] [--topic T] [--from DATE] [--to DATE] [--open] [--text TEXT]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Writes the consultations the filters select, oldest first, as CSV (UTF-8 "
                       "with BOM) or as an Excel workbook.")},
    {"list meetings", "list meetings [--program ID] [--json]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Lists a program's meeting sessions (one per meeting in Tokyo, one per "
                       "selected municipality for a local workshop) with their ids, days, venue, "
                       "participants and warnings.")},
    {"export ics", "export ics OUT [--meeting ID] [--program ID]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Writes the program's meetings, or one session (an id from list "
                       "meetings), as an iCalendar file in Japan time.")},
    {"export attendance", "export attendance --csv OUT | --xlsx OUT [--meeting ID] [--program ID]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Writes who was registered for each day of each meeting and whether they "
                       "came, as CSV (UTF-8 with BOM) or as an Excel workbook.")},
    {"meeting set",
     "meeting set --meeting ID --first-day DATE [--days N] [--venue TEXT] [--address TEXT]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Sets a meeting session's first day (Japan's calendar), its number of "
                       "consecutive days, venue and address. ID is a session's id from list "
                       "meetings. Participants registered for days that no longer exist lose "
                       "them.")},
    {"meeting register", "meeting register --meeting ID --person NAME|ID [--for LG]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Registers a person of the registry (see people list) for every day of a "
                       "session. A municipal person is linked to the selected application of "
                       "their local government. --for names the person's local government when "
                       "the name alone is not enough. Someone already registered is left as "
                       "they are.")},
    {"meeting attend",
     "meeting attend --meeting ID --person NAME|ID --day N --state attended|absent|excused "
     "[--note T]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Marks whether a registered participant came on day N of a session: "
                       "attended, absent, excused (absent with notice) or registered (no mark "
                       "yet). Marking needs the session's date.")},
    {"list reports", "list reports [--program ID] [--overdue] [--json] [--today YYYY-MM-DD]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Lists the monthly reports of the program's selected municipalities with "
                       "their due dates and status (not_yet_due, due, overdue, received, "
                       "reviewed), and flags months with neither a report nor a consultation. "
                       "--overdue lists only the overdue ones.")},
    {"report add",
     "report add --lg LG --month YYYY-MM [--received DATE] [--channel C] [--activities TEXT] "
     "[--progress TEXT] [--issues TEXT] [--next TEXT] [--support TEXT] [--comment TEXT] "
     "[--reviewed DATE [--reviewer NAME]] [--program ID]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Records a municipality's report for a month of its schedule: received "
                       "today unless --received says otherwise, by e-mail unless --channel "
                       "(email, post, fax, meeting, other) says otherwise; only the parts given "
                       "change.")},
    {"summary",
     "summary --pdf OUT [--lg LG] [--program ID] [--language ja|en] [--dates era|western|iso] "
     "[--today YYYY-MM-DD]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Writes the progress summary on A4 as PDF: the whole program (an overview, "
                       "then a section per selected municipality), or one municipality with "
                       "--lg. Japanese and era dates by default.")},
    {"review add-reviewer",
     "review add-reviewer NAME --affiliation mic|bureau|contractor [--bureau B] [--program ID]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Adds a reviewer to the program (default: the newest): of the MIC "
                       "division, of a regional bureau (--bureau: its id or name, e.g. 関東 or "
                       "Kanto) or of the support contractor.")},
    {"review score",
     "review score --app ID --reviewer R (--proactive N --partner N --spread N [--comment T] "
     "| --conflict [--reason T]) [--on DATE]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Records a reviewer's scores (1 to 5) for an application on the call's "
                       "three viewpoints: the municipality's proactiveness (--proactive), a "
                       "business or body willing to implement (--partner) and the potential to "
                       "spread to neighbours (--spread); a new score replaces the reviewer's "
                       "earlier one. --conflict declares a conflict of interest instead, which "
                       "withdraws the reviewer's score. R is a reviewer's id or name; --on is "
                       "the day it was given (default today), not before the application came.")},
    {"decide", "decide --app ID --select|--reject [--on DATE] --reason TEXT [--override TEXT]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Records the selection decision on an application with its rationale, on "
                       "the day it was made (Japan's calendar; default today). It must come "
                       "after the application window closes. Selecting an application that is "
                       "not eligible or not reviewed needs --override with the reason. The "
                       "monthly report schedule starts the month after the decision.")},
    {"people list", "people list [--government LG | --consultants] [--json]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Lists the registry of people: the consultants and the people of local "
                       "governments (an application's contact persons among them), or only "
                       "those of one local government, or only the consultants.")},
    {"people add",
     "people add NAME (--government LG | --consultant) [--reading R] [--department D] "
     "[--title T] [--phone P] [--email E]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Adds a person to the registry: of a local government, or a consultant. "
                       "A person of the same name there is not added twice.")},
    {"lg search", "lg search TEXT [--prefecture P] [--json]",
     QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                       "Finds local governments by code (5 or 6 digits, the check digit "
                       "validated), name or reading, as the Municipalities page does. Exit 1 "
                       "when nothing matches.")},
};

QJsonObject toJson(const core::LocalGovernment &lg)
{
    return {
        {u"code6"_s, lg.code6},           {u"code5"_s, lg.code5},         {u"kind"_s, lg.kind},
        {u"prefecture"_s, lg.prefecture}, {u"district"_s, lg.district},   {u"name"_s, lg.name},
        {u"name_mic"_s, lg.nameMic},      {u"reading"_s, lg.nameKanaMic}, {u"bureau"_s, lg.bureau}};
}

} // namespace

int CommandLine::printHelp(const QString &command)
{
    for (const CommandHelp &help : kCommands) {
        if (command == QLatin1StringView(help.name)) {
            m_out << "Usage: iotdesk-cli [--db PATH] " << QLatin1StringView(help.synopsis) << "\n\n"
                  << tr(help.description) << '\n';
            return Success;
        }
    }
    m_out << "Usage: iotdesk-cli [--db PATH] COMMAND [OPTIONS]\n\n"
          << tr("IoT Desk on the command line: the same data and rules as the desktop program.")
          << "\n\n"
          << tr("Options:") << '\n'
          << "  --db PATH    "
          << tr("the database file (default: %1)").arg(core::Database::defaultPath())
          << "\n  --help       " << tr("this help; COMMAND --help for one command") << '\n'
          << "  --version    " << tr("the program's version") << "\n\n"
          << tr("Commands:") << '\n';
    for (const CommandHelp &help : kCommands)
        m_out << "  " << QLatin1StringView(help.synopsis) << '\n';
    return Success;
}

int CommandLine::run(QStringList arguments)
{
    // Global options may stand before or after the command.
    for (qsizetype i = 0; i < arguments.size();) {
        const QString &argument = arguments[i];
        if (argument == u"--db" || argument == u"--schema-version") {
            if (i + 1 >= arguments.size()) {
                m_err << tr("%1 needs a value.").arg(argument) << '\n';
                return UsageError;
            }
            const QString value = arguments[i + 1];
            if (argument == u"--db") {
                m_databasePath = value;
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
        } else {
            ++i;
        }
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
    QString command = arguments.takeFirst();
    if (command == u"log") {
        if (arguments.isEmpty() || arguments.front() != u"add") {
            m_err << tr("Usage: see iotdesk-cli log add --help") << '\n';
            return arguments.contains(u"--help") ? printHelp(u"log add"_s) : UsageError;
        }
        arguments.removeFirst();
        command = u"log add"_s;
    }
    if (command == u"report") {
        if (arguments.isEmpty() || arguments.front() != u"add") {
            m_err << tr("Usage: see iotdesk-cli report add --help") << '\n';
            return arguments.contains(u"--help") ? printHelp(u"report add"_s) : UsageError;
        }
        arguments.removeFirst();
        command = u"report add"_s;
    }
    if (command == u"lg") {
        if (!arguments.isEmpty() && (arguments.front() == u"--help" || arguments.front() == u"-h"))
            return printHelp(u"lg search"_s);
        if (arguments.isEmpty() || arguments.front() != u"search") {
            m_err << tr("Usage: iotdesk-cli lg search TEXT [--prefecture P] [--json]") << '\n';
            return UsageError;
        }
        arguments.removeFirst();
        command = u"lg search"_s;
    }
    // Two-word commands.
    for (const QString &group :
         {u"import"_s, u"list"_s, u"export"_s, u"review"_s, u"meeting"_s, u"people"_s}) {
        if (command != group)
            continue;
        if (arguments.isEmpty() || arguments.front().startsWith(u'-')) {
            m_err << tr("Usage: see iotdesk-cli --help") << '\n';
            return arguments.contains(u"--help") ? printHelp({}) : UsageError;
        }
        command += u' ' + arguments.takeFirst();
    }
    if (arguments.contains(u"--help") || arguments.contains(u"-h"))
        return printHelp(command);
    if (command == u"import applications")
        return importApplications(arguments);
    if (command == u"import application-mail")
        return importApplicationMail(arguments);
    if (command == u"list applications")
        return listApplications(arguments);
    if (command == u"export selected")
        return exportSelected(arguments);
    if (command == u"log add")
        return logAdd(arguments);
    if (command == u"import eml")
        return importEml(arguments);
    if (command == u"search")
        return search(arguments);
    if (command == u"export consultations")
        return exportConsultations(arguments);
    if (command == u"list meetings")
        return listMeetings(arguments);
    if (command == u"export ics")
        return exportIcs(arguments);
    if (command == u"export attendance")
        return exportAttendance(arguments);
    if (command == u"meeting set")
        return meetingSet(arguments);
    if (command == u"meeting register")
        return meetingRegister(arguments);
    if (command == u"meeting attend")
        return meetingAttend(arguments);
    if (command == u"review add-reviewer")
        return reviewAddReviewer(arguments);
    if (command == u"review score")
        return reviewScore(arguments);
    if (command == u"decide")
        return decide(arguments);
    if (command == u"people list")
        return peopleList(arguments);
    if (command == u"people add")
        return peopleAdd(arguments);
    if (command == u"summary")
        return summary(arguments);
    if (command == u"list reports")
        return listReports(arguments);
    if (command == u"report add")
        return reportAdd(arguments);
    if (command == u"info")
        return info(arguments);
    if (command == u"check")
        return check(arguments);
    if (command == u"backup")
        return backup(arguments);
    if (command == u"lg search")
        return lgSearch(arguments);
    m_err << tr("Unknown command “%1”. Run iotdesk-cli --help for the list.").arg(command) << '\n';
    return UsageError;
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

int CommandLine::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    parser.addOption(json);
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("info takes no arguments.") << '\n';
        return UsageError;
    }
    core::OpenOptions options;
    options.targetVersion = m_targetVersion;
    const auto db = core::Database::open(m_databasePath, options);
    if (!db) {
        m_err << db.message() << '\n';
        return CannotOpen;
    }
    if (const QString &problem = (*db)->openReport().dailyBackupProblem; !problem.isEmpty())
        m_err << tr("Warning: today's backup could not be written: %1").arg(problem) << '\n';
    const auto localGovernments = core::LocalGovernmentRepository((*db)->connection()).count();
    const auto programs =
        (*db)->schemaVersion() >= 2 ? core::ProgramRepository(**db).count() : core::Result<int>(0);
    const auto applications = (*db)->schemaVersion() >= 3
                                  ? core::ApplicationRepository(**db).count()
                                  : core::Result<int>(0);
    const auto consultations = (*db)->schemaVersion() >= 4
                                   ? core::ConsultationRepository(**db).count()
                                   : core::Result<qint64>(0);
    if (!consultations) {
        m_err << consultations.message() << '\n';
        return Problems;
    }
    int meetings = 0;
    int participants = 0;
    int reports = 0;
    if ((*db)->schemaVersion() >= 5) {
        QSqlQuery count((*db)->connection());
        if (!count.exec(u"SELECT (SELECT count(*) FROM meeting_sessions WHERE cancelled = 0), "
                        "(SELECT count(*) FROM participants)"_s) ||
            !count.next()) {
            m_err << count.lastError().text() << '\n';
            return Problems;
        }
        meetings = count.value(0).toInt();
        participants = count.value(1).toInt();
    }
    if ((*db)->schemaVersion() >= 6) {
        QSqlQuery count((*db)->connection());
        if (!count.exec(u"SELECT count(*) FROM monthly_reports WHERE cancelled = 0 OR "
                        "received_on IS NOT NULL"_s) ||
            !count.next()) {
            m_err << count.lastError().text() << '\n';
            return Problems;
        }
        reports = count.value(0).toInt();
    }
    for (const auto *count : {&localGovernments, &programs, &applications}) {
        if (!*count) {
            m_err << count->message() << '\n';
            return Problems;
        }
    }
    if (parser.isSet(json)) {
        const QJsonObject object = {{u"schema_version"_s, (*db)->schemaVersion()},
                                    {u"path"_s, (*db)->path()},
                                    {u"local_governments"_s, localGovernments.value()},
                                    {u"programs"_s, programs.value()},
                                    {u"applications"_s, applications.value()},
                                    {u"consultations"_s, consultations.value()},
                                    {u"meetings"_s, meetings},
                                    {u"participants"_s, participants},
                                    {u"reports"_s, reports}};
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("Database:          %1").arg((*db)->path()) << '\n'
              << tr("Schema version:    %1").arg((*db)->schemaVersion()) << '\n'
              << tr("Local governments: %1").arg(localGovernments.value()) << '\n'
              << tr("Programs:          %1").arg(programs.value()) << '\n'
              << tr("Applications:      %1").arg(applications.value()) << '\n'
              << tr("Consultations:     %1").arg(consultations.value()) << '\n'
              << tr("Meeting sessions:  %1").arg(meetings) << '\n'
              << tr("Participants:      %1").arg(participants) << '\n'
              << tr("Monthly reports:   %1").arg(reports) << '\n';
    }
    return Success;
}

int CommandLine::check(const QStringList &arguments)
{
    if (!arguments.isEmpty()) {
        m_err << tr("check takes no arguments.") << '\n';
        return UsageError;
    }
    // Nothing here writes: the file is inspected and checked on read-only connections.
    const auto facts = core::DatabaseFile::inspect(m_databasePath);
    if (!facts) {
        m_err << facts.message() << '\n';
        // A damaged database is a problem found; anything else cannot be opened at all.
        return facts.error().code() == core::ErrorCode::Damaged ? Problems : CannotOpen;
    }
    if (!facts->exists || facts->empty) {
        m_err << tr("“%1” does not exist or is empty.").arg(m_databasePath) << '\n';
        return CannotOpen;
    }
    const auto integrity = core::DatabaseFile::check(m_databasePath, true);
    if (!integrity) {
        m_err << integrity.message() << '\n';
        return Problems;
    }
    QStringList problems;
    if (integrity->size() != 1 || integrity->front() != u"ok")
        problems += *integrity;

    const core::ReadOnlyConnection connection(m_databasePath);
    if (connection.isOpen()) {
        QSqlQuery query(connection.db());
        query.setForwardOnly(true);
        if (query.exec(u"PRAGMA foreign_key_check"_s)) {
            while (query.next()) {
                problems.append(tr("A row of %1 refers to a missing row of %2.")
                                    .arg(query.value(0).toString(), query.value(2).toString()));
            }
        } else {
            problems.append(
                tr("The foreign keys could not be checked: %1").arg(query.lastError().text()));
        }
        if (const auto later =
                core::SchemaMigrator::laterSchemaPresent(connection.db(), facts->schemaVersion);
            !later || !later->isEmpty()) {
            problems.append(later ? tr("The file says it is version %1 but already has “%2” of "
                                       "a later version: its version mark is wrong.")
                                        .arg(facts->schemaVersion)
                                        .arg(later.value())
                                  : later.message());
        }
        if (facts->schemaVersion >= 1) {
            const auto count = core::LocalGovernmentRepository(connection.db()).count();
            if (!count || count.value() != 1788) {
                problems.append(count ? tr("The master data holds %1 local governments "
                                           "instead of 1,788.")
                                            .arg(count.value())
                                      : count.message());
            }
        }
    } else {
        problems.append(connection.error());
    }

    const int latest = core::SchemaMigrator::latestVersion();
    m_out
        << tr("File:            %1").arg(QFileInfo(m_databasePath).absoluteFilePath()) << '\n'
        << tr("Schema version:  %1 (this program writes %2)").arg(facts->schemaVersion).arg(latest)
        << '\n';
    if (facts->schemaVersion < latest)
        m_out << tr("The file will be upgraded, after a backup, when it is next opened.") << '\n';
    if (problems.isEmpty()) {
        m_out << tr("Healthy: no problems found.") << '\n';
        return Success;
    }
    m_out << tr("%n problem(s) found:", nullptr, int(problems.size())) << '\n';
    for (const QString &problem : std::as_const(problems))
        m_out << "  " << problem << '\n';
    return Problems;
}

int CommandLine::backup(const QStringList &arguments)
{
    if (arguments.size() != 1 || arguments.front().startsWith(u'-')) {
        m_err << tr("Usage: iotdesk-cli [--db PATH] backup OUT") << '\n';
        return UsageError;
    }
    // The file is copied as it is: not upgraded, and nothing written to it.
    const auto facts = core::DatabaseFile::inspect(m_databasePath);
    if (!facts || !facts->exists || facts->empty) {
        m_err << (facts ? tr("“%1” does not exist or is empty.").arg(m_databasePath)
                        : facts.message())
              << '\n';
        return CannotOpen;
    }
    // A backup is taken of a whole file only: the full check first (every index against its
    // table), so that a damaged file is not copied as if it were good.
    if (const QString problems =
            core::DatabaseFile::problemsOf(core::DatabaseFile::check(m_databasePath, true));
        !problems.isEmpty()) {
        m_err << tr("No backup was written: “%1” is damaged (%2).").arg(m_databasePath, problems)
              << '\n';
        return CannotOpen;
    }
    if (auto written = core::DatabaseFile::copy(m_databasePath, arguments.front()); !written) {
        m_err << written.message() << '\n';
        return written.error().code() == core::ErrorCode::Damaged ? CannotOpen : Problems;
    }
    m_out << tr("Backup written to %1").arg(QFileInfo(arguments.front()).absoluteFilePath())
          << '\n';
    return Success;
}

int CommandLine::lgSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption prefecture(u"prefecture"_s, {}, u"P"_s);
    parser.addOption(json);
    parser.addOption(prefecture);
    if (!parseOptions(parser, arguments))
        return UsageError;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty() && !parser.isSet(prefecture)) {
        m_err << tr("Usage: iotdesk-cli lg search TEXT [--prefecture P] [--json]") << '\n';
        return UsageError;
    }
    core::OpenOptions options;
    options.createIfMissing = false; // a mistyped --db must not create an empty file
    options.dailyBackup = false;
    const auto db = core::Database::open(m_databasePath, options);
    if (!db) {
        m_err << db.message() << '\n';
        return CannotOpen;
    }
    const core::LocalGovernmentRepository repository((*db)->connection());
    core::LocalGovernmentQuery query;
    query.text = words.join(u' ');
    if (parser.isSet(prefecture)) {
        const auto found = repository.findPrefecture(parser.value(prefecture));
        if (!found) {
            m_err << found.message() << '\n';
            // An unknown prefecture is the command line's fault; an unreadable file is not.
            return found.error().code() == core::ErrorCode::Failed ? Problems : UsageError;
        }
        query.prefectureCode = found->code;
    }
    const auto result = repository.search(query);
    if (!result) {
        m_err << result.message() << '\n';
        return Problems;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const core::LocalGovernment &lg : *result)
            array.append(toJson(lg));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const core::LocalGovernment &lg : *result) {
            m_out << lg.code6 << '\t' << lg.prefecture << '\t'
                  << core::LocalGovernmentModel::kindName(lg.kind) << '\t' << lg.district + lg.name
                  << '\t' << lg.nameKanaMic << '\n';
        }
        if (result->isEmpty())
            m_err << tr("No local government matches.") << '\n';
    }
    return result->isEmpty() ? Problems : Success;
}

std::unique_ptr<core::Database> CommandLine::openExisting()
{
    core::OpenOptions options;
    options.createIfMissing = false;
    auto db = core::Database::open(m_databasePath, options);
    if (!db) {
        m_err << db.message() << '\n';
        return nullptr;
    }
    if (const QString &problem = (*db)->openReport().dailyBackupProblem; !problem.isEmpty())
        m_err << tr("Warning: today's backup could not be written: %1").arg(problem) << '\n';
    return std::move(db.value());
}

qint64 CommandLine::programId(const core::Database &db, const QString &requested)
{
    const auto programs = core::ProgramRepository(db).programs();
    if (!programs || programs->isEmpty()) {
        m_err << (programs ? tr("The file holds no program.") : programs.message()) << '\n';
        m_lookupFailure = Problems;
        return 0;
    }
    if (requested.isEmpty())
        return programs->front().id; // the newest fiscal year
    for (const core::Program &program : *programs) {
        if (QString::number(program.id) == requested)
            return program.id;
    }
    m_err << tr("There is no program %1.").arg(requested) << '\n';
    m_lookupFailure = UsageError;
    return 0;
}

int CommandLine::importApplications(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption encoding(u"encoding"_s, {}, u"NAME"_s, u"auto"_s);
    parser.addOption(program);
    parser.addOption(encoding);
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("Usage: iotdesk-cli import applications FILE [--program ID] "
                    "[--encoding auto|utf-8|cp932]")
              << '\n';
        return UsageError;
    }
    const QString encodingName = parser.value(encoding).toLower();
    core::TextEncoding textEncoding = core::TextEncoding::Automatic;
    if (encodingName == u"utf-8" || encodingName == u"utf8")
        textEncoding = core::TextEncoding::Utf8;
    else if (encodingName == u"cp932" || encodingName == u"shift_jis" || encodingName == u"sjis")
        textEncoding = core::TextEncoding::Cp932;
    else if (encodingName != u"auto") {
        m_err << tr("Unknown encoding “%1”: use auto, utf-8 or cp932.").arg(encodingName) << '\n';
        return UsageError;
    }
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    const qint64 id = programId(*db, parser.value(program));
    if (id == 0)
        return lookupFailure();
    const auto imported = core::ApplicationImporter(*db).importFile(
        parser.positionalArguments().front(), id, textEncoding);
    if (!imported) {
        m_err << imported.message() << '\n';
        return Problems;
    }
    m_out << tr("%n application(s) imported.", nullptr, int(imported->size())) << '\n';
    return Success;
}

int CommandLine::listApplications(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOption(program);
    parser.addOption(json);
    if (!parseOptions(parser, arguments))
        return UsageError;
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    const qint64 id = programId(*db, parser.value(program));
    if (id == 0)
        return lookupFailure();
    // The same rows, rules and dates as the Applications page.
    core::ApplicationListModel model(*db);
    model.setProgram(id);
    if (!model.lastError().isEmpty()) {
        m_err << model.lastError() << '\n';
        return Problems;
    }
    static const char16_t *const kStatus[] = {u"eligible", u"ineligible", u"incomplete"};
    static const char16_t *const kWindow[] = {u"early", u"in_window", u"late"};
    static const char16_t *const kConfirmation[] = {u"pending", u"due_today", u"overdue", u"sent",
                                                    u"sent_late"};
    QJsonArray array;
    for (int i = 0; i < model.rowCount(); ++i) {
        const core::ApplicationListRow &row = model.at(i);
        const core::Application &a = row.application;
        QJsonArray members = {
            QJsonObject{{u"code6"_s, a.leadCode()}, {u"name"_s, row.leadName}, {u"lead"_s, true}}};
        qsizetype joint = 0;
        for (const core::ApplicationMember &member : a.members) {
            if (!member.lead) {
                members.append(QJsonObject{{u"code6"_s, member.code6},
                                           {u"name"_s, row.memberNames.value(joint++)},
                                           {u"lead"_s, false}});
            }
        }
        const QJsonObject object = {
            {u"id"_s, a.id},
            {u"received_at"_s, a.receivedAt.toString(Qt::ISODate)},
            {u"received_on"_s, row.receivedOn.toString(Qt::ISODate)},
            {u"lead"_s, row.leadName},
            {u"members"_s, members},
            {u"eligibility"_s, QString::fromUtf16(kStatus[int(row.eligibility.status)])},
            {u"failing_reasons"_s, QJsonArray::fromStringList(row.eligibility.failingReasons)},
            {u"missing_answers"_s, QJsonArray::fromStringList(row.eligibility.missingAnswers)},
            {u"window"_s, QString::fromUtf16(kWindow[int(row.window)])},
            {u"attachment_bytes"_s, a.attachmentBytes},
            {u"over_mail_limit"_s, core::ApplicationTiming::exceedsMailLimit(a.attachmentBytes)},
            {u"confirmation_due"_s, row.confirmationDue.toString(Qt::ISODate)},
            {u"confirmation"_s, QString::fromUtf16(kConfirmation[int(row.confirmation)])},
            {u"decision"_s, a.decision.isEmpty() ? u"undecided"_s : a.decision},
        };
        array.append(object);
        if (!parser.isSet(json)) {
            m_out << a.id << '\t' << row.receivedOn.toString(Qt::ISODate) << '\t' << row.leadName
                  << '\t' << core::Eligibility::statusName(row.eligibility.status) << '\t'
                  << core::ApplicationRepository::decisionName(a.decision) << '\n';
        }
    }
    if (parser.isSet(json))
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    // An empty list says which program it is, so that nobody takes a new, empty year (the
    // default is the newest) for lost applications.
    if (model.rowCount() == 0) {
        m_err << tr("Program %1 holds no applications (without --program, the newest program "
                    "is listed; --program ID chooses another).")
                     .arg(id)
              << '\n';
    }
    return Success;
}

} // namespace iotdesk::cli
