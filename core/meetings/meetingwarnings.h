// MeetingWarnings: what a coordinator should look at in a program's meeting plan. A day on a
// weekend or holiday, a day outside the meeting's planned period, a consultant booked into two
// sessions on the same day, a selected municipality whose local workshop has no date yet, and
// a session kept although its host is no longer selected.
#pragma once

#include "core/foundation/result.h"
#include "core/meetings/meeting.h"
#include "core/programs/businesscalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace iotdesk::core {

class Database;

struct MeetingWarning
{
    enum class Kind
    {
        NonBusinessDay,
        OutsidePlannedPeriod,
        ConsultantDoubleBooked,
        NoLocalDate,
        CancelledWithRecords,
    };
    Kind kind = Kind::NonBusinessDay;
    qint64 sessionId = 0;
    QDate date; // the day concerned, where there is one
    QString message;
};

class MeetingWarnings
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::MeetingWarnings)

public:
    // The warnings for these sessions, in session order. consultantNames names the consultants
    // by contact id.
    static QList<MeetingWarning> check(const QList<SessionSummary> &sessions,
                                       const BusinessCalendar &calendar,
                                       const QHash<qint64, QString> &consultantNames);
    // The same, read from a program in the database.
    static Result<QList<MeetingWarning>> check(const Database &db, qint64 programId);
};

} // namespace iotdesk::core
