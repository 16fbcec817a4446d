#include "core/meetings/meetingwarnings.h"

#include "core/foundation/dateformatter.h"
#include "core/meetings/meetingrepository.h"
#include "core/municipalities/contactrepository.h"
#include "core/storage/database.h"

#include <QLocale>
#include <QMap>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

QString dayText(QDate date)
{
    return DateFormatter::forMessages().date(date);
}

} // namespace

QList<MeetingWarning> MeetingWarnings::check(const QList<SessionSummary> &sessions,
                                             const BusinessCalendar &calendar,
                                             const QHash<qint64, QString> &consultantNames)
{
    const bool japanese = QLocale().language() == QLocale::Japanese;
    QList<MeetingWarning> warnings;
    // Consultant and day to the sessions booked.
    QMap<std::pair<qint64, QDate>, QList<const SessionSummary *>> booked;
    for (const SessionSummary &s : sessions) {
        const MeetingSession &session = s.session;
        const QString title = s.title(japanese);
        if (session.cancelled) {
            warnings.append({MeetingWarning::Kind::CancelledWithRecords,
                             session.id,
                             {},
                             tr("%1: its host is no longer selected, but the session is kept "
                                "because it holds records.")
                                 .arg(title)});
            continue;
        }
        if (!session.firstDay) {
            if (session.applicationId != 0) {
                warnings.append({MeetingWarning::Kind::NoLocalDate,
                                 session.id,
                                 {},
                                 tr("%1: no date yet.").arg(title)});
            }
            continue;
        }
        for (int n = 1; n <= session.dayCount; ++n) {
            const QDate day = session.day(n);
            if (!calendar.isBusinessDay(day)) {
                const QString holiday = calendar.holidayName(day);
                warnings.append(
                    {MeetingWarning::Kind::NonBusinessDay, session.id, day,
                     holiday.isEmpty()
                         ? tr("%1: %2 is a weekend day or office holiday.").arg(title, dayText(day))
                         : tr("%1: %2 is a holiday (%3).").arg(title, dayText(day), holiday)});
            }
            if (day < s.meeting.plannedStart || day > s.meeting.plannedEnd) {
                warnings.append({MeetingWarning::Kind::OutsidePlannedPeriod, session.id, day,
                                 tr("%1: %2 is outside the planned period %3 – %4.")
                                     .arg(title, dayText(day), dayText(s.meeting.plannedStart),
                                          dayText(s.meeting.plannedEnd))});
            }
            for (qint64 consultant : session.consultantIds)
                booked[{consultant, day}].append(&s);
        }
    }
    for (auto it = booked.begin(); it != booked.end(); ++it) {
        if (it->size() < 2)
            continue;
        QStringList titles;
        for (const SessionSummary *s : *it)
            titles.append(s->title(japanese));
        const QString name = consultantNames.value(it.key().first, QString::number(it.key().first));
        for (const SessionSummary *s : *it) {
            warnings.append({MeetingWarning::Kind::ConsultantDoubleBooked, s->session.id,
                             it.key().second,
                             tr("%1 is booked into %2 sessions on %3: %4.")
                                 .arg(name)
                                 .arg(it->size())
                                 .arg(dayText(it.key().second), titles.join(u", "_s))});
        }
    }
    // In session order, then by date.
    QHash<qint64, qsizetype> order;
    for (qsizetype i = 0; i < sessions.size(); ++i)
        order.insert(sessions[i].session.id, i);
    std::stable_sort(warnings.begin(), warnings.end(),
                     [&](const MeetingWarning &a, const MeetingWarning &b) {
                         return std::pair(order.value(a.sessionId), a.date) <
                                std::pair(order.value(b.sessionId), b.date);
                     });
    return warnings;
}

Result<QList<MeetingWarning>> MeetingWarnings::check(const Database &db, qint64 programId)
{
    const auto sessions = MeetingRepository(db).sessions(programId);
    if (!sessions)
        return sessions.error();
    const auto calendar = BusinessCalendar::load(db.connection());
    if (!calendar)
        return calendar.error();
    const auto consultants = ContactRepository(db).consultants();
    if (!consultants)
        return consultants.error();
    QHash<qint64, QString> names;
    for (const Contact &consultant : *consultants)
        names.insert(consultant.id, consultant.name);
    return check(*sessions, *calendar, names);
}

} // namespace iotdesk::core
