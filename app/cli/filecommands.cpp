// The commands on the database file itself: info, check and backup.
#include "commandline.h"
#include "core/applications/applicationrepository.h"
#include "core/consultations/consultationrepository.h"
#include "core/datafile/datafile.h"
#include "core/meetings/meetingrepository.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/programs/programrepository.h"
#include "core/reports/reportrepository.h"
#include "core/storage/database.h"
#include "core/storage/databasefile.h"
#include "core/storage/integritycheck.h"
#include "core/storage/schemamigrator.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

QList<Command> CommandLine::fileCommands()
{
    return {
        {"info", "info [--json]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Shows the schema version, the database path and how many records of "
                           "each kind the file holds. A file that does not exist yet is created."),
         &CommandLine::info},
        {"check", "check",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Checks the file without changing it: SQLite integrity, foreign keys, "
                           "schema version and master data. Exit 0 healthy, 1 problems found "
                           "(a damaged file among them), 2 cannot open (missing, not an IoT Desk "
                           "file, too new)."),
         &CommandLine::check},
        {"backup", "backup OUT",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Writes a consistent copy of the database to OUT, which must not "
                           "exist."),
         &CommandLine::backup},
    };
}

int CommandLine::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    parser.addOption(json);
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (!parser.positionalArguments().isEmpty())
        return usageError();
    core::OpenOptions options;
    options.targetVersion = m_targetVersion;
    const auto db = open(options);
    if (!db) {
        m_err << db.message() << '\n';
        return CannotOpen;
    }
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
    // Sessions and participants came with version 5, monthly reports with version 6.
    const auto meetings = (*db)->schemaVersion() >= 5
                              ? core::MeetingRepository(**db).heldSessionCount()
                              : core::Result<int>(0);
    const auto participants = (*db)->schemaVersion() >= 5
                                  ? core::MeetingRepository(**db).participantCount()
                                  : core::Result<int>(0);
    const auto reports =
        (*db)->schemaVersion() >= 6 ? core::ReportRepository(**db).count() : core::Result<int>(0);
    for (const auto *count :
         {&localGovernments, &programs, &applications, &meetings, &participants, &reports}) {
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
                                    {u"meetings"_s, meetings.value()},
                                    {u"participants"_s, participants.value()},
                                    {u"reports"_s, reports.value()}};
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("Database:          %1").arg((*db)->path()) << '\n'
              << tr("Schema version:    %1").arg((*db)->schemaVersion()) << '\n'
              << tr("Local governments: %1").arg(localGovernments.value()) << '\n'
              << tr("Programs:          %1").arg(programs.value()) << '\n'
              << tr("Applications:      %1").arg(applications.value()) << '\n'
              << tr("Consultations:     %1").arg(consultations.value()) << '\n'
              << tr("Meeting sessions:  %1").arg(meetings.value()) << '\n'
              << tr("Participants:      %1").arg(participants.value()) << '\n'
              << tr("Monthly reports:   %1").arg(reports.value()) << '\n';
    }
    return Success;
}

int CommandLine::check(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError();
    if (!localFileOnly())
        return UsageError;
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
        const auto references = core::IntegrityCheck::foreignKeyProblems(connection.db());
        if (references)
            problems += *references;
        else
            problems.append(references.message());
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
    if (arguments.size() != 1 || arguments.front().startsWith(u'-'))
        return usageError();
    if (!localFileOnly())
        return UsageError;
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

} // namespace iotdesk::cli
