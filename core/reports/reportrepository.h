// ReportRepository: the monthly progress reports of a program and their schedule. The schedule
// is kept in step with the selection and the program's due day inside the same transaction as
// the change (ReportRepository::syncSchedule): one report per month from the month after the
// selection to March of the fiscal year, due on the due day of the month after, moved to the
// next business day. A month that leaves the schedule is marked cancelled, never deleted: a
// report already received stays, and ids stay valid for undo.
#pragma once

#include "core/foundation/result.h"
#include "core/reports/monthlyreport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

class QSqlDatabase;

namespace iotdesk::core {

class BusinessCalendar;
class Database;

class ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ReportRepository)

public:
    explicit ReportRepository(const Database &db)
        : m_db(db)
    {}

    // A program's reports in the schedule, by municipality code and month.
    Result<QList<MonthlyReport>> reports(qint64 programId) const;
    Result<MonthlyReport> report(qint64 id) const;
    // The scheduled report of a municipality (code of any member of the application) and month.
    Result<MonthlyReport> reportFor(qint64 programId, const QString &code6, QDate month) const;
    // Stores what was received, the content and the review. Checked first: a review needs the
    // report, dates in order, a known channel. Refused (ErrorCode::Conflict) when the report
    // changed since `changed.version` was read; gives its version after.
    Result<qint64> update(const MonthlyReport &changed);
    Result<void> validate(const MonthlyReport &report) const;
    // Where reminders go: the application's first contact person with an address, else the
    // address it was sent from.
    Result<QString> contactAddress(qint64 applicationId) const;
    // Months that are over with neither a received report nor any consultation logged with
    // the municipality (any member of its application) in that month: (application, month).
    Result<QSet<std::pair<qint64, QDate>>> silentMonths(qint64 programId, QDate today) const;

    // The due date of a month's report for a due day: that day of the next month (or its last
    // day), moved to the next business day.
    static QDate dueDate(QDate month, int dueDay, const BusinessCalendar &calendar);
    // Keeps the schedule of a program in step, inside the caller's transaction.
    static Result<void> syncSchedule(const QSqlDatabase &db, const QString &user, qint64 programId);
    // Every program's schedule (the migration that adds reports).
    static Result<void> syncAll(const QSqlDatabase &db);

    static QString statusName(ReportStatus status);

    // Every milestone of the plans of a program's selected applications with its newest state
    // in a report received by `asOf` (none when no report gave one), by municipality and the
    // plan's order.
    struct MilestoneStanding
    {
        qint64 applicationId = 0;
        QString code6;
        QString municipality;
        QString shortName; // without the prefecture and district
        MilestoneProgress progress;
        QDate month; // of the report that gave the state
    };
    Result<QList<MilestoneStanding>> milestoneStandings(qint64 programId, QDate asOf) const;
    // Every state every report gave, month by month (the casebook's timeline).
    Result<QList<MilestoneStanding>> milestoneHistory(qint64 programId) const;

private:
    Result<MonthlyReport> withMilestones(MonthlyReport report) const;

    const Database &m_db;

public:
    // How many reports the file holds, of every program: those scheduled (not cancelled) and
    // those received. The count of `iotdesk-cli info`.
    Result<int> count() const;
};

} // namespace iotdesk::core
