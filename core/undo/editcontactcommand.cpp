#include "core/undo/editcontactcommand.h"

namespace iotdesk::undo {

EditContactCommand::EditContactCommand(const core::Database &db, core::Contact before,
                                       core::Contact changed)
    : RepositoryCommand(db, tr("Edit a person"))
    , m_before(std::move(before))
    , m_changed(std::move(changed))
{}

core::Result<void> EditContactCommand::apply()
{
    return core::ContactRepository(database()).update(m_changed);
}

core::Result<void> EditContactCommand::revert()
{
    return core::ContactRepository(database()).update(m_before);
}

} // namespace iotdesk::undo
