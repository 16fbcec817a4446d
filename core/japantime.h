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

} // namespace iotdesk::core::JapanTime
