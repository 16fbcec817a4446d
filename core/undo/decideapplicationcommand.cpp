#include "core/undo/decideapplicationcommand.h"

namespace iotdesk::undo {

DecideApplicationCommand::DecideApplicationCommand(const core::Database &db,
                                                   core::Application before,
                                                   core::Application decided)
    : EditApplicationCommand(db, std::move(before), decided,
                             tr("Decision: %1").arg(shownName(decided.decision)))
{}

} // namespace iotdesk::undo
