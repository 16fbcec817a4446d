// AddContactCommand: the user added a person (a municipal official, a consultant ...). A redo
// after undo brings the person back under the number they had.
#pragma once

#include "core/municipalities/contactrepository.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class AddContactCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::AddContactCommand)

public:
    AddContactCommand(const core::Database &db, core::Contact contact);

    // The number the person was stored under (kept while undone: a redo uses it again).
    qint64 contactId() const { return m_contact.id; }

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Contact m_contact;
};

} // namespace iotdesk::undo
