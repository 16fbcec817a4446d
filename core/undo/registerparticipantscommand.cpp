#include "core/undo/registerparticipantscommand.h"

#include "core/meetings/meetingrepository.h"

namespace iotdesk::undo {

RegisterParticipantsCommand::RegisterParticipantsCommand(const core::Database &db, qint64 sessionId,
                                                         QList<qint64> contactIds)
    : RepositoryCommand(db, tr("Register %n Participant(s)", nullptr, int(contactIds.size())))
    , m_sessionId(sessionId)
    , m_contactIds(std::move(contactIds))
{}

core::Result<void> RegisterParticipantsCommand::apply()
{
    core::MeetingRepository repository(database());
    if (!m_removed.isEmpty())
        return repository.insertParticipants(m_removed);
    auto added = repository.addParticipants(m_sessionId, m_contactIds);
    if (!added)
        return added.error();
    m_ids = *added;
    return {};
}

core::Result<void> RegisterParticipantsCommand::revert()
{
    auto taken = core::MeetingRepository(database()).removeParticipants(m_ids);
    if (!taken)
        return taken.error();
    m_removed = *taken;
    return {};
}

} // namespace iotdesk::undo
