// DeclareConflictCommand: a reviewer declared a conflict of interest with an application.
// Declaring withdraws the reviewer's score; undo restores it.
#pragma once

#include "core/selection/reviewranking.h"
#include "core/selection/reviewrepository.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

#include <optional>

namespace iotdesk::undo {

class DeclareConflictCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::DeclareConflictCommand)

public:
    DeclareConflictCommand(const core::Database &db, core::ReviewConflict conflict,
                           std::optional<core::ReviewScore> previous);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::ReviewConflict m_conflict;
    std::optional<core::ReviewScore> m_previous;
};

} // namespace iotdesk::undo
