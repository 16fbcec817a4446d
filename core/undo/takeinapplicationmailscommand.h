// TakeInApplicationMailsCommand: the user took in the applications that came by mail; stored
// and taken back like an import.
#pragma once

#include "core/undo/importapplicationscommand.h"

namespace iotdesk::undo {

class TakeInApplicationMailsCommand : public ImportApplicationsCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::TakeInApplicationMailsCommand)

public:
    TakeInApplicationMailsCommand(const core::Database &db, QList<core::Application> applications);
};

} // namespace iotdesk::undo
