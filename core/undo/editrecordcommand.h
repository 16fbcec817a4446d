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

    core::Result<void> apply() override
    {
        auto stored = storeVersioned(m_after, m_before, [this](const Record &r) {
            Repository repository(database());
            return m_done ? repository.restore(r) : repository.update(r);
        });
        if (stored)
            m_done = true;
        return stored;
    }
    core::Result<void> revert() override
    {
        return storeVersioned(m_before, m_after, [this](const Record &r) {
            return Repository(database()).restore(r);
        });
    }

    const Record &before() const { return m_before; }
    const Record &after() const { return m_after; }

private:
    Record m_before;
    Record m_after;
    bool m_done = false;
};

} // namespace iotdesk::undo
