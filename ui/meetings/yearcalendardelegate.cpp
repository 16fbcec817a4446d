#include "ui/meetings/yearcalendardelegate.h"

#include "core/foundation/modelroles.h"
#include "core/programs/yearcalendarmodel.h"

#include <QPainter>

namespace iotdesk::ui {

using Kind = core::YearCalendarModel::Kind;

QList<std::pair<int, QColor>> YearCalendarDelegate::legend()
{
    return {{Kind::MeetingDay, background(Kind::MeetingDay)},
            {Kind::ReportDue, background(Kind::ReportDue)},
            {Kind::ApplicationWindow, background(Kind::ApplicationWindow)},
            {Kind::PlannedPeriod, background(Kind::PlannedPeriod)},
            {Kind::Saturday, background(Kind::Saturday)},
            {Kind::OfficeHoliday, background(Kind::OfficeHoliday)}};
}

QColor YearCalendarDelegate::background(int kinds)
{
    if (kinds & Kind::NoDay)
        return QColor(0xc8, 0xc8, 0xc8);
    if (kinds & Kind::MeetingDay)
        return QColor(0xa5, 0xd6, 0xa7);
    if (kinds & Kind::ReportDue)
        return QColor(0xe1, 0xbe, 0xe7);
    if (kinds & Kind::ApplicationWindow)
        return QColor(0xbb, 0xde, 0xfb);
    if (kinds & Kind::PlannedPeriod)
        return QColor(0xff, 0xf4, 0xce);
    if (kinds & Kind::OfficeHoliday)
        return QColor(0xfd, 0xe2, 0xe1);
    if (kinds & Kind::Saturday)
        return QColor(0xe3, 0xea, 0xf6);
    return QColor(Qt::white);
}

void YearCalendarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const int kinds = index.data(core::KindRole).toInt();
    painter->save();
    painter->fillRect(option.rect, background(kinds));
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.highlight(), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    } else if (kinds & Kind::Today) {
        painter->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }
    QFont font = option.font;
    font.setBold((kinds & Kind::MeetingDay) != 0);
    painter->setFont(font);
    // Sundays and holidays in red, Saturdays in blue, as Japanese calendars print them.
    painter->setPen((kinds & Kind::OfficeHoliday) ? QColor(0xb7, 0x1c, 0x1c)
                    : (kinds & Kind::Saturday)    ? QColor(0x1a, 0x4f, 0x9c)
                                                  : QColor(0x20, 0x20, 0x20));
    painter->drawText(option.rect, Qt::AlignCenter, index.data().toString());
    painter->restore();
}

} // namespace iotdesk::ui
