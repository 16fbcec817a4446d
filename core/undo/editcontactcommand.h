// EditContactCommand: the user changed a person's details.
#pragma once

#include "core/municipalities/contactrepository.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class EditContactCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::EditContactCommand)

public:
    EditContactCommand(const core::Database &db, core::Contact before, core::Contact changed);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Contact m_before;
    core::Contact m_changed;
};

} // namespace iotdesk::undo
