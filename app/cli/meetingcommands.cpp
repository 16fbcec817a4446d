// The meeting commands of iotdesk-cli: list meetings, export ics and export attendance.
#include "attendanceexporter.h"
#include "commandline.h"
#include "database.h"
#include "icsexporter.h"
#include "meetingrepository.h"
#include "meetingwarnings.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

int CommandLine::listMeetings(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOptions({program, json});
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("Usage: iotdesk-cli list meetings [--program ID] [--json]") << '\n';
        return UsageError;
    }
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    const qint64 id = programId(*db, parser.value(program));
    if (id == 0)
        return UsageError;
    const auto sessions = core::MeetingRepository(*db).sessions(id);
    const auto warnings = core::MeetingWarnings::check(*db, id);
    if (!sessions || !warnings) {
        m_err << (sessions ? warnings.message() : sessions.message()) << '\n';
        return Problems;
    }
    QJsonArray array;
    for (const core::SessionSummary &s : *sessions) {
        QJsonArray days;
        for (int n = 1; s.session.firstDay && n <= s.session.dayCount; ++n)
            days.append(s.session.day(n).toString(Qt::ISODate));
        QJsonArray problems;
        for (const core::MeetingWarning &w : *warnings) {
            if (w.sessionId == s.session.id)
                problems.append(w.message);
        }
        QJsonArray consultants;
        for (qint64 c : s.session.consultantIds)
            consultants.append(c);
        array.append(QJsonObject{
            {u"id"_s, s.session.id},
            {u"meeting_seq"_s, s.meeting.seq},
            {u"kind"_s, s.meeting.kind},
            {u"name"_s, s.meeting.nameJa},
            {u"host_code6"_s, s.hostCode6},
            {u"host"_s, s.hostName},
            {u"days"_s, days},
            {u"day_count"_s, s.session.dayCount},
            {u"venue"_s, s.session.venueName},
            {u"address"_s, s.session.venueAddress},
            {u"consultant_ids"_s, consultants},
            {u"participants"_s, s.participantCount},
            {u"cancelled"_s, s.session.cancelled},
            {u"warnings"_s, problems},
        });
        if (!parser.isSet(json)) {
            const QString when = days.isEmpty()
                                     ? tr("(no date)")
                                     : s.session.firstDay->toString(Qt::ISODate) +
                                           (s.session.dayCount > 1
                                                ? u" +"_s + QString::number(s.session.dayCount - 1)
                                                : QString());
            m_out << s.session.id << '\t' << when << '\t' << s.title(true) << '\t'
                  << s.session.venueName << '\t'
                  << tr("%n participant(s)", nullptr, s.participantCount)
                  << (problems.isEmpty() ? QString() : u"\t⚠ "_s + QString::number(problems.size()))
                  << '\n';
        }
    }
    if (parser.isSet(json)) {
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const core::MeetingWarning &w : *warnings)
            m_out << u"⚠ "_s << w.message << '\n';
    }
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
    if (parser.positionalArguments().size() != 1 || !ok) {
        m_err << tr("Usage: iotdesk-cli export ics OUT [--meeting ID] [--program ID]") << '\n';
        return UsageError;
    }
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    const qint64 id = programId(*db, parser.value(program));
    if (id == 0)
        return UsageError;
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
    if (parser.isSet(csv) == parser.isSet(xlsx) || !parser.positionalArguments().isEmpty() || !ok) {
        m_err << tr("Usage: iotdesk-cli export attendance --csv OUT | --xlsx OUT [--meeting ID] "
                    "[--program ID]")
              << '\n';
        return UsageError;
    }
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    const qint64 id = programId(*db, parser.value(program));
    if (id == 0)
        return UsageError;
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

} // namespace iotdesk::cli
