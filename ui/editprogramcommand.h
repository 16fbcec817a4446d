// EditProgramCommand: one user edit of a program or its meetings, undoable. redo() stores the
// new state and undo() the old one through ProgramRepository, so the history table records
// both directions. A command whose write fails is dropped from the stack (setObsolete) and
// the failure is reported.
#pragma once

#include "program.h"

#include <QUndoCommand>

#include <functional>

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class EditProgramCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &)>;

    EditProgramCommand(const core::Database &db, core::Program before, core::Program after,
                       const QString &text, ErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    void store(const core::Program &program);

    const core::Database &m_db;
    core::Program m_before;
    core::Program m_after;
    ErrorHandler m_onError;
};

} // namespace iotdesk::ui
