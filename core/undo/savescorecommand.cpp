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
    const auto version = core::ReviewRepository(database()).setScore(m_score);
    if (!version)
        return version.error();
    // The way back goes from the version this step left, counting only others' changes.
    m_after = {*version, true};
    if (m_previous)
        m_previous->version = m_after;
    return {};
}

core::Result<void> SaveScoreCommand::revert()
{
    core::ReviewRepository reviews(database());
    const auto version =
        m_previous ? reviews.setScore(*m_previous)
                   : reviews.removeScore(m_score.applicationId, m_score.reviewerId, m_after);
    if (!version)
        return version.error();
    m_score.version = {*version, true};
    return {};
}

} // namespace iotdesk::undo
