// MeetingRepository: reads and changes the sessions of a program's meetings and everything
// attached to them. Every change is checked first (a bad value changes nothing), written in
// one transaction and recorded in the history. Removals hand back what they removed, so that
// undo can put it back under its own ids.
#pragma once

#include "core/consultations/consultation.h"
#include "core/foundation/result.h"
#include "core/meetings/meeting.h"

#include <QCoreApplication>
#include <QList>

class QSqlDatabase;

namespace iotdesk::core {

class Database;

// What a session's update did: the attendance of the days it cut off (given back as
// `restore` by the reverse update) and the session's version after it.
struct SessionUpdate
{
    QList<AttendanceChange> cutOff;
    qint64 version = 0;
};

class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::MeetingRepository)

public:
    explicit MeetingRepository(const Database &db)
        : m_db(db)
    {}

    // A program's sessions in meeting order, local sessions by their host's code; cancelled
    // ones included.
    Result<QList<SessionSummary>> sessions(qint64 programId) const;
    Result<SessionSummary> session(qint64 sessionId) const;
    // Days cut off a session lose their registrations; the changes handed back, given with
    // the reverse update as `restore`, put them back exactly (applied after the update, in
    // the same transaction). Refused (ErrorCode::Conflict) when its details changed since
    // `changed.version` was read.
    Result<SessionUpdate> updateSession(const MeetingSession &changed,
                                        const QList<AttendanceChange> &restore = {});
    // A program's selected applications in the published order (by the lead's code).
    Result<QList<SelectedApplicant>> selectedApplicants(qint64 programId) const;

    Result<QList<AgendaItem>> agenda(qint64 sessionId) const;
    // Replaces the whole agenda; items keep their ids where given. Refused
    // (ErrorCode::Conflict) when the agenda changed since `seen` was read (agendaVersion(),
    // read before the agenda). The agenda's version after.
    Result<qint64> setAgenda(qint64 sessionId, const QList<AgendaItem> &items,
                             const RecordVersion &seen = {});
    Result<qint64> agendaVersion(qint64 sessionId) const;
    // The agenda with its version, for an editor.
    Result<Versioned<QList<AgendaItem>>> agendaAsRead(qint64 sessionId) const;

    // The active people who may be registered for a session: the consultants and the people
    // of the selected municipalities (for a local workshop, of its host's), or everyone.
    Result<QList<Contact>> candidates(qint64 sessionId, bool everyone) const;
    // In order of affiliation and reading.
    Result<QList<Participant>> participants(qint64 sessionId) const;
    // Registers people (contacts) for every day of the session; people already registered
    // are left as they are. Each municipal person is linked to the selected application their
    // local government belongs to. The new participants' ids.
    Result<QList<qint64>> addParticipants(qint64 sessionId, const QList<qint64> &contactIds);
    // Puts participants back as given, ids and attendance included (undo of a removal).
    Result<void> insertParticipants(const QList<Participant> &participants);
    // The removed participants, with their attendance.
    Result<QList<Participant>> removeParticipants(const QList<qint64> &participantIds);
    // All or nothing; refused (ErrorCode::Conflict) when someone else changed the attendance
    // of one of the people since the change's version was read. Hands back the changes that
    // undo these, with the people's versions after (counting only others' changes).
    Result<QList<AttendanceChange>> setAttendance(const QList<AttendanceChange> &changes);

    Result<QList<PresentationSlot>> presentationSlots(qint64 sessionId) const;
    // Replaces the whole timetable.
    // Checked and versioned as setAgenda(), with timetableVersion().
    Result<qint64> setPresentationSlots(qint64 sessionId, const QList<PresentationSlot> &timetable,
                                        const RecordVersion &seen = {});
    Result<qint64> timetableVersion(qint64 sessionId) const;
    Result<Versioned<QList<PresentationSlot>>> timetableAsRead(qint64 sessionId) const;

    // Keeps a program's sessions in step with its meetings and its selection, inside the
    // caller's transaction: one session for each central meeting, one for each selected
    // application at each local workshop. A session no longer wanted is marked cancelled (and
    // listed only while it holds records); it comes back when its host is selected again.
    // Sessions are never deleted here, so their ids stay valid for undo.
    static Result<void> syncSessions(const QSqlDatabase &db, const QString &user, qint64 programId);

    // Whether a session holds anything a user entered: a date, an address, a note, people,
    // an agenda, files or presentations.
    static Result<bool> holdsRecords(const QSqlDatabase &db, qint64 sessionId);

private:
    // One change inside the caller's transaction; the change that undoes it, or nothing when
    // it changed nothing.
    static Result<std::optional<AttendanceChange>>
    applyAttendance(const QSqlDatabase &db, const QString &user, const AttendanceChange &change);

    const Database &m_db;

public:
    // How many sessions are held (not cancelled) and how many participants are registered,
    // in the whole file: the counts of `iotdesk-cli info`.
    Result<int> heldSessionCount() const;
    Result<int> participantCount() const;
};

} // namespace iotdesk::core
