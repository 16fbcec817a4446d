#include "core/undo/setbureauownlimitcommand.h"

#include "core/programs/programrepository.h"

namespace iotdesk::undo {

SetBureauOwnLimitCommand::SetBureauOwnLimitCommand(const core::Database &db, qint64 programId,
                                                   int bureauId, std::optional<int> before,
                                                   std::optional<int> limit)
    : RepositoryCommand(db, tr("Change a bureau's own limit"))
    , m_programId(programId)
    , m_bureauId(bureauId)
    , m_before(before)
    , m_limit(limit)
{}

core::Result<void> SetBureauOwnLimitCommand::apply()
{
    return core::ProgramRepository(database()).setBureauOverride(m_programId, m_bureauId, m_limit);
}

core::Result<void> SetBureauOwnLimitCommand::revert()
{
    return core::ProgramRepository(database()).setBureauOverride(m_programId, m_bureauId, m_before);
}

} // namespace iotdesk::undo
