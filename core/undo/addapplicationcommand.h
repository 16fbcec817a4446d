// AddApplicationCommand: the user entered a new application by hand.
#pragma once

#include "core/applications/application.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class AddApplicationCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::AddApplicationCommand)

public:
    AddApplicationCommand(const core::Database &db, core::Application application);

    // The number it was stored under (0 while undone).
    qint64 applicationId() const { return m_id; }

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Application m_application;
    qint64 m_id = 0;
};

} // namespace iotdesk::undo
