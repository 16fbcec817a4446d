// JapanTime: the one time zone the program lives in. Japan has kept UTC+9 without daylight
// saving since 1951, so a fixed offset needs no time-zone database. Moments are stored in
// UTC and shown (and entered) as Japan's wall clock.
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace iotdesk::core::JapanTime {

inline const QTimeZone &zone()
{
    static const QTimeZone japan(9 * 3600);
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

// Today's date in Japan.
inline QDate today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(zone()).date();
}

} // namespace iotdesk::core::JapanTime
