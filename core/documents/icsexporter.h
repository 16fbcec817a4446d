// IcsExporter: a program's meetings as an iCalendar file (RFC 5545) through libical, for
// Outlook, Google Calendar and Thunderbird. Each scheduled day of a session is one event: timed
// from its agenda when it has one (in Japan time, with the Asia/Tokyo zone written into the
// file), all day otherwise. A whole program adds its application window.
#pragma once

#include "core/foundation/result.h"
#include "core/meetings/meeting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace iotdesk::core {

class Database;

class IcsExporter
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::IcsExporter)

public:
    // Sessions not yet scheduled, and cancelled ones, are left out. `stamp` is when the file
    // is made (UTC).
    static QByteArray document(const Program &program, const QList<SessionSummary> &sessions,
                               const QHash<qint64, QList<AgendaItem>> &agendas,
                               bool withApplicationWindow, const QDateTime &stamp);
    // One session (sessionId) or the whole program; the number of events written.
    static Result<int> write(const Database &db, qint64 programId, std::optional<qint64> sessionId,
                             const QString &path);
};

} // namespace iotdesk::core
