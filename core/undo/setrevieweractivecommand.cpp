#include "core/undo/setrevieweractivecommand.h"

namespace iotdesk::undo {

SetReviewerActiveCommand::SetReviewerActiveCommand(const core::Database &db, core::Reviewer before,
                                                   bool active)
    : RepositoryCommand(db, active ? tr("Reviewer %1 active").arg(before.name)
                                   : tr("Reviewer %1 inactive").arg(before.name))
    , m_before(std::move(before))
    , m_changed(m_before)
{
    m_changed.active = active;
}

core::Result<void> SetReviewerActiveCommand::apply()
{
    return core::ReviewRepository(database()).updateReviewer(m_changed);
}

core::Result<void> SetReviewerActiveCommand::revert()
{
    return core::ReviewRepository(database()).updateReviewer(m_before);
}

} // namespace iotdesk::undo
