// MarkAttendanceCommand: the user marked attendance (attended, absent, excused, registered or
// cleared) for some people on some days; undo puts back the marks they had.
#pragma once

#include "core/meetings/meeting.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class MarkAttendanceCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::MarkAttendanceCommand)

public:
    MarkAttendanceCommand(const core::Database &db, QList<core::AttendanceChange> changes);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    QList<core::AttendanceChange> m_changes;
    QList<core::AttendanceChange> m_undo;
};

} // namespace iotdesk::undo
