// YearCalendarModel: a fiscal year at a glance, April to March: a row per month, a column per
// day of the month. Each cell carries what happens that day as KindRole flags (an office
// holiday, the application window, a meeting's planned period, a meeting day) with a short
// mark and the full list as its tooltip.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/meetings/meeting.h"
#include "core/programs/businesscalendar.h"

#include <QAbstractTableModel>
#include <QHash>

namespace iotdesk::core {

class YearCalendarModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Kind
    {
        NoDay = 0x01,         // the 30th of February and the like
        OfficeHoliday = 0x02, // a Sunday, a national holiday or the office's year-end days
        Saturday = 0x80,      // a Saturday that is no holiday: blue in a Japanese calendar
        ApplicationWindow = 0x04,
        PlannedPeriod = 0x08,
        MeetingDay = 0x10,
        Today = 0x20,
        ReportDue = 0x40,
    };

    // A dated item beyond the program's own (report due dates, later).
    struct Event
    {
        QDate date;
        int kind = MeetingDay;
        QString mark;
        QString text;
    };

    explicit YearCalendarModel(QObject *parent = nullptr);

    void setDateStyle(DateStyle style) { m_dates = DateFormatter(style); }

    void setYear(const Program &program, const QList<SessionSummary> &sessions,
                 const BusinessCalendar &calendar, QDate today, const QList<Event> &more = {});
    // The date a cell stands for; invalid for a day a month does not have.
    QDate dateAt(const QModelIndex &index) const;
    QModelIndex indexOf(QDate date) const;
    int kindsOn(QDate date) const { return m_kinds.value(date); }
    QStringList eventsOn(QDate date) const { return m_events.value(date); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void add(QDate date, int kind, const QString &mark, const QString &text);

    int m_fiscalYear = 0;
    DateFormatter m_dates;
    QHash<QDate, int> m_kinds;
    QHash<QDate, QStringList> m_events;
    QHash<QDate, QString> m_marks;
};

} // namespace iotdesk::core
