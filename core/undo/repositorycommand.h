// RepositoryCommand: one undoable step of the user's, carried out through the core's
// repositories. A subclass names what the user did (LogConsultationCommand,
// MarkAttendanceCommand ...), keeps by value what it needs to go both ways, and says how in
// apply() and revert(). A call that fails drops the command from the stack (setObsolete) and is
// reported to the error handler; the repositories leave the file as it was.
//
// Headless on purpose: Qt Gui's QUndoCommand, no widgets, so every command is tested without a
// window. What a command changed reaches the screen through the core's ChangeNotifier.
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace iotdesk::core {
class Database;
}

namespace iotdesk::undo {

// One direction of an edit: stores `record` through `store` (a repository's update, which gives
// the record's version after it) and hands that version to `other`, the state the opposite
// direction stores, counting only others' changes: an undo or a redo that would overwrite
// someone else's later change is refused, the user's own later steps are not.
template <typename Record, typename Store>
core::Result<void> storeVersioned(const Record &record, Record &other, Store store)
{
    const auto version = store(record);
    if (!version)
        return version.error();
    other.version = {*version, true};
    return {};
}

class RepositoryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::RepositoryCommand)

public:
    using ErrorHandler = std::function<void(const core::Error &)>;

    // Where a failure is reported; a command without a handler fails silently but still leaves
    // the stack.
    void setErrorHandler(ErrorHandler onError) { m_onError = std::move(onError); }
    bool hasErrorHandler() const { return bool(m_onError); }

    void redo() final;
    void undo() final;

protected:
    RepositoryCommand(const core::Database &db, const QString &text);

    const core::Database &database() const { return *m_db; }

    // The user's step (the first time) or the same step again after undo().
    virtual core::Result<void> apply() = 0;
    // Puts back what apply() changed.
    virtual core::Result<void> revert() = 0;

private:
    void settle(const core::Result<void> &result);

    const core::Database *m_db;
    ErrorHandler m_onError;
};

} // namespace iotdesk::undo
