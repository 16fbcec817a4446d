// PresentationSchedule: the timetable of a mid-term presentation meeting. Slots are generated
// from the selected list (one per municipality, in the published order) with a length, and a
// break after every so many presentations; after any move or change of length the start times
// flow again from each day's first slot.
#pragma once

#include "core/foundation/result.h"
#include "core/meetings/meeting.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTime>

namespace iotdesk::core {

class Database;

struct Presenter
{
    qint64 applicationId = 0;
    QString presenter;
    QString title;
};

struct SlotPlan
{
    QTime start = QTime(13, 0);
    int minutes = 15;   // each presentation, questions included
    int breakEvery = 5; // presentations between breaks; 0 for none
    int breakMinutes = 10;
    int dayNo = 1;
};

class PresentationSchedule
{
public:
    // A program's selected applications in the published order (by the lead's code), each
    // with its first contact person as presenter.
    static Result<QList<Presenter>> presenters(const Database &db, qint64 programId);
    static QList<PresentationSlot> generate(const QList<Presenter> &presenters,
                                            const SlotPlan &plan);
    // The start of each day's first slot.
    static QHash<int, QTime> dayStarts(const QList<PresentationSlot> &timetable);
    // Numbers the slots 1, 2, ... and sets each start time to the end of the slot before it
    // on the same day. Each day's first slot starts at `starts` for its day (taken before a
    // change, so that a day keeps its start whichever slot now opens it), or keeps its own.
    static void reflow(QList<PresentationSlot> &timetable, const QHash<int, QTime> &starts = {});
    // Moves slot `from` to position `to` and reflows.
    static void move(QList<PresentationSlot> &timetable, qsizetype from, qsizetype to);
};

} // namespace iotdesk::core
