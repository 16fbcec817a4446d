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
    return storeVersioned(m_changed, m_before, [this](const auto &r) {
        return core::ReportRepository(database()).update(r);
    });
}

core::Result<void> ReceiveReportCommand::revert()
{
    return storeVersioned(m_before, m_changed, [this](const auto &r) {
        return core::ReportRepository(database()).update(r);
    });
}

} // namespace iotdesk::undo
