// CalendarConventions: every calendar popup of the program follows the Japanese convention —
// Saturday in blue, Sunday in red — whichever widget style or locale draws it. Installed once
// on the application as an event filter that formats each QCalendarWidget as it is polished.
#pragma once

#include <QObject>

namespace iotdesk::ui {

class CalendarConventions : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace iotdesk::ui
