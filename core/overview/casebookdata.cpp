#include "core/overview/casebookdata.h"

#include "core/plans/knowhowrepository.h"
#include "core/plans/planrepository.h"

namespace iotdesk::core {

Result<CasebookData> CasebookData::load(const Database &db, qint64 programId, QDate asOf,
                                        const QString &code6)
{
    const auto summary = ProgressSummaryData::load(db, programId, asOf, code6);
    if (!summary)
        return summary.error();
    const PlanRepository plans(db);
    const ReportRepository reports(db);
    const auto history = reports.milestoneHistory(programId);
    if (!history)
        return history.error();
    const auto standings = reports.milestoneStandings(programId, asOf);
    if (!standings)
        return standings.error();
    auto lessons = KnowhowRepository(db).lessons(programId, true);
    if (!lessons)
        return lessons.error();
    CasebookData data;
    data.program = summary->program;
    data.asOf = asOf;
    data.meetings = summary->meetings;
    for (const MunicipalitySummary &m : summary->municipalities) {
        CasebookChapter chapter;
        chapter.summary = m;
        const auto versions = plans.versions(m.applicationId);
        if (!versions)
            return versions.error();
        // The final version when there is one, else the newest.
        for (const PlanVersion &v : *versions) {
            if (!chapter.version || v.stage == PlanStage::Final ||
                chapter.version->stage != PlanStage::Final)
                chapter.version = v;
        }
        const auto plan =
            chapter.version ? plans.frozenPlan(chapter.version->id) : plans.plan(m.applicationId);
        if (!plan)
            return plan.error();
        chapter.plan = *plan;
        for (const ReportRepository::MilestoneStanding &s : *history) {
            if (s.applicationId == m.applicationId)
                chapter.milestoneHistory.append(s);
        }
        for (const ReportRepository::MilestoneStanding &s : *standings) {
            if (s.applicationId == m.applicationId && s.progress.state)
                chapter.latestStates.insert(s.progress.milestoneId, *s.progress.state);
        }
        for (const Lesson &l : *lessons) {
            if (l.applicationId == m.applicationId)
                chapter.lessons.append(l);
        }
        data.chapters.append(chapter);
    }
    // One municipality's casebook keeps its own lessons; the program's, every one.
    for (const Lesson &l : *lessons) {
        if (code6.isEmpty() || std::any_of(data.chapters.cbegin(), data.chapters.cend(),
                                           [&l](const CasebookChapter &c) {
                                               return c.summary.applicationId == l.applicationId;
                                           }))
            data.lessons.append(l);
    }
    return data;
}

} // namespace iotdesk::core
