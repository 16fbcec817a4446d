#include "ui/widgets/calendarconventions.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QTextCharFormat>

namespace iotdesk::ui {

bool CalendarConventions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        if (auto *calendar = qobject_cast<QCalendarWidget *>(watched)) {
            QTextCharFormat saturday = calendar->weekdayTextFormat(Qt::Saturday);
            saturday.setForeground(QColor(0x1a, 0x5f, 0xb4));
            calendar->setWeekdayTextFormat(Qt::Saturday, saturday);
            QTextCharFormat sunday = calendar->weekdayTextFormat(Qt::Sunday);
            sunday.setForeground(QColor(0xc0, 0x1c, 0x28));
            calendar->setWeekdayTextFormat(Qt::Sunday, sunday);
            calendar->setFirstDayOfWeek(Qt::Sunday); // Japanese calendars start on Sunday
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace iotdesk::ui
