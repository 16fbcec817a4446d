// ProgressSummaryData: what a progress summary reports, read with a handful of aggregate
// queries per selected municipality: its profile and contacts, why it was selected, the
// meetings it attended (the commitment table's row), its report history, its consultations
// over the fiscal year (count, hours, by month, the latest), and its open follow-ups.
#pragma once

#include "core/applications/application.h"
#include "core/foundation/result.h"
#include "core/meetings/commitmenttable.h"
#include "core/overview/dashboarddata.h"
#include "core/programs/program.h"
#include "core/reports/monthlyreport.h"

#include <QDateTime>

namespace iotdesk::core {

class Database;

struct MunicipalitySummary
{
    qint64 applicationId = 0;
    QString code6;
    QString name;
    QString bureauJa;
    QString bureauEn;
    QStringList jointMembers; // full names
    QList<ApplicationContact> contacts;
    QString rationale;
    CommitmentRow commitments;
    QList<MonthlyReport> reports;
    QList<MilestoneProgress> milestones; // the plan's, with their latest reported states
    int consultations = 0;
    int minutes = 0;
    QList<int> consultationsByMonth; // April to March
    struct Item
    {
        QDateTime at; // UTC
        Channel channel = Channel::Phone;
        QString summary;
    };
    QList<Item> latest; // newest first, at most five
    struct OpenFollowUp
    {
        QString action;
        QDate dueOn;
    };
    QList<OpenFollowUp> openFollowUps;
};

struct ProgressSummaryData
{
    Program program;
    QDate asOf;
    bool wholeProgram = true; // false: one municipality
    QList<ProgramMeeting> meetings;
    DashboardData overview;
    QList<MunicipalitySummary> municipalities; // in the published order

    // The whole program, or one municipality (a code of its application's lead or members).
    static Result<ProgressSummaryData> load(const Database &db, qint64 programId, QDate asOf,
                                            const QString &code6 = {});
};

} // namespace iotdesk::core
