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
    if (!m_previous)
        return {};
    // The score as it was read, unless someone else has scored since.
    core::ReviewScore previous = *m_previous;
    previous.version.othersOnly = true;
    if (auto restored = reviews.setScore(previous); !restored)
        return restored.error();
    return {};
}

} // namespace iotdesk::undo
