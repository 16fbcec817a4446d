#include "ui/widgets/commandrunner.h"

#include "core/undo/repositorycommand.h"
#include "ui/widgets/writeaccess.h"

#include <QUndoStack>

namespace iotdesk::ui {

CommandRunner::CommandRunner(QUndoStack *stack, ErrorHandler laterFailure)
    : m_stack(stack)
    , m_laterFailure(std::move(laterFailure))
{}

CommandRunner::CommandRunner(QUndoStack *stack, WriteAccess *writes, ErrorHandler laterFailure)
    : m_stack(stack)
    , m_writes(writes)
    , m_laterFailure(std::move(laterFailure))
{}

void CommandRunner::failed(const core::Error &error)
{
    if (m_running) {
        if (m_error.isEmpty()) {
            m_error = error.message();
            m_errorCode = error.code();
        }
    } else if (m_laterFailure) {
        m_laterFailure(error.message());
    }
}

QString CommandRunner::push(undo::RepositoryCommand *command)
{
    // Not even tried: the reason is the one the window shows.
    if (m_writes && !m_writes->writable()) {
        delete command;
        if (m_running) {
            if (m_error.isEmpty())
                m_error = m_writes->reason();
            return {};
        }
        return m_writes->reason();
    }
    command->setErrorHandler([this](const core::Error &error) { failed(error); });
    const bool outer = !m_running;
    if (outer) {
        m_running = true;
        m_error.clear();
        m_errorCode = core::ErrorCode::Failed;
    }
    m_stack->push(command);
    if (outer)
        m_running = false;
    return outer ? m_error : QString();
}

void CommandRunner::beginMacro(const QString &text)
{
    m_running = true;
    m_error.clear();
    m_errorCode = core::ErrorCode::Failed;
    m_stack->beginMacro(text);
}

QString CommandRunner::endMacro()
{
    m_stack->endMacro();
    m_running = false;
    return m_error;
}

} // namespace iotdesk::ui
