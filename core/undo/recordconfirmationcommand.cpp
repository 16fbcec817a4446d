#include "core/undo/recordconfirmationcommand.h"

namespace iotdesk::undo {

RecordConfirmationCommand::RecordConfirmationCommand(const core::Database &db,
                                                     const core::Application &before, QDate sentOn,
                                                     const QString &leadName)
    : EditApplicationCommand(db, before, sent(before, sentOn),
                             tr("Receipt confirmed for %1").arg(leadName))
{}

core::Application RecordConfirmationCommand::sent(core::Application application, QDate sentOn)
{
    application.confirmationSentOn = sentOn;
    return application;
}

} // namespace iotdesk::undo
