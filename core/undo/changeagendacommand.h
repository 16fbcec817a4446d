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
    ChangeAgendaCommand(const core::Database &db, qint64 sessionId, QList<core::AgendaItem> before,
                        QList<core::AgendaItem> items);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    qint64 m_sessionId;
    QList<core::AgendaItem> m_before;
    QList<core::AgendaItem> m_items;
};

} // namespace iotdesk::undo
