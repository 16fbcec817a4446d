// EditRecordCommand: one user edit of a stored record (a program, an application ...),
// undoable. The first redo() stores the new state through the record's repository's update();
// undo() and later redo()s put back a state that was stored before through its restore(), which
// does not judge the dates of what happened by today. Both are validated and recorded in the
// history. A write that fails
// drops the command from the stack (setObsolete) and is reported.
#pragma once

#include "core/storage/database.h"

#include <QUndoCommand>

#include <functional>

namespace iotdesk::ui {

template <typename Record, typename Repository> class EditRecordCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &)>;

    EditRecordCommand(const core::Database &db, Record before, Record after, const QString &text,
                      ErrorHandler onError)
        : QUndoCommand(text)
        , m_db(db)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_onError(std::move(onError))
    {}

    void redo() override
    {
        store(m_after, m_done);
        m_done = true;
    }
    void undo() override { store(m_before, true); }

private:
    void store(const Record &record, bool storedBefore)
    {
        Repository repository(m_db);
        if (auto stored = storedBefore ? repository.restore(record) : repository.update(record);
            !stored) {
            setObsolete(true);
            if (m_onError)
                m_onError(stored.message());
        }
    }

    const core::Database &m_db;
    Record m_before;
    Record m_after;
    ErrorHandler m_onError;
    bool m_done = false;
};

} // namespace iotdesk::ui
