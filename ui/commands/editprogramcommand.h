// EditProgramCommand: one user edit of a program or its meetings. A meeting the edit added has
// no id in the new state; the repository inserts such meetings anew on every redo, after undo
// deleted them.
#pragma once

#include "core/programs/programrepository.h"
#include "ui/commands/editrecordcommand.h"

namespace iotdesk::ui {

using EditProgramCommand = EditRecordCommand<core::Program, core::ProgramRepository>;

} // namespace iotdesk::ui
