#include "core/undo/receivereportcommand.h"

#include "core/reports/reportrepository.h"

namespace iotdesk::undo {

ReceiveReportCommand::ReceiveReportCommand(const core::Database &db, core::MonthlyReport before,
                                           core::MonthlyReport changed)
    : RepositoryCommand(db, tr("Record the Report of %1").arg(changed.name))
    , m_before(std::move(before))
    , m_changed(std::move(changed))
{}

core::Result<void> ReceiveReportCommand::apply()
{
    return core::ReportRepository(database()).update(m_changed);
}

core::Result<void> ReceiveReportCommand::revert()
{
    return core::ReportRepository(database()).update(m_before);
}

} // namespace iotdesk::undo
