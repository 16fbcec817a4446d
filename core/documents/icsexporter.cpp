#include "core/documents/icsexporter.h"

#include "core/foundation/appidentity.h"
#include "core/meetings/meetingrepository.h"
#include "core/programs/programrepository.h"
#include "core/storage/database.h"

#include <QSaveFile>

#include <libical/ical.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

constexpr const char *kZone = "Asia/Tokyo";

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype dateValue(QDate date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

icaltimetype localValue(QDate date, QTime time)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    return t;
}

icalproperty *inTokyo(icalproperty *property)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(kZone));
    return property;
}

// Japan has kept UTC+9 without daylight saving since 1951: one standard observance.
icalcomponent *tokyoZone()
{
    icalcomponent *zone = icalcomponent_new_vtimezone();
    icalcomponent_add_property(zone, icalproperty_new_tzid(kZone));
    icalcomponent *standard = icalcomponent_new_xstandard();
    icalcomponent_add_property(standard,
                               icalproperty_new_dtstart(localValue({1970, 1, 1}, QTime(0, 0))));
    icalcomponent_add_property(standard, icalproperty_new_tzoffsetfrom(9 * 3600));
    icalcomponent_add_property(standard, icalproperty_new_tzoffsetto(9 * 3600));
    icalcomponent_add_property(standard, icalproperty_new_tzname("JST"));
    icalcomponent_add_component(zone, standard);
    return zone;
}

icalcomponent *event(const QString &uid, const icaltimetype &stamp, const QString &summary)
{
    icalcomponent *e = icalcomponent_new_vevent();
    icalcomponent_add_property(e, icalproperty_new_uid(uid.toUtf8().constData()));
    icalcomponent_add_property(e, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(e, icalproperty_new_summary(summary.toUtf8().constData()));
    return e;
}

} // namespace

QByteArray IcsExporter::document(const Program &program, const QList<SessionSummary> &sessions,
                                 const QHash<qint64, QList<AgendaItem>> &agendas,
                                 bool withApplicationWindow, const QDateTime &stamp)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(
        calendar.get(), icalproperty_new_prodid("-//IoT Desk//IoT Desk " IOTDESK_VERSION "//JA"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalcomponent_add_component(calendar.get(), tokyoZone());
    const icaltimetype stampValue =
        icaltime_from_timet_with_zone(stamp.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
    const QString domain = u"@program-%1.iotdesk"_s.arg(program.id);

    if (withApplicationWindow && program.applicationStart.isValid()) {
        icalcomponent *e = event(u"application-window"_s + domain, stampValue,
                                 program.nameJa + u" 応募受付期間"_s);
        icalcomponent_add_property(e,
                                   icalproperty_new_dtstart(dateValue(program.applicationStart)));
        // An all-day end is the day after the last.
        icalcomponent_add_property(
            e, icalproperty_new_dtend(dateValue(program.applicationEnd.addDays(1))));
        icalcomponent_add_property(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_component(calendar.get(), e);
    }

    for (const SessionSummary &s : sessions) {
        if (s.session.cancelled || !s.session.firstDay)
            continue;
        const QList<AgendaItem> agenda = agendas.value(s.session.id);
        const QString location =
            QStringList{s.session.venueName, s.session.venueAddress}.join(u' ').trimmed();
        for (int n = 1; n <= s.session.dayCount; ++n) {
            const QDate day = s.session.day(n);
            QString summary = s.title(true);
            if (s.session.dayCount > 1)
                summary += u"（%1日目）"_s.arg(n);
            icalcomponent *e = event(u"session-%1-day-%2"_s.arg(s.session.id).arg(n) + domain,
                                     stampValue, summary);
            QTime first;
            QTime last;
            QStringList lines;
            for (const AgendaItem &item : agenda) {
                if (item.dayNo != n)
                    continue;
                if (!first.isValid() || item.start < first)
                    first = item.start;
                if (!last.isValid() || item.end > last)
                    last = item.end;
                QString line = item.start.toString(u"HH:mm"_s) + u"–"_s +
                               item.end.toString(u"HH:mm"_s) + u" "_s + item.title;
                if (!item.speaker.isEmpty())
                    line += u"（"_s + item.speaker + u"）"_s;
                lines.append(line);
            }
            if (first.isValid()) {
                icalcomponent_add_property(
                    e, inTokyo(icalproperty_new_dtstart(localValue(day, first))));
                icalcomponent_add_property(e,
                                           inTokyo(icalproperty_new_dtend(localValue(day, last))));
            } else {
                icalcomponent_add_property(e, icalproperty_new_dtstart(dateValue(day)));
                icalcomponent_add_property(e, icalproperty_new_dtend(dateValue(day.addDays(1))));
            }
            if (!location.isEmpty())
                icalcomponent_add_property(
                    e, icalproperty_new_location(location.toUtf8().constData()));
            QString description = program.nameJa;
            if (!lines.isEmpty())
                description += u"\n\n"_s + lines.join(u'\n');
            if (!s.session.note.isEmpty())
                description += u"\n\n"_s + s.session.note;
            icalcomponent_add_property(
                e, icalproperty_new_description(description.toUtf8().constData()));
            icalcomponent_add_component(calendar.get(), e);
        }
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray bytes(text);
    free(text);
    return bytes;
}

Result<int> IcsExporter::write(const Database &db, qint64 programId,
                               std::optional<qint64> sessionId, const QString &path)
{
    const auto program = ProgramRepository(db).program(programId);
    if (!program)
        return program.error();
    MeetingRepository meetings(db);
    const auto all = meetings.sessions(programId);
    if (!all)
        return all.error();
    QList<SessionSummary> sessions;
    for (const SessionSummary &s : *all) {
        if (!sessionId || s.session.id == *sessionId)
            sessions.append(s);
    }
    if (sessionId && sessions.isEmpty()) {
        return Error(ErrorCode::NotFound,
                     tr("The program has no meeting session %1.").arg(*sessionId));
    }
    QHash<qint64, QList<AgendaItem>> agendas;
    int events = 0;
    for (const SessionSummary &s : sessions) {
        auto agenda = meetings.agenda(s.session.id);
        if (!agenda)
            return agenda.error();
        agendas.insert(s.session.id, *agenda);
        if (!s.session.cancelled && s.session.firstDay)
            events += s.session.dayCount;
    }
    if (sessionId && events == 0)
        return Error(ErrorCode::Invalid, tr("The session has no date yet."));
    const bool whole = !sessionId;
    if (whole)
        ++events;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Failed,
                     tr("“%1” cannot be written: %2").arg(path, file.errorString()));
    file.write(document(*program, sessions, agendas, whole, QDateTime::currentDateTimeUtc()));
    if (!file.commit())
        return Error(ErrorCode::Failed,
                     tr("“%1” cannot be written: %2").arg(path, file.errorString()));
    return events;
}

} // namespace iotdesk::core
