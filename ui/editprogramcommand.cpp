#include "editprogramcommand.h"

#include "programrepository.h"

namespace iotdesk::ui {

EditProgramCommand::EditProgramCommand(const core::Database &db, core::Program before,
                                       core::Program after, const QString &text,
                                       ErrorHandler onError)
    : QUndoCommand(text)
    , m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{}

void EditProgramCommand::redo()
{
    store(m_after);
}

void EditProgramCommand::undo()
{
    store(m_before);
}

void EditProgramCommand::store(const core::Program &program)
{
    // A meeting this edit added has no id in m_after; the repository inserts such meetings
    // anew on every redo, after undo deleted them.
    auto stored = core::ProgramRepository(m_db).update(program);
    if (stored)
        return;
    setObsolete(true);
    if (m_onError)
        m_onError(stored.message());
}

} // namespace iotdesk::ui
