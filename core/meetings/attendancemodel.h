// AttendanceModel: one session's participants, a row each, with a column per day showing the
// person's attendance that day: attended (done), absent (a problem), excused (attention),
// registered, or "—" when not registered for that day.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/meetings/meeting.h"

#include <QAbstractTableModel>

namespace iotdesk::core {

class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Affiliation,
        Name,
        Department,
        FirstDay, // then one column per day
    };

    explicit AttendanceModel(QObject *parent = nullptr);

    void setSession(const MeetingSession &session, QList<Participant> participants);
    void setDateStyle(DateStyle style);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Participant &at(int row) const { return m_participants.at(row); }
    const QList<Participant> &participants() const { return m_participants; }
    const MeetingSession &session() const { return m_session; }
    // The day a column shows (1-based), or 0 for the other columns.
    int dayOf(int column) const;
    // How many of the registered person-days are marked attended.
    int attendedCount() const;
    int registeredCount() const;

private:
    MeetingSession m_session;
    QList<Participant> m_participants;
    DateFormatter m_dates;
};

} // namespace iotdesk::core
