// BusinessCalendar: which days Japanese government offices work. Weekends, national holidays
// (from the shipped holidays table) and the year-end closure of Dec 29 - Jan 3 (行政機関の休日)
// are not business days. Deadlines such as "receipt confirmed within 2 business days" use it.
#pragma once

#include "core/foundation/result.h"

#include <QDate>
#include <QHash>
#include <QString>

class QSqlDatabase;

namespace iotdesk::core {

class BusinessCalendar
{
public:
    BusinessCalendar() = default;
    explicit BusinessCalendar(QHash<QDate, QString> holidays);

    // Reads the holidays table of an open IoT Desk database.
    static Result<BusinessCalendar> load(const QSqlDatabase &db);

    bool isHoliday(QDate date) const { return m_holidays.contains(date); }
    // The holiday's Japanese name, or an empty string.
    QString holidayName(QDate date) const { return m_holidays.value(date); }
    static bool isYearEndClosure(QDate date);
    bool isBusinessDay(QDate date) const;

    // The date itself when it is a business day, otherwise the next business day.
    QDate nextBusinessDayFrom(QDate date) const;
    // The n-th business day after date (n >= 0; n == 0 gives nextBusinessDayFrom(date)).
    QDate addBusinessDays(QDate date, int n) const;
    // Business days in (from, to]: 0 when to <= from.
    int businessDaysBetween(QDate from, QDate to) const;

    // The first and last date the holiday data covers; outside them only weekends and the
    // year-end closure are known.
    QDate firstCoveredDate() const { return m_first; }
    QDate lastCoveredDate() const { return m_last; }
    bool covers(QDate date) const;

private:
    QHash<QDate, QString> m_holidays;
    QDate m_first;
    QDate m_last;
};

} // namespace iotdesk::core
