#include "core/undo/editcontactcommand.h"

namespace iotdesk::undo {

EditContactCommand::EditContactCommand(const core::Database &db, core::Contact before,
                                       core::Contact changed)
    : RepositoryCommand(db, tr("Edit a person"))
    , m_before(std::move(before))
    , m_changed(std::move(changed))
{}

// Each way stores from the version the other way left, so that an undo or a redo that would
// overwrite someone else's later change is refused (the user's own later steps do not count).
core::Result<void> EditContactCommand::apply()
{
    const auto version = core::ContactRepository(database()).update(m_changed);
    if (!version)
        return version.error();
    m_before.version = {*version, true};
    return {};
}

core::Result<void> EditContactCommand::revert()
{
    const auto version = core::ContactRepository(database()).update(m_before);
    if (!version)
        return version.error();
    m_changed.version = {*version, true};
    return {};
}

} // namespace iotdesk::undo
