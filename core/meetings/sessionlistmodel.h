// SessionListModel: a program's meeting sessions as a table: meeting, host, days, venue,
// consultants, participants and warnings. A cancelled session is marked as a problem, one with
// warnings for attention, a session whose days are over as done.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/meetings/meeting.h"
#include "core/meetings/meetingwarnings.h"

#include <QAbstractTableModel>
#include <QHash>

namespace iotdesk::core {

class Database;

class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Meeting,
        Host,
        Days,
        Venue,
        Consultants,
        Participants,
        Warnings,
        ColumnCount
    };

    explicit SessionListModel(QObject *parent = nullptr);

    // Reads the program's sessions and warnings; what went wrong, or an empty string.
    QString load(const Database &db, qint64 programId, QDate today);
    void setDateStyle(DateStyle style);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const SessionSummary &at(int row) const { return m_sessions.at(row); }
    int rowOf(qint64 sessionId) const;
    const QList<MeetingWarning> &warnings() const { return m_warnings; }
    QString consultantName(qint64 contactId) const { return m_consultants.value(contactId); }
    // "平成30年6月21日(木) – 6月22日(金)" in the date style; "—" while unscheduled.
    static QString daysText(const MeetingSession &session, const DateFormatter &dates);

private:
    QList<SessionSummary> m_sessions;
    QList<MeetingWarning> m_warnings;
    QHash<qint64, int> m_warningCount;
    QHash<qint64, QString> m_consultants;
    DateFormatter m_dates;
    QDate m_today;
};

} // namespace iotdesk::core
