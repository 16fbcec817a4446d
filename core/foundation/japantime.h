// JapanTime: the one time zone the program lives in. Japan has kept UTC+9 without daylight
// saving since 1951, so a fixed offset needs no time-zone database. Moments are stored in
// UTC and shown (and entered) as Japan's wall clock.
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace iotdesk::core::JapanTime {

// Hours ahead of UTC. SQL written for the stored moments takes it from here too (sqltext.h).
inline constexpr int offsetHours = 9;

inline const QTimeZone &zone()
{
    static const QTimeZone japan(offsetHours * 3600);
    return japan;
}

// The UTC moment of a wall-clock time in Japan.
inline QDateTime toUtc(QDate date, QTime time)
{
    return QDateTime(date, time, zone()).toUTC();
}

// Midnight in Japan at the start of `day`, as stored moments are written (UTC, fixed width:
// yyyy-MM-ddTHH:mm:ssZ), to compare with them as text.
inline QString dayStartText(QDate day)
{
    return toUtc(day, QTime(0, 0)).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

// The moment now, on Japan's wall clock.
inline QDateTime now()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(zone());
}

// Today's date in Japan.
inline QDate today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(zone()).date();
}

// The moment recorded for an event that happened on `day`: now when that is today, else noon
// in Japan (events entered after the fact keep their day whatever the offset).
inline QDateTime momentOn(QDate day)
{
    if (day == today())
        return QDateTime::currentDateTimeUtc();
    return toUtc(day, QTime(12, 0));
}

// The day in Japan of a stored moment.
inline QDate dayOf(const QDateTime &moment)
{
    return moment.isValid() ? moment.toTimeZone(zone()).date() : QDate();
}

} // namespace iotdesk::core::JapanTime
