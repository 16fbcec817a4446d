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
    return storeVersioned(m_changed, m_before, [this](const auto &r) {
        return core::ContactRepository(database()).update(r);
    });
}

core::Result<void> EditContactCommand::revert()
{
    return storeVersioned(m_before, m_changed, [this](const auto &r) {
        return core::ContactRepository(database()).update(r);
    });
}

} // namespace iotdesk::undo
