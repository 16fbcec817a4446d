// RegisterParticipantsCommand: the user registered people for a session. A redo after undo
// puts back the very registrations undo took away (same numbers, same marks).
#pragma once

#include "core/meetings/meeting.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class RegisterParticipantsCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::RegisterParticipantsCommand)

public:
    RegisterParticipantsCommand(const core::Database &db, qint64 sessionId,
                                QList<qint64> contactIds);

    // The registrations made (their participant numbers).
    const QList<qint64> &participantIds() const { return m_ids; }

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    qint64 m_sessionId;
    QList<qint64> m_contactIds;
    QList<qint64> m_ids;
    QList<core::Participant> m_removed;
};

} // namespace iotdesk::undo
