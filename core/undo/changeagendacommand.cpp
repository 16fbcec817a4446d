#include "core/undo/changeagendacommand.h"

#include "core/meetings/meetingrepository.h"

namespace iotdesk::undo {

ChangeAgendaCommand::ChangeAgendaCommand(const core::Database &db, qint64 sessionId,
                                         QList<core::AgendaItem> before,
                                         QList<core::AgendaItem> items)
    : RepositoryCommand(db, tr("Change the Agenda"))
    , m_sessionId(sessionId)
    , m_before(std::move(before))
    , m_items(std::move(items))
{}

core::Result<void> ChangeAgendaCommand::apply()
{
    return core::MeetingRepository(database()).setAgenda(m_sessionId, m_items);
}

core::Result<void> ChangeAgendaCommand::revert()
{
    return core::MeetingRepository(database()).setAgenda(m_sessionId, m_before);
}

} // namespace iotdesk::undo
