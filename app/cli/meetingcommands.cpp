// The meeting commands of iotdesk-cli: list meetings, and meeting set, register and attend,
// through the repository the Meetings page uses (the exports are in documentcommands.cpp).
#include "commandline.h"
#include "core/meetings/meetingrepository.h"
#include "core/meetings/meetingwarnings.h"
#include "core/municipalities/contactrepository.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

QList<Command> CommandLine::meetingCommands()
{
    return {
        {"list meetings", "list meetings [--program ID] [--json]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Lists a program's meeting sessions (one per meeting in Tokyo, one per "
                           "selected municipality for a local workshop) with their ids, days, "
                           "venue, participants and warnings."),
         &CommandLine::listMeetings},
        {"meeting set",
         "meeting set --meeting ID --first-day DATE [--days N] [--venue TEXT] [--address TEXT]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Sets a meeting session's first day (Japan's calendar), its number of "
                           "consecutive days, venue and address. ID is a session's id from list "
                           "meetings. Participants registered for days that no longer exist lose "
                           "them."),
         &CommandLine::meetingSet},
        {"meeting register", "meeting register --meeting ID --person NAME|ID [--for LG]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Registers a person of the registry (see people list) for every day of "
                           "a session. A municipal person is linked to the selected application "
                           "of their local government. --for names the person's local government "
                           "when the name alone is not enough. Someone already registered is left "
                           "as they are."),
         &CommandLine::meetingRegister},
        {"meeting attend",
         "meeting attend --meeting ID --person NAME|ID --day N --state attended|absent|excused "
         "[--note T]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Marks whether a registered participant came on day N of a session: "
                           "attended, absent, excused (absent with notice) or registered (no mark "
                           "yet). Marking needs the session's date."),
         &CommandLine::meetingAttend},
    };
}

int CommandLine::listMeetings(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOptions({program, json});
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (!parser.positionalArguments().isEmpty())
        return usageError();
    const auto [db, id, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
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
            {u"kind"_s, core::storedName(s.meeting.kind)},
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

namespace {

// The session a command names (--meeting ID, an id from list meetings).
qint64 sessionIdOf(const QCommandLineParser &parser, const QCommandLineOption &meeting)
{
    bool ok = false;
    const qint64 id = parser.value(meeting).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace

int CommandLine::meetingSet(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meeting(u"meeting"_s, {}, u"ID"_s);
    const QCommandLineOption firstDay(u"first-day"_s, {}, u"DATE"_s);
    const QCommandLineOption days(u"days"_s, {}, u"N"_s);
    const QCommandLineOption venue(u"venue"_s, {}, u"TEXT"_s);
    const QCommandLineOption address(u"address"_s, {}, u"TEXT"_s);
    parser.addOptions({meeting, firstDay, days, venue, address});
    if (!parseOptions(parser, arguments))
        return UsageError;
    const qint64 sessionId = sessionIdOf(parser, meeting);
    const QDate first = QDate::fromString(parser.value(firstDay), Qt::ISODate);
    bool ok = true;
    const int dayCount = parser.isSet(days) ? parser.value(days).toInt(&ok) : 0;
    if (sessionId == 0 || !first.isValid() || !ok || !parser.positionalArguments().isEmpty())
        return usageError();
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    core::MeetingRepository meetings(*db);
    const auto stored = meetings.session(sessionId);
    if (!stored) {
        m_err << stored.message() << '\n';
        return lookupExitCode(stored.error());
    }
    core::MeetingSession changed = stored->session;
    changed.firstDay = first;
    if (parser.isSet(days))
        changed.dayCount = dayCount;
    if (parser.isSet(venue))
        changed.venueName = parser.value(venue);
    if (parser.isSet(address))
        changed.venueAddress = parser.value(address);
    const auto updated = meetings.updateSession(changed);
    if (!updated) {
        m_err << updated.message() << '\n';
        return Problems;
    }
    m_out << tr("Session %1 (%2): %3, %n day(s).", nullptr, changed.dayCount)
                 .arg(sessionId)
                 .arg(stored->title(true), first.toString(Qt::ISODate))
          << '\n';
    return Success;
}

int CommandLine::meetingRegister(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meeting(u"meeting"_s, {}, u"ID"_s);
    const QCommandLineOption person(u"person"_s, {}, u"NAME|ID"_s);
    const QCommandLineOption forGovernment(u"for"_s, {}, u"LG"_s);
    parser.addOptions({meeting, person, forGovernment});
    if (!parseOptions(parser, arguments))
        return UsageError;
    const qint64 sessionId = sessionIdOf(parser, meeting);
    if (sessionId == 0 || parser.value(person).trimmed().isEmpty() ||
        !parser.positionalArguments().isEmpty()) {
        return usageError();
    }
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    core::MeetingRepository meetings(*db);
    if (const auto stored = meetings.session(sessionId); !stored) {
        m_err << stored.message() << '\n';
        return lookupExitCode(stored.error());
    }
    // Anyone of the registry may come; --for narrows the name to one government's people.
    core::ContactRepository contacts(*db);
    core::Result<QList<core::Contact>> people = QList<core::Contact>();
    if (parser.isSet(forGovernment)) {
        const QString code6 = governmentCode(*db, parser.value(forGovernment));
        if (code6.isEmpty())
            return lookupFailure();
        people = contacts.ofGovernment(code6);
    } else {
        people = contacts.people();
    }
    if (!people) {
        m_err << people.message() << '\n';
        return Problems;
    }
    const qint64 contactId = personId(*people, parser.value(person));
    if (contactId == 0)
        return Problems;
    const auto added = meetings.addParticipants(sessionId, {contactId});
    if (!added) {
        m_err << added.message() << '\n';
        return Problems;
    }
    const QString name = std::find_if(people->begin(), people->end(), [&](const auto &c) {
                             return c.id == contactId;
                         })->name;
    m_out << (added->isEmpty() ? tr("%1 was registered for session %2 already.")
                               : tr("%1 registered for session %2."))
                 .arg(name)
                 .arg(sessionId)
          << '\n';
    return Success;
}

int CommandLine::meetingAttend(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meeting(u"meeting"_s, {}, u"ID"_s);
    const QCommandLineOption person(u"person"_s, {}, u"NAME|ID"_s);
    const QCommandLineOption day(u"day"_s, {}, u"N"_s);
    const QCommandLineOption state(u"state"_s, {}, u"S"_s);
    const QCommandLineOption note(u"note"_s, {}, u"T"_s);
    parser.addOptions({meeting, person, day, state, note});
    if (!parseOptions(parser, arguments))
        return UsageError;
    const qint64 sessionId = sessionIdOf(parser, meeting);
    bool ok = false;
    const int dayNo = parser.value(day).toInt(&ok);
    const auto mark = namedValue<core::AttendanceState>(u"state"_s, parser.value(state));
    if (!mark)
        return UsageError;
    if (sessionId == 0 || !ok || parser.value(person).trimmed().isEmpty() ||
        !parser.positionalArguments().isEmpty()) {
        return usageError();
    }
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    core::MeetingRepository meetings(*db);
    const auto participants = meetings.participants(sessionId);
    if (!participants) {
        m_err << participants.message() << '\n';
        return Problems;
    }
    // The person among those registered for the session.
    QList<core::Contact> registered;
    for (const core::Participant &p : *participants) {
        core::Contact c;
        c.id = p.contactId;
        c.name = p.name;
        c.lgCode6 = p.lgCode6;
        registered.append(c);
    }
    const qint64 contactId =
        personId(registered, parser.value(person),
                 tr("“%1” is not registered for session %2: register them first (meeting "
                    "register).")
                     .arg(parser.value(person).trimmed())
                     .arg(sessionId));
    if (contactId == 0)
        return Problems;
    const auto participant =
        std::find_if(participants->begin(), participants->end(),
                     [&](const core::Participant &p) { return p.contactId == contactId; });
    const auto set = meetings.setAttendance(
        {{participant->id, dayNo, core::AttendanceMark{*mark, parser.value(note)}}});
    if (!set) {
        m_err << set.message() << '\n';
        return Problems;
    }
    m_out << tr("%1, day %2: %3.").arg(participant->name).arg(dayNo).arg(core::shownName(*mark))
          << '\n';
    return Success;
}

} // namespace iotdesk::cli
