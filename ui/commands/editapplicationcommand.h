// EditApplicationCommand: one user edit of an application (a decision, the confirmation date,
// an answer ...).
#pragma once

#include "core/applications/applicationrepository.h"
#include "ui/commands/editrecordcommand.h"

namespace iotdesk::ui {

using EditApplicationCommand = EditRecordCommand<core::Application, core::ApplicationRepository>;

} // namespace iotdesk::ui
