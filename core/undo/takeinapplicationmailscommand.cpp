#include "core/undo/takeinapplicationmailscommand.h"

namespace iotdesk::undo {

TakeInApplicationMailsCommand::TakeInApplicationMailsCommand(const core::Database &db,
                                                             QList<core::Application> applications)
    : ImportApplicationsCommand(
          db, applications, tr("Take in %n application mail(s)", nullptr, int(applications.size())))
{}

} // namespace iotdesk::undo
