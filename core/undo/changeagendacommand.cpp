#include "core/undo/changeagendacommand.h"

#include "core/meetings/meetingrepository.h"

namespace iotdesk::undo {

ChangeAgendaCommand::ChangeAgendaCommand(const core::Database &db, qint64 sessionId,
                                         QList<core::AgendaItem> before,
                                         QList<core::AgendaItem> items,
                                         const core::RecordVersion &seen)
    : RepositoryCommand(db, tr("Change the Agenda"))
    , m_sessionId(sessionId)
    , m_before(std::move(before))
    , m_items(std::move(items))
    , m_seen(seen)
{}

core::Result<void> ChangeAgendaCommand::apply()
{
    const auto version =
        core::MeetingRepository(database()).setAgenda(m_sessionId, m_items, m_seen);
    if (!version)
        return version.error();
    m_seen = {*version, true};
    return {};
}

core::Result<void> ChangeAgendaCommand::revert()
{
    const auto version =
        core::MeetingRepository(database()).setAgenda(m_sessionId, m_before, m_seen);
    if (!version)
        return version.error();
    m_seen = {*version, true};
    return {};
}

} // namespace iotdesk::undo
