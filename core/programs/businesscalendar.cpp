#include "core/programs/businesscalendar.h"

#include "core/storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

BusinessCalendar::BusinessCalendar(QHash<QDate, QString> holidays)
    : m_holidays(std::move(holidays))
{
    QDate earliest;
    QDate latest;
    for (auto it = m_holidays.cbegin(); it != m_holidays.cend(); ++it) {
        const QDate date = it.key();
        if (!date.isValid()) {
            continue;
        }
        if (!earliest.isValid() || date < earliest) {
            earliest = date;
        }
        if (!latest.isValid() || date > latest) {
            latest = date;
        }
    }
    // The data is published a year at a time, so a year with any holiday is complete.
    if (earliest.isValid()) {
        m_first = QDate(earliest.year(), 1, 1);
        m_last = QDate(latest.year(), 12, 31);
    }
}

Result<BusinessCalendar> BusinessCalendar::load(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto failure = [&q] {
        return storageError(q.lastError(),
                            QCoreApplication::translate("iotdesk::core::BusinessCalendar",
                                                        "Could not read the holidays: %1"));
    };
    if (!q.exec(u"SELECT date, name_ja FROM holidays"_s)) {
        return failure();
    }
    QHash<QDate, QString> holidays;
    while (q.next()) {
        const QString text = q.value(0).toString();
        // Qt::ISODate would also accept 2019/05/01, which the table's ISO contract excludes.
        const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
        // Skipping a bad row would silently turn a holiday into a business day and move
        // deadlines, so the table is refused instead.
        if (!date.isValid()) {
            return Error(ErrorCode::Damaged,
                         QCoreApplication::translate("iotdesk::core::BusinessCalendar",
                                                     "The holidays table has an invalid date: %1")
                             .arg(text));
        }
        holidays.insert(date, q.value(1).toString());
    }
    // next() also returns false when stepping fails part way through.
    if (q.lastError().isValid()) {
        return failure();
    }
    return BusinessCalendar(std::move(holidays));
}

bool BusinessCalendar::isYearEndClosure(QDate date)
{
    return (date.month() == 12 && date.day() >= 29) || (date.month() == 1 && date.day() <= 3);
}

bool BusinessCalendar::isBusinessDay(QDate date) const
{
    return date.isValid() && date.dayOfWeek() <= 5 && !isHoliday(date) && !isYearEndClosure(date);
}

QDate BusinessCalendar::nextBusinessDayFrom(QDate date) const
{
    if (!date.isValid()) {
        return {};
    }
    while (!isBusinessDay(date)) {
        date = date.addDays(1);
    }
    return date;
}

QDate BusinessCalendar::addBusinessDays(QDate date, int n) const
{
    if (n <= 0 || !date.isValid()) {
        return nextBusinessDayFrom(date);
    }
    for (int i = 0; i < n; ++i) {
        date = nextBusinessDayFrom(date.addDays(1));
    }
    return date;
}

int BusinessCalendar::businessDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid()) {
        return 0;
    }
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1)) {
        if (isBusinessDay(date)) {
            ++count;
        }
    }
    return count;
}

bool BusinessCalendar::covers(QDate date) const
{
    return date.isValid() && m_first.isValid() && m_first <= date && date <= m_last;
}

} // namespace iotdesk::core
