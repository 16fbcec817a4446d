// ChangeTimetableCommand: the user changed (or generated) a session's presentation timetable.
#pragma once

#include "core/meetings/meeting.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class ChangeTimetableCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::ChangeTimetableCommand)

public:
    ChangeTimetableCommand(const core::Database &db, qint64 sessionId,
                           QList<core::PresentationSlot> before,
                           QList<core::PresentationSlot> timetable);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    qint64 m_sessionId;
    QList<core::PresentationSlot> m_before;
    QList<core::PresentationSlot> m_timetable;
};

} // namespace iotdesk::undo
