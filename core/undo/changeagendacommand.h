// ChangeAgendaCommand: the user changed a session's agenda.
#pragma once

#include "core/meetings/meeting.h"
#include "core/undo/sessionpartcommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class ChangeAgendaCommand : public SessionPartCommand<core::AgendaItem>
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::ChangeAgendaCommand)

public:
    // `before` is the agenda as it was read with its version `seen` (read first); the change
    // is refused if someone else changed the agenda since.
    ChangeAgendaCommand(const core::Database &db, qint64 sessionId, QList<core::AgendaItem> before,
                        QList<core::AgendaItem> items, const core::RecordVersion &seen = {});

protected:
    core::Result<qint64> write(qint64 sessionId, const QList<core::AgendaItem> &items,
                               const core::RecordVersion &seen) override;
};

} // namespace iotdesk::undo
