#include "core/undo/changeagendacommand.h"

#include "core/meetings/meetingrepository.h"

namespace iotdesk::undo {

ChangeAgendaCommand::ChangeAgendaCommand(const core::Database &db, qint64 sessionId,
                                         QList<core::AgendaItem> before,
                                         QList<core::AgendaItem> items,
                                         const core::RecordVersion &seen)
    : SessionPartCommand(db, tr("Change the Agenda"), sessionId, std::move(before),
                         std::move(items), seen)
{}

core::Result<qint64> ChangeAgendaCommand::write(qint64 sessionId,
                                                const QList<core::AgendaItem> &items,
                                                const core::RecordVersion &seen)
{
    return core::MeetingRepository(database()).setAgenda(sessionId, items, seen);
}

} // namespace iotdesk::undo
