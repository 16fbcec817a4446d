#include "core/undo/setbureaulimitcommand.h"

#include "core/programs/programrepository.h"

namespace iotdesk::undo {

SetBureauLimitCommand::SetBureauLimitCommand(const core::Database &db, qint64 programId,
                                             std::optional<int> before, std::optional<int> limit)
    : RepositoryCommand(db, tr("Change the limit per bureau"))
    , m_programId(programId)
    , m_before(before)
    , m_limit(limit)
{}

core::Result<void> SetBureauLimitCommand::apply()
{
    return core::ProgramRepository(database()).setBureauLimit(m_programId, m_limit);
}

core::Result<void> SetBureauLimitCommand::revert()
{
    return core::ProgramRepository(database()).setBureauLimit(m_programId, m_before);
}

} // namespace iotdesk::undo
