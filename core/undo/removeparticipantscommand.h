// RemoveParticipantsCommand: the user took registrations off a session; undo puts them back
// with their attendance marks.
#pragma once

#include "core/meetings/meeting.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class RemoveParticipantsCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::RemoveParticipantsCommand)

public:
    RemoveParticipantsCommand(const core::Database &db, QList<qint64> participantIds);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    QList<qint64> m_participantIds;
    QList<core::Participant> m_removed;
};

} // namespace iotdesk::undo
