// CasebookData: what the casebook of a program year publishes, as MIC published the FY2018
// one (「地域IoT実装計画策定のポイント」): a chapter per selected municipality — its plan (the
// final version when one is frozen, else the newest version, else the plan as it stands), its
// track through the year (meetings, reports, consultations per month, the milestones' states
// month by month) and its approved lessons — and every approved lesson by phase.
#pragma once

#include "core/foundation/result.h"
#include "core/overview/progresssummarydata.h"
#include "core/plans/knowhow.h"
#include "core/plans/plan.h"
#include "core/reports/reportrepository.h"

#include <QHash>

#include <optional>

namespace iotdesk::core {

class Database;

struct CasebookChapter
{
    MunicipalitySummary summary;
    Plan plan;
    std::optional<PlanVersion> version; // the frozen version printed; none: the plan as it is
    QList<ReportRepository::MilestoneStanding> milestoneHistory; // month by month
    QHash<qint64, MilestoneState> latestStates;                  // by milestone id
    QList<Lesson> lessons;                                       // approved
};

struct CasebookData
{
    Program program;
    QDate asOf;
    QList<ProgramMeeting> meetings;
    QList<CasebookChapter> chapters; // in the published order
    QList<Lesson> lessons;           // every approved lesson, by phase

    // One municipality (`code6`, a member of its application) or all of the program's.
    static Result<CasebookData> load(const Database &db, qint64 programId, QDate asOf,
                                     const QString &code6 = {});
};

} // namespace iotdesk::core
