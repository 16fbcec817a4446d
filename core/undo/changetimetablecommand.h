// ChangeTimetableCommand: the user changed (or generated) a session's presentation timetable.
#pragma once

#include "core/meetings/meeting.h"
#include "core/undo/sessionpartcommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class ChangeTimetableCommand : public SessionPartCommand<core::PresentationSlot>
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::ChangeTimetableCommand)

public:
    // `before` is the timetable as it was read with its version `seen` (read first); the
    // change is refused if someone else changed the timetable since.
    ChangeTimetableCommand(const core::Database &db, qint64 sessionId,
                           QList<core::PresentationSlot> before,
                           QList<core::PresentationSlot> timetable,
                           const core::RecordVersion &seen = {});

protected:
    core::Result<qint64> write(qint64 sessionId, const QList<core::PresentationSlot> &timetable,
                               const core::RecordVersion &seen) override;
};

} // namespace iotdesk::undo
