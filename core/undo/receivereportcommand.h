// ReceiveReportCommand: the user recorded a monthly report as received (or corrected it).
#pragma once

#include "core/reports/monthlyreport.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class ReceiveReportCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::ReceiveReportCommand)

public:
    ReceiveReportCommand(const core::Database &db, core::MonthlyReport before,
                         core::MonthlyReport changed);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::MonthlyReport m_before;
    core::MonthlyReport m_changed;
};

} // namespace iotdesk::undo
