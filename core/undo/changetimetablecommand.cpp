#include "core/undo/changetimetablecommand.h"

#include "core/meetings/meetingrepository.h"

namespace iotdesk::undo {

ChangeTimetableCommand::ChangeTimetableCommand(const core::Database &db, qint64 sessionId,
                                               QList<core::PresentationSlot> before,
                                               QList<core::PresentationSlot> timetable,
                                               const core::RecordVersion &seen)
    : SessionPartCommand(db, tr("Change the Presentation Timetable"), sessionId, std::move(before),
                         std::move(timetable), seen)
{}

core::Result<qint64> ChangeTimetableCommand::write(qint64 sessionId,
                                                   const QList<core::PresentationSlot> &timetable,
                                                   const core::RecordVersion &seen)
{
    return core::MeetingRepository(database()).setPresentationSlots(sessionId, timetable, seen);
}

} // namespace iotdesk::undo
