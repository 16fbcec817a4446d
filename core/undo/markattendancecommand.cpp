#include "core/undo/markattendancecommand.h"

#include "core/meetings/meetingrepository.h"

namespace iotdesk::undo {

MarkAttendanceCommand::MarkAttendanceCommand(const core::Database &db,
                                             QList<core::AttendanceChange> changes)
    : RepositoryCommand(db, tr("Mark Attendance"))
    , m_changes(std::move(changes))
{}

core::Result<void> MarkAttendanceCommand::apply()
{
    auto back = core::MeetingRepository(database()).setAttendance(m_changes);
    if (!back)
        return back.error();
    m_undo = *back;
    return {};
}

core::Result<void> MarkAttendanceCommand::revert()
{
    auto again = core::MeetingRepository(database()).setAttendance(m_undo);
    if (!again)
        return again.error();
    // The same changes, with the people's versions after the undo.
    m_changes = *again;
    return {};
}

} // namespace iotdesk::undo
