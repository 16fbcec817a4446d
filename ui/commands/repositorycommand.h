// RepositoryCommand: an undoable step given as two repository calls, one for each direction.
// For small edits (a limit, a flag) that need no state beyond what the calls capture; a call
// that fails drops the command from the stack and is reported.
#pragma once

#include "core/foundation/result.h"

#include <QUndoCommand>

#include <functional>

namespace iotdesk::ui {

class RepositoryCommand : public QUndoCommand
{
public:
    using Step = std::function<core::Result<void>()>;
    using ErrorHandler = std::function<void(const QString &)>;

    RepositoryCommand(const QString &text, Step redo, Step undo, ErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    void run(const Step &step);

    Step m_redo;
    Step m_undo;
    ErrorHandler m_onError;
};

} // namespace iotdesk::ui
