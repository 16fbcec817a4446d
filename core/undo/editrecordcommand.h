// EditRecordCommand: one user edit of a stored record (a program, an application ...),
// undoable. The first redo() stores the new state through the record's repository's update();
// undo() and later redo()s put back a state that was stored before through its restore(), which
// does not judge the dates of what happened by today. Both are validated and recorded in the
// history.
#pragma once

#include "core/undo/repositorycommand.h"

namespace iotdesk::undo {

template <typename Record, typename Repository> class EditRecordCommand : public RepositoryCommand
{
protected:
    EditRecordCommand(const core::Database &db, Record before, Record after, const QString &text)
        : RepositoryCommand(db, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

    // Each way stores from the version the other way left, so that an undo or a redo that
    // would overwrite someone else's later change is refused (the user's own later steps,
    // undone or not, do not count).
    core::Result<void> apply() override
    {
        Repository repository(database());
        const auto version = m_done ? repository.restore(m_after) : repository.update(m_after);
        if (!version)
            return version.error();
        m_done = true;
        m_before.version = {*version, true};
        return {};
    }
    core::Result<void> revert() override
    {
        const auto version = Repository(database()).restore(m_before);
        if (!version)
            return version.error();
        m_after.version = {*version, true};
        return {};
    }

    const Record &before() const { return m_before; }
    const Record &after() const { return m_after; }

private:
    Record m_before;
    Record m_after;
    bool m_done = false;
};

} // namespace iotdesk::undo
