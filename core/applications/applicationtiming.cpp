#include "core/applications/applicationtiming.h"

#include "core/foundation/japantime.h"

#include <QTimeZone>

namespace iotdesk::core {

QDate ApplicationTiming::japanDate(const QDateTime &moment)
{
    return moment.isValid() ? moment.toTimeZone(JapanTime::zone()).date() : QDate();
}

WindowPosition ApplicationTiming::windowPosition(QDate receivedOn, QDate windowStart,
                                                 QDate windowEnd)
{
    if (receivedOn < windowStart)
        return WindowPosition::Early;
    if (receivedOn > windowEnd)
        return WindowPosition::Late;
    return WindowPosition::InWindow;
}

QDate ApplicationTiming::confirmationDue(QDate receivedOn, const BusinessCalendar &calendar)
{
    return calendar.addBusinessDays(receivedOn, kConfirmationBusinessDays);
}

ConfirmationState ApplicationTiming::confirmationState(QDate due, std::optional<QDate> sentOn,
                                                       QDate today)
{
    if (sentOn.has_value() && sentOn->isValid())
        return *sentOn > due ? ConfirmationState::SentLate : ConfirmationState::Sent;
    if (today > due)
        return ConfirmationState::Overdue;
    if (today == due)
        return ConfirmationState::DueToday;
    return ConfirmationState::Pending;
}

QString ApplicationTiming::windowPositionName(WindowPosition position)
{
    switch (position) {
    case WindowPosition::Early:
        return tr("Before the application window");
    case WindowPosition::InWindow:
        return tr("In the application window");
    case WindowPosition::Late:
        return tr("After the application window");
    }
    return {};
}

QString ApplicationTiming::confirmationStateName(ConfirmationState state)
{
    switch (state) {
    case ConfirmationState::Pending:
        return tr("Confirmation pending");
    case ConfirmationState::DueToday:
        return tr("Confirmation due today");
    case ConfirmationState::Overdue:
        return tr("Confirmation overdue");
    case ConfirmationState::Sent:
        return tr("Confirmation sent");
    case ConfirmationState::SentLate:
        return tr("Confirmation sent late");
    }
    return {};
}

} // namespace iotdesk::core
