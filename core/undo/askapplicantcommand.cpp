#include "core/undo/askapplicantcommand.h"

namespace iotdesk::undo {

AskApplicantCommand::AskApplicantCommand(const core::Database &db, core::ReviewRequest request)
    : RepositoryCommand(db, tr("Request to the applicant"))
    , m_request(std::move(request))
{}

core::Result<void> AskApplicantCommand::apply()
{
    const auto added = core::ReviewRepository(database()).addRequest(m_request);
    if (!added)
        return added.error();
    m_id = added.value();
    return {};
}

core::Result<void> AskApplicantCommand::revert()
{
    auto removed = core::ReviewRepository(database()).removeRequest(m_id);
    if (removed)
        m_id = 0;
    return removed;
}

} // namespace iotdesk::undo
