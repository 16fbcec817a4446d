// EditApplicationCommand: one user edit of an application (a decision, the confirmation date,
// an answer ...).
#pragma once

#include "applicationrepository.h"
#include "editrecordcommand.h"

namespace iotdesk::ui {

using EditApplicationCommand = EditRecordCommand<core::Application, core::ApplicationRepository>;

} // namespace iotdesk::ui
