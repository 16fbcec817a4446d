// MeetingSheets: the printed papers of a meeting session, in Japanese as they are used in the
// room: the attendance sheet people sign (affiliation, name, a signature column per day, blank
// rows for walk-ins), the participant list, and the presentation timetable.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/meetings/meeting.h"
#include "ui/print/printeddocument.h"

#include <QHash>

namespace iotdesk::ui {

class MeetingSheets
{
public:
    MeetingSheets(core::Program program, core::SessionSummary session, core::DateFormatter dates);

    PrintedDocument attendanceSheet(const QList<core::Participant> &participants) const;
    PrintedDocument participantList(const QList<core::Participant> &participants) const;
    // applicantNames: the presenting municipalities by application id.
    PrintedDocument timetable(const QList<core::PresentationSlot> &timetable,
                              const QHash<qint64, QString> &applicantNames) const;

private:
    // The program, the meeting, its days and venue.
    QString heading(const QString &what) const;
    QString dayLabel(int day) const;      // 6月21日(木)
    QString shortDayLabel(int day) const; // 6/21(木)

    core::Program m_program;
    core::SessionSummary m_session;
    core::DateFormatter m_dates;
};

} // namespace iotdesk::ui
