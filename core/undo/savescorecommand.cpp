#include "core/undo/savescorecommand.h"

#include "core/selection/reviewrepository.h"

namespace iotdesk::undo {

SaveScoreCommand::SaveScoreCommand(const core::Database &db, core::ReviewScore score,
                                   std::optional<core::ReviewScore> previous)
    : RepositoryCommand(db, tr("Score"))
    , m_score(std::move(score))
    , m_previous(std::move(previous))
{}

core::Result<void> SaveScoreCommand::apply()
{
    return core::ReviewRepository(database()).setScore(m_score);
}

core::Result<void> SaveScoreCommand::revert()
{
    core::ReviewRepository reviews(database());
    return m_previous ? reviews.setScore(*m_previous)
                      : reviews.removeScore(m_score.applicationId, m_score.reviewerId);
}

} // namespace iotdesk::undo
