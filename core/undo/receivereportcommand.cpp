#include "core/undo/receivereportcommand.h"

#include "core/reports/reportrepository.h"

namespace iotdesk::undo {

ReceiveReportCommand::ReceiveReportCommand(const core::Database &db, core::MonthlyReport before,
                                           core::MonthlyReport changed)
    : RepositoryCommand(db, tr("Record the Report of %1").arg(changed.name))
    , m_before(std::move(before))
    , m_changed(std::move(changed))
{}

// Each way stores from the version the other way left, so that an undo or a redo that would
// overwrite someone else's later change is refused (the user's own later steps do not count).
core::Result<void> ReceiveReportCommand::apply()
{
    const auto version = core::ReportRepository(database()).update(m_changed);
    if (!version)
        return version.error();
    m_before.version = {*version, true};
    return {};
}

core::Result<void> ReceiveReportCommand::revert()
{
    const auto version = core::ReportRepository(database()).update(m_before);
    if (!version)
        return version.error();
    m_changed.version = {*version, true};
    return {};
}

} // namespace iotdesk::undo
