// YearCalendarDelegate: paints a cell of the year calendar by what happens that day: a meeting
// day in green, the application window in blue, a meeting's planned period in pale yellow, an
// office holiday in red type, today framed; days a month does not have are greyed out.
#pragma once

#include <QStyledItemDelegate>

namespace iotdesk::ui {

class YearCalendarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The colour legend, the same colours as the cells.
    static QList<std::pair<int, QColor>> legend();
    static QColor background(int kinds);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace iotdesk::ui
