// The commands of the Meetings page, without a window.
#include "commandfixture.h"
#include "core/meetings/meetingrepository.h"
#include "core/storage/filestore.h"
#include "core/undo/addstoredfilecommand.h"
#include "core/undo/changeagendacommand.h"
#include "core/undo/changesessioncommand.h"
#include "core/undo/changetimetablecommand.h"
#include "core/undo/markattendancecommand.h"
#include "core/undo/registerparticipantscommand.h"
#include "core/undo/removeparticipantscommand.h"
#include "core/undo/removestoredfilecommand.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace iotdesk;
using test::CommandTest;
using test::kProgram;

namespace {

class MeetingCommands : public CommandTest
{
protected:
    void SetUp() override
    {
        m_fuchu = application(u"132063"_s, core::Decision::Selected);
        for (const core::SessionSummary &s : meetings.sessions(kProgram).value()) {
            if (s.meeting.seq == 1 && s.session.applicationId == 0)
                m_session = s.session.id;
        }
        ASSERT_NE(m_session, 0) << "the seeded program has a first workshop";
    }

    core::MeetingSession session() { return meetings.session(m_session)->session; }

    // Sets the first day, so attendance can be marked.
    void schedule()
    {
        core::MeetingSession s = session();
        s.firstDay = QDate(2018, 6, 21);
        ASSERT_TRUE(meetings.updateSession(s));
    }

    QList<core::Participant> participants() { return meetings.participants(m_session).value(); }

    core::MeetingRepository meetings{temp.db()};
    qint64 m_fuchu = 0;
    qint64 m_session = 0;
};

} // namespace

TEST_F(MeetingCommands, SessionChangedAndItsCutRegistrationsBackOnUndo)
{
    const core::MeetingSession before = session();
    core::MeetingSession changed = before;
    changed.firstDay = QDate(2018, 6, 21);
    changed.venueName = u"総務省 第1会議室"_s;
    auto *command =
        new undo::ChangeSessionCommand(temp.db(), meetings.session(m_session).value(), changed);
    EXPECT_TRUE(command->text().startsWith(u"Change "_s));
    ASSERT_TRUE(push(command));
    EXPECT_EQ(session().venueName, u"総務省 第1会議室");
    undo();
    EXPECT_EQ(session(), before);
    redo();
    EXPECT_EQ(session().firstDay, QDate(2018, 6, 21));

    // A registration on day 2 (with its note), cut off by a one-day session, comes back exactly.
    const qint64 hanako = person(u"府中 花子"_s, u"132063"_s);
    const qint64 participant = meetings.addParticipants(m_session, {hanako})->front();
    ASSERT_TRUE(meetings.setAttendance(
        {{participant, 2, core::AttendanceMark{core::AttendanceState::Registered, u"午後"_s}}}));
    core::MeetingSession shorter = session();
    shorter.dayCount = 1;
    ASSERT_TRUE(push(
        new undo::ChangeSessionCommand(temp.db(), meetings.session(m_session).value(), shorter)));
    EXPECT_FALSE(participants().front().days.contains(2));
    undo();
    ASSERT_TRUE(participants().front().days.contains(2));
    EXPECT_EQ(participants().front().days.value(2).note, u"午後");
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    core::MeetingSession bad = session();
    bad.dayCount = 0;
    EXPECT_FALSE(
        push(new undo::ChangeSessionCommand(temp.db(), meetings.session(m_session).value(), bad)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(session().dayCount, 2);
}

TEST_F(MeetingCommands, AgendaAndTimetableChangedAndBack)
{
    const QList<core::AgendaItem> agenda = {
        {0, 1, QTime(10, 0), QTime(12, 0), u"IoT実装の進め方"_s, u"講師 A"_s}};
    ASSERT_TRUE(push(new undo::ChangeAgendaCommand(temp.db(), m_session, {}, agenda)));
    EXPECT_EQ(meetings.agenda(m_session)->size(), 1);
    undo();
    EXPECT_TRUE(meetings.agenda(m_session)->isEmpty());
    redo();
    EXPECT_EQ(meetings.agenda(m_session)->front().title, u"IoT実装の進め方");

    QList<core::AgendaItem> backwards = agenda;
    backwards[0].end = QTime(9, 0);
    EXPECT_FALSE(push(new undo::ChangeAgendaCommand(
        temp.db(), m_session, meetings.agenda(m_session).value(), backwards)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(meetings.agenda(m_session)->front().end, QTime(12, 0));

    core::PresentationSlot slot;
    slot.seq = 1;
    slot.dayNo = 1;
    slot.start = QTime(13, 0);
    slot.minutes = 15;
    slot.applicationId = m_fuchu;
    slot.presenter = u"府中市"_s;
    ASSERT_TRUE(push(new undo::ChangeTimetableCommand(temp.db(), m_session, {}, {slot})));
    EXPECT_EQ(meetings.presentationSlots(m_session)->size(), 1);
    undo();
    EXPECT_TRUE(meetings.presentationSlots(m_session)->isEmpty());
    redo();
    EXPECT_EQ(meetings.presentationSlots(m_session)->front().applicationId, m_fuchu);

    core::PresentationSlot late = slot;
    late.dayNo = 9;
    EXPECT_FALSE(push(new undo::ChangeTimetableCommand(
        temp.db(), m_session, meetings.presentationSlots(m_session).value(), {late})));
    EXPECT_EQ(errors.size(), 2);
    EXPECT_EQ(meetings.presentationSlots(m_session)->front().dayNo, 1);
}

TEST_F(MeetingCommands, ParticipantsRegisteredMarkedAndRemoved)
{
    schedule();
    const qint64 hanako = person(u"府中 花子"_s, u"132063"_s);
    const qint64 ichiro = person(u"佐藤 一郎"_s);
    auto *registered =
        new undo::RegisterParticipantsCommand(temp.db(), m_session, {hanako, ichiro});
    EXPECT_EQ(registered->text(), u"Register 2 Participant(s)");
    ASSERT_TRUE(push(registered));
    ASSERT_EQ(participants().size(), 2);
    const QList<qint64> ids = registered->participantIds();
    undo();
    EXPECT_TRUE(participants().isEmpty());
    redo();
    ASSERT_EQ(participants().size(), 2);
    EXPECT_EQ(registered->participantIds(), ids) << "the same registrations come back";

    const core::AttendanceMark attended{core::AttendanceState::Attended, {}};
    ASSERT_TRUE(push(new undo::MarkAttendanceCommand(temp.db(), {{ids[0], 1, attended}})));
    auto marked = [&] {
        return participants().front().days.value(1).state;
    };
    EXPECT_EQ(marked(), core::AttendanceState::Attended);
    undo();
    EXPECT_EQ(marked(), core::AttendanceState::Registered);
    redo();
    EXPECT_EQ(marked(), core::AttendanceState::Attended);

    ASSERT_TRUE(push(new undo::RemoveParticipantsCommand(temp.db(), {ids[0]})));
    EXPECT_EQ(participants().size(), 1);
    undo();
    ASSERT_EQ(participants().size(), 2);
    EXPECT_EQ(marked(), core::AttendanceState::Attended) << "back with its marks";
    redo();
    EXPECT_EQ(participants().size(), 1);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    // A mark on a day the session does not have is refused; the marks stay.
    EXPECT_FALSE(push(new undo::MarkAttendanceCommand(temp.db(), {{ids[1], 9, attended}})));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(participants().front().days.value(1).state, core::AttendanceState::Registered);
}

TEST_F(MeetingCommands, MaterialsStoredRemovedAndTheSameBytesBack)
{
    const QString path = temp.folder() + u"/資料.txt"_s;
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("agenda");
    }
    const core::FileStore store(temp.db(), core::FileStore::Kind::MeetingMaterials);
    auto *added = new undo::AddStoredFileCommand(temp.db(), core::FileStore::Kind::MeetingMaterials,
                                                 m_session, path);
    EXPECT_EQ(added->text(), u"Add 資料.txt");
    ASSERT_TRUE(push(added));
    const qint64 id = added->fileId();
    ASSERT_EQ(store.files(m_session)->size(), 1);
    ASSERT_TRUE(QFile::remove(path)) << "a redo needs the file no more";
    undo();
    EXPECT_TRUE(store.files(m_session)->isEmpty());
    redo();
    ASSERT_EQ(store.files(m_session)->size(), 1);
    EXPECT_EQ(store.files(m_session)->front().id, id);

    ASSERT_TRUE(push(
        new undo::RemoveStoredFileCommand(temp.db(), core::FileStore::Kind::MeetingMaterials, id)));
    EXPECT_TRUE(store.files(m_session)->isEmpty());
    undo();
    ASSERT_EQ(store.files(m_session)->size(), 1);
    EXPECT_EQ(store.files(m_session)->front().id, id);
    redo();
    EXPECT_TRUE(store.files(m_session)->isEmpty());
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    // A file that cannot be read is refused.
    EXPECT_FALSE(push(new undo::AddStoredFileCommand(
        temp.db(), core::FileStore::Kind::MeetingMaterials, m_session, path)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_TRUE(store.files(m_session)->isEmpty());
}
