// Meetings as they are held: sessions kept in step with the selection, their details, agenda,
// materials, participants and attendance, the warnings, the commitment table, presentation
// timetable, and the iCalendar and attendance files.
#include "core/applications/applicationrepository.h"
#include "core/documents/attendanceexporter.h"
#include "core/documents/icsexporter.h"
#include "core/foundation/modelroles.h"
#include "core/meetings/attendancemodel.h"
#include "core/meetings/commitmentmodel.h"
#include "core/meetings/commitmenttable.h"
#include "core/meetings/meetingrepository.h"
#include "core/meetings/meetingwarnings.h"
#include "core/meetings/presentationschedule.h"
#include "core/meetings/presentationslotmodel.h"
#include "core/meetings/sessionlistmodel.h"
#include "core/municipalities/contactrepository.h"
#include "core/programs/programrepository.h"
#include "core/programs/yearcalendarmodel.h"
#include "core/storage/filestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMimeData>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <libical/ical.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

// The seeded FY2018 program: workshop 1 (Tokyo, 2 days), workshop 2 (local), workshop 3
// (Tokyo, 2 days) and the final meeting (1 day).
constexpr qint64 kProgram = 1;

class Meetings : public ::testing::Test
{
protected:
    qint64 application(const QString &lead, core::Decision decision = core::Decision::Selected,
                       const QString &contact = u"山田 太郎"_s)
    {
        core::Application a;
        a.programId = kProgram;
        a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
        a.members = {{lead, true}};
        a.contacts = {{contact, u"企画課"_s, {}, {}, {}}};
        a.answers.attendsCentralMeetings = true;
        a.answers.hostsWorkshop2 = true;
        a.decision = decision;
        a.overrideReason = decision == core::Decision::Selected ? u"テスト"_s : QString();
        const auto id = applications.create(a);
        EXPECT_TRUE(id) << id.message().toStdString();
        return id ? *id : 0;
    }

    void decide(qint64 id, core::Decision decision)
    {
        auto a = applications.application(id);
        ASSERT_TRUE(a);
        a->decision = decision;
        a->overrideReason = decision == core::Decision::Selected ? u"テスト"_s : QString();
        const auto updated = applications.update(*a);
        ASSERT_TRUE(updated) << updated.message().toStdString();
    }

    qint64 person(const QString &name, const QString &code6 = {})
    {
        core::Contact c;
        c.kind = code6.isEmpty() ? core::ContactKind::Consultant : core::ContactKind::Municipal;
        c.name = name;
        c.lgCode6 = code6;
        const auto id = core::ContactRepository(temp.db()).add(c);
        EXPECT_TRUE(id) << id.message().toStdString();
        return id ? *id : 0;
    }

    QList<core::SessionSummary> sessions()
    {
        auto list = meetings.sessions(kProgram);
        EXPECT_TRUE(list) << list.message().toStdString();
        return list ? *list : QList<core::SessionSummary>();
    }

    // The session of meeting `seq`, hosted by `applicationId` (0: the central one).
    core::SessionSummary sessionOf(int seq, qint64 applicationId = 0)
    {
        for (const core::SessionSummary &s : sessions()) {
            if (s.meeting.seq == seq && s.session.applicationId == applicationId)
                return s;
        }
        ADD_FAILURE() << "no session for meeting " << seq << " and application " << applicationId;
        return {};
    }

    void schedule(qint64 sessionId, QDate first, QList<qint64> consultants = {})
    {
        auto s = meetings.session(sessionId);
        ASSERT_TRUE(s);
        core::MeetingSession changed = s->session;
        changed.firstDay = first;
        changed.consultantIds = consultants;
        const auto updated = meetings.updateSession(changed);
        ASSERT_TRUE(updated) << updated.message().toStdString();
    }

    void mark(qint64 participant, int day, core::AttendanceState state, const QString &note = {})
    {
        const auto set =
            meetings.setAttendance({{participant, day, core::AttendanceMark{state, note}}});
        ASSERT_TRUE(set) << set.message().toStdString();
    }

    test::TempDatabase temp;
    core::ApplicationRepository applications{temp.db()};
    core::MeetingRepository meetings{temp.db()};
};

} // namespace

TEST_F(Meetings, CentralMeetingsHaveOneSessionFromTheStart)
{
    const auto list = sessions();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list[0].meeting.seq, 1);
    EXPECT_EQ(list[0].session.dayCount, 2);
    EXPECT_EQ(list[0].session.venueName, u"東京");
    EXPECT_EQ(list[2].meeting.kind, core::MeetingKind::FinalMeeting);
}

TEST_F(Meetings, LocalWorkshopsFollowTheSelection)
{
    const qint64 fuchu = application(u"132063"_s);
    const qint64 sapporo = application(u"011002"_s, {});
    ASSERT_EQ(sessions().size(), 4);
    EXPECT_EQ(sessionOf(2, fuchu).hostName, u"東京都府中市");

    // Selecting adds a session; taking the selection back hides an empty one, and selecting
    // again brings back the same session, id and all (undo and redo rely on it).
    decide(sapporo, core::Decision::Selected);
    ASSERT_EQ(sessions().size(), 5);
    EXPECT_EQ(sessions()[1].hostCode6, u"011002") << "local sessions come by the host's code";
    const qint64 sapporoSession = sessions()[1].session.id;
    decide(sapporo, core::Decision::NotSelected);
    EXPECT_EQ(sessions().size(), 4);
    decide(sapporo, core::Decision::Selected);
    EXPECT_EQ(sessionOf(2, sapporo).session.id, sapporoSession);
    decide(sapporo, core::Decision::NotSelected);

    // A session with a date is kept as cancelled, and comes back when selected again.
    const qint64 fuchuSession = sessionOf(2, fuchu).session.id;
    schedule(fuchuSession, QDate(2018, 7, 24));
    decide(fuchu, core::Decision::Withdrawn);
    const auto kept = meetings.session(fuchuSession);
    ASSERT_TRUE(kept);
    EXPECT_TRUE(kept->session.cancelled);
    EXPECT_EQ(kept->session.firstDay, QDate(2018, 7, 24));
    decide(fuchu, core::Decision::Selected);
    EXPECT_FALSE(meetings.session(fuchuSession)->session.cancelled);
    EXPECT_EQ(sessions().size(), 4);

    // Every step is in the history.
    EXPECT_GE(test::scalar(temp.db(), u"SELECT count(*) FROM history WHERE entity = "
                                      "'meeting_session'"_s)
                  .toInt(),
              5);
}

TEST_F(Meetings, AnApplicationWithMeetingRecordsIsNotDeleted)
{
    const qint64 fuchu = application(u"132063"_s);
    schedule(sessionOf(2, fuchu).session.id, QDate(2018, 7, 24));
    const auto removed = applications.remove(fuchu);
    ASSERT_FALSE(removed);
    EXPECT_EQ(removed.error().code(), core::ErrorCode::Invalid);
    EXPECT_TRUE(applications.application(fuchu));
}

TEST_F(Meetings, AMeetingWithRecordsIsNotRemovedFromTheProgram)
{
    core::ProgramRepository programs(temp.db());
    schedule(sessionOf(1).session.id, QDate(2018, 6, 21));
    auto program = programs.program(kProgram);
    ASSERT_TRUE(program);
    core::Program changed = *program;
    changed.meetings.removeFirst();
    EXPECT_FALSE(programs.update(changed));
    // A meeting without records goes, with its session; a new one gets its own.
    changed = *program;
    changed.meetings.removeLast();
    core::ProgramMeeting extra = program->meetings.last();
    extra.id = 0;
    extra.seq = 5;
    extra.nameJa = u"追加の報告会"_s;
    changed.meetings.append(extra);
    const auto updated = programs.update(changed);
    ASSERT_TRUE(updated) << updated.message().toStdString();
    const auto list = sessions();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list.last().meeting.nameJa, u"追加の報告会");
}

TEST_F(Meetings, SessionDetailsAreCheckedAndKept)
{
    const qint64 consultant = person(u"佐藤 一郎"_s);
    const qint64 staff = person(u"府中 花子"_s, u"132063"_s);
    core::MeetingSession s = sessionOf(1).session;
    s.firstDay = QDate(2018, 6, 21);
    s.venueName = u" 総務省 第1会議室 "_s;
    s.venueAddress = u"東京都千代田区霞が関2-1-2"_s;
    s.consultantIds = {consultant};
    ASSERT_TRUE(meetings.updateSession(s));
    temp.reopen();
    core::MeetingRepository again(temp.db());
    const auto stored = again.session(s.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->session.venueName, u"総務省 第1会議室");
    EXPECT_EQ(stored->session.consultantIds, QList<qint64>{consultant});
    EXPECT_EQ(stored->session.lastDay(), QDate(2018, 6, 22));

    // A municipal person is not a consultant; a session lasts 1 to 14 days.
    core::MeetingSession bad = stored->session;
    bad.consultantIds = {staff};
    EXPECT_FALSE(again.updateSession(bad));
    bad = stored->session;
    bad.dayCount = 0;
    EXPECT_FALSE(again.updateSession(bad));
    EXPECT_EQ(again.session(s.id)->session, stored->session);
}

TEST_F(Meetings, AgendaItemsAreChecked)
{
    const qint64 id = sessionOf(1).session.id;
    const QList<core::AgendaItem> agenda = {
        {0, 1, QTime(10, 0), QTime(12, 0), u"IoT実装の進め方"_s, u"講師 A"_s},
        {0, 2, QTime(13, 0), QTime(17, 0), u"計画づくり演習"_s, {}},
    };
    ASSERT_TRUE(meetings.setAgenda(id, agenda));
    const auto stored = meetings.agenda(id);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 2);
    EXPECT_EQ(stored->at(1).title, u"計画づくり演習");
    EXPECT_EQ(stored->at(0).start, QTime(10, 0));

    QList<core::AgendaItem> backwards = agenda;
    backwards[0].end = QTime(9, 0);
    EXPECT_FALSE(meetings.setAgenda(id, backwards));
    QList<core::AgendaItem> day3 = agenda;
    day3[1].dayNo = 3;
    EXPECT_FALSE(meetings.setAgenda(id, day3));
    QList<core::AgendaItem> untitled = agenda;
    untitled[0].title = u"  "_s;
    EXPECT_FALSE(meetings.setAgenda(id, untitled));
    EXPECT_EQ(meetings.agenda(id)->size(), 2) << "a refused agenda changes nothing";

    // The session cannot be shortened below a day with an agenda.
    core::MeetingSession s = sessionOf(1).session;
    s.dayCount = 1;
    EXPECT_FALSE(meetings.updateSession(s));
}

TEST_F(Meetings, MaterialsKeepTheirBytesAndChecksum)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"次第.pdf"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QByteArray bytes = QByteArray("%PDF-1.4 sample\n") + QByteArray(5000, '\x01');
    file.write(bytes);
    file.close();
    const qint64 session = sessionOf(1).session.id;
    core::FileStore materials(temp.db(), core::FileStore::Kind::MeetingMaterials);
    const auto id = materials.add(session, path);
    ASSERT_TRUE(id) << id.message().toStdString();
    const auto list = materials.files(session);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->front().fileName, u"次第.pdf");
    EXPECT_EQ(list->front().sizeBytes, bytes.size());
    EXPECT_EQ(list->front().sha256.size(), 64);
    EXPECT_EQ(materials.content(*id).value(), bytes);

    // Removed and put back under its own id, content included.
    const auto removed = materials.remove(*id);
    ASSERT_TRUE(removed);
    EXPECT_EQ(removed->content, bytes);
    EXPECT_TRUE(materials.files(session)->isEmpty());
    EXPECT_EQ(materials.insert(*removed).value(), *id);
    EXPECT_EQ(materials.content(*id).value(), bytes);

    // A damaged copy is not handed out; a folder is not a file.
    QSqlQuery damage(temp.db().connection());
    damage.prepare(u"UPDATE meeting_materials SET content = ?"_s);
    damage.addBindValue(QByteArray(1, '\0'));
    ASSERT_TRUE(damage.exec());
    EXPECT_FALSE(materials.content(*id));
    EXPECT_FALSE(materials.add(session, dir.path()));
    // A file whose owner is gone is refused with its reason.
    core::StoredFile orphan = *removed;
    orphan.id = 0;
    orphan.ownerId = 9999;
    EXPECT_FALSE(materials.insert(orphan));
    // Report attachments are kept the same way, apart from the materials.
    core::FileStore attachments(temp.db(), core::FileStore::Kind::ReportAttachments);
    EXPECT_FALSE(attachments.add(9999, path)) << "no such report";
}

TEST_F(Meetings, ParticipantsAndAttendance)
{
    const qint64 fuchu = application(u"132063"_s);
    const qint64 staff = person(u"府中 花子"_s, u"132063"_s);
    const qint64 other = person(u"札幌 次郎"_s, u"011002"_s);
    const qint64 consultant = person(u"佐藤 一郎"_s);
    const qint64 session = sessionOf(1).session.id;
    const auto added = meetings.addParticipants(session, {staff, other, consultant});
    ASSERT_TRUE(added) << added.message().toStdString();
    ASSERT_EQ(added->size(), 3);
    // Registered without a date; who came is marked once the days are set.
    const auto undated = meetings.setAttendance(
        {{added->front(), 1, core::AttendanceMark{core::AttendanceState::Attended, {}}}});
    ASSERT_FALSE(undated);
    EXPECT_EQ(undated.error().code(), core::ErrorCode::Invalid);
    EXPECT_TRUE(undated.message().contains(u"date first"_s)) << undated.message().toStdString();
    for (const auto state : {core::AttendanceState::Absent, core::AttendanceState::Excused})
        EXPECT_FALSE(
            meetings.setAttendance({{added->front(), 1, core::AttendanceMark{state, {}}}}));
    EXPECT_TRUE(meetings.setAttendance(
        {{added->front(), 1, core::AttendanceMark{core::AttendanceState::Registered, u"午前"_s}}}))
        << "registering needs no date";
    ASSERT_TRUE(meetings.setAttendance(
        {{added->front(), 1, core::AttendanceMark{core::AttendanceState::Registered, {}}}}));
    schedule(session, QDate(2018, 6, 21));
    // Adding the same people again adds nobody.
    EXPECT_TRUE(meetings.addParticipants(session, {staff})->isEmpty());

    auto people = meetings.participants(session);
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 3);
    const core::Participant &hanako = *std::find_if(
        people->begin(), people->end(), [&](const auto &p) { return p.contactId == staff; });
    EXPECT_EQ(hanako.applicationId, fuchu) << "linked to the selected application of her town";
    EXPECT_EQ(hanako.affiliation, u"東京都府中市");
    EXPECT_EQ(hanako.days.size(), 2) << "registered for both days";
    EXPECT_EQ(hanako.days.value(1).state, core::AttendanceState::Registered);
    const auto &jiro = *std::find_if(people->begin(), people->end(),
                                     [&](const auto &p) { return p.contactId == other; });
    EXPECT_EQ(jiro.applicationId, 0) << "Sapporo was not selected";

    // Attendance changes hand back their undo; a bad day changes nothing.
    const auto undo = meetings.setAttendance(
        {{hanako.id, 1, core::AttendanceMark{core::AttendanceState::Attended, {}}},
         {hanako.id, 2, core::AttendanceMark{core::AttendanceState::Excused, u" 公務 "_s}}});
    ASSERT_TRUE(undo);
    ASSERT_EQ(undo->size(), 2);
    EXPECT_FALSE(meetings.setAttendance(
        {{hanako.id, 1, core::AttendanceMark{core::AttendanceState::Absent, {}}},
         {hanako.id, 3, core::AttendanceMark{core::AttendanceState::Attended, {}}}}));
    people = meetings.participants(session);
    auto stored = *std::find_if(people->begin(), people->end(),
                                [&](const auto &p) { return p.contactId == staff; });
    EXPECT_EQ(stored.days.value(1).state, core::AttendanceState::Attended);
    EXPECT_EQ(stored.days.value(2).state, core::AttendanceState::Excused);
    EXPECT_EQ(stored.days.value(2).note, u"公務");
    ASSERT_TRUE(meetings.setAttendance(*undo));
    people = meetings.participants(session);
    stored = *std::find_if(people->begin(), people->end(),
                           [&](const auto &p) { return p.contactId == staff; });
    EXPECT_EQ(stored.days.value(1).state, core::AttendanceState::Registered);
    EXPECT_EQ(stored.days.value(2), core::AttendanceMark{});

    // Taking someone off a day, and removal and return with ids and marks.
    ASSERT_TRUE(meetings.setAttendance({{stored.id, 2, std::nullopt}}));
    const auto removed = meetings.removeParticipants({stored.id});
    ASSERT_TRUE(removed);
    ASSERT_EQ(removed->size(), 1);
    EXPECT_EQ(meetings.participants(session)->size(), 2);
    ASSERT_TRUE(meetings.insertParticipants(*removed));
    people = meetings.participants(session);
    stored = *std::find_if(people->begin(), people->end(),
                           [&](const auto &p) { return p.contactId == staff; });
    EXPECT_EQ(stored.id, removed->front().id);
    EXPECT_EQ(stored.days.size(), 1);
}

TEST_F(Meetings, AttendanceFollowsTheLengthOfTheSession)
{
    const qint64 staff = person(u"府中 花子"_s, u"132063"_s);
    core::MeetingSession s = sessionOf(4).session; // the final meeting, one day
    // Each update goes on from the version the last one left, as an editor would.
    const auto store = [this, &s] {
        const auto updated = meetings.updateSession(s);
        if (updated)
            s.version = {updated->version};
        return bool(updated);
    };
    const auto added = meetings.addParticipants(s.id, {staff});
    ASSERT_TRUE(added);
    s.dayCount = 2;
    ASSERT_TRUE(store());
    EXPECT_EQ(meetings.participants(s.id)->front().days.size(), 2);
    s.dayCount = 1;
    ASSERT_TRUE(store()) << "day 2 holds only a registration";
    EXPECT_EQ(meetings.participants(s.id)->front().days.size(), 1);

    // Three days, a second person off day 3; shortened to two and given back: exactly as it was.
    const qint64 other = person(u"府中 次郎"_s, u"132063"_s);
    ASSERT_TRUE(meetings.addParticipants(s.id, {other}));
    s.dayCount = 3;
    ASSERT_TRUE(store());
    const auto people = meetings.participants(s.id).value();
    const qint64 jiro = std::find_if(people.begin(), people.end(), [&](const auto &p) {
                            return p.contactId == other;
                        })->id;
    ASSERT_TRUE(meetings.setAttendance({{jiro, 3, std::nullopt}}));
    ASSERT_TRUE(meetings.setAttendance(
        {{people.front().id == jiro ? people.back().id : people.front().id, 3,
          core::AttendanceMark{core::AttendanceState::Registered, u"午前のみ"_s}}}));
    const auto before = meetings.participants(s.id).value();
    core::MeetingSession shorter = s;
    shorter.dayCount = 2;
    const auto cut = meetings.updateSession(shorter);
    ASSERT_TRUE(cut);
    EXPECT_EQ(cut->cutOff.size(), 2) << "day 3 of each person";
    s.version = {cut->version};
    ASSERT_TRUE(meetings.updateSession(s, cut->cutOff));
    EXPECT_EQ(meetings.participants(s.id).value(), before);
}

// No lost update in a session: its details, its agenda (part of the session) and a person's
// attendance, changed by someone else since they were read, are refused naming them, and
// nothing is changed; the user's own later steps do not count against an undo.
TEST_F(Meetings, AChangeFromAnOlderReadIsRefusedNamingWhoChangedItSince)
{
    const qint64 staff = person(u"府中 花子"_s, u"132063"_s);
    const core::MeetingSession opened = sessionOf(4).session;
    ASSERT_TRUE(opened.version.seen);
    ASSERT_TRUE(meetings.addParticipants(opened.id, {staff}));

    auto other = temp.openAnother();
    other->setUserName(u"鈴木 花子"_s);
    core::MeetingRepository theirs(*other);
    core::MeetingSession theirEdit = theirs.session(opened.id)->session;
    theirEdit.venueName = u"総務省 講堂"_s;
    ASSERT_TRUE(theirs.updateSession(theirEdit));

    core::MeetingSession myEdit = opened;
    myEdit.note = u"受付は9時半から"_s;
    const auto refused = meetings.updateSession(myEdit);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), core::ErrorCode::Conflict);
    EXPECT_TRUE(refused.message().contains(u"鈴木 花子"_s)) << refused.message().toStdString();
    EXPECT_EQ(meetings.session(opened.id)->session.note, QString());
    // Reloaded and reapplied: both changes.
    const core::MeetingSession stored = meetings.session(opened.id)->session;
    const core::MeetingSession merged = core::reapplyEdit(opened, myEdit, stored);
    EXPECT_EQ(merged.venueName, u"総務省 講堂");
    EXPECT_EQ(merged.note, u"受付は9時半から");
    ASSERT_TRUE(meetings.updateSession(merged));

    // The agenda has its own version, read before it: a change of the details (theirs or
    // mine) leaves it as it was; their change of the agenda refuses mine.
    const qint64 seen = meetings.agendaVersion(opened.id).value();
    core::MeetingSession address = theirs.session(opened.id)->session;
    address.venueAddress = u"東京都千代田区霞が関2-1-2"_s;
    ASSERT_TRUE(theirs.updateSession(address));
    EXPECT_EQ(meetings.agendaVersion(opened.id).value(), seen);
    const core::AgendaItem opening{0, 1, QTime(10, 0), QTime(10, 30), u"開会挨拶"_s, {}};
    const core::AgendaItem talk{0, 1, QTime(10, 30), QTime(12, 0), u"事例紹介"_s, u"総務省"_s};
    ASSERT_TRUE(theirs.setAgenda(opened.id, {opening}));
    EXPECT_GT(meetings.agendaVersion(opened.id).value(), seen);
    const auto agendaRefused = meetings.setAgenda(opened.id, {talk}, {seen});
    ASSERT_FALSE(agendaRefused);
    EXPECT_EQ(agendaRefused.error().code(), core::ErrorCode::Conflict);
    EXPECT_EQ(meetings.agenda(opened.id)->size(), 1);
    // Mine (one item added to an empty agenda) onto theirs: both items, in time order.
    const auto agendaMerged = core::reapplyAgenda({}, {talk}, meetings.agenda(opened.id).value());
    ASSERT_EQ(agendaMerged.size(), 2);
    EXPECT_EQ(agendaMerged[0].title, u"開会挨拶");
    EXPECT_EQ(agendaMerged[1].title, u"事例紹介");
    // An item removed on my side goes from theirs; one they added stays.
    const core::AgendaItem lunch{0, 1, QTime(12, 0), QTime(13, 0), u"昼食"_s, {}};
    const auto removed = core::reapplyAgenda({opening, talk}, {talk}, {opening, talk, lunch});
    ASSERT_EQ(removed.size(), 2);
    EXPECT_EQ(removed[0].title, u"事例紹介");
    EXPECT_EQ(removed[1].title, u"昼食");

    // The presentation timetable has its own version as well.
    const qint64 slotsSeen = meetings.timetableVersion(opened.id).value();
    const qint64 agendaBefore = meetings.agendaVersion(opened.id).value();
    const core::PresentationSlot pause{0, 1, 1, QTime(15, 0), 10, 0, {}, u"休憩"_s};
    const core::PresentationSlot longer{0, 1, 1, QTime(15, 0), 20, 0, {}, u"休憩"_s};
    ASSERT_TRUE(theirs.setPresentationSlots(opened.id, {pause}));
    EXPECT_EQ(meetings.agendaVersion(opened.id).value(), agendaBefore);
    const auto slotsRefused = meetings.setPresentationSlots(opened.id, {longer}, {slotsSeen});
    ASSERT_FALSE(slotsRefused);
    EXPECT_EQ(slotsRefused.error().code(), core::ErrorCode::Conflict);
    EXPECT_EQ(meetings.presentationSlots(opened.id)->front().minutes, 10);
    EXPECT_TRUE(meetings.setPresentationSlots(opened.id, {longer},
                                              {meetings.timetableVersion(opened.id).value()}));

    // Attendance: their mark of the person refuses mine from before it; the person's other
    // days are the same record.
    core::MeetingSession dated = meetings.session(opened.id)->session;
    dated.firstDay = QDate(2019, 2, 20);
    ASSERT_TRUE(meetings.updateSession(dated));
    const core::Participant before = meetings.participants(opened.id)->front();
    ASSERT_TRUE(theirs.setAttendance(
        {{before.id, 1, core::AttendanceMark{core::AttendanceState::Absent, {}}}}));
    const auto markRefused = meetings.setAttendance(
        {{before.id, 1, core::AttendanceMark{core::AttendanceState::Attended, {}},
          before.version}});
    ASSERT_FALSE(markRefused);
    EXPECT_EQ(markRefused.error().code(), core::ErrorCode::Conflict);
    EXPECT_EQ(meetings.participants(opened.id)->front().days.value(1).state,
              core::AttendanceState::Absent);

    // From the version now: saved, several days of one person in one step. Its undo counts
    // only others' changes: my own later mark does not stop it, theirs does.
    const core::Participant now = meetings.participants(opened.id)->front();
    const auto undo = meetings.setAttendance(
        {{now.id, 1, core::AttendanceMark{core::AttendanceState::Attended, {}}, now.version}});
    ASSERT_TRUE(undo) << undo.message().toStdString();
    ASSERT_EQ(undo->size(), 1);
    EXPECT_TRUE(undo->front().version.othersOnly);
    ASSERT_TRUE(meetings.setAttendance(
        {{now.id, 1, core::AttendanceMark{core::AttendanceState::Attended, u"遅刻"_s}}}));
    const auto redo = meetings.setAttendance(*undo);
    ASSERT_TRUE(redo) << "my own later mark: " << redo.message().toStdString();
    ASSERT_TRUE(theirs.setAttendance(
        {{now.id, 1, core::AttendanceMark{core::AttendanceState::Excused, u"公務"_s}}}));
    const auto again = meetings.setAttendance(*redo);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), core::ErrorCode::Conflict);
}

TEST_F(Meetings, WarningsForEachRule)
{
    const qint64 fuchu = application(u"132063"_s);
    const qint64 kochi = application(u"392014"_s);
    application(u"011002"_s); // never scheduled
    const qint64 consultant = person(u"佐藤 一郎"_s);
    // Saturday 23 June 2018, and a day before the planned period of workshop 1.
    schedule(sessionOf(1).session.id, QDate(2018, 6, 23));
    schedule(sessionOf(3).session.id, QDate(2018, 9, 28));
    // One consultant at two local workshops on the same day, one of them on a holiday (none in
    // late July 2018; 2018-07-16 was Marine Day, before the period).
    schedule(sessionOf(2, fuchu).session.id, QDate(2018, 7, 16), {consultant});
    schedule(sessionOf(2, kochi).session.id, QDate(2018, 7, 16), {consultant});

    const auto warnings = core::MeetingWarnings::check(temp.db(), kProgram);
    ASSERT_TRUE(warnings) << warnings.message().toStdString();
    const auto count = [&](core::MeetingWarning::Kind kind) {
        return std::count_if(warnings->begin(), warnings->end(),
                             [&](const core::MeetingWarning &w) { return w.kind == kind; });
    };
    // Sat 23 and Sun 24 June, Sat 29 September, Mon 16 July (a holiday) twice.
    EXPECT_EQ(count(core::MeetingWarning::Kind::NonBusinessDay), 5);
    // 23/24 June are inside 21–30 June; 28/29 Sept are before October; 16 July before the 21st
    // twice.
    EXPECT_EQ(count(core::MeetingWarning::Kind::OutsidePlannedPeriod), 4);
    EXPECT_EQ(count(core::MeetingWarning::Kind::ConsultantDoubleBooked), 2);
    EXPECT_EQ(count(core::MeetingWarning::Kind::NoLocalDate), 1);
    const auto holiday = std::find_if(warnings->begin(), warnings->end(), [](const auto &w) {
        return w.kind == core::MeetingWarning::Kind::NonBusinessDay && w.date == QDate(2018, 7, 16);
    });
    ASSERT_NE(holiday, warnings->end());
    EXPECT_TRUE(holiday->message.contains(u"海の日"_s)) << holiday->message.toStdString();

    // A clean plan has no warnings but the unscheduled workshop.
    schedule(sessionOf(1).session.id, QDate(2018, 6, 21));
    schedule(sessionOf(3).session.id, QDate(2018, 10, 11));
    schedule(sessionOf(2, fuchu).session.id, QDate(2018, 7, 24), {consultant});
    schedule(sessionOf(2, kochi).session.id, QDate(2018, 7, 25), {consultant});
    const auto clean = core::MeetingWarnings::check(temp.db(), kProgram);
    ASSERT_EQ(clean->size(), 1);
    EXPECT_EQ(clean->front().kind, core::MeetingWarning::Kind::NoLocalDate);
}

TEST_F(Meetings, CommitmentTableShowsEveryGap)
{
    const qint64 fuchu = application(u"132063"_s);
    application(u"392014"_s);
    const qint64 hanako = person(u"府中 花子"_s, u"132063"_s);
    const qint64 taro = person(u"高知 太郎"_s, u"392014"_s);
    const qint64 ws1 = sessionOf(1).session.id;
    schedule(ws1, QDate(2018, 6, 21));
    schedule(sessionOf(2, fuchu).session.id, QDate(2018, 7, 24));
    const auto added = meetings.addParticipants(ws1, {hanako, taro});
    ASSERT_TRUE(added);
    const auto people = meetings.participants(ws1).value();
    for (const core::Participant &p : people) {
        mark(p.id, 1, core::AttendanceState::Attended);
        if (p.contactId == hanako)
            mark(p.id, 2, core::AttendanceState::Attended);
        else
            mark(p.id, 2, core::AttendanceState::Absent);
    }

    const auto table = core::CommitmentTable::build(temp.db(), kProgram, QDate(2018, 8, 1));
    ASSERT_TRUE(table) << table.message().toStdString();
    ASSERT_EQ(table->meetings.size(), 4);
    ASSERT_EQ(table->rows.size(), 2);
    const core::CommitmentRow &f = table->rows[0];
    const core::CommitmentRow &k = table->rows[1];
    EXPECT_EQ(f.name, u"東京都府中市");
    EXPECT_EQ(f.promisedAttendance, true);
    EXPECT_EQ(f.cells[0].state, core::CommitmentState::Kept);
    EXPECT_EQ(f.cells[0].daysAttended, 2);
    EXPECT_EQ(k.cells[0].state, core::CommitmentState::Gap) << "day 2 missed";
    EXPECT_EQ(k.cells[0].daysAttended, 1);
    EXPECT_EQ(f.cells[1].state, core::CommitmentState::Kept) << "hosted on 24 July";
    EXPECT_EQ(k.cells[1].state, core::CommitmentState::Gap) << "the planned period is over";
    EXPECT_EQ(f.cells[2].state, core::CommitmentState::Pending) << "workshop 3 is ahead";
    EXPECT_EQ(f.gaps(), 0);
    EXPECT_EQ(k.gaps(), 2);

    // Earlier in the year, nothing is a gap yet.
    const auto june = core::CommitmentTable::build(temp.db(), kProgram, QDate(2018, 6, 1));
    for (const core::CommitmentRow &row : june->rows)
        EXPECT_EQ(row.gaps(), 0);
}

// A day missed with notice (欠席（届出あり）) is said as excused, not as a plain absence; a day
// with no one marked at all is missed.
TEST_F(Meetings, CommitmentTableSaysExcusedAbsences)
{
    application(u"132063"_s);
    application(u"392014"_s);
    const qint64 hanako = person(u"府中 花子"_s, u"132063"_s);
    const qint64 taro = person(u"高知 太郎"_s, u"392014"_s);
    const qint64 ws1 = sessionOf(1).session.id;
    schedule(ws1, QDate(2018, 6, 21));
    ASSERT_TRUE(meetings.addParticipants(ws1, {hanako, taro}));
    for (const core::Participant &p : meetings.participants(ws1).value()) {
        if (p.contactId == hanako) {
            mark(p.id, 1, core::AttendanceState::Attended);
            mark(p.id, 2, core::AttendanceState::Excused);
        } else {
            mark(p.id, 1, core::AttendanceState::Absent);
            mark(p.id, 2, core::AttendanceState::Excused);
        }
    }
    const auto table = core::CommitmentTable::build(temp.db(), kProgram, QDate(2018, 8, 1));
    ASSERT_TRUE(table) << table.message().toStdString();
    ASSERT_EQ(table->rows.size(), 2);
    const core::CommitmentCell &f = table->rows[0].cells[0];
    const core::CommitmentCell &k = table->rows[1].cells[0];
    EXPECT_EQ(f.state, core::CommitmentState::Gap) << "a day not attended all the same";
    EXPECT_EQ(f.text, u"1/2 days — day 2 excused"_s);
    EXPECT_EQ(k.text, u"0/2 days — day 1 missed, day 2 excused"_s);
}

TEST(PresentationSchedule, SlotsWithBreaksAndMoves)
{
    QList<core::Presenter> presenters;
    for (int i = 1; i <= 7; ++i)
        presenters.append({i, u"発表者%1"_s.arg(i), {}});
    core::SlotPlan plan;
    plan.start = QTime(13, 0);
    plan.minutes = 20;
    plan.breakEvery = 3;
    plan.breakMinutes = 10;
    auto timetable = core::PresentationSchedule::generate(presenters, plan);
    // 3 talks, break, 3 talks, break, 1 talk.
    ASSERT_EQ(timetable.size(), 9);
    EXPECT_TRUE(timetable[3].isBreak());
    EXPECT_TRUE(timetable[7].isBreak());
    EXPECT_EQ(timetable[3].start, QTime(14, 0));
    EXPECT_EQ(timetable[4].start, QTime(14, 10));
    EXPECT_EQ(timetable[8].start, QTime(15, 20));
    EXPECT_EQ(timetable[8].end(), QTime(15, 40));
    EXPECT_EQ(timetable[8].seq, 9);

    // Moving the last talk first: the day still starts at 13:00, everything flows after it.
    core::PresentationSchedule::move(timetable, 8, 0);
    EXPECT_EQ(timetable[0].applicationId, 7);
    EXPECT_EQ(timetable[0].start, QTime(13, 0));
    EXPECT_EQ(timetable[1].start, QTime(13, 20));
    EXPECT_EQ(timetable[0].seq, 1);
    EXPECT_EQ(timetable.last().end(), QTime(15, 40));

    // A longer talk pushes the rest back.
    timetable[0].minutes = 30;
    core::PresentationSchedule::reflow(timetable);
    EXPECT_EQ(timetable.last().end(), QTime(15, 50));
}

TEST_F(Meetings, SlotsFromTheSelectedListAreStored)
{
    application(u"392014"_s, core::Decision::Selected, u"高知 発表"_s);
    application(u"132063"_s, core::Decision::Selected, u"府中 発表"_s);
    const auto presenters = core::PresentationSchedule::presenters(temp.db(), kProgram);
    ASSERT_TRUE(presenters);
    ASSERT_EQ(presenters->size(), 2);
    EXPECT_EQ(presenters->at(0).presenter, u"府中 発表") << "published order: by code";
    const qint64 ws3 = sessionOf(3).session.id;
    auto timetable = core::PresentationSchedule::generate(*presenters, {});
    ASSERT_TRUE(meetings.setPresentationSlots(ws3, timetable));
    const auto stored = meetings.presentationSlots(ws3);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 2);
    for (qsizetype i = 0; i < timetable.size(); ++i) {
        EXPECT_GT(stored->at(i).id, 0);
        timetable[i].id = stored->at(i).id;
    }
    EXPECT_EQ(*stored, timetable);
    QList<core::PresentationSlot> bad = timetable;
    bad[0].dayNo = 3;
    EXPECT_FALSE(meetings.setPresentationSlots(ws3, bad));
    EXPECT_EQ(meetings.presentationSlots(ws3).value(), timetable);
}

TEST_F(Meetings, IcsParsesBackWithJapanTime)
{
    const qint64 fuchu = application(u"132063"_s);
    const qint64 ws1 = sessionOf(1).session.id;
    auto s = meetings.session(ws1)->session;
    s.firstDay = QDate(2018, 6, 21);
    s.venueName = u"総務省"_s;
    s.venueAddress = u"東京都千代田区霞が関2-1-2"_s;
    ASSERT_TRUE(meetings.updateSession(s));
    ASSERT_TRUE(meetings.setAgenda(ws1, {{0, 1, QTime(13, 0), QTime(17, 30), u"講義"_s, {}},
                                         {0, 2, QTime(10, 0), QTime(16, 0), u"演習"_s, {}}}));
    schedule(sessionOf(2, fuchu).session.id, QDate(2018, 7, 24));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"program.ics"_s);
    const auto events = core::IcsExporter::write(temp.db(), kProgram, std::nullopt, path);
    ASSERT_TRUE(events) << events.message().toStdString();
    // The application window, two days of workshop 1, one local workshop.
    EXPECT_EQ(*events, 4);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("\r\n")) << "iCalendar lines end in CRLF";
    // Lines are folded at 75 octets, never inside a UTF-8 character.
    for (const QByteArray &line : text.split('\n')) {
        EXPECT_LE(line.size(), 76) << line.toStdString();
        EXPECT_FALSE(QString::fromUtf8(line).contains(QChar::ReplacementCharacter))
            << line.toStdString();
    }

    icalcomponent *calendar = icalparser_parse_string(text.constData());
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(icalcomponent_count_errors(calendar), 0);
    ASSERT_NE(icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT), nullptr);
    EXPECT_TRUE(text.contains("TZID:Asia/Tokyo\r\n"));
    EXPECT_TRUE(text.contains("DTSTART:19700101T000000\r\n")) << "the zone's observance";
    EXPECT_TRUE(text.contains("TZOFFSETTO:+0900\r\n"));
    int count = 0;
    bool sawTimed = false;
    bool sawLocal = false;
    for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        ++count;
        const QString summary = QString::fromUtf8(icalcomponent_get_summary(e));
        icalproperty *start = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
        ASSERT_NE(start, nullptr);
        const icaltimetype t = icalproperty_get_dtstart(start);
        if (summary.contains(u"1日目"_s)) {
            sawTimed = true;
            EXPECT_EQ(t.hour, 13);
            EXPECT_EQ(t.day, 21);
            icalparameter *zone = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER);
            ASSERT_NE(zone, nullptr);
            EXPECT_STREQ(icalparameter_get_tzid(zone), "Asia/Tokyo");
            EXPECT_EQ(QString::fromUtf8(icalcomponent_get_location(e)),
                      u"総務省 東京都千代田区霞が関2-1-2");
        }
        if (summary.contains(u"府中市"_s)) {
            sawLocal = true;
            EXPECT_EQ(t.is_date, 1) << "no agenda: an all-day event";
            EXPECT_EQ(t.day, 24);
        }
    }
    icalcomponent_free(calendar);
    EXPECT_EQ(count, 4);
    EXPECT_TRUE(sawTimed);
    EXPECT_TRUE(sawLocal);

    // One session alone; one without a date is refused.
    const auto one = core::IcsExporter::write(temp.db(), kProgram, ws1, path);
    ASSERT_TRUE(one);
    EXPECT_EQ(*one, 2);
    EXPECT_FALSE(core::IcsExporter::write(temp.db(), kProgram, sessionOf(3).session.id, path));
    EXPECT_FALSE(core::IcsExporter::write(temp.db(), kProgram, 9999, path));
}

TEST_F(Meetings, AttendanceExportsAsCsvAndXlsx)
{
    application(u"132063"_s);
    const qint64 hanako = person(u"府中 花子"_s, u"132063"_s);
    const qint64 ws1 = sessionOf(1).session.id;
    schedule(ws1, QDate(2018, 6, 21));
    const auto added = meetings.addParticipants(ws1, {hanako});
    ASSERT_TRUE(added);
    mark(added->front(), 2, core::AttendanceState::Excused, u"公務のため"_s);
    const auto rows = core::AttendanceExporter::rows(temp.db(), kProgram);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(1).at(3), u"2018-06-22");
    EXPECT_EQ(rows->at(1).at(7), u"府中 花子");
    EXPECT_EQ(rows->at(1).at(8), u"東京都府中市");
    EXPECT_EQ(rows->at(1).at(9), u"欠席（届出あり）");
    EXPECT_EQ(rows->at(1).at(10), u"公務のため");

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"attendance.csv"_s);
    const auto written = core::AttendanceExporter::write(temp.db(), kProgram, std::nullopt, csv,
                                                         core::TableFileWriter::Format::Csv);
    ASSERT_TRUE(written);
    EXPECT_EQ(*written, 2);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains(u"公務のため"_s.toUtf8()));
    const QString xlsx = dir.filePath(u"attendance.xlsx"_s);
    ASSERT_TRUE(core::AttendanceExporter::write(temp.db(), kProgram, ws1, xlsx,
                                                core::TableFileWriter::Format::Xlsx));
    EXPECT_TRUE(test::zipMember(xlsx, u"xl/worksheets/sheet1.xml"_s).contains(u"府中 花子"_s));
    EXPECT_FALSE(QFile::exists(xlsx + u".part"_s));
}

TEST_F(Meetings, ModelsKeepTheirContracts)
{
    const qint64 fuchu = application(u"132063"_s);
    application(u"392014"_s);
    const qint64 hanako = person(u"府中 花子"_s, u"132063"_s);
    const qint64 consultant = person(u"佐藤 一郎"_s);
    const qint64 ws1 = sessionOf(1).session.id;
    schedule(ws1, QDate(2018, 6, 23), {consultant}); // a Saturday
    const auto added = meetings.addParticipants(ws1, {hanako, consultant});
    ASSERT_TRUE(added);
    mark(added->front(), 1, core::AttendanceState::Attended);

    core::SessionListModel sessionList;
    QAbstractItemModelTester t1(&sessionList,
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(sessionList.load(temp.db(), kProgram, QDate(2018, 6, 1)).isEmpty());
    ASSERT_EQ(sessionList.rowCount(), 5);
    const int row = sessionList.rowOf(ws1);
    ASSERT_GE(row, 0);
    EXPECT_EQ(sessionList.index(row, core::SessionListModel::Participants).data().toInt(), 2);
    EXPECT_EQ(sessionList.index(row, core::SessionListModel::Consultants).data().toString(),
              u"佐藤 一郎");
    EXPECT_EQ(sessionList.index(row, 0).data(core::StateRole).value<core::RowState>(),
              core::RowState::Attention)
        << "a weekend day is a warning";
    EXPECT_EQ(sessionList.index(row, core::SessionListModel::Days).data().toString(),
              u"平成30年6月23日(土) – 6月24日(日)");

    core::AttendanceModel attendance;
    QAbstractItemModelTester t2(&attendance, QAbstractItemModelTester::FailureReportingMode::Fatal);
    attendance.setSession(meetings.session(ws1)->session, meetings.participants(ws1).value());
    EXPECT_EQ(attendance.columnCount(), core::AttendanceModel::FirstDay + 2);
    EXPECT_EQ(attendance.dayOf(core::AttendanceModel::FirstDay + 1), 2);
    EXPECT_EQ(attendance.attendedCount(), 1);
    EXPECT_EQ(attendance.registeredCount(), 4);
    int hanakoRow = -1;
    for (int r = 0; r < attendance.rowCount(); ++r) {
        if (attendance.at(r).contactId == hanako)
            hanakoRow = r;
    }
    ASSERT_GE(hanakoRow, 0);
    EXPECT_EQ(attendance.index(hanakoRow, core::AttendanceModel::FirstDay)
                  .data(core::StateRole)
                  .value<core::RowState>(),
              core::RowState::Done);

    core::CommitmentModel commitments;
    QAbstractItemModelTester t3(&commitments,
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    commitments.setTable(
        core::CommitmentTable::build(temp.db(), kProgram, QDate(2018, 8, 1)).value());
    EXPECT_EQ(commitments.rowCount(), 2);
    EXPECT_EQ(commitments.columnCount(), 2 + 4 + 1);
    // Fuchu attended day 1 only; Kochi nothing; both local workshops never scheduled.
    EXPECT_EQ(commitments.index(0, commitments.gapsColumn()).data().toInt(), 2);
    EXPECT_EQ(commitments.index(0, core::CommitmentModel::FirstMeeting)
                  .data(core::StateRole)
                  .value<core::RowState>(),
              core::RowState::Problem);
    EXPECT_EQ(commitments.index(0, 0).data(core::KeyRole).toLongLong(), fuchu);

    core::YearCalendarModel calendar;
    QAbstractItemModelTester t4(&calendar, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto program = core::ProgramRepository(temp.db()).program(kProgram).value();
    calendar.setYear(program, sessions(),
                     core::BusinessCalendar::load(temp.db().connection()).value(),
                     QDate(2018, 6, 1));
    EXPECT_EQ(calendar.rowCount(), 12);
    const QModelIndex day = calendar.indexOf(QDate(2018, 6, 23));
    EXPECT_EQ(day.row(), 2);
    EXPECT_EQ(day.data().toString(), u"①");
    const int kinds = day.data(core::KindRole).toInt();
    EXPECT_TRUE(kinds & core::YearCalendarModel::MeetingDay);
    EXPECT_TRUE(kinds & core::YearCalendarModel::Saturday)
        << "a Saturday is not coloured as Sunday";
    EXPECT_FALSE(kinds & core::YearCalendarModel::OfficeHoliday);
    EXPECT_TRUE(kinds & core::YearCalendarModel::PlannedPeriod);
    EXPECT_TRUE(calendar.kindsOn(QDate(2018, 6, 24)) & core::YearCalendarModel::OfficeHoliday);
    EXPECT_TRUE(calendar.kindsOn(QDate(2018, 7, 16)) & core::YearCalendarModel::OfficeHoliday)
        << "Marine Day";
    EXPECT_FALSE(calendar.kindsOn(QDate(2018, 7, 16)) & core::YearCalendarModel::Saturday);
    EXPECT_TRUE(calendar.kindsOn(QDate(2018, 5, 14)) & core::YearCalendarModel::ApplicationWindow);
    EXPECT_EQ(calendar.index(10, 29).data(core::KindRole).toInt(), core::YearCalendarModel::NoDay)
        << "30 February";
    EXPECT_TRUE(calendar.eventsOn(QDate(2018, 7, 16)).contains(u"海の日"_s));
}

TEST(PresentationSlotModel, EditsMovesAndDropsReflow)
{
    QList<core::Presenter> presenters;
    for (int i = 1; i <= 4; ++i)
        presenters.append({i, {}, {}});
    core::SlotPlan plan;
    plan.breakEvery = 0;
    core::PresentationSlotModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSlots(core::PresentationSchedule::generate(presenters, plan),
                   {{1, u"A市"_s}, {2, u"B町"_s}, {3, u"C村"_s}, {4, u"D市"_s}});
    EXPECT_FALSE(model.isModified());
    using C = core::PresentationSlotModel;
    EXPECT_EQ(model.index(3, C::Start).data().toString(), u"13:45");

    // A longer first talk pushes the rest; only a day's first start can be edited.
    EXPECT_TRUE(model.setData(model.index(0, C::Minutes), 30));
    EXPECT_EQ(model.index(3, C::Start).data().toString(), u"14:00");
    EXPECT_FALSE(model.setData(model.index(2, C::Start), u"15:00"_s));
    EXPECT_FALSE(model.setData(model.index(0, C::Minutes), 0));
    EXPECT_TRUE(model.setData(model.index(0, C::Start), u"10:00"_s));
    EXPECT_EQ(model.index(3, C::Start).data().toString(), u"11:00");
    EXPECT_TRUE(model.isModified());

    // Moving by keyboard and by drag and drop.
    model.moveSlot(3, 0);
    EXPECT_EQ(model.index(0, C::Municipality).data().toString(), u"D市");
    EXPECT_EQ(model.index(0, C::Start).data().toString(), u"10:00");
    std::unique_ptr<QMimeData> dragged(model.mimeData({model.index(0, 0)}));
    // Dropped between rows 2 and 3: it lands before the old row 3.
    EXPECT_FALSE(model.dropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {}));
    EXPECT_EQ(model.index(2, C::Municipality).data().toString(), u"D市");
    EXPECT_EQ(model.index(0, C::Order).data().toInt(), 1);

    model.insertBreak(1, 10);
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.index(2, C::Municipality).data().toString(), u"Break");
    model.removeSlot(0);
    EXPECT_EQ(model.index(0, C::Start).data().toString(), u"10:00") << "the day keeps its start";

    // Two days: the last talk moved to day 2 opens it at its own time; then removing day 1's
    // only talks never moves day 2.
    const int last = model.rowCount() - 1;
    EXPECT_TRUE(model.setData(model.index(last, C::Day), 2));
    EXPECT_TRUE(model.setData(model.index(last, C::Start), u"9:30"_s));
    while (model.rowCount() > 1)
        model.removeSlot(0);
    EXPECT_EQ(model.index(0, C::Day).data().toInt(), 2);
    EXPECT_EQ(model.index(0, C::Start).data().toString(), u"9:30");
}
