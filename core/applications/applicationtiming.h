// ApplicationTiming: the rules of time around an application that arrives by e-mail. Dates
// are Japan's: a mail received at 23:30 on the closing day (JST) is in time. Receipt must be
// confirmed within two business days; a mail over 10 MB cannot be received by MIC at all.
#pragma once

#include "core/programs/businesscalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <optional>

namespace iotdesk::core {

enum class WindowPosition
{
    Early,
    InWindow,
    Late
};
enum class ConfirmationState
{
    Pending,
    DueToday,
    Overdue,
    Sent,
    SentLate
};

class ApplicationTiming
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ApplicationTiming)

public:
    // 10 MB as MIC's mail server counts it; larger mails must be discussed with MIC first.
    static constexpr qint64 kMailLimitBytes = 10'000'000;
    static constexpr int kConfirmationBusinessDays = 2;

    static bool exceedsMailLimit(qint64 bytes) { return bytes > kMailLimitBytes; }
    // The calendar day in Japan on which the mail arrived.
    static QDate japanDate(const QDateTime &moment);
    static WindowPosition windowPosition(QDate receivedOn, QDate windowStart, QDate windowEnd);
    // The last day on which the receipt confirmation is in time.
    static QDate confirmationDue(QDate receivedOn, const BusinessCalendar &calendar);
    static ConfirmationState confirmationState(QDate due, std::optional<QDate> sentOn, QDate today);
    static QString windowPositionName(WindowPosition position);
    static QString confirmationStateName(ConfirmationState state);
};

} // namespace iotdesk::core
