// ChangeAgendaCommand: the user changed a session's agenda.
#pragma once

#include "core/meetings/meeting.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class ChangeAgendaCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::ChangeAgendaCommand)

public:
    // `before` is the agenda as it was read with its version `seen` (read first); the change
    // is refused if someone else changed the agenda since.
    ChangeAgendaCommand(const core::Database &db, qint64 sessionId, QList<core::AgendaItem> before,
                        QList<core::AgendaItem> items, const core::RecordVersion &seen = {});

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    qint64 m_sessionId;
    QList<core::AgendaItem> m_before;
    QList<core::AgendaItem> m_items;
    // The agenda's version the next step is made from: the one read, then the one after each
    // step (counting only others' changes).
    core::RecordVersion m_seen;
};

} // namespace iotdesk::undo
