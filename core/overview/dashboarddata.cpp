#include "core/overview/dashboarddata.h"

#include "core/foundation/dateformatter.h"
#include "core/foundation/japantime.h"
#include "core/reports/reportrepository.h"
#include "core/storage/database.h"
#include "core/storage/sqldialect.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {} // namespace

Result<DashboardData> DashboardData::load(const Database &db, qint64 programId, QDate today)
{
    DashboardData d;
    const QSqlDatabase c = db.connection();
    const SqlDialect sql(c);
    QSqlQuery fy(c);
    fy.setForwardOnly(true);
    fy.prepare(u"SELECT fiscal_year FROM programs WHERE id = ?"_s);
    fy.addBindValue(programId);
    if (!fy.exec() || !fy.next())
        return Error(ErrorCode::NotFound, tr("There is no program %1.").arg(programId));
    d.fiscalYear = fy.value(0).toInt();
    for (int m = 0; m < 12; ++m) {
        const QDate month = QDate(d.fiscalYear, 4, 1).addMonths(m);
        d.reports.append({month, 0, 0, 0});
        d.consultations.append({month, {}});
    }

    // Applications and selections per bureau of the lead applicant.
    QSqlQuery bureaus(c);
    bureaus.setForwardOnly(true);
    bureaus.prepare(
        u"SELECT b.id, b.name_ja, b.name_en, count(a.id), count(*) FILTER (WHERE "
        "a.decision = 'selected') FROM bureaus b LEFT JOIN prefectures p ON p.bureau_id = "
        "b.id LEFT JOIN local_governments g ON g.prefecture_code = p.code LEFT JOIN "
        "application_members am ON am.lg_code6 = g.code6 AND am.is_lead = 1 LEFT JOIN "
        "applications a ON a.id = am.application_id AND a.program_id = ? GROUP BY "
        "b.id ORDER BY b.id"_s);
    if (!execWith(bureaus, {programId}))
        return storageError(bureaus);
    while (bureaus.next()) {
        d.bureaus.append({bureaus.value(0).toInt(), bureaus.value(1).toString(),
                          bureaus.value(2).toString(), bureaus.value(3).toInt(),
                          bureaus.value(4).toInt()});
    }

    // Reports per month: received by the due date, received late, overdue without a report.
    QSqlQuery reports(c);
    reports.setForwardOnly(true);
    reports.prepare(u"SELECT r.month, count(*) FILTER (WHERE r.received_on <= r.due_on), "
                    "count(*) FILTER (WHERE r.received_on > r.due_on), count(*) FILTER (WHERE "
                    "r.received_on IS NULL AND r.due_on < ?) FROM monthly_reports r JOIN "
                    "applications a ON a.id = "
                    "r.application_id WHERE a.program_id = ? AND (r.cancelled = 0 OR "
                    "r.received_on IS NOT NULL) GROUP BY r.month"_s);
    if (!execWith(reports, {today.toString(Qt::ISODate), programId}))
        return storageError(reports);
    while (reports.next()) {
        const int at = DateFormatter::fiscalMonth(
            d.fiscalYear, QDate::fromString(reports.value(0).toString() + u"-01"_s, Qt::ISODate));
        if (at < 0 || at >= 12)
            continue;
        d.reports[at].onTime = reports.value(1).toInt();
        d.reports[at].late = reports.value(2).toInt();
        d.reports[at].missing = reports.value(3).toInt();
    }

    // Consultations per month (Japan time) and channel over the fiscal year: a range of the
    // time index.
    QSqlQuery consultations(c);
    consultations.setForwardOnly(true);
    consultations.prepare(
        u"SELECT "_s + sql.japanMonth(u"occurred_at"_s) +
        u", channel, count(*) FROM consultations WHERE occurred_at >= ? AND occurred_at < ? "
        "GROUP BY 1, 2"_s);
    if (!execWith(consultations, {JapanTime::dayStartText(QDate(d.fiscalYear, 4, 1)),
                                  JapanTime::dayStartText(QDate(d.fiscalYear + 1, 4, 1))}))
        return storageError(consultations);
    while (consultations.next()) {
        const int at = DateFormatter::fiscalMonth(
            d.fiscalYear,
            QDate::fromString(consultations.value(0).toString() + u"-01"_s, Qt::ISODate));
        if (at >= 0 && at < 12)
            d.consultations[at].byChannel[readStored(consultations.value(1), Channel::Other)] +=
                consultations.value(2).toInt();
    }

    // Open follow-ups by days since their consultation (the partial index of open ones): the
    // program's own, of consultations in its fiscal year, not another year's.
    d.followUps = {{0, 7, 0}, {8, 30, 0}, {31, 90, 0}, {91, -1, 0}};
    QSqlQuery ages(c);
    ages.setForwardOnly(true);
    ages.prepare(u"SELECT CASE WHEN age <= 7 THEN 0 WHEN age <= 30 THEN 1 WHEN age <= 90 THEN 2 "
                 "ELSE 3 END, count(*) FROM (SELECT "_s +
                 sql.daysBetween(sql.japanDate(u"c.occurred_at"_s), u"?"_s) +
                 u" AS age FROM follow_ups f JOIN consultations c ON c.id = "
                 "f.consultation_id WHERE f.done_on IS NULL AND c.occurred_at >= ? AND "
                 "c.occurred_at < ?) AS open_follow_ups GROUP BY 1"_s);
    if (!execWith(ages,
                  {today.toString(Qt::ISODate), JapanTime::dayStartText(QDate(d.fiscalYear, 4, 1)),
                   JapanTime::dayStartText(QDate(d.fiscalYear + 1, 4, 1))}))
        return storageError(ages);
    while (ages.next()) {
        const int bucket = ages.value(0).toInt();
        if (bucket >= 0 && bucket < d.followUps.size())
            d.followUps[bucket].count = ages.value(1).toInt();
    }

    // Attendance per meeting: person-days registered on days already held, and those attended.
    QSqlQuery attendance(c);
    attendance.setForwardOnly(true);
    attendance.prepare(
        u"SELECT m.id, m.seq, m.kind, m.name_ja, m.name_en, count(a.day_no), "
        "count(*) FILTER (WHERE a.state = 'attended') FROM program_meetings m LEFT JOIN "
        "meeting_sessions s ON s.meeting_id = m.id AND s.cancelled = 0 AND "
        "s.first_day IS NOT NULL LEFT JOIN participants x ON x.session_id = s.id "
        "LEFT JOIN attendance a ON a.participant_id = x.id AND "_s +
        sql.addDays(u"s.first_day"_s, u"a.day_no - 1"_s) +
        u" < ? WHERE m.program_id = ? GROUP BY m.id "
        "ORDER BY m.seq"_s);
    if (!execWith(attendance, {today.toString(Qt::ISODate), programId}))
        return storageError(attendance);
    while (attendance.next()) {
        d.attendance.append({attendance.value(0).toLongLong(), attendance.value(1).toInt(),
                             readStored(attendance.value(2), MeetingKind::CentralWorkshop),
                             attendance.value(3).toString(), attendance.value(4).toString(),
                             attendance.value(5).toInt(), attendance.value(6).toInt()});
    }
    const auto standings = ReportRepository(db).milestoneStandings(programId, today);
    if (!standings)
        return standings.error();
    for (const ReportRepository::MilestoneStanding &s : *standings) {
        if (d.milestones.isEmpty() || d.milestones.back().applicationId != s.applicationId)
            d.milestones.append({s.applicationId, s.code6, s.municipality, s.shortName});
        MilestoneStates &counts = d.milestones.back();
        if (!s.progress.state) {
            ++counts.unreported;
            continue;
        }
        switch (*s.progress.state) {
        case MilestoneState::NotStarted:
            ++counts.notStarted;
            break;
        case MilestoneState::OnTrack:
            ++counts.onTrack;
            break;
        case MilestoneState::Delayed:
            ++counts.delayed;
            break;
        case MilestoneState::Done:
            ++counts.done;
            break;
        }
    }
    return d;
}

} // namespace iotdesk::core
