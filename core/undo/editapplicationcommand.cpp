#include "core/undo/editapplicationcommand.h"

namespace iotdesk::undo {

EditApplicationCommand::EditApplicationCommand(const core::Database &db, core::Application before,
                                               core::Application after)
    : EditApplicationCommand(db, std::move(before), std::move(after), tr("Edit application"))
{}

EditApplicationCommand::EditApplicationCommand(const core::Database &db, core::Application before,
                                               core::Application after, const QString &text)
    : EditRecordCommand(db, std::move(before), std::move(after), text)
{}

} // namespace iotdesk::undo
