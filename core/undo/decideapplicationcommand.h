// DecideApplicationCommand: the user decided an application (selected, not selected, or the
// decision taken back), with its rationale and the day it was taken.
#pragma once

#include "core/undo/editapplicationcommand.h"

namespace iotdesk::undo {

class DecideApplicationCommand : public EditApplicationCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::DecideApplicationCommand)

public:
    DecideApplicationCommand(const core::Database &db, core::Application before,
                             core::Application decided);
};

} // namespace iotdesk::undo
