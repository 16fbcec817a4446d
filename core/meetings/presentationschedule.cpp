#include "core/meetings/presentationschedule.h"

#include "core/storage/database.h"
#include "core/storage/storageerror.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

Result<QList<Presenter>> PresentationSchedule::presenters(const Database &db, qint64 programId)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT a.id, coalesce((SELECT c.name FROM application_contacts c WHERE "
              "c.application_id = a.id ORDER BY c.position, c.id LIMIT 1), '') FROM applications "
              "a JOIN application_members am ON am.application_id = a.id AND am.is_lead = 1 "
              "WHERE a.program_id = ? AND a.decision = 'selected' ORDER BY am.lg_code6"_s);
    q.addBindValue(programId);
    if (!q.exec())
        return storageError(q.lastError());
    QList<Presenter> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), {}});
    return list;
}

QList<PresentationSlot> PresentationSchedule::generate(const QList<Presenter> &presenters,
                                                       const SlotPlan &plan)
{
    QList<PresentationSlot> timetable;
    QTime at = plan.start;
    for (qsizetype i = 0; i < presenters.size(); ++i) {
        if (plan.breakEvery > 0 && i > 0 && i % plan.breakEvery == 0 && plan.breakMinutes > 0) {
            PresentationSlot pause;
            pause.dayNo = plan.dayNo;
            pause.start = at;
            pause.minutes = plan.breakMinutes;
            timetable.append(pause);
            at = pause.end();
        }
        PresentationSlot slot;
        slot.dayNo = plan.dayNo;
        slot.start = at;
        slot.minutes = plan.minutes;
        slot.applicationId = presenters[i].applicationId;
        slot.presenter = presenters[i].presenter;
        slot.title = presenters[i].title;
        timetable.append(slot);
        at = slot.end();
    }
    reflow(timetable);
    return timetable;
}

QHash<int, QTime> PresentationSchedule::dayStarts(const QList<PresentationSlot> &timetable)
{
    QHash<int, QTime> starts;
    for (const PresentationSlot &slot : timetable) {
        if (!starts.contains(slot.dayNo))
            starts.insert(slot.dayNo, slot.start);
    }
    return starts;
}

void PresentationSchedule::reflow(QList<PresentationSlot> &timetable,
                                  const QHash<int, QTime> &starts)
{
    QHash<int, QTime> next; // by day: where the next slot starts
    int seq = 0;
    for (PresentationSlot &slot : timetable) {
        slot.seq = ++seq;
        const auto at = next.find(slot.dayNo);
        if (at != next.end())
            slot.start = *at;
        else if (starts.contains(slot.dayNo))
            slot.start = starts.value(slot.dayNo);
        next.insert(slot.dayNo, slot.end());
    }
}

void PresentationSchedule::move(QList<PresentationSlot> &timetable, qsizetype from, qsizetype to)
{
    if (from < 0 || from >= timetable.size() || to < 0 || to >= timetable.size() || from == to)
        return;
    const QHash<int, QTime> starts = dayStarts(timetable);
    timetable.move(from, to);
    reflow(timetable, starts);
}

} // namespace iotdesk::core
