#include "core/meetings/meetingrepository.h"

#include "core/municipalities/contactrepository.h"
#include "core/municipalities/localgovernment.h"
#include "core/storage/changehistory.h"
#include "core/storage/database.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

Error invalid(const QString &message)
{
    return Error(ErrorCode::Invalid, message);
}

QVariant dateOrNull(const std::optional<QDate> &date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant();
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

QString timeText(QTime time)
{
    return time.toString(u"HH:mm"_s);
}

// Whether session s holds anything a user entered.
const QString kHoldsRecordsSql =
    u"(s.first_day IS NOT NULL OR s.venue_address <> '' OR s.note <> '' OR "
    "(s.venue_name <> '' AND s.application_id IS NOT NULL) "
    "OR EXISTS (SELECT 1 FROM session_consultants WHERE session_id = s.id) "
    "OR EXISTS (SELECT 1 FROM agenda_items WHERE session_id = s.id) "
    "OR EXISTS (SELECT 1 FROM meeting_materials WHERE session_id = s.id) "
    "OR EXISTS (SELECT 1 FROM participants WHERE session_id = s.id) "
    "OR EXISTS (SELECT 1 FROM presentation_slots WHERE session_id = s.id))"_s;

// A session's details, its agenda and its presentation timetable are edited apart (in three
// tabs, by different people): each has its own version, of the fields it records in the
// history.
const QStringList kDetailFields = {u"first_day"_s,     u"day_count"_s, u"venue_name"_s,
                                   u"venue_address"_s, u"note"_s,      u"consultants"_s};
const QStringList kAgendaFields = {u"agenda"_s};
const QStringList kTimetableFields = {u"presentations"_s};

const QString kSessionSelect =
    u"SELECT s.id, s.meeting_id, coalesce(s.application_id, 0), s.first_day, s.day_count, "
    "s.venue_name, s.venue_address, s.note, s.cancelled, m.seq, m.kind, m.name_ja, m.name_en, "
    "m.planned_start, m.planned_end, m.place_ja, m.place_en, m.days, coalesce(lead.lg_code6, ''), "
    "coalesce("_s +
    LocalGovernment::fullNameSql() +
    u", ''), (SELECT count(*) FROM participants x WHERE x.session_id = s.id), "_s +
    ChangeHistory::versionColumn(u"meeting_session"_s, u"s.id"_s, kDetailFields) +
    u" FROM meeting_sessions s JOIN program_meetings m ON m.id = s.meeting_id "
    "LEFT JOIN application_members lead ON lead.application_id = s.application_id AND "
    "lead.is_lead = 1 LEFT JOIN local_governments g ON g.code6 = lead.lg_code6 "
    "LEFT JOIN prefectures p ON p.code = g.prefecture_code "_s;

SessionSummary readSummary(const QSqlQuery &q)
{
    SessionSummary s;
    s.session.id = q.value(0).toLongLong();
    s.session.meetingId = q.value(1).toLongLong();
    s.session.applicationId = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        s.session.firstDay = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.session.dayCount = q.value(4).toInt();
    s.session.venueName = q.value(5).toString();
    s.session.venueAddress = q.value(6).toString();
    s.session.note = q.value(7).toString();
    s.session.cancelled = q.value(8).toInt() != 0;
    s.meeting.id = s.session.meetingId;
    s.meeting.seq = q.value(9).toInt();
    s.meeting.kind = readStored(q.value(10), MeetingKind::CentralWorkshop);
    s.meeting.nameJa = q.value(11).toString();
    s.meeting.nameEn = q.value(12).toString();
    s.meeting.plannedStart = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    s.meeting.plannedEnd = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    s.meeting.placeJa = q.value(15).toString();
    s.meeting.placeEn = q.value(16).toString();
    s.meeting.days = q.value(17).toInt();
    s.hostCode6 = q.value(18).toString();
    s.hostName = q.value(19).toString();
    s.participantCount = q.value(20).toInt();
    s.session.version.seen = q.value(21).toLongLong();
    return s;
}

Result<QList<qint64>> consultantsOf(const QSqlDatabase &db, qint64 sessionId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT contact_id FROM session_consultants WHERE session_id = ? ORDER BY 1"_s);
    if (!execWith(q, {sessionId}))
        return storageError(q, Subject::Meeting);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QString describeIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u", "_s);
}

QString describeAgenda(const QList<AgendaItem> &items)
{
    QStringList parts;
    for (const AgendaItem &i : items) {
        parts.append(u"%1 %2-%3 %4 / %5"_s.arg(i.dayNo).arg(timeText(i.start), timeText(i.end),
                                                            i.title, i.speaker));
    }
    return parts.join(u"; "_s);
}

QString describeSlots(const QList<PresentationSlot> &timetable)
{
    QStringList parts;
    for (const PresentationSlot &s : timetable) {
        parts.append(u"%1 %2 %3min %4 %5 / %6"_s.arg(s.dayNo)
                         .arg(timeText(s.start))
                         .arg(s.minutes)
                         .arg(s.applicationId)
                         .arg(s.presenter, s.title));
    }
    return parts.join(u"; "_s);
}

QString describeMark(const std::optional<AttendanceMark> &mark)
{
    if (!mark)
        return {};
    const QString key = storedName(mark->state);
    return mark->note.isEmpty() ? key : key + u": "_s + mark->note;
}

} // namespace

Result<bool> MeetingRepository::holdsRecords(const QSqlDatabase &db, qint64 sessionId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + kHoldsRecordsSql + u" FROM meeting_sessions s WHERE s.id = ?"_s);
    if (!execWith(q, {sessionId}) || !q.next())
        return storageError(q, Subject::Meeting);
    return q.value(0).toInt() != 0;
}

namespace {

// The selected application of a program that a local government takes part in, or 0: the
// preferred one (a workshop's host) when the government is among its members.
Result<qint64> applicationOf(const QSqlDatabase &db, qint64 programId, const QString &code6,
                             qint64 preferred)
{
    if (code6.isEmpty())
        return qint64(0);
    QSqlQuery q(db);
    q.prepare(u"SELECT a.id FROM application_members am JOIN applications a ON a.id = "
              "am.application_id WHERE am.lg_code6 = ? AND a.program_id = ? AND a.decision = "
              "'selected' ORDER BY a.id = ? DESC, am.is_lead DESC, a.id LIMIT 1"_s);
    if (!execWith(q, {code6, programId, preferred}))
        return storageError(q, Subject::Meeting);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace

namespace {

constexpr ValueName<AttendanceState> kAttendanceStates[] = {
    {AttendanceState::Registered, u"registered",
     QT_TRANSLATE_NOOP("iotdesk::core::MeetingRepository", "Registered"), u"登録"},
    {AttendanceState::Attended, u"attended",
     QT_TRANSLATE_NOOP("iotdesk::core::MeetingRepository", "Attended"), u"出席"},
    {AttendanceState::Absent, u"absent",
     QT_TRANSLATE_NOOP("iotdesk::core::MeetingRepository", "Absent"), u"欠席"},
    {AttendanceState::Excused, u"excused",
     QT_TRANSLATE_NOOP("iotdesk::core::MeetingRepository", "Excused"), u"欠席（届出あり）"},
};

} // namespace

template <> const ValueSet<AttendanceState> &valueSet<AttendanceState>()
{
    static constexpr ValueSet<AttendanceState> set("iotdesk::core::MeetingRepository",
                                                   kAttendanceStates);
    return set;
}

Result<QList<SessionSummary>> MeetingRepository::sessions(qint64 programId) const
{
    QSqlQuery q(m_db.connection());
    // A cancelled session that holds nothing is left out: it waits for its host to be
    // selected again.
    q.prepare(kSessionSelect + u"WHERE m.program_id = ? AND (s.cancelled = 0 OR "_s +
              kHoldsRecordsSql + u") ORDER BY m.seq, g.code6, s.id"_s);
    if (!execWith(q, {programId}))
        return storageError(q, Subject::Meeting);
    QList<SessionSummary> list;
    while (q.next())
        list.append(readSummary(q));
    for (SessionSummary &s : list) {
        auto consultants = consultantsOf(m_db.connection(), s.session.id);
        if (!consultants)
            return consultants.error();
        s.session.consultantIds = *consultants;
    }
    return list;
}

Result<SessionSummary> MeetingRepository::session(qint64 sessionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSessionSelect + u"WHERE s.id = ?"_s);
    if (!execWith(q, {sessionId}))
        return storageError(q, Subject::Meeting);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no meeting session %1.").arg(sessionId));
    SessionSummary s = readSummary(q);
    auto consultants = consultantsOf(m_db.connection(), sessionId);
    if (!consultants)
        return consultants.error();
    s.session.consultantIds = *consultants;
    return s;
}

Result<SessionUpdate> MeetingRepository::updateSession(const MeetingSession &changed,
                                                       const QList<AttendanceChange> &restore)
{
    if (changed.dayCount < 1 || changed.dayCount > 14)
        return invalid(tr("A session lasts from 1 to 14 days."));
    if (changed.firstDay && !changed.firstDay->isValid())
        return invalid(tr("The first day is not a date."));
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r = ChangeHistory::claim(db, u"meeting_sessions"_s, u"meeting_session"_s, changed.id,
                                      changed.version, m_db.userName(), kDetailFields);
        !r)
        return r.error();
    const auto stored = session(changed.id);
    if (!stored)
        return stored.error();
    const MeetingSession &old = stored->session;
    QList<AttendanceChange> undo;
    QSqlQuery kinds(db);
    for (qint64 id : changed.consultantIds) {
        kinds.prepare(u"SELECT kind FROM contacts WHERE id = ?"_s);
        if (!execWith(kinds, {id}))
            return storageError(kinds, Subject::Meeting);
        if (!kinds.next() ||
            fromStored<ContactKind>(kinds.value(0).toString()) != ContactKind::Consultant)
            return invalid(tr("Person %1 is not a consultant.").arg(id));
    }
    // Agenda items and attendance beyond the last day would be orphaned by a shorter session.
    if (changed.dayCount < old.dayCount) {
        QSqlQuery used(db);
        used.prepare(u"SELECT max(d) FROM (SELECT max(day_no) AS d FROM agenda_items WHERE "
                     "session_id = ? UNION ALL SELECT max(a.day_no) FROM attendance a JOIN "
                     "participants p ON p.id = a.participant_id WHERE p.session_id = ? AND "
                     "a.state <> 'registered' UNION ALL SELECT max(day_no) FROM "
                     "presentation_slots WHERE session_id = ?) AS used"_s);
        if (!execWith(used, {changed.id, changed.id, changed.id}) || !used.next())
            return storageError(used, Subject::Meeting);
        if (!used.value(0).isNull() && used.value(0).toInt() > changed.dayCount) {
            return invalid(tr("Day %1 has an agenda, presentations or attendance; the session "
                              "cannot end before it.")
                               .arg(used.value(0).toInt()));
        }
        // What the days cut off held, person by person, so that the longer session can be
        // given back exactly (a person off a day stays off it).
        const auto people = participants(changed.id);
        if (!people)
            return people.error();
        for (const Participant &p : *people) {
            for (int n = changed.dayCount + 1; n <= old.dayCount; ++n) {
                const auto mark = p.days.find(n);
                undo.append(
                    {p.id, n,
                     mark == p.days.end() ? std::nullopt : std::optional<AttendanceMark>(*mark)});
            }
        }
        QSqlQuery trim(db);
        trim.prepare(u"DELETE FROM attendance WHERE day_no > ? AND participant_id IN (SELECT id "
                     "FROM participants WHERE session_id = ?)"_s);
        if (!execWith(trim, {changed.dayCount, changed.id}))
            return storageError(trim, Subject::Meeting);
    }
    QSqlQuery q(db);
    q.prepare(u"UPDATE meeting_sessions SET first_day = ?, day_count = ?, venue_name = ?, "
              "venue_address = ?, note = ? WHERE id = ?"_s);
    if (!execWith(q, {dateOrNull(changed.firstDay), changed.dayCount,
                      sqlText(changed.venueName.trimmed()), sqlText(changed.venueAddress.trimmed()),
                      sqlText(changed.note.trimmed()), changed.id}))
        return storageError(q, Subject::Meeting);
    // A longer session registers its participants for the new days as well.
    if (changed.dayCount > old.dayCount) {
        QSqlQuery extend(db);
        extend.prepare(u"WITH RECURSIVE d(n) AS (SELECT CAST(? AS integer) UNION ALL SELECT n + 1 "
                       "FROM d WHERE "
                       "n < ?) INSERT INTO attendance (participant_id, day_no, state) SELECT "
                       "p.id, d.n, 'registered' FROM participants p, d WHERE p.session_id = ?"_s);
        if (!execWith(extend, {old.dayCount + 1, changed.dayCount, changed.id}))
            return storageError(extend, Subject::Meeting);
    }
    for (const AttendanceChange &change : restore) {
        auto applied = applyAttendance(db, m_db.userName(), change);
        if (!applied)
            return applied.error();
    }
    if (changed.consultantIds != old.consultantIds) {
        QSqlQuery clear(db);
        clear.prepare(u"DELETE FROM session_consultants WHERE session_id = ?"_s);
        if (!execWith(clear, {changed.id}))
            return storageError(clear, Subject::Meeting);
        QSqlQuery add(db);
        add.prepare(u"INSERT INTO session_consultants (session_id, contact_id) VALUES (?, ?) "
                    "ON CONFLICT DO NOTHING"_s);
        for (qint64 id : changed.consultantIds) {
            if (!execWith(add, {changed.id, id}))
                return storageError(add, Subject::Meeting);
        }
    }
    const auto day = [](const std::optional<QDate> &d) {
        return d ? QVariant(d->toString(Qt::ISODate)) : QVariant();
    };
    if (auto r = ChangeHistory::recordChanges(
            db, m_db.userName(), u"meeting_session"_s, QString::number(changed.id),
            {{u"first_day"_s, day(old.firstDay), day(changed.firstDay)},
             {u"day_count"_s, old.dayCount, changed.dayCount},
             {u"venue_name"_s, old.venueName, changed.venueName.trimmed()},
             {u"venue_address"_s, old.venueAddress, changed.venueAddress.trimmed()},
             {u"note"_s, old.note, changed.note.trimmed()},
             {u"consultants"_s, describeIds(old.consultantIds),
              describeIds(changed.consultantIds)}});
        !r) {
        return r.error();
    }
    const auto version = ChangeHistory::commitEdit(transaction.value(), db, u"meeting_session"_s,
                                                   changed.id, kDetailFields);
    if (!version)
        return version.error();
    return SessionUpdate{undo, *version};
}

Result<QList<SelectedApplicant>> MeetingRepository::selectedApplicants(qint64 programId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT a.id, g.code6, "_s + LocalGovernment::fullNameSql() +
              u" FROM applications a JOIN application_members am ON am.application_id = a.id "
              "AND am.is_lead = 1 JOIN local_governments g ON g.code6 = am.lg_code6 JOIN "
              "prefectures p ON p.code = g.prefecture_code WHERE a.program_id = ? AND "
              "a.decision = 'selected' ORDER BY g.code6"_s);
    if (!execWith(q, {programId}))
        return storageError(q, Subject::Meeting);
    QList<SelectedApplicant> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

Result<QList<AgendaItem>> MeetingRepository::agenda(qint64 sessionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, day_no, starts_at, ends_at, title, speaker FROM agenda_items WHERE "
              "session_id = ? ORDER BY day_no, starts_at, id"_s);
    if (!execWith(q, {sessionId}))
        return storageError(q, Subject::Meeting);
    QList<AgendaItem> items;
    while (q.next()) {
        items.append({q.value(0).toLongLong(), q.value(1).toInt(),
                      QTime::fromString(q.value(2).toString(), u"HH:mm"_s),
                      QTime::fromString(q.value(3).toString(), u"HH:mm"_s), q.value(4).toString(),
                      q.value(5).toString()});
    }
    return items;
}

QList<AgendaItem> reapplyAgenda(const QList<AgendaItem> &opened, const QList<AgendaItem> &mine,
                                QList<AgendaItem> theirs)
{
    const auto same = [](const AgendaItem &a, const AgendaItem &b) {
        return a.dayNo == b.dayNo && a.start == b.start && a.end == b.end &&
               a.title.trimmed() == b.title.trimmed() && a.speaker.trimmed() == b.speaker.trimmed();
    };
    // Each item of one list is matched with at most one of the other.
    const auto without = [&same](QList<AgendaItem> from, const QList<AgendaItem> &taken) {
        for (const AgendaItem &item : taken) {
            const auto match = std::find_if(from.begin(), from.end(),
                                            [&](const AgendaItem &x) { return same(x, item); });
            if (match != from.end())
                from.erase(match);
        }
        return from;
    };
    const QList<AgendaItem> removed = without(opened, mine);
    const QList<AgendaItem> added = without(mine, opened);
    theirs = without(std::move(theirs), removed);
    for (AgendaItem item : added) {
        item.id = 0;
        if (std::none_of(theirs.cbegin(), theirs.cend(),
                         [&](const AgendaItem &x) { return same(x, item); }))
            theirs.append(item);
    }
    std::stable_sort(theirs.begin(), theirs.end(), [](const AgendaItem &a, const AgendaItem &b) {
        return std::pair(a.dayNo, a.start) < std::pair(b.dayNo, b.start);
    });
    return theirs;
}

Result<qint64> MeetingRepository::agendaVersion(qint64 sessionId) const
{
    return ChangeHistory::version(m_db.connection(), u"meeting_session"_s,
                                  QString::number(sessionId), kAgendaFields);
}

Result<qint64> MeetingRepository::setAgenda(qint64 sessionId, const QList<AgendaItem> &items,
                                            const RecordVersion &seen)
{
    const auto stored = session(sessionId);
    if (!stored)
        return stored.error();
    for (const AgendaItem &item : items) {
        const QString which =
            item.title.isEmpty() ? tr("An agenda item") : u"“"_s + item.title + u"”"_s;
        if (item.title.trimmed().isEmpty())
            return invalid(tr("Every agenda item needs a title."));
        if (!item.start.isValid() || !item.end.isValid())
            return invalid(tr("%1 needs a start and an end time (HH:MM).").arg(which));
        if (item.end <= item.start)
            return invalid(tr("%1 ends before it starts.").arg(which));
        if (item.dayNo < 1 || item.dayNo > stored->session.dayCount) {
            return invalid(tr("%1 is on day %2, but the session has %n day(s).", nullptr,
                              stored->session.dayCount)
                               .arg(which)
                               .arg(item.dayNo));
        }
    }
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r = ChangeHistory::claim(db, u"meeting_sessions"_s, u"meeting_session"_s, sessionId,
                                      seen, m_db.userName(), kAgendaFields);
        !r)
        return r.error();
    const auto before = agenda(sessionId);
    if (!before)
        return before.error();
    QSqlQuery clear(db);
    clear.prepare(u"DELETE FROM agenda_items WHERE session_id = ?"_s);
    if (!execWith(clear, {sessionId}))
        return storageError(clear, Subject::Meeting);
    QSqlQuery add(db);
    add.prepare(u"INSERT INTO agenda_items (id, session_id, day_no, starts_at, ends_at, title, "
                "speaker) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const AgendaItem &item : items) {
        if (!execWith(add,
                      {idOrNull(item.id), sessionId, item.dayNo, timeText(item.start),
                       timeText(item.end), item.title.trimmed(), sqlText(item.speaker.trimmed())}))
            return storageError(add, Subject::Meeting);
    }
    if (auto r = ChangeHistory::recordChanges(
            db, m_db.userName(), u"meeting_session"_s, QString::number(sessionId),
            {{u"agenda"_s, describeAgenda(*before), describeAgenda(items)}});
        !r) {
        return r.error();
    }
    return ChangeHistory::commitEdit(transaction.value(), db, u"meeting_session"_s, sessionId,
                                     kAgendaFields);
}

Result<QList<Contact>> MeetingRepository::candidates(qint64 sessionId, bool everyone) const
{
    const auto stored = session(sessionId);
    if (!stored)
        return stored.error();
    QSqlQuery q(m_db.connection());
    q.prepare(ContactRepository::selectSql() +
              u"WHERE active = 1 AND (? = 1 OR kind = 'consultant' OR lg_code6 IN (SELECT "
              "am.lg_code6 FROM application_members am JOIN applications a ON a.id = "
              "am.application_id JOIN program_meetings m ON m.program_id = a.program_id WHERE "
              "m.id = ? AND a.decision = 'selected' AND (? = 0 OR a.id = ?))) ORDER BY kind DESC, "
              "lg_code6, kana, name"_s);
    if (!execWith(q, {everyone ? 1 : 0, stored->session.meetingId, stored->session.applicationId,
                      stored->session.applicationId}))
        return storageError(q, Subject::Meeting);
    QList<Contact> list;
    while (q.next())
        list.append(ContactRepository::read(q));
    return list;
}

Result<QList<Participant>> MeetingRepository::participants(qint64 sessionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT x.id, x.session_id, x.contact_id, coalesce(x.application_id, 0), c.name, "
              "c.kana, c.department, c.title, c.email, coalesce(c.lg_code6, ''), "
              "CASE WHEN c.lg_code6 IS NULL THEN '' ELSE "_s +
              LocalGovernment::fullNameSql() + u" END, "_s +
              ChangeHistory::versionColumn(u"participant"_s, u"x.id"_s) +
              u" FROM participants x JOIN contacts c ON c.id = x.contact_id LEFT JOIN "
              "local_governments g ON g.code6 = c.lg_code6 LEFT JOIN prefectures p ON p.code = "
              "g.prefecture_code WHERE x.session_id = ? ORDER BY c.kind DESC, c.lg_code6, "
              "c.kana, c.name, x.id"_s);
    if (!execWith(q, {sessionId}))
        return storageError(q, Subject::Meeting);
    QList<Participant> list;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Participant p;
        p.id = q.value(0).toLongLong();
        p.sessionId = q.value(1).toLongLong();
        p.contactId = q.value(2).toLongLong();
        p.applicationId = q.value(3).toLongLong();
        p.name = q.value(4).toString();
        p.kana = q.value(5).toString();
        p.department = q.value(6).toString();
        p.title = q.value(7).toString();
        p.email = q.value(8).toString();
        p.lgCode6 = q.value(9).toString();
        p.affiliation = p.lgCode6.isEmpty() ? tr("Consultant") : q.value(10).toString();
        p.version.seen = q.value(11).toLongLong();
        index.insert(p.id, list.size());
        list.append(p);
    }
    QSqlQuery days(m_db.connection());
    days.prepare(u"SELECT a.participant_id, a.day_no, a.state, a.note FROM attendance a JOIN "
                 "participants x ON x.id = a.participant_id WHERE x.session_id = ?"_s);
    if (!execWith(days, {sessionId}))
        return storageError(days, Subject::Meeting);
    while (days.next()) {
        const auto at = index.find(days.value(0).toLongLong());
        if (at == index.end())
            continue;
        list[*at].days.insert(
            days.value(1).toInt(),
            {readStored(days.value(2), AttendanceState::Registered), days.value(3).toString()});
    }
    return list;
}

Result<QList<qint64>> MeetingRepository::addParticipants(qint64 sessionId,
                                                         const QList<qint64> &contactIds)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto stored = session(sessionId);
    if (!stored)
        return stored.error();
    QSqlQuery program(db);
    program.prepare(u"SELECT program_id FROM program_meetings WHERE id = ?"_s);
    if (!execWith(program, {stored->session.meetingId}) || !program.next())
        return storageError(program, Subject::Meeting);
    const qint64 programId = program.value(0).toLongLong();
    QList<qint64> added;
    for (qint64 contactId : contactIds) {
        QSqlQuery contact(db);
        contact.prepare(u"SELECT coalesce(lg_code6, ''), name, EXISTS (SELECT 1 FROM "
                        "participants WHERE session_id = ? AND contact_id = contacts.id) FROM "
                        "contacts WHERE id = ?"_s);
        if (!execWith(contact, {sessionId, contactId}))
            return storageError(contact, Subject::Meeting);
        if (!contact.next())
            return Error(ErrorCode::NotFound, tr("There is no person %1.").arg(contactId));
        if (contact.value(2).toInt() != 0)
            continue;
        // Someone from a town of the host's application at its workshop comes for the host;
        // anyone else for the selected application their town takes part in.
        auto application = applicationOf(db, programId, contact.value(0).toString(),
                                         stored->session.applicationId);
        if (!application)
            return application.error();
        QSqlQuery add(db);
        add.prepare(u"INSERT INTO participants (session_id, contact_id, application_id) VALUES "
                    "(?, ?, ?) RETURNING id"_s);
        if (!execWith(add, {sessionId, contactId, idOrNull(*application)}))
            return storageError(add, Subject::Meeting);
        const qint64 id = insertedId(add);
        QSqlQuery day(db);
        day.prepare(u"INSERT INTO attendance (participant_id, day_no, state) VALUES (?, ?, "
                    "'registered')"_s);
        for (int n = 1; n <= stored->session.dayCount; ++n) {
            if (!execWith(day, {id, n}))
                return storageError(day, Subject::Meeting);
        }
        if (auto r = ChangeHistory::record(
                db, m_db.userName(), u"participant"_s, QString::number(id), u"created"_s, {},
                u"session %1, %2"_s.arg(sessionId).arg(contact.value(1).toString()));
            !r) {
            return r.error();
        }
        added.append(id);
    }
    if (auto r = transaction->commit(); !r)
        return r.error();
    return added;
}

Result<void> MeetingRepository::insertParticipants(const QList<Participant> &participants)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    for (const Participant &p : participants) {
        QSqlQuery add(db);
        add.prepare(u"INSERT INTO participants (id, session_id, contact_id, application_id) "
                    "VALUES (?, ?, ?, ?) RETURNING id"_s);
        if (!execWith(add, {idOrNull(p.id), p.sessionId, p.contactId, idOrNull(p.applicationId)}))
            return storageError(add, Subject::Meeting);
        const qint64 id = insertedId(add);
        QSqlQuery day(db);
        day.prepare(u"INSERT INTO attendance (participant_id, day_no, state, note) VALUES (?, ?, "
                    "?, ?)"_s);
        for (auto it = p.days.begin(); it != p.days.end(); ++it) {
            if (!execWith(day, {id, it.key(), storedValue(it->state), sqlText(it->note)}))
                return storageError(day, Subject::Meeting);
        }
        if (auto r = ChangeHistory::record(db, m_db.userName(), u"participant"_s,
                                           QString::number(id), u"created"_s, {},
                                           u"session %1, %2"_s.arg(p.sessionId).arg(p.name));
            !r) {
            return r;
        }
    }
    return transaction->commit();
}

Result<QList<Participant>> MeetingRepository::removeParticipants(const QList<qint64> &ids)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QList<Participant> removed;
    QSet<qint64> sessionsRead;
    for (qint64 id : ids) {
        QSqlQuery which(db);
        which.prepare(u"SELECT session_id FROM participants WHERE id = ?"_s);
        if (!execWith(which, {id}))
            return storageError(which, Subject::Meeting);
        if (!which.next())
            return Error(ErrorCode::NotFound, tr("There is no participant %1.").arg(id));
        const qint64 sessionId = which.value(0).toLongLong();
        if (sessionsRead.contains(sessionId))
            continue;
        sessionsRead.insert(sessionId);
        const auto list = participants(sessionId);
        if (!list)
            return list.error();
        for (const Participant &p : *list) {
            if (ids.contains(p.id))
                removed.append(p);
        }
    }
    for (const Participant &p : removed) {
        QSqlQuery remove(db);
        remove.prepare(u"DELETE FROM participants WHERE id = ?"_s);
        if (!execWith(remove, {p.id}))
            return storageError(remove, Subject::Meeting);
        if (auto r = ChangeHistory::record(db, m_db.userName(), u"participant"_s,
                                           QString::number(p.id), u"deleted"_s,
                                           u"session %1, %2"_s.arg(p.sessionId).arg(p.name), {});
            !r) {
            return r.error();
        }
    }
    if (auto r = transaction->commit(); !r)
        return r.error();
    return removed;
}

Result<std::optional<AttendanceChange>>
MeetingRepository::applyAttendance(const QSqlDatabase &db, const QString &user,
                                   const AttendanceChange &change)
{
    QSqlQuery check(db);
    check.prepare(u"SELECT s.day_count, a.state, a.note, s.first_day FROM participants x JOIN "
                  "meeting_sessions s ON s.id = x.session_id LEFT JOIN attendance a ON "
                  "a.participant_id = x.id AND a.day_no = ? WHERE x.id = ?"_s);
    if (!execWith(check, {change.dayNo, change.participantId}))
        return storageError(check, Subject::Meeting);
    if (!check.next()) {
        return Error(ErrorCode::NotFound,
                     tr("There is no participant %1.").arg(change.participantId));
    }
    if (change.dayNo < 1 || change.dayNo > check.value(0).toInt())
        return invalid(tr("The session has no day %1.").arg(change.dayNo));
    // Who came is known only of a day that has a date; registering needs none.
    if (change.mark && change.mark->state != AttendanceState::Registered &&
        check.value(3).toString().isEmpty()) {
        return invalid(tr("The session has no date yet: set the session's date first, then mark "
                          "who attended."));
    }
    std::optional<AttendanceMark> before;
    if (!check.value(1).isNull()) {
        before = AttendanceMark{readStored(check.value(1), AttendanceState::Registered),
                                check.value(2).toString()};
    }
    std::optional<AttendanceMark> after = change.mark;
    if (after)
        after->note = after->note.trimmed();
    if (before == after)
        return std::optional<AttendanceChange>();
    QSqlQuery write(db);
    if (after) {
        write.prepare(u"INSERT INTO attendance (participant_id, day_no, state, note) VALUES (?, ?, "
                      "?, ?) ON CONFLICT (participant_id, day_no) DO UPDATE SET state = "
                      "excluded.state, note = excluded.note"_s);
        if (!execWith(write, {change.participantId, change.dayNo, storedValue(after->state),
                              sqlText(after->note)}))
            return storageError(write, Subject::Meeting);
    } else {
        write.prepare(u"DELETE FROM attendance WHERE participant_id = ? AND day_no = ?"_s);
        if (!execWith(write, {change.participantId, change.dayNo}))
            return storageError(write, Subject::Meeting);
    }
    if (auto r = ChangeHistory::record(
            db, user, u"participant"_s, QString::number(change.participantId),
            u"day %1"_s.arg(change.dayNo), describeMark(before), describeMark(after));
        !r) {
        return r.error();
    }
    return std::optional<AttendanceChange>(
        AttendanceChange{change.participantId, change.dayNo, before});
}

Result<QList<AttendanceChange>>
MeetingRepository::setAttendance(const QList<AttendanceChange> &changes)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    // Each person checked once, before any of the changes adds to their history.
    QSet<qint64> claimed;
    for (const AttendanceChange &change : changes) {
        if (!change.version.seen || claimed.contains(change.participantId))
            continue;
        if (auto r = ChangeHistory::claim(db, u"participants"_s, u"participant"_s,
                                          change.participantId, change.version, m_db.userName());
            !r)
            return r.error();
        claimed.insert(change.participantId);
    }
    QList<AttendanceChange> undo;
    for (const AttendanceChange &change : changes) {
        auto applied = applyAttendance(db, m_db.userName(), change);
        if (!applied)
            return applied.error();
        if (*applied)
            undo.prepend(**applied);
    }
    QHash<qint64, qint64> versions;
    for (AttendanceChange &back : undo) {
        if (!versions.contains(back.participantId)) {
            const auto after =
                ChangeHistory::version(db, u"participant"_s, QString::number(back.participantId));
            if (!after)
                return after.error();
            versions.insert(back.participantId, *after);
        }
        back.version = {versions.value(back.participantId), true};
    }
    if (auto r = transaction->commit(); !r)
        return r.error();
    return undo;
}

Result<QList<PresentationSlot>> MeetingRepository::presentationSlots(qint64 sessionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, seq, day_no, starts_at, minutes, coalesce(application_id, 0), "
              "presenter, title FROM presentation_slots WHERE session_id = ? ORDER BY seq"_s);
    if (!execWith(q, {sessionId}))
        return storageError(q, Subject::Meeting);
    QList<PresentationSlot> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(),
                     QTime::fromString(q.value(3).toString(), u"HH:mm"_s), q.value(4).toInt(),
                     q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString()});
    }
    return list;
}

Result<qint64> MeetingRepository::timetableVersion(qint64 sessionId) const
{
    return ChangeHistory::version(m_db.connection(), u"meeting_session"_s,
                                  QString::number(sessionId), kTimetableFields);
}

namespace {

// The version first: a change landing between the two reads makes the next save ask, rather
// than overwrite it.
template <typename Value>
Result<Versioned<Value>> readVersioned(const Result<qint64> &version,
                                       const std::function<Result<Value>()> &read)
{
    if (!version)
        return version.error();
    auto value = read();
    if (!value)
        return value.error();
    return Versioned<Value>{*value, RecordVersion{*version}};
}

} // namespace

Result<Versioned<QList<AgendaItem>>> MeetingRepository::agendaAsRead(qint64 sessionId) const
{
    return readVersioned<QList<AgendaItem>>(agendaVersion(sessionId),
                                            [&] { return agenda(sessionId); });
}

Result<Versioned<QList<PresentationSlot>>>
MeetingRepository::timetableAsRead(qint64 sessionId) const
{
    return readVersioned<QList<PresentationSlot>>(timetableVersion(sessionId),
                                                  [&] { return presentationSlots(sessionId); });
}

Result<qint64> MeetingRepository::setPresentationSlots(qint64 sessionId,
                                                       const QList<PresentationSlot> &timetable,
                                                       const RecordVersion &seen)
{
    const auto stored = session(sessionId);
    if (!stored)
        return stored.error();
    for (const PresentationSlot &slot : timetable) {
        if (!slot.start.isValid())
            return invalid(tr("Slot %1 needs a start time (HH:MM).").arg(slot.seq));
        if (slot.minutes < 1 || slot.minutes > 600)
            return invalid(tr("Slot %1 must last from 1 to 600 minutes.").arg(slot.seq));
        if (slot.dayNo < 1 || slot.dayNo > stored->session.dayCount)
            return invalid(tr("Slot %1 is on day %2, which the session does not have.")
                               .arg(slot.seq)
                               .arg(slot.dayNo));
        if (slot.end() < slot.start)
            return invalid(tr("Slot %1 runs past midnight.").arg(slot.seq));
    }
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r = ChangeHistory::claim(db, u"meeting_sessions"_s, u"meeting_session"_s, sessionId,
                                      seen, m_db.userName(), kTimetableFields);
        !r)
        return r.error();
    const auto before = presentationSlots(sessionId);
    if (!before)
        return before.error();
    QSqlQuery clear(db);
    clear.prepare(u"DELETE FROM presentation_slots WHERE session_id = ?"_s);
    if (!execWith(clear, {sessionId}))
        return storageError(clear, Subject::Meeting);
    QSqlQuery add(db);
    add.prepare(u"INSERT INTO presentation_slots (id, session_id, seq, day_no, starts_at, "
                "minutes, application_id, presenter, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    int seq = 0;
    for (const PresentationSlot &slot : timetable) {
        if (!execWith(add, {idOrNull(slot.id), sessionId, ++seq, slot.dayNo, timeText(slot.start),
                            slot.minutes, idOrNull(slot.applicationId),
                            sqlText(slot.presenter.trimmed()), sqlText(slot.title.trimmed())}))
            return storageError(add, Subject::Meeting);
    }
    if (auto r = ChangeHistory::recordChanges(
            db, m_db.userName(), u"meeting_session"_s, QString::number(sessionId),
            {{u"presentations"_s, describeSlots(*before), describeSlots(timetable)}});
        !r) {
        return r.error();
    }
    return ChangeHistory::commitEdit(transaction.value(), db, u"meeting_session"_s, sessionId,
                                     kTimetableFields);
}

Result<void> MeetingRepository::syncSessions(const QSqlDatabase &db, const QString &user,
                                             qint64 programId)
{
    // What there should be: (meeting, application or 0), with the meeting's length.
    QSqlQuery wanted(db);
    wanted.prepare(u"SELECT m.id, 0, m.days, m.place_ja FROM program_meetings m WHERE "
                   "m.program_id = ? AND m.kind <> 'local_workshop' UNION ALL SELECT m.id, "
                   "a.id, m.days, '' FROM program_meetings m JOIN applications a ON a.program_id "
                   "= m.program_id AND a.decision = 'selected' WHERE m.program_id = ? AND "
                   "m.kind = 'local_workshop'"_s);
    if (!execWith(wanted, {programId, programId}))
        return storageError(wanted, Subject::Meeting);
    struct Want
    {
        int days;
        QString venue;
    };
    QHash<QPair<qint64, qint64>, Want> want;
    while (wanted.next()) {
        want.insert({wanted.value(0).toLongLong(), wanted.value(1).toLongLong()},
                    {wanted.value(2).toInt(), wanted.value(3).toString()});
    }
    QSqlQuery existing(db);
    existing.prepare(u"SELECT s.id, s.meeting_id, coalesce(s.application_id, 0), s.cancelled "
                     "FROM meeting_sessions s JOIN program_meetings m ON m.id = s.meeting_id "
                     "WHERE m.program_id = ?"_s);
    if (!execWith(existing, {programId}))
        return storageError(existing, Subject::Meeting);
    struct Have
    {
        qint64 id;
        QPair<qint64, qint64> key;
        bool cancelled;
    };
    QList<Have> have;
    while (existing.next()) {
        have.append({existing.value(0).toLongLong(),
                     {existing.value(1).toLongLong(), existing.value(2).toLongLong()},
                     existing.value(3).toInt() != 0});
    }
    const auto setCancelled = [&](qint64 id, bool cancelled) -> Result<void> {
        QSqlQuery q(db);
        q.prepare(u"UPDATE meeting_sessions SET cancelled = ? WHERE id = ?"_s);
        if (!execWith(q, {cancelled ? 1 : 0, id}))
            return storageError(q, Subject::Meeting);
        return ChangeHistory::record(db, user, u"meeting_session"_s, QString::number(id),
                                     u"cancelled"_s, cancelled ? 0 : 1, cancelled ? 1 : 0);
    };
    for (const Have &h : have) {
        if (want.contains(h.key)) {
            want.remove(h.key);
            if (h.cancelled) {
                if (auto r = setCancelled(h.id, false); !r)
                    return r;
            }
            continue;
        }
        // Never deleted: the session keeps its id, so that undo and redo of the selection and
        // of everything done in the session, and the calendar's event ids, stay valid.
        if (!h.cancelled) {
            if (auto r = setCancelled(h.id, true); !r)
                return r;
        }
    }
    for (auto it = want.begin(); it != want.end(); ++it) {
        QSqlQuery add(db);
        add.prepare(u"INSERT INTO meeting_sessions (meeting_id, application_id, day_count, "
                    "venue_name) VALUES (?, ?, ?, ?) RETURNING id"_s);
        if (!execWith(add,
                      {it.key().first, idOrNull(it.key().second), it->days, sqlText(it->venue)}))
            return storageError(add, Subject::Meeting);
        if (auto r = ChangeHistory::record(
                db, user, u"meeting_session"_s, QString::number(insertedId(add)), u"created"_s, {},
                u"meeting %1, application %2"_s.arg(it.key().first).arg(it.key().second));
            !r) {
            return r;
        }
    }
    return {};
}

Result<int> MeetingRepository::heldSessionCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM meeting_sessions WHERE cancelled = 0"_s) || !q.next())
        return storageError(q, Subject::Meeting);
    return q.value(0).toInt();
}

Result<int> MeetingRepository::participantCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM participants"_s) || !q.next())
        return storageError(q, Subject::Meeting);
    return q.value(0).toInt();
}

} // namespace iotdesk::core
