// Meetings as they are held: a planned meeting of a program (ProgramMeeting) is held as one or
// more sessions. A meeting in Tokyo is one session; a workshop held locally is one session per
// selected municipality, hosted by it. A session has consecutive days, a venue, an agenda,
// material files, the consultants who travel to it, and participants whose attendance is
// kept per day. A mid-term presentation meeting also has a timetable of presentation slots.
#pragma once

#include "core/foundation/valueset.h"
#include "core/programs/program.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

#include <optional>
#include <utility>

namespace iotdesk::core {

struct MeetingSession
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 applicationId = 0; // the host of a local workshop; 0 for a central meeting
    std::optional<QDate> firstDay;
    int dayCount = 1;
    QString venueName;
    QString venueAddress;
    QString note;
    bool cancelled = false;
    QList<qint64> consultantIds; // contacts of kind consultant, in id order
    // As read; an update from it is refused if the details changed since (the agenda has a
    // version of its own).
    RecordVersion version{};

    // Day n (1-based) of the session; invalid while its first day is not fixed.
    QDate day(int n) const { return firstDay ? firstDay->addDays(n - 1) : QDate(); }
    QDate lastDay() const { return day(dayCount); }

    bool operator==(const MeetingSession &) const = default;
};

// What the user changed between `opened` and `mine`, put onto `theirs` (reapplyEdit over the
// fields a user edits).
inline MeetingSession reapplyEdit(const MeetingSession &opened, const MeetingSession &mine,
                                  MeetingSession theirs)
{
    return reapplyEdit(opened, mine, std::move(theirs), &MeetingSession::firstDay,
                       &MeetingSession::dayCount, &MeetingSession::venueName,
                       &MeetingSession::venueAddress, &MeetingSession::note,
                       &MeetingSession::consultantIds);
}

// A session with what a list shows beside it.
struct SessionSummary
{
    MeetingSession session;
    ProgramMeeting meeting;
    QString hostCode6; // the lead applicant of the hosting application
    QString hostName;  // its full name (prefecture and municipality)
    int participantCount = 0;

    // "Workshop 2 — 北海道札幌市" for a local session, the meeting's name otherwise.
    QString title(bool japanese) const
    {
        const QString name = japanese || meeting.nameEn.isEmpty() ? meeting.nameJa : meeting.nameEn;
        return hostName.isEmpty() ? name : name + QStringLiteral(" — ") + hostName;
    }
};

// A selected application, by its lead applicant.
struct SelectedApplicant
{
    qint64 applicationId = 0;
    QString code6;
    QString name;
};

struct AgendaItem
{
    qint64 id = 0;
    int dayNo = 1;
    QTime start;
    QTime end;
    QString title;
    QString speaker;

    bool operator==(const AgendaItem &) const = default;
};

// The user's edit of an agenda (`opened` as read, `mine` as typed) carried onto the agenda as
// stored now (`theirs`): the items the user removed are removed from it, the items the user
// added or changed are added to it (an item is its day, times, title and speaker; ids do not
// count), in the order of day and start.
QList<AgendaItem> reapplyAgenda(const QList<AgendaItem> &opened, const QList<AgendaItem> &mine,
                                QList<AgendaItem> theirs);

enum class AttendanceState
{
    Registered,
    Attended,
    Absent,
    Excused,
};
template <> const ValueSet<AttendanceState> &valueSet<AttendanceState>();

struct AttendanceMark
{
    AttendanceState state = AttendanceState::Registered;
    QString note;

    bool operator==(const AttendanceMark &) const = default;
};

struct Participant
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 contactId = 0;
    qint64 applicationId = 0;       // the selected application the person comes for; 0: none
    QMap<int, AttendanceMark> days; // registered days only, by day number
    RecordVersion version{};        // as read: the person's attendance, all days

    // Read with the participant, not stored with it.
    QString name;
    QString kana;
    QString department;
    QString title;
    QString email;
    QString lgCode6;
    QString affiliation; // the person's local government, or the consultancy

    bool operator==(const Participant &) const = default;
};

// One change of attendance: a state for a day, or no state (std::nullopt) to take the person
// off that day.
struct AttendanceChange
{
    qint64 participantId = 0;
    int dayNo = 1;
    std::optional<AttendanceMark> mark;
    // The participant's version the change was made from: refused if someone else changed the
    // person's attendance since. Unset: not checked.
    RecordVersion version{};

    bool operator==(const AttendanceChange &) const = default;
};

struct PresentationSlot
{
    qint64 id = 0;
    int seq = 1;
    int dayNo = 1;
    QTime start;
    int minutes = 15;
    qint64 applicationId = 0; // 0: a break
    QString presenter;
    QString title;

    bool isBreak() const { return applicationId == 0; }
    QTime end() const { return start.addSecs(minutes * 60); }

    bool operator==(const PresentationSlot &) const = default;
};

} // namespace iotdesk::core
