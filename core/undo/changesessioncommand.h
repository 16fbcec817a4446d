// ChangeSessionCommand: the user changed a meeting session's details (days, place,
// consultants ...). Registrations on days the change cuts off come back exactly on undo.
#pragma once

#include "core/meetings/meeting.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class ChangeSessionCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::ChangeSessionCommand)

public:
    // `before` is the session as it stands (its title names the step).
    ChangeSessionCommand(const core::Database &db, const core::SessionSummary &before,
                         core::MeetingSession changed);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::MeetingSession m_before;
    core::MeetingSession m_changed;
    QList<core::AttendanceChange> m_restore;
};

} // namespace iotdesk::undo
