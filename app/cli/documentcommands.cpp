// The commands of iotdesk-cli that read or write documents needing large libraries: mail
// (import application-mail, import eml), workbooks (export consultations, export attendance),
// calendars (export ics) and PDF (export selected, summary), their rows in documentcommands.def.
// They are built into iotdesk-cli-documents only; iotdesk-cli hands them over to it
// (handoff.cpp), so that its own start loads none of those libraries, and this program loads
// Qt GUI for the PDFs but never Qt Widgets.

#include "commandline.h"
#include "core/consultations/consultationrepository.h"
#include "core/documents/applicationmailimporter.h"
#include "core/documents/attendanceexporter.h"
#include "core/documents/consultationexporter.h"
#include "core/documents/icsexporter.h"
#include "core/documents/mailimporter.h"
#include "core/documents/sendergovernment.h"
#include "core/foundation/csvwriter.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/contactrepository.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/overview/casebookdata.h"
#include "core/overview/progresssummarydata.h"
#include "core/plans/planrepository.h"
#include "core/programs/programrepository.h"
#include "core/reports/reportrepository.h"
#include "core/selection/selectionpublication.h"
#include "core/storage/database.h"
#include "ui/print/casebook.h"
#include "ui/print/plandocument.h"
#include "ui/print/progresssummary.h"
#include "ui/print/selectedlistreport.h"
#include "ui/widgets/translations.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>

#include <cstring>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    // Laying out a PDF needs fonts, and so a GUI application, but never a screen: --pdf OUT,
    // or plan pdf.
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        pdf = pdf || std::strcmp(argv[i], "--pdf") == 0 ||
              (i + 1 < argc && std::strcmp(argv[i], "plan") == 0 &&
               std::strcmp(argv[i + 1], "pdf") == 0);
    }
    if (!pdf)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

// The rows of documentcommands.def, each bound to its member below.
QList<Command> CommandLine::documentCommands()
{
#define IOTDESK_DOCUMENT_COMMAND(name, synopsis, help, handler)                                    \
    Command{name, synopsis, help, &CommandLine::handler},
    return {
#include "documentcommands.def"
    };
#undef IOTDESK_DOCUMENT_COMMAND
}

int CommandLine::importApplicationMail(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption government(u"government"_s, {}, u"LG"_s);
    parser.addOptions({program, government});
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (parser.positionalArguments().isEmpty())
        return usageError();
    const auto [db, id, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
    QString code;
    if (parser.isSet(government)) {
        code = governmentCode(*db, parser.value(government));
        if (code.isEmpty())
            return lookupFailure();
    }
    const core::ApplicationMailImporter importer(*db, id);
    QList<core::ApplicationMailItem> items = importer.read(parser.positionalArguments());
    const core::LocalGovernmentRepository governments(db->connection());
    bool failed = false;
    for (core::ApplicationMailItem &item : items) {
        const QString name = QFileInfo(item.path).fileName();
        if (!item.problem.isEmpty()) {
            m_err << tr("%1: %2").arg(name, item.problem) << '\n';
            failed = true;
            continue;
        }
        if (item.needsGovernment() && !code.isEmpty())
            item.setGovernment(code);
        const QString lead = item.application.leadCode();
        const auto lg = governments.findByCode(lead);
        core::SenderGovernment spelled;
        spelled.candidates = item.candidates;
        const QString named = !lead.isEmpty() ? (lg ? lg->fullName() + u' ' + lead : lead)
                              : spelled.candidates.isEmpty()
                                  ? tr("local government unknown")
                                  : tr("one of %1").arg(spelled.candidateList());
        m_out << tr("%1: %2, received %3, %n attachment(s) of %4 bytes", nullptr,
                    int(item.application.files.size()))
                     .arg(name, named,
                          item.application.receivedAt.toTimeZone(core::JapanTime::zone())
                              .toString(u"yyyy-MM-dd HH:mm"_s))
                     .arg(item.application.attachmentBytes)
              << '\n';
        if (item.exceedsMailLimit())
            m_out << tr("%1: over the 10 MB limit of MIC's mail server.").arg(name) << '\n';
    }
    if (failed) {
        m_err << tr("Nothing was taken in.") << '\n';
        return Problems;
    }
    const auto stored = importer.store(items);
    if (!stored) {
        m_err << stored.message() << '\n' << tr("Nothing was taken in.") << '\n';
        return Problems;
    }
    m_out << tr("%n application(s) taken in.", nullptr, int(stored->size())) << '\n';
    return Success;
}

int CommandLine::exportSelected(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption csv(u"csv"_s, {}, u"OUT"_s);
    const QCommandLineOption pdf(u"pdf"_s, {}, u"OUT"_s);
    parser.addOption(program);
    parser.addOption(csv);
    parser.addOption(pdf);
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (parser.isSet(csv) == parser.isSet(pdf) || !parser.positionalArguments().isEmpty())
        return usageError();
    const auto [db, id, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
    const auto entries = core::SelectionPublication::entries(*db, id);
    if (!entries) {
        m_err << entries.message() << '\n';
        return Problems;
    }
    if (parser.isSet(pdf)) {
        const auto programRecord = core::ProgramRepository(*db).program(id);
        if (!programRecord) {
            m_err << programRecord.message() << '\n';
            return Problems;
        }
        const auto publishedOn = core::SelectionPublication::publishedOn(*db, id);
        if (!publishedOn) {
            m_err << publishedOn.message() << '\n';
            return Problems;
        }
        const ui::SelectedListReport report(programRecord.value(), entries.value(),
                                            core::DateFormatter(core::DateStyle::JapaneseEra),
                                            *publishedOn);
        if (auto written = report.writePdf(parser.value(pdf)); !written) {
            m_err << written.message() << '\n';
            return Problems;
        }
        m_out << tr("%n selected applicant(s) written to %1.", nullptr, int(entries->size()))
                     .arg(QFileInfo(parser.value(pdf)).absoluteFilePath())
              << '\n';
        return Success;
    }
    // Written whole or not at all.
    QSaveFile file(parser.value(csv));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(core::CsvWriter::document(core::SelectionPublication::csvRows(*entries))) < 0 ||
        !file.commit()) {
        m_err << tr("Cannot write %1: %2").arg(parser.value(csv), file.errorString()) << '\n';
        return Problems;
    }
    m_out << tr("%n selected applicant(s) written to %1.", nullptr, int(entries->size()))
                 .arg(QFileInfo(parser.value(csv)).absoluteFilePath())
          << '\n';
    return Success;
}

int CommandLine::importEml(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption government(u"government"_s, {}, u"LG"_s);
    parser.addOption(government);
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (parser.positionalArguments().isEmpty())
        return usageError();
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    QString code;
    if (parser.isSet(government)) {
        code = governmentCode(*db, parser.value(government));
        if (code.isEmpty())
            return lookupFailure();
    }
    const core::MailImporter importer(*db);
    QList<core::MailImportItem> items = importer.read(parser.positionalArguments());
    bool failed = false;
    int skipped = 0;
    for (core::MailImportItem &item : items) {
        const QString name = QFileInfo(item.path).fileName();
        if (item.duplicate) {
            m_out << tr("%1: skipped, already in the log.").arg(name) << '\n';
            ++skipped;
        } else if (!item.problem.isEmpty()) {
            m_err << tr("%1: %2").arg(name, item.problem) << '\n';
            failed = true;
        } else if (item.needsGovernment() && !code.isEmpty()) {
            item.consultation.lgCode6 = code;
        }
    }
    const auto stored = importer.store(items);
    if (!stored) {
        m_err << stored.message() << '\n' << tr("Nothing was imported.") << '\n';
        return Problems;
    }
    m_out << tr("%n mail(s) logged.", nullptr, int(stored->size())) << '\n';
    return failed ? Problems : Success;
}

int CommandLine::exportConsultations(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption csv(u"csv"_s, {}, u"OUT"_s);
    const QCommandLineOption xlsx(u"xlsx"_s, {}, u"OUT"_s);
    const QCommandLineOption government(u"government"_s, {}, u"LG"_s);
    const QCommandLineOption consultant(u"consultant"_s, {}, u"NAME"_s);
    const QCommandLineOption channel(u"channel"_s, {}, u"C"_s);
    const QCommandLineOption topic(u"topic"_s, {}, u"T"_s);
    const QCommandLineOption from(u"from"_s, {}, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, {}, u"DATE"_s);
    const QCommandLineOption open(u"open"_s);
    const QCommandLineOption text(u"text"_s, {}, u"TEXT"_s);
    parser.addOptions({csv, xlsx, government, consultant, channel, topic, from, to, open, text});
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (parser.isSet(csv) == parser.isSet(xlsx) || !parser.positionalArguments().isEmpty())
        return usageError();
    core::ConsultationFilter filter;
    // Any channel unless one is named; a name that is none is refused, as `log add` refuses
    // it, rather than exporting an empty file.
    if (!parser.value(channel).isEmpty()) {
        filter.channel = namedValue<core::Channel>(u"channel"_s, parser.value(channel));
        if (!filter.channel)
            return Problems;
    }
    filter.openFollowUpsOnly = parser.isSet(open);
    filter.text = parser.value(text);
    if (parser.isSet(topic)) {
        filter.topic = core::ConsultationRepository::topicFromKey(parser.value(topic));
        if (filter.topic < 0) {
            m_err << tr("Unknown topic “%1”; see iotdesk-cli log add --help.")
                         .arg(parser.value(topic))
                  << '\n';
            return UsageError;
        }
    }
    for (const auto &[option, date] :
         {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid()) {
            m_err << tr("Dates are written YYYY-MM-DD.") << '\n';
            return UsageError;
        }
    }
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    if (parser.isSet(government)) {
        filter.lgCode6 = governmentCode(*db, parser.value(government));
        if (filter.lgCode6.isEmpty())
            return lookupFailure();
    }
    if (parser.isSet(consultant)) {
        const auto found = core::ContactRepository(*db).complete(core::ContactKind::Consultant,
                                                                 parser.value(consultant));
        if (!found || found->isEmpty()) {
            m_err << (found ? tr("There is no consultant “%1”.").arg(parser.value(consultant))
                            : found.message())
                  << '\n';
            return Problems;
        }
        filter.consultantId = found->front().id;
    }
    const auto written =
        parser.isSet(csv) ? core::ConsultationExporter::writeCsv(*db, filter, parser.value(csv))
                          : core::ConsultationExporter::writeXlsx(*db, filter, parser.value(xlsx));
    if (!written) {
        m_err << written.message() << '\n';
        return Problems;
    }
    m_out << tr("%n consultation(s) written.", nullptr, *written) << '\n';
    return Success;
}

int CommandLine::exportIcs(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption meeting(u"meeting"_s, {}, u"ID"_s);
    parser.addOptions({program, meeting});
    if (!parseOptions(parser, arguments))
        return UsageError;
    bool ok = true;
    const qint64 session = parser.isSet(meeting) ? parser.value(meeting).toLongLong(&ok) : 0;
    if (parser.positionalArguments().size() != 1 || !ok)
        return usageError();
    const auto [db, id, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
    const QString out = parser.positionalArguments().front();
    const auto events = core::IcsExporter::write(
        *db, id, parser.isSet(meeting) ? std::optional<qint64>(session) : std::nullopt, out);
    if (!events) {
        m_err << events.message() << '\n';
        return Problems;
    }
    m_out
        << tr("%n event(s) written to %1.", nullptr, *events).arg(QFileInfo(out).absoluteFilePath())
        << '\n';
    return Success;
}

int CommandLine::exportAttendance(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption meeting(u"meeting"_s, {}, u"ID"_s);
    const QCommandLineOption csv(u"csv"_s, {}, u"OUT"_s);
    const QCommandLineOption xlsx(u"xlsx"_s, {}, u"OUT"_s);
    parser.addOptions({program, meeting, csv, xlsx});
    if (!parseOptions(parser, arguments))
        return UsageError;
    bool ok = true;
    const qint64 session = parser.isSet(meeting) ? parser.value(meeting).toLongLong(&ok) : 0;
    if (parser.isSet(csv) == parser.isSet(xlsx) || !parser.positionalArguments().isEmpty() || !ok)
        return usageError();
    const auto [db, id, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
    const QString out = parser.isSet(csv) ? parser.value(csv) : parser.value(xlsx);
    const auto rows = core::AttendanceExporter::write(
        *db, id, parser.isSet(meeting) ? std::optional<qint64>(session) : std::nullopt, out,
        parser.isSet(csv) ? core::TableFileWriter::Format::Csv
                          : core::TableFileWriter::Format::Xlsx);
    if (!rows) {
        m_err << rows.message() << '\n';
        return Problems;
    }
    m_out << tr("%n attendance row(s) written to %1.", nullptr, *rows)
                 .arg(QFileInfo(out).absoluteFilePath())
          << '\n';
    return Success;
}

namespace {

// --language and --dates of the PDF commands: the date style, or nullopt when either is wrong.
std::optional<core::DateStyle> pdfDateStyle(const QString &language, const QString &dates)
{
    if (language != u"ja" && language != u"en")
        return std::nullopt;
    // Era dates in Japanese, ISO dates in English, unless asked otherwise.
    const QString style = dates.isEmpty() ? (language == u"en" ? u"iso"_s : u"era"_s) : dates;
    if (style == u"iso")
        return core::DateStyle::Iso;
    if (style == u"western")
        return core::DateStyle::WesternJapanese;
    if (style == u"era")
        return core::DateStyle::JapaneseEra;
    return std::nullopt;
}

} // namespace

int CommandLine::summary(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption pdf(u"pdf"_s, {}, u"OUT"_s);
    const QCommandLineOption government(u"lg"_s, {}, u"LG"_s);
    const QCommandLineOption language(u"language"_s, {}, u"ja|en"_s, u"ja"_s);
    const QCommandLineOption dates(u"dates"_s, {}, u"era|western|iso"_s);
    const QCommandLineOption today(u"today"_s, {}, u"DATE"_s);
    parser.addOptions({program, pdf, government, language, dates, today});
    if (!parseOptions(parser, arguments))
        return UsageError;
    const QString lang = parser.value(language);
    const auto dateStyle = pdfDateStyle(lang, parser.value(dates));
    const QDate asOf = parser.isSet(today) ? QDate::fromString(parser.value(today), Qt::ISODate)
                                           : core::JapanTime::today();
    if (!parser.isSet(pdf) || !parser.positionalArguments().isEmpty() || !dateStyle ||
        !asOf.isValid()) {
        return usageError();
    }
    const auto [db, id, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
    QString code6;
    if (parser.isSet(government)) {
        code6 = governmentCode(*db, parser.value(government));
        if (code6.isEmpty())
            return lookupFailure();
    }
    // The summary is written in its language: the catalogue the desktop program uses.
    ui::Translations translations;
    translations.apply(lang == u"ja" ? core::Language::Japanese : core::Language::English);
    const auto data = core::ProgressSummaryData::load(*db, id, asOf, code6);
    if (!data) {
        m_err << data.message() << '\n';
        return Problems;
    }
    const ui::ProgressSummary summary(*data, core::DateFormatter(*dateStyle), lang == u"ja");
    if (auto written = summary.document().writePdf(parser.value(pdf)); !written) {
        m_err << written.message() << '\n';
        return Problems;
    }
    m_out << tr("The progress summary of %n municipality(ies) was written to %1.", nullptr,
                int(data->municipalities.size()))
                 .arg(QFileInfo(parser.value(pdf)).absoluteFilePath())
          << '\n';
    return Success;
}

int CommandLine::planPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption version(u"version"_s, {}, u"V"_s);
    const QCommandLineOption language(u"language"_s, {}, u"ja|en"_s, u"ja"_s);
    const QCommandLineOption dates(u"dates"_s, {}, u"era|western|iso"_s);
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption government(u"lg"_s, {}, u"LG"_s);
    parser.addOptions({version, language, dates, program, government});
    if (!parseOptions(parser, arguments))
        return UsageError;
    const auto style = pdfDateStyle(parser.value(language), parser.value(dates));
    if (parser.positionalArguments().size() != 1 || !parser.isSet(government) || !style)
        return usageError();
    const auto [db, programId, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
    const QString code6 = governmentCode(*db, parser.value(government));
    if (code6.isEmpty())
        return lookupFailure();
    const core::PlanRepository plans(*db);
    const auto application = plans.applicationOf(programId, code6);
    if (!application) {
        m_err << application.message() << '\n';
        return lookupExitCode(application.error());
    }
    ui::Translations translations;
    translations.apply(parser.value(language) == u"ja" ? core::Language::Japanese
                                                       : core::Language::English);
    const auto versions = plans.versions(*application);
    const auto programRecord = core::ProgramRepository(*db).program(programId);
    if (!versions || !programRecord) {
        m_err << (versions ? programRecord.message() : versions.message()) << '\n';
        return Problems;
    }
    std::optional<core::PlanVersion> shown;
    if (parser.isSet(version)) {
        for (const core::PlanVersion &v : *versions) {
            if (QString::number(v.seq) == parser.value(version) ||
                core::storedName(v.stage) == parser.value(version))
                shown = v;
        }
        if (!shown) {
            m_err << tr("The plan has no version “%1”.").arg(parser.value(version)) << '\n';
            return UsageError;
        }
    }
    const auto plan = shown ? plans.frozenPlan(shown->id) : plans.plan(*application);
    if (!plan) {
        m_err << plan.message() << '\n';
        return Problems;
    }
    const auto standings =
        core::ReportRepository(*db).milestoneStandings(programId, core::JapanTime::today());
    if (!standings) {
        m_err << standings.message() << '\n';
        return Problems;
    }
    QHash<qint64, core::MilestoneState> states;
    for (const auto &s : *standings) {
        if (s.applicationId == *application && s.progress.state)
            states.insert(s.progress.milestoneId, *s.progress.state);
    }
    ui::PlanDocument document(*plan, shown, core::DateFormatter(*style),
                              parser.value(language) == u"ja");
    document.setMilestoneStates(states);
    const QString out = parser.positionalArguments().front();
    if (auto written = document.document(*programRecord).writePdf(out); !written) {
        m_err << written.message() << '\n';
        return Problems;
    }
    m_out << tr("The plan of %1 was written to %2.")
                 .arg(plan->municipality, QFileInfo(out).absoluteFilePath())
          << '\n';
    return Success;
}

int CommandLine::casebook(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption pdf(u"pdf"_s, {}, u"OUT"_s);
    const QCommandLineOption government(u"lg"_s, {}, u"LG"_s);
    const QCommandLineOption language(u"language"_s, {}, u"ja|en"_s, u"ja"_s);
    const QCommandLineOption dates(u"dates"_s, {}, u"era|western|iso"_s);
    const QCommandLineOption today(u"today"_s, {}, u"DATE"_s);
    parser.addOptions({program, pdf, government, language, dates, today});
    if (!parseOptions(parser, arguments))
        return UsageError;
    const auto style = pdfDateStyle(parser.value(language), parser.value(dates));
    const QDate asOf = parser.isSet(today) ? QDate::fromString(parser.value(today), Qt::ISODate)
                                           : core::JapanTime::today();
    if (!parser.isSet(pdf) || !parser.positionalArguments().isEmpty() || !style || !asOf.isValid())
        return usageError();
    const auto [db, id, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
    QString code6;
    if (parser.isSet(government)) {
        code6 = governmentCode(*db, parser.value(government));
        if (code6.isEmpty())
            return lookupFailure();
    }
    ui::Translations translations;
    translations.apply(parser.value(language) == u"ja" ? core::Language::Japanese
                                                       : core::Language::English);
    const auto data = core::CasebookData::load(*db, id, asOf, code6);
    if (!data) {
        m_err << data.message() << '\n';
        return Problems;
    }
    const ui::Casebook book(*data, core::DateFormatter(*style), parser.value(language) == u"ja");
    if (auto written = book.document().writePdf(parser.value(pdf)); !written) {
        m_err << written.message() << '\n';
        return Problems;
    }
    m_out << tr("The casebook of %n municipality(ies) was written to %1.", nullptr,
                int(data->chapters.size()))
                 .arg(QFileInfo(parser.value(pdf)).absoluteFilePath())
          << '\n';
    // An empty casebook says why.
    if (data->chapters.isEmpty())
        m_err << tr("No application of the program is selected yet.") << '\n';
    return Success;
}

} // namespace iotdesk::cli
