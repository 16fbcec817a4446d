#include "core/undo/declareconflictcommand.h"

namespace iotdesk::undo {

DeclareConflictCommand::DeclareConflictCommand(const core::Database &db,
                                               core::ReviewConflict conflict,
                                               std::optional<core::ReviewScore> previous)
    : RepositoryCommand(db, tr("Conflict of interest"))
    , m_conflict(std::move(conflict))
    , m_previous(std::move(previous))
{}

core::Result<void> DeclareConflictCommand::apply()
{
    return core::ReviewRepository(database()).declareConflict(m_conflict);
}

core::Result<void> DeclareConflictCommand::revert()
{
    core::ReviewRepository reviews(database());
    if (auto withdrawn = reviews.withdrawConflict(m_conflict.applicationId, m_conflict.reviewerId);
        !withdrawn)
        return withdrawn;
    return m_previous ? reviews.setScore(*m_previous) : core::Result<void>();
}

} // namespace iotdesk::undo
