// DashboardData: the counts behind the dashboard, each one aggregate SQL over indexes (never
// rows loaded to be counted): applications and selections per regional bureau, monthly reports
// on time / late / missing per month, consultations per month by channel, open follow-ups by
// age, and the attendance rate per meeting.
#pragma once

#include "core/consultations/consultation.h"
#include "core/foundation/result.h"
#include "core/programs/program.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace iotdesk::core {

class Database;

struct DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::DashboardData)

public:
    struct Bureau
    {
        int id = 0;
        QString nameJa;
        QString nameEn;
        int applications = 0;
        int selected = 0;
    };
    struct ReportMonth
    {
        QDate month;
        int onTime = 0;
        int late = 0;
        int missing = 0; // overdue and not received
    };
    struct ConsultationMonth
    {
        QDate month;
        QMap<Channel, int> byChannel;
    };
    struct FollowUpAge
    {
        int fromDays = 0; // open for at least this many days since the consultation
        int toDays = 0;   // and at most this many (-1: no limit)
        int count = 0;
    };
    struct MeetingAttendance
    {
        qint64 meetingId = 0;
        int seq = 0;
        MeetingKind kind = MeetingKind::CentralWorkshop;
        QString nameJa;
        QString nameEn;
        int registered = 0; // person-days registered on days already held
        int attended = 0;
        double rate() const { return registered == 0 ? 0.0 : 100.0 * attended / registered; }
    };

    // The latest reported states of a municipality's milestones.
    struct MilestoneStates
    {
        qint64 applicationId = 0;
        QString code6;
        QString name;
        QString shortName;
        int notStarted = 0;
        int onTrack = 0;
        int delayed = 0;
        int done = 0;
        int unreported = 0; // no report has given a state yet
    };

    int fiscalYear = 0;
    QList<Bureau> bureaus;                  // all eleven, in their order
    QList<ReportMonth> reports;             // April to March
    QList<ConsultationMonth> consultations; // April to March
    QList<FollowUpAge> followUps;           // 0–7, 8–30, 31–90, 91+ days
    QList<MeetingAttendance> attendance;    // meetings in program order
    QList<MilestoneStates> milestones;      // municipalities whose plans have milestones

    // As of `today` (Japan time).
    static Result<DashboardData> load(const Database &db, qint64 programId, QDate today);
};

} // namespace iotdesk::core
