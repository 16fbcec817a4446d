// WithdrawConflictCommand: a declared conflict of interest taken back; undo declares it again
// with its reason.
#pragma once

#include "core/selection/reviewrepository.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class WithdrawConflictCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::WithdrawConflictCommand)

public:
    // `declared` is the conflict as it stands, with its reason.
    WithdrawConflictCommand(const core::Database &db, core::ReviewConflict declared);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::ReviewConflict m_declared;
};

} // namespace iotdesk::undo
