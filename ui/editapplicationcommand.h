// EditApplicationCommand: one user edit of an application (a decision, the confirmation date,
// an answer ...), undoable; the repository records both directions in the history. A failed
// write drops the command from the stack and is reported.
#pragma once

#include "application.h"

#include <QUndoCommand>

#include <functional>

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class EditApplicationCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &)>;

    EditApplicationCommand(const core::Database &db, core::Application before,
                           core::Application after, const QString &text, ErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    void store(const core::Application &application);

    const core::Database &m_db;
    core::Application m_before;
    core::Application m_after;
    ErrorHandler m_onError;
};

} // namespace iotdesk::ui
