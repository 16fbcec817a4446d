// ReportReminder: the Japanese reminder mail to a municipality whose monthly reports are
// overdue, listing each month with its due date, ready for the mail client (mailto:) or the
// clipboard.
#pragma once

#include "core/applications/confirmationmail.h"
#include "core/reports/monthlyreport.h"

namespace iotdesk::core {

class ReportReminder
{
public:
    // `overdue`: one municipality's overdue reports; `to`: its contact's address.
    static MailDraft compose(const QList<MonthlyReport> &overdue, const Program &program,
                             const QString &to, const DateFormatter &dates);
};

} // namespace iotdesk::core
