// EditProgramCommand: one user edit of a program or its meetings; `text` says which field
// ("Change the due day", "Add meeting" ...). A meeting the edit added has no id in the new
// state; the repository inserts such meetings anew on every redo, after undo deleted them.
#pragma once

#include "core/programs/programrepository.h"
#include "core/undo/editrecordcommand.h"

namespace iotdesk::undo {

class EditProgramCommand : public EditRecordCommand<core::Program, core::ProgramRepository>
{
public:
    EditProgramCommand(const core::Database &db, core::Program before, core::Program after,
                       const QString &text)
        : EditRecordCommand(db, std::move(before), std::move(after), text)
    {}
};

} // namespace iotdesk::undo
