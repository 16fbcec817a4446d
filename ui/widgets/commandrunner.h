// CommandRunner: pushes a page's undoable commands and routes their failures. A failure while
// the command is first pushed is returned to the caller (who shows it in context); a failure
// on a later undo or redo goes to the page's error handler. The runner lives in the page, and
// the main window clears the undo stack before it deletes pages, so no command outlives it.
#pragma once

#include "core/foundation/result.h"

#include <QObject>
#include <QString>

#include <functional>

class QUndoStack;

namespace iotdesk::undo {
class RepositoryCommand;
}

namespace iotdesk::ui {

class WriteAccess;

class CommandRunner
{
public:
    using ErrorHandler = std::function<void(const QString &)>;

    CommandRunner(QUndoStack *stack, ErrorHandler laterFailure);
    CommandRunner(QUndoStack *stack, WriteAccess *writes, ErrorHandler laterFailure);

    // Whether the open file can be written now (nullptr: not followed, as in tests).
    WriteAccess *writes() const { return m_writes; }

    // Pushes (and so runs) the command; what went wrong, or an empty string. While the file
    // cannot be written the command is not run, and the reason is what went wrong. The
    // command's later failures (on undo or redo) go to this runner's handler.
    QString push(undo::RepositoryCommand *command);
    void beginMacro(const QString &text);
    // The first failure inside the macro, or an empty string.
    QString endMacro();
    // What kind of failure the last push's (or macro's) was: ErrorCode::Conflict when
    // someone else changed the record since it was read.
    core::ErrorCode lastErrorCode() const { return m_errorCode; }

private:
    void failed(const core::Error &error);

    QUndoStack *m_stack;
    WriteAccess *m_writes = nullptr;
    ErrorHandler m_laterFailure;
    bool m_running = false;
    QString m_error;
    core::ErrorCode m_errorCode = core::ErrorCode::Failed;
};

} // namespace iotdesk::ui
