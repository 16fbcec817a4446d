#include "core/undo/createfiscalyearcommand.h"

#include "core/programs/programrepository.h"

namespace iotdesk::undo {

CreateFiscalYearCommand::CreateFiscalYearCommand(const core::Database &db, qint64 sourceId,
                                                 const QString &sourceLabel, ShownHandler onShown)
    : RepositoryCommand(db, tr("New fiscal year from %1").arg(sourceLabel))
    , m_sourceId(sourceId)
    , m_onShown(std::move(onShown))
{}

core::Result<void> CreateFiscalYearCommand::apply()
{
    const auto created = core::ProgramRepository(database()).createNextFiscalYear(m_sourceId);
    if (!created)
        return created.error();
    m_createdId = created.value();
    if (m_onShown)
        m_onShown(m_createdId);
    return {};
}

core::Result<void> CreateFiscalYearCommand::revert()
{
    if (auto removed = core::ProgramRepository(database()).remove(m_createdId); !removed)
        return removed;
    if (m_onShown)
        m_onShown(m_sourceId);
    return {};
}

} // namespace iotdesk::undo
