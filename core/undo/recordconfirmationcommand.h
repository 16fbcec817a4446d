// RecordConfirmationCommand: the user sent the applicant the confirmation of receipt on a day.
#pragma once

#include "core/undo/editapplicationcommand.h"

namespace iotdesk::undo {

class RecordConfirmationCommand : public EditApplicationCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::RecordConfirmationCommand)

public:
    // `leadName` names the application in the undo history.
    RecordConfirmationCommand(const core::Database &db, const core::Application &before,
                              QDate sentOn, const QString &leadName);

private:
    static core::Application sent(core::Application application, QDate sentOn);
};

} // namespace iotdesk::undo
