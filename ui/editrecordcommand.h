// EditRecordCommand: one user edit of a stored record (a program, an application ...),
// undoable. redo() stores the new state and undo() the old one through the record's
// repository, which validates and records both directions in the history. A write that fails
// drops the command from the stack (setObsolete) and is reported.
#pragma once

#include "database.h"

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

    void redo() override { store(m_after); }
    void undo() override { store(m_before); }

private:
    void store(const Record &record)
    {
        if (auto stored = Repository(m_db).update(record); !stored) {
            setObsolete(true);
            if (m_onError)
                m_onError(stored.message());
        }
    }

    const core::Database &m_db;
    Record m_before;
    Record m_after;
    ErrorHandler m_onError;
};

} // namespace iotdesk::ui
