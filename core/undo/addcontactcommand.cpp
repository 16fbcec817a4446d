#include "core/undo/addcontactcommand.h"

namespace iotdesk::undo {

AddContactCommand::AddContactCommand(const core::Database &db, core::Contact contact)
    : RepositoryCommand(db, tr("Add a person"))
    , m_contact(std::move(contact))
{
    m_contact.id = 0;
}

core::Result<void> AddContactCommand::apply()
{
    auto added = core::ContactRepository(database()).add(m_contact);
    if (!added)
        return added.error();
    m_contact.id = *added;
    return {};
}

core::Result<void> AddContactCommand::revert()
{
    return core::ContactRepository(database()).remove(m_contact.id);
}

} // namespace iotdesk::undo
