#include "core/reports/reportrepository.h"

#include "core/foundation/dateformatter.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/localgovernment.h"
#include "core/programs/businesscalendar.h"
#include "core/storage/changehistory.h"
#include "core/storage/database.h"
#include "core/storage/sqldialect.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

QString monthKey(QDate month)
{
    return month.toString(u"yyyy-MM"_s);
}

QDate monthFromKey(const QString &key)
{
    return QDate::fromString(key + u"-01"_s, Qt::ISODate);
}

QVariant dateOrNull(const std::optional<QDate> &date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant();
}

std::optional<QDate> optionalDate(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return QDate::fromString(value.toString(), Qt::ISODate);
}

const QString kSelect =
    u"SELECT r.id, r.application_id, r.month, r.due_on, r.received_on, coalesce(r.channel, ''), "
    "r.activities, r.progress, r.issues, r.next_plans, r.support_requested, r.reviewer_comment, "
    "r.reviewed_on, r.reviewed_by, r.cancelled, g.code6, "_s +
    LocalGovernment::fullNameSql() + u", "_s +
    ChangeHistory::versionColumn(u"monthly_report"_s, u"r.id"_s) +
    u", (SELECT count(*) FROM report_milestones rm WHERE rm.report_id = r.id AND rm.state = "
    "'delayed') FROM monthly_reports r JOIN applications a ON a.id = r.application_id JOIN "
    "application_members am ON am.application_id = a.id AND am.is_lead = 1 JOIN "
    "local_governments g ON g.code6 = am.lg_code6 JOIN prefectures p ON p.code = "
    "g.prefecture_code "_s;

constexpr ValueName<ReportChannel> kChannels[] = {
    {ReportChannel::None, u"", QT_TRANSLATE_NOOP("iotdesk::core::ReportRepository", "Not received"),
     u"未着"},
    {ReportChannel::Email, u"email", QT_TRANSLATE_NOOP("iotdesk::core::ReportRepository", "E-mail"),
     u"メール"},
    {ReportChannel::Post, u"post", QT_TRANSLATE_NOOP("iotdesk::core::ReportRepository", "Post"),
     u"郵送"},
    {ReportChannel::Fax, u"fax", QT_TRANSLATE_NOOP("iotdesk::core::ReportRepository", "Fax"),
     u"FAX"},
    {ReportChannel::Meeting, u"meeting",
     QT_TRANSLATE_NOOP("iotdesk::core::ReportRepository", "At a meeting"), u"会議で"},
    {ReportChannel::Other, u"other", QT_TRANSLATE_NOOP("iotdesk::core::ReportRepository", "Other"),
     u"その他"},
};

MonthlyReport readReport(const QSqlQuery &q)
{
    MonthlyReport r;
    r.id = q.value(0).toLongLong();
    r.applicationId = q.value(1).toLongLong();
    r.month = monthFromKey(q.value(2).toString());
    r.dueOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    r.receivedOn = optionalDate(q.value(4));
    r.channel = readStored(q.value(5), ReportChannel::Other);
    r.activities = q.value(6).toString();
    r.progress = q.value(7).toString();
    r.issues = q.value(8).toString();
    r.nextPlans = q.value(9).toString();
    r.supportRequested = q.value(10).toString();
    r.reviewerComment = q.value(11).toString();
    r.reviewedOn = optionalDate(q.value(12));
    r.reviewedBy = q.value(13).toString();
    r.cancelled = q.value(14).toInt() != 0;
    r.code6 = q.value(15).toString();
    r.name = q.value(16).toString();
    r.version.seen = q.value(17).toLongLong();
    r.delayedMilestones = q.value(18).toInt();
    return r;
}

constexpr ValueName<MilestoneState> kMilestoneStates[] = {
    {MilestoneState::NotStarted, u"not_started",
     QT_TRANSLATE_NOOP("iotdesk::core::ReportRepository", "Not started"), u"未着手"},
    {MilestoneState::OnTrack, u"on_track",
     QT_TRANSLATE_NOOP("iotdesk::core::ReportRepository", "On track"), u"順調"},
    {MilestoneState::Delayed, u"delayed",
     QT_TRANSLATE_NOOP("iotdesk::core::ReportRepository", "Delayed"), u"遅延"},
    {MilestoneState::Done, u"done", QT_TRANSLATE_NOOP("iotdesk::core::ReportRepository", "Done"),
     u"完了"},
};

QString progressText(const MilestoneProgress &m)
{
    if (!m.state)
        return {};
    return m.note.isEmpty() ? storedName(*m.state) : storedName(*m.state) + u": "_s + m.note;
}

// The plan's milestones of a report's application with the report's states.
Result<QList<MilestoneProgress>> readMilestones(const QSqlDatabase &db, qint64 reportId,
                                                qint64 applicationId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT m.id, m.title, m.due_on, rm.state, coalesce(rm.note, '') FROM "
              "plan_milestones m JOIN plans p ON p.id = m.plan_id LEFT JOIN report_milestones rm "
              "ON rm.milestone_id = m.id AND rm.report_id = ? WHERE p.application_id = ? ORDER BY "
              "m.position, m.due_on, m.id"_s);
    if (!execWith(q, {reportId, applicationId}))
        return storageError(q, Subject::Report);
    QList<MilestoneProgress> list;
    while (q.next()) {
        MilestoneProgress m;
        m.milestoneId = q.value(0).toLongLong();
        m.title = q.value(1).toString();
        m.dueOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (!q.value(3).isNull())
            m.state = readStored(q.value(3), MilestoneState::OnTrack);
        m.note = q.value(4).toString();
        list.append(m);
    }
    return list;
}

} // namespace

template <> const ValueSet<MilestoneState> &valueSet<MilestoneState>()
{
    static constexpr ValueSet<MilestoneState> set("iotdesk::core::ReportRepository",
                                                  kMilestoneStates);
    return set;
}

template <> const ValueSet<ReportChannel> &valueSet<ReportChannel>()
{
    static constexpr ValueSet<ReportChannel> set("iotdesk::core::ReportRepository", kChannels);
    return set;
}

QString ReportRepository::statusName(ReportStatus status)
{
    switch (status) {
    case ReportStatus::NotYetDue:
        return tr("Not yet due");
    case ReportStatus::Due:
        return tr("Due");
    case ReportStatus::Overdue:
        return tr("Overdue");
    case ReportStatus::Received:
        return tr("Received");
    case ReportStatus::Reviewed:
        return tr("Reviewed");
    }
    return {};
}

QDate ReportRepository::dueDate(QDate month, int dueDay, const BusinessCalendar &calendar)
{
    const QDate next = month.addMonths(1);
    const QDate day(next.year(), next.month(), std::min(dueDay, next.daysInMonth()));
    return calendar.nextBusinessDayFrom(day);
}

Result<QList<MonthlyReport>> ReportRepository::reports(qint64 programId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // A month that left the schedule is shown only when its report came all the same.
    q.prepare(kSelect + u"WHERE a.program_id = ? AND (r.cancelled = 0 OR r.received_on IS NOT "
                        "NULL) ORDER BY g.code6, r.application_id, r.month"_s);
    if (!execWith(q, {programId}))
        return storageError(q, Subject::Report);
    QList<MonthlyReport> list;
    while (q.next())
        list.append(readReport(q));
    return list;
}

Result<MonthlyReport> ReportRepository::report(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + u"WHERE r.id = ?"_s);
    if (!execWith(q, {id}))
        return storageError(q, Subject::Report);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no report %1.").arg(id));
    return withMilestones(readReport(q));
}

Result<MonthlyReport> ReportRepository::withMilestones(MonthlyReport report) const
{
    auto milestones = readMilestones(m_db.connection(), report.id, report.applicationId);
    if (!milestones)
        return milestones.error();
    report.milestones = std::move(milestones).value();
    return report;
}

Result<MonthlyReport> ReportRepository::reportFor(qint64 programId, const QString &code6,
                                                  QDate month) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + u"WHERE a.program_id = ? AND r.month = ? AND r.cancelled = 0 AND "
                        "EXISTS (SELECT 1 FROM application_members m WHERE m.application_id = "
                        "a.id AND m.lg_code6 = ?)"_s);
    if (!execWith(q, {programId, monthKey(month), code6}))
        return storageError(q, Subject::Report);
    if (!q.next()) {
        return Error(ErrorCode::NotFound,
                     tr("No report of %1 for %2 is scheduled: it is not selected, or the month "
                        "is outside its reporting period.")
                         .arg(code6, month.toString(u"yyyy-MM"_s)));
    }
    return withMilestones(readReport(q));
}

Result<void> ReportRepository::validate(const MonthlyReport &r) const
{
    const auto invalid = [](const QString &message) {
        return Error(ErrorCode::Invalid, message);
    };
    if (r.receivedOn && !r.receivedOn->isValid())
        return invalid(tr("The received date is not a date."));
    if (r.receivedOn && (r.channel == ReportChannel::None || !isKnown(r.channel)))
        return invalid(tr("Say how the report came (e-mail, post, fax, at a meeting, other)."));
    if (r.reviewedOn && !r.receivedOn)
        return invalid(tr("A report is reviewed only once it has been received."));
    if (r.reviewedOn && *r.reviewedOn < *r.receivedOn)
        return invalid(tr("The review date is before the report was received."));
    if (r.receivedOn && *r.receivedOn < r.month)
        return invalid(tr("The report for %1 cannot have been received before that month began.")
                           .arg(r.month.toString(u"yyyy-MM"_s)));
    for (const MilestoneProgress &m : r.milestones) {
        if (m.state && !isKnown(*m.state))
            return invalid(tr("Unknown state of a milestone."));
        if (!m.state && !m.note.trimmed().isEmpty())
            return invalid(tr("Give “%1” a state for its note.").arg(m.title));
    }
    for (const std::optional<QDate> &day : {r.receivedOn, r.reviewedOn}) {
        if (day && *day > JapanTime::today()) {
            return invalid(tr("%1 is still to come: a report is recorded as received or reviewed "
                              "on the day it was.")
                               .arg(DateFormatter::forMessages().date(*day)));
        }
    }
    return {};
}

Result<qint64> ReportRepository::update(const MonthlyReport &changed)
{
    if (auto valid = validate(changed); !valid)
        return valid.error();
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r = ChangeHistory::claim(db, u"monthly_reports"_s, u"monthly_report"_s, changed.id,
                                      changed.version, m_db.userName());
        !r)
        return r.error();
    const auto stored = report(changed.id);
    if (!stored)
        return stored.error();
    MonthlyReport after = changed;
    if (!after.receivedOn)
        after.channel = ReportChannel::None;
    for (QString *text : {&after.activities, &after.progress, &after.issues, &after.nextPlans,
                          &after.supportRequested, &after.reviewerComment, &after.reviewedBy}) {
        *text = text->trimmed();
    }
    QSqlQuery q(db);
    q.prepare(u"UPDATE monthly_reports SET received_on = ?, channel = ?, activities = ?, "
              "progress = ?, issues = ?, next_plans = ?, support_requested = ?, "
              "reviewer_comment = ?, reviewed_on = ?, reviewed_by = ? WHERE id = ?"_s);
    if (!execWith(q, {dateOrNull(after.receivedOn), storedValue(after.channel),
                      sqlText(after.activities), sqlText(after.progress), sqlText(after.issues),
                      sqlText(after.nextPlans), sqlText(after.supportRequested),
                      sqlText(after.reviewerComment), dateOrNull(after.reviewedOn),
                      sqlText(after.reviewedBy), after.id}))
        return storageError(q, Subject::Report);
    const MonthlyReport &before = *stored;
    QList<ChangeHistory::FieldChange> milestoneChanges;
    for (MilestoneProgress m : after.milestones) {
        m.note = m.note.trimmed();
        const auto old = std::find_if(
            before.milestones.cbegin(), before.milestones.cend(),
            [&m](const MilestoneProgress &b) { return b.milestoneId == m.milestoneId; });
        if (old == before.milestones.cend()) {
            return Error(ErrorCode::Invalid,
                         tr("“%1” is not a milestone of this municipality's plan.").arg(m.title));
        }
        if (progressText(*old) == progressText(m))
            continue;
        const auto written =
            m.state ? execSql(db,
                              u"INSERT INTO report_milestones (report_id, milestone_id, state, "
                              "note) VALUES (?, ?, ?, ?) ON CONFLICT (report_id, milestone_id) DO "
                              "UPDATE SET state = excluded.state, note = excluded.note"_s,
                              {after.id, m.milestoneId, storedValue(*m.state), sqlText(m.note)},
                              Subject::Report)
                    : execSql(db,
                              u"DELETE FROM report_milestones WHERE report_id = ? AND "
                              "milestone_id = ?"_s,
                              {after.id, m.milestoneId}, Subject::Report);
        if (!written)
            return written.error();
        milestoneChanges.append(
            {u"milestone %1"_s.arg(m.milestoneId), progressText(*old), progressText(m)});
    }
    if (auto r = ChangeHistory::recordChanges(db, m_db.userName(), u"monthly_report"_s,
                                              QString::number(after.id), milestoneChanges);
        !r)
        return r.error();
    // A report no longer received is open again: its due date follows the schedule's rule.
    if (before.receivedOn && !after.receivedOn) {
        QSqlQuery program(db);
        program.prepare(u"SELECT program_id FROM applications WHERE id = ?"_s);
        if (!execWith(program, {after.applicationId}) || !program.next())
            return storageError(program, Subject::Report);
        if (auto r = syncSchedule(db, m_db.userName(), program.value(0).toLongLong()); !r)
            return r.error();
    }
    if (auto r = ChangeHistory::recordChanges(
            db, m_db.userName(), u"monthly_report"_s, QString::number(after.id),
            {{u"received_on"_s, dateOrNull(before.receivedOn), dateOrNull(after.receivedOn)},
             {u"channel"_s, storedValue(before.channel), storedValue(after.channel)},
             {u"activities"_s, before.activities, after.activities},
             {u"progress"_s, before.progress, after.progress},
             {u"issues"_s, before.issues, after.issues},
             {u"next_plans"_s, before.nextPlans, after.nextPlans},
             {u"support_requested"_s, before.supportRequested, after.supportRequested},
             {u"reviewer_comment"_s, before.reviewerComment, after.reviewerComment},
             {u"reviewed_on"_s, dateOrNull(before.reviewedOn), dateOrNull(after.reviewedOn)},
             {u"reviewed_by"_s, before.reviewedBy, after.reviewedBy}});
        !r) {
        return r.error();
    }
    return ChangeHistory::commitEdit(transaction.value(), db, u"monthly_report"_s, after.id);
}

namespace {

// A row of milestoneStandings() or milestoneHistory(): application, code, name, milestone id,
// title, due date, state (NULL: none given), note, month (NULL: no report), short name.
ReportRepository::MilestoneStanding readStanding(const QSqlQuery &q)
{
    ReportRepository::MilestoneStanding s;
    s.applicationId = q.value(0).toLongLong();
    s.code6 = q.value(1).toString();
    s.municipality = q.value(2).toString();
    s.progress.milestoneId = q.value(3).toLongLong();
    s.progress.title = q.value(4).toString();
    s.progress.dueOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    if (!q.value(6).isNull())
        s.progress.state = readStored(q.value(6), MilestoneState::OnTrack);
    s.progress.note = q.value(7).toString();
    if (!q.value(8).isNull())
        s.month = monthFromKey(q.value(8).toString());
    s.shortName = q.value(9).toString();
    return s;
}

} // namespace

Result<QList<ReportRepository::MilestoneStanding>>
ReportRepository::milestoneStandings(qint64 programId, QDate asOf) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The newest report month that gave the milestone a state.
    q.prepare(
        u"SELECT a.id, g.code6, "_s + LocalGovernment::fullNameSql() +
        u", m.id, m.title, m.due_on, rm.state, coalesce(rm.note, ''), r.month, g.name FROM "
        "applications a JOIN application_members am ON am.application_id = a.id AND "
        "am.is_lead = 1 JOIN local_governments g ON g.code6 = am.lg_code6 JOIN prefectures p "
        "ON p.code = g.prefecture_code JOIN plans pl ON pl.application_id = a.id JOIN "
        "plan_milestones m ON m.plan_id = pl.id LEFT JOIN monthly_reports r ON r.id = (SELECT "
        "r2.id FROM report_milestones rm2 JOIN monthly_reports r2 ON r2.id = rm2.report_id "
        "WHERE rm2.milestone_id = m.id AND r2.received_on <= ? ORDER BY r2.month DESC LIMIT "
        "1) LEFT JOIN report_milestones rm ON rm.report_id = r.id AND rm.milestone_id = m.id "
        "WHERE a.program_id = ? AND a.decision = 'selected' ORDER BY g.code6, m.position, "
        "m.due_on, m.id"_s);
    if (!execWith(q, {asOf.toString(Qt::ISODate), programId}))
        return storageError(q, Subject::Report);
    QList<MilestoneStanding> list;
    while (q.next())
        list.append(readStanding(q));
    return list;
}

Result<QList<ReportRepository::MilestoneStanding>>
ReportRepository::milestoneHistory(qint64 programId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT a.id, g.code6, "_s + LocalGovernment::fullNameSql() +
        u", m.id, m.title, m.due_on, rm.state, rm.note, r.month, g.name FROM report_milestones rm "
        "JOIN monthly_reports r ON r.id = rm.report_id JOIN plan_milestones m ON m.id = "
        "rm.milestone_id JOIN applications a ON a.id = r.application_id JOIN "
        "application_members am ON am.application_id = a.id AND am.is_lead = 1 JOIN "
        "local_governments g ON g.code6 = am.lg_code6 JOIN prefectures p ON p.code = "
        "g.prefecture_code WHERE a.program_id = ? ORDER BY g.code6, m.position, m.id, "
        "r.month"_s);
    if (!execWith(q, {programId}))
        return storageError(q, Subject::Report);
    QList<MilestoneStanding> list;
    while (q.next())
        list.append(readStanding(q));
    return list;
}

Result<QString> ReportRepository::contactAddress(qint64 applicationId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT coalesce((SELECT email FROM application_contacts WHERE application_id = "
              "a.id AND email <> '' ORDER BY position, id LIMIT 1), a.sender_email) FROM "
              "applications a WHERE a.id = ?"_s);
    if (!execWith(q, {applicationId}))
        return storageError(q, Subject::Report);
    return q.next() ? q.value(0).toString() : QString();
}

Result<QSet<std::pair<qint64, QDate>>> ReportRepository::silentMonths(qint64 programId,
                                                                      QDate today) const
{
    const auto list = reports(programId);
    if (!list)
        return list.error();
    QSqlQuery fy(m_db.connection());
    fy.prepare(u"SELECT fiscal_year FROM programs WHERE id = ?"_s);
    if (!execWith(fy, {programId}) || !fy.next())
        return storageError(fy, Subject::Report);
    const int year = fy.value(0).toInt();
    // Consultations per application and month (Japan time), over the fiscal year.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT am.application_id, "_s +
              SqlDialect(m_db.connection()).japanMonth(u"c.occurred_at"_s) +
              u", count(*) FROM applications a JOIN application_members am ON am.application_id = "
              "a.id JOIN consultations c ON c.lg_code6 = am.lg_code6 AND c.occurred_at >= ? AND "
              "c.occurred_at < ? WHERE a.program_id = ? AND a.decision = 'selected' GROUP BY 1, "
              "2"_s);
    if (!execWith(q, {JapanTime::dayStartText(QDate(year, 4, 1)),
                      JapanTime::dayStartText(QDate(year + 1, 4, 1)), programId}))
        return storageError(q, Subject::Report);
    QSet<std::pair<qint64, QDate>> contacted;
    while (q.next())
        contacted.insert({q.value(0).toLongLong(), monthFromKey(q.value(1).toString())});
    QSet<std::pair<qint64, QDate>> silent;
    for (const MonthlyReport &r : *list) {
        if (r.cancelled || r.receivedOn || r.month.addMonths(1) > today)
            continue;
        if (!contacted.contains({r.applicationId, r.month}))
            silent.insert({r.applicationId, r.month});
    }
    return silent;
}

Result<void> ReportRepository::syncSchedule(const QSqlDatabase &db, const QString &user,
                                            qint64 programId)
{
    QSqlQuery program(db);
    program.prepare(u"SELECT fiscal_year, report_due_day, application_end FROM programs WHERE id "
                    "= ?"_s);
    if (!execWith(program, {programId}) || !program.next())
        return storageError(program, Subject::Report);
    const int year = program.value(0).toInt();
    const int dueDay = program.value(1).toInt();
    const QDate windowEnd = QDate::fromString(program.value(2).toString(), Qt::ISODate);
    const auto calendar = BusinessCalendar::load(db);
    if (!calendar)
        return calendar.error();
    const QDate lastMonth(year + 1, 3, 1);

    // What the schedule should be: application and month to the due date.
    QMap<std::pair<qint64, QDate>, QDate> wanted;
    QSqlQuery selected(db);
    selected.prepare(u"SELECT id, decided_at FROM applications WHERE program_id = ? AND decision "
                     "= 'selected'"_s);
    if (!execWith(selected, {programId}))
        return storageError(selected, Subject::Report);
    while (selected.next()) {
        const QDateTime decided =
            QDateTime::fromString(selected.value(1).toString(), Qt::ISODateWithMs);
        // Selected without a recorded time (an older file): after the application window.
        const QDate selectedOn =
            decided.isValid() ? decided.toTimeZone(JapanTime::zone()).date() : windowEnd.addDays(1);
        for (QDate month = QDate(selectedOn.year(), selectedOn.month(), 1).addMonths(1);
             month <= lastMonth; month = month.addMonths(1)) {
            wanted.insert({selected.value(0).toLongLong(), month},
                          dueDate(month, dueDay, *calendar));
        }
    }

    QSqlQuery existing(db);
    existing.prepare(u"SELECT r.id, r.application_id, r.month, r.due_on, r.received_on IS NOT "
                     "NULL, r.cancelled FROM monthly_reports r JOIN applications a ON a.id = "
                     "r.application_id WHERE a.program_id = ?"_s);
    if (!execWith(existing, {programId}))
        return storageError(existing, Subject::Report);
    struct Have
    {
        qint64 id;
        std::pair<qint64, QDate> key;
        QString dueOn;
        bool received;
        bool cancelled;
    };
    QList<Have> have;
    while (existing.next()) {
        have.append({existing.value(0).toLongLong(),
                     {existing.value(1).toLongLong(), monthFromKey(existing.value(2).toString())},
                     existing.value(3).toString(),
                     existing.value(4).toBool(),
                     existing.value(5).toInt() != 0});
    }
    for (const Have &h : have) {
        const auto want = wanted.find(h.key);
        const bool keep = want != wanted.end();
        QList<ChangeHistory::FieldChange> changes;
        QSqlQuery set(db);
        if (keep) {
            const QString due = want->toString(Qt::ISODate);
            wanted.erase(want);
            // A report received keeps the due date it was measured against.
            const QString newDue = h.received ? h.dueOn : due;
            if (!h.cancelled && newDue == h.dueOn)
                continue;
            set.prepare(u"UPDATE monthly_reports SET cancelled = 0, due_on = ? WHERE id = ?"_s);
            if (!execWith(set, {newDue, h.id}))
                return storageError(set, Subject::Report);
            changes = {{u"cancelled"_s, h.cancelled ? 1 : 0, 0}, {u"due_on"_s, h.dueOn, newDue}};
        } else {
            if (h.cancelled)
                continue;
            set.prepare(u"UPDATE monthly_reports SET cancelled = 1 WHERE id = ?"_s);
            if (!execWith(set, {h.id}))
                return storageError(set, Subject::Report);
            changes = {{u"cancelled"_s, 0, 1}};
        }
        if (auto r = ChangeHistory::recordChanges(db, user, u"monthly_report"_s,
                                                  QString::number(h.id), changes);
            !r) {
            return r;
        }
    }
    QSqlQuery add(db);
    add.prepare(u"INSERT INTO monthly_reports (application_id, month, due_on) VALUES (?, ?, ?) "
                "RETURNING id"_s);
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (!execWith(add, {it.key().first, monthKey(it.key().second), it->toString(Qt::ISODate)}))
            return storageError(add, Subject::Report);
        if (auto r = ChangeHistory::record(
                db, user, u"monthly_report"_s, QString::number(insertedId(add)), u"created"_s, {},
                u"application %1, %2"_s.arg(it.key().first).arg(monthKey(it.key().second)));
            !r) {
            return r;
        }
    }
    return {};
}

Result<void> ReportRepository::syncAll(const QSqlDatabase &db)
{
    QSqlQuery programs(db);
    if (!programs.exec(u"SELECT id FROM programs"_s))
        return storageError(programs, Subject::Report);
    QList<qint64> ids;
    while (programs.next())
        ids.append(programs.value(0).toLongLong());
    for (qint64 id : ids) {
        if (auto r = syncSchedule(db, ChangeHistory::systemUserName(), id); !r)
            return r;
    }
    return {};
}

Result<int> ReportRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM monthly_reports WHERE cancelled = 0 OR "
                "received_on IS NOT NULL"_s) ||
        !q.next()) {
        return storageError(q, Subject::Report);
    }
    return q.value(0).toInt();
}

} // namespace iotdesk::core
