#include "core/undo/withdrawconflictcommand.h"

namespace iotdesk::undo {

WithdrawConflictCommand::WithdrawConflictCommand(const core::Database &db,
                                                 core::ReviewConflict declared)
    : RepositoryCommand(db, tr("Withdraw conflict of interest"))
    , m_declared(std::move(declared))
{}

core::Result<void> WithdrawConflictCommand::apply()
{
    return core::ReviewRepository(database())
        .withdrawConflict(m_declared.applicationId, m_declared.reviewerId);
}

core::Result<void> WithdrawConflictCommand::revert()
{
    return core::ReviewRepository(database()).declareConflict(m_declared);
}

} // namespace iotdesk::undo
