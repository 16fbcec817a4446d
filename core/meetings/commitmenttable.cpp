#include "core/meetings/commitmenttable.h"

#include "core/meetings/meetingrepository.h"
#include "core/municipalities/localgovernment.h"
#include "core/storage/database.h"
#include "core/storage/storageerror.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

std::optional<bool> optionalBool(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt() != 0;
}

// `attendedDays`: days someone attended for the application; `excusedDays`: days someone sent
// notice of absence (欠席（届出あり）). A day passed with neither is missed.
CommitmentCell centralCell(const SessionSummary *session, const QSet<int> &attendedDays,
                           const QSet<int> &excusedDays, QDate today)
{
    CommitmentCell cell;
    if (!session) {
        cell.text = CommitmentTable::tr("no session");
        return cell;
    }
    cell.days = session->session.dayCount;
    cell.daysAttended = int(attendedDays.size());
    if (!session->session.firstDay) {
        cell.text = CommitmentTable::tr("not scheduled");
        return cell;
    }
    QStringList missed;
    QStringList excused;
    for (int n = 1; n <= cell.days; ++n) {
        if (attendedDays.contains(n) || session->session.day(n) >= today)
            continue;
        (excusedDays.contains(n) ? excused : missed).append(QString::number(n));
    }
    if (cell.daysAttended >= cell.days) {
        cell.state = CommitmentState::Kept;
        cell.text = CommitmentTable::tr("%1/%2 days").arg(cell.daysAttended).arg(cell.days);
    } else if (!missed.isEmpty() || !excused.isEmpty()) {
        // An excused absence is still a day not attended, but said as one with notice.
        cell.state = CommitmentState::Gap;
        const QString comma = CommitmentTable::tr(", ", "between two day numbers");
        const QString attended = QString::number(cell.daysAttended);
        const QString days = QString::number(cell.days);
        if (excused.isEmpty()) {
            cell.text = CommitmentTable::tr("%1/%2 days — day %3 missed")
                            .arg(attended, days, missed.join(comma));
        } else if (missed.isEmpty()) {
            cell.text = CommitmentTable::tr("%1/%2 days — day %3 excused")
                            .arg(attended, days, excused.join(comma));
        } else {
            cell.text = CommitmentTable::tr("%1/%2 days — day %3 missed, day %4 excused")
                            .arg(attended, days, missed.join(comma), excused.join(comma));
        }
    } else {
        cell.text = CommitmentTable::tr("%1/%2 days so far").arg(cell.daysAttended).arg(cell.days);
    }
    return cell;
}

CommitmentCell localCell(const SessionSummary *session, const ProgramMeeting &meeting, QDate today)
{
    CommitmentCell cell;
    cell.days = session ? session->session.dayCount : meeting.days;
    if (!session || session->session.cancelled) {
        cell.state = CommitmentState::Gap;
        cell.text = CommitmentTable::tr("no session");
        return cell;
    }
    if (!session->session.firstDay) {
        const bool late = meeting.plannedEnd < today;
        cell.state = late ? CommitmentState::Gap : CommitmentState::Pending;
        cell.text =
            late ? CommitmentTable::tr("never scheduled") : CommitmentTable::tr("no date yet");
        return cell;
    }
    cell.heldOn = *session->session.firstDay;
    if (session->session.lastDay() < today) {
        cell.state = CommitmentState::Kept;
        cell.text = CommitmentTable::tr("hosted %1").arg(cell.heldOn.toString(u"M/d"_s));
    } else {
        cell.text = CommitmentTable::tr("planned %1").arg(cell.heldOn.toString(u"M/d"_s));
    }
    return cell;
}

} // namespace

Result<CommitmentTable> CommitmentTable::build(const Database &db, qint64 programId, QDate today)
{
    CommitmentTable table;
    const auto sessions = MeetingRepository(db).sessions(programId);
    if (!sessions)
        return sessions.error();
    QSqlQuery meetings(db.connection());
    meetings.prepare(u"SELECT id, seq, kind, name_ja, name_en, planned_start, planned_end, "
                     "place_ja, place_en, days FROM program_meetings WHERE program_id = ? ORDER "
                     "BY seq"_s);
    meetings.addBindValue(programId);
    if (!meetings.exec())
        return storageError(meetings.lastError());
    while (meetings.next()) {
        table.meetings.append({meetings.value(0).toLongLong(), meetings.value(1).toInt(),
                               readStored(meetings.value(2), MeetingKind::CentralWorkshop),
                               meetings.value(3).toString(), meetings.value(4).toString(),
                               QDate::fromString(meetings.value(5).toString(), Qt::ISODate),
                               QDate::fromString(meetings.value(6).toString(), Qt::ISODate),
                               meetings.value(7).toString(), meetings.value(8).toString(),
                               meetings.value(9).toInt()});
    }
    // Days attended by at least one person, and days someone was excused, per application and
    // session.
    QSqlQuery marked(db.connection());
    marked.prepare(
        u"SELECT DISTINCT x.application_id, x.session_id, a.day_no, a.state FROM participants "
        "x JOIN attendance a ON a.participant_id = x.id JOIN meeting_sessions s ON "
        "s.id = x.session_id JOIN program_meetings m ON m.id = s.meeting_id WHERE "
        "m.program_id = ? AND a.state IN ('attended', 'excused') AND x.application_id IS NOT "
        "NULL"_s);
    marked.addBindValue(programId);
    if (!marked.exec())
        return storageError(marked.lastError());
    QHash<std::pair<qint64, qint64>, QSet<int>> days;
    QHash<std::pair<qint64, qint64>, QSet<int>> excusedDays;
    while (marked.next()) {
        const std::pair<qint64, qint64> key{marked.value(0).toLongLong(),
                                            marked.value(1).toLongLong()};
        (marked.value(3).toString() == u"excused" ? excusedDays : days)[key].insert(
            marked.value(2).toInt());
    }
    QSqlQuery selected(db.connection());
    selected.prepare(u"SELECT a.id, g.code6, "_s + LocalGovernment::fullNameSql() +
                     u", a.attends_meetings, a.hosts_workshop2 FROM applications a JOIN "
                     "application_members am ON am.application_id = a.id AND am.is_lead = 1 JOIN "
                     "local_governments g ON g.code6 = am.lg_code6 JOIN prefectures p ON p.code = "
                     "g.prefecture_code WHERE a.program_id = ? AND a.decision = 'selected' ORDER "
                     "BY g.code6"_s);
    selected.addBindValue(programId);
    if (!selected.exec())
        return storageError(selected.lastError());
    while (selected.next()) {
        CommitmentRow row;
        row.applicationId = selected.value(0).toLongLong();
        row.code6 = selected.value(1).toString();
        row.name = selected.value(2).toString();
        row.promisedAttendance = optionalBool(selected.value(3));
        row.promisedHosting = optionalBool(selected.value(4));
        for (const ProgramMeeting &meeting : table.meetings) {
            const SessionSummary *found = nullptr;
            const bool local = meeting.kind == MeetingKind::LocalWorkshop;
            for (const SessionSummary &s : *sessions) {
                if (s.session.meetingId == meeting.id &&
                    s.session.applicationId == (local ? row.applicationId : 0)) {
                    found = &s;
                }
            }
            const std::pair<qint64, qint64> key{row.applicationId,
                                                found ? found->session.id : qint64(0)};
            row.cells.append(
                local ? localCell(found, meeting, today)
                      : centralCell(found, days.value(key), excusedDays.value(key), today));
        }
        table.rows.append(row);
    }
    return table;
}

} // namespace iotdesk::core
