#include "ui/commands/repositorycommand.h"

namespace iotdesk::ui {

RepositoryCommand::RepositoryCommand(const QString &text, Step redo, Step undo,
                                     ErrorHandler onError)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_onError(std::move(onError))
{}

void RepositoryCommand::redo()
{
    run(m_redo);
}

void RepositoryCommand::undo()
{
    run(m_undo);
}

void RepositoryCommand::run(const Step &step)
{
    if (auto result = step(); !result) {
        setObsolete(true);
        if (m_onError)
            m_onError(result.message());
    }
}

} // namespace iotdesk::ui
