#include "core/undo/removeparticipantscommand.h"

#include "core/meetings/meetingrepository.h"

namespace iotdesk::undo {

RemoveParticipantsCommand::RemoveParticipantsCommand(const core::Database &db,
                                                     QList<qint64> participantIds)
    : RepositoryCommand(db, tr("Remove %n Participant(s)", nullptr, int(participantIds.size())))
    , m_participantIds(std::move(participantIds))
{}

core::Result<void> RemoveParticipantsCommand::apply()
{
    auto taken = core::MeetingRepository(database()).removeParticipants(m_participantIds);
    if (!taken)
        return taken.error();
    m_removed = *taken;
    return {};
}

core::Result<void> RemoveParticipantsCommand::revert()
{
    return core::MeetingRepository(database()).insertParticipants(m_removed);
}

} // namespace iotdesk::undo
