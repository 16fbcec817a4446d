#include "core/undo/changetimetablecommand.h"

#include "core/meetings/meetingrepository.h"

namespace iotdesk::undo {

ChangeTimetableCommand::ChangeTimetableCommand(const core::Database &db, qint64 sessionId,
                                               QList<core::PresentationSlot> before,
                                               QList<core::PresentationSlot> timetable)
    : RepositoryCommand(db, tr("Change the Presentation Timetable"))
    , m_sessionId(sessionId)
    , m_before(std::move(before))
    , m_timetable(std::move(timetable))
{}

core::Result<void> ChangeTimetableCommand::apply()
{
    return core::MeetingRepository(database()).setPresentationSlots(m_sessionId, m_timetable);
}

core::Result<void> ChangeTimetableCommand::revert()
{
    return core::MeetingRepository(database()).setPresentationSlots(m_sessionId, m_before);
}

} // namespace iotdesk::undo
