#include "core/undo/completefollowupcommand.h"

#include "core/consultations/consultationrepository.h"

namespace iotdesk::undo {

CompleteFollowUpCommand::CompleteFollowUpCommand(const core::Database &db, qint64 followUpId,
                                                 QDate doneOn, std::optional<core::FollowUp> next)
    : RepositoryCommand(db, next ? tr("Complete a follow-up and schedule the next")
                                 : tr("Complete a follow-up"))
    , m_followUpId(followUpId)
    , m_doneOn(doneOn)
    , m_next(std::move(next))
{}

core::Result<void> CompleteFollowUpCommand::apply()
{
    auto done =
        core::ConsultationRepository(database()).completeFollowUp(m_followUpId, m_doneOn, m_next);
    if (!done)
        return done.error();
    m_addedId = *done;
    return {};
}

core::Result<void> CompleteFollowUpCommand::revert()
{
    return core::ConsultationRepository(database()).reopenFollowUp(m_followUpId, m_addedId);
}

} // namespace iotdesk::undo
