#include "core/overview/progresssummarydata.h"

#include "core/applications/applicationrepository.h"
#include "core/foundation/dateformatter.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/localgovernment.h"
#include "core/programs/programrepository.h"
#include "core/reports/reportrepository.h"
#include "core/storage/database.h"
#include "core/storage/sqldialect.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// `lg_code6 IN (?, ?, …)` for the members, with its values.
QString inList(const QStringList &codes)
{
    return u"("_s + QStringList(codes.size(), u"?"_s).join(u", "_s) + u")"_s;
}

} // namespace

Result<ProgressSummaryData> ProgressSummaryData::load(const Database &db, qint64 programId,
                                                      QDate asOf, const QString &code6)
{
    ProgressSummaryData d;
    d.asOf = asOf;
    d.wholeProgram = code6.isEmpty();
    const auto program = ProgramRepository(db).program(programId);
    if (!program)
        return program.error();
    d.program = *program;
    d.meetings = program->meetings;
    auto overview = DashboardData::load(db, programId, asOf);
    if (!overview)
        return overview.error();
    d.overview = *overview;
    const auto commitments = CommitmentTable::build(db, programId, asOf);
    if (!commitments)
        return commitments.error();
    const auto reports = ReportRepository(db).reports(programId);
    if (!reports)
        return reports.error();
    const auto milestones = ReportRepository(db).milestoneStandings(programId, asOf);
    if (!milestones)
        return milestones.error();
    const ApplicationRepository applications(db);
    const QSqlDatabase c = db.connection();
    const QString from = JapanTime::dayStartText(QDate(d.program.fiscalYear, 4, 1));
    const QString to = JapanTime::dayStartText(QDate(d.program.fiscalYear + 1, 4, 1));

    QSqlQuery selected(c);
    selected.setForwardOnly(true);
    selected.prepare(u"SELECT a.id, g.code6, "_s + LocalGovernment::fullNameSql() +
                     u", b.name_ja, b.name_en FROM applications a JOIN application_members am ON "
                     "am.application_id = a.id AND am.is_lead = 1 JOIN local_governments g ON "
                     "g.code6 = am.lg_code6 JOIN prefectures p ON p.code = g.prefecture_code JOIN "
                     "bureaus b ON b.id = p.bureau_id WHERE a.program_id = ? AND a.decision = "
                     "'selected' ORDER BY g.code6"_s);
    selected.addBindValue(programId);
    if (!selected.exec())
        return storageError(selected);
    QList<MunicipalitySummary> list;
    while (selected.next()) {
        MunicipalitySummary m;
        m.applicationId = selected.value(0).toLongLong();
        m.code6 = selected.value(1).toString();
        m.name = selected.value(2).toString();
        m.bureauJa = selected.value(3).toString();
        m.bureauEn = selected.value(4).toString();
        list.append(m);
    }
    for (MunicipalitySummary &m : list) {
        const auto application = applications.application(m.applicationId);
        if (!application)
            return application.error();
        QStringList codes;
        for (const ApplicationMember &member : application->members)
            codes.append(member.code6);
        if (!code6.isEmpty() && !codes.contains(code6))
            continue;
        m.contacts = application->contacts;
        m.rationale = application->decisionRationale;
        QSqlQuery names(c);
        names.prepare(u"SELECT "_s + LocalGovernment::fullNameSql() +
                      u" FROM application_members am JOIN local_governments g ON g.code6 = "
                      "am.lg_code6 JOIN prefectures p ON p.code = g.prefecture_code WHERE "
                      "am.application_id = ? AND am.is_lead = 0 ORDER BY am.position, g.code6"_s);
        names.addBindValue(m.applicationId);
        if (!names.exec())
            return storageError(names);
        while (names.next())
            m.jointMembers.append(names.value(0).toString());
        for (const CommitmentRow &row : commitments->rows) {
            if (row.applicationId == m.applicationId)
                m.commitments = row;
        }
        for (const MonthlyReport &r : *reports) {
            if (r.applicationId == m.applicationId)
                m.reports.append(r);
        }
        for (const ReportRepository::MilestoneStanding &s : *milestones) {
            if (s.applicationId == m.applicationId)
                m.milestones.append(s.progress);
        }

        // Consultations with any member over the fiscal year: totals, per month, the latest, and
        // the follow-ups still open.
        m.consultationsByMonth = QList<int>(12, 0);
        QSqlQuery months(c);
        months.setForwardOnly(true);
        months.prepare(
            u"SELECT "_s + SqlDialect(c).japanMonth(u"occurred_at"_s) +
            u", count(*), sum(duration_minutes) FROM consultations WHERE lg_code6 IN "_s +
            inList(codes) + u" AND occurred_at >= ? AND occurred_at < ? GROUP BY 1"_s);
        for (const QString &code : codes)
            months.addBindValue(code);
        months.addBindValue(from);
        months.addBindValue(to);
        if (!months.exec())
            return storageError(months);
        while (months.next()) {
            const QDate month =
                QDate::fromString(months.value(0).toString() + u"-01"_s, Qt::ISODate);
            const int at = DateFormatter::fiscalMonth(d.program.fiscalYear, month);
            if (at >= 0 && at < 12)
                m.consultationsByMonth[at] = months.value(1).toInt();
            m.consultations += months.value(1).toInt();
            m.minutes += months.value(2).toInt();
        }
        QSqlQuery latest(c);
        latest.setForwardOnly(true);
        latest.prepare(u"SELECT occurred_at, channel, summary FROM consultations WHERE lg_code6 "
                       "IN "_s +
                       inList(codes) +
                       u" AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at DESC "
                       "LIMIT 5"_s);
        for (const QString &code : codes)
            latest.addBindValue(code);
        latest.addBindValue(from);
        latest.addBindValue(to);
        if (!latest.exec())
            return storageError(latest);
        while (latest.next()) {
            m.latest.append({QDateTime::fromString(latest.value(0).toString(), Qt::ISODate),
                             readStored(latest.value(1), Channel::Other),
                             latest.value(2).toString()});
        }
        QSqlQuery open(c);
        open.setForwardOnly(true);
        // The program's own: those of consultations in its fiscal year, not another year's.
        open.prepare(u"SELECT f.action, f.due_on FROM follow_ups f JOIN consultations c ON c.id "
                     "= f.consultation_id WHERE f.done_on IS NULL AND c.lg_code6 IN "_s +
                     inList(codes) +
                     u" AND c.occurred_at >= ? AND c.occurred_at < ? ORDER BY f.due_on IS NULL, "
                     "f.due_on, f.id"_s);
        for (const QString &code : codes)
            open.addBindValue(code);
        open.addBindValue(from);
        open.addBindValue(to);
        if (!open.exec())
            return storageError(open);
        while (open.next()) {
            m.openFollowUps.append({open.value(0).toString(),
                                    QDate::fromString(open.value(1).toString(), Qt::ISODate)});
        }
        d.municipalities.append(m);
    }
    if (!code6.isEmpty() && d.municipalities.isEmpty()) {
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("iotdesk::core::ProgressSummaryData",
                                                 "%1 is not among the program's selected "
                                                 "municipalities.")
                         .arg(code6));
    }
    return d;
}

} // namespace iotdesk::core
