#include "core/undo/addreviewercommand.h"

namespace iotdesk::undo {

AddReviewerCommand::AddReviewerCommand(const core::Database &db, core::Reviewer reviewer)
    : RepositoryCommand(db, tr("Add reviewer %1").arg(reviewer.name))
    , m_reviewer(std::move(reviewer))
{}

core::Result<void> AddReviewerCommand::apply()
{
    const auto added = core::ReviewRepository(database()).addReviewer(m_reviewer);
    if (!added)
        return added.error();
    m_id = added.value();
    return {};
}

core::Result<void> AddReviewerCommand::revert()
{
    auto removed = core::ReviewRepository(database()).removeReviewer(m_id);
    if (removed)
        m_id = 0;
    return removed;
}

} // namespace iotdesk::undo
