// The Meetings page on its own: sessions planned and attended, and what happens to typed but
// unsaved details, agenda and timetable when another session is chosen or the page is left.
#include "ui/meetings/meetingspage.h"

#include "core/applications/applicationrepository.h"
#include "core/foundation/modelroles.h"
#include "core/foundation/userfolders.h"
#include "core/meetings/attendancemodel.h"
#include "core/meetings/commitmentmodel.h"
#include "core/meetings/meetingrepository.h"
#include "core/meetings/presentationslotmodel.h"
#include "core/meetings/sessionlistmodel.h"
#include "core/municipalities/contactrepository.h"
#include "core/programs/programrepository.h"
#include "pagefixture.h"
#include "ui/meetings/participantpicker.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/rowlisteditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

class MeetingsPageTest : public test::PageFixture
{
protected:
    core::SessionListModel *sessionModel() const
    {
        return qobject_cast<core::SessionListModel *>(sessionTable->model());
    }
    core::PresentationSlotModel *slotModel() const
    {
        return qobject_cast<core::PresentationSlotModel *>(slotTable->model());
    }
    ui::RowListEditor *agenda() const { return child<ui::RowListEditor>(page.get(), {}); }

    // The next question the page asks is answered with `button`; `asked` is what it said.
    static void answerNextQuestion(QMessageBox::StandardButton button, QString *asked)
    {
        QTimer::singleShot(0, [button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr) << "no question asked";
            *asked = box->text();
            box->button(button)->click();
        });
    }

    // The next question, someone else's change, is answered Reload and Reapply; `asked` is
    // what it said.
    static void reloadAndReapplyNext(QString *asked)
    {
        QTimer::singleShot(0, [asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr) << "no question asked";
            *asked = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == u"&Reload and Reapply")
                    button->click();
            }
        });
    }

    // The first two sessions of the program, the first chosen.
    std::pair<qint64, qint64> chooseTheFirstOfTwoSessions()
    {
        page->show();
        core::SessionListModel *sessions = sessionModel();
        EXPECT_GE(sessions->rowCount(), 2) << "the meetings in Tokyo";
        const qint64 first = sessions->at(0).session.id;
        const qint64 second = sessions->at(1).session.id;
        page->selectSession(first);
        EXPECT_EQ(page->currentSessionId(), first);
        storedVenue = sessions->at(0).session.venueName;
        EXPECT_EQ(venue->text(), storedVenue);
        return {first, second};
    }

    // Typed into the venue of the session chosen, in place of what it showed.
    void typeVenue(const QString &text)
    {
        venue->setFocus();
        venue->selectAll();
        QTest::keyClicks(venue, text);
    }

    // The same file in the main window: the Meetings page on each of its tabs, in both
    // languages, and the printed sheets.
    void takeScreenshots(const QString &folder, qint64 workshop1, qint64 workshop3)
    {
        core::UserFolders::openSettings().clear();
        ui::MainWindow window(&translations);
        window.show();
        ASSERT_TRUE(window.openDatabase(temp.path(), false));
        window.showPage(ui::MainWindow::MeetingsPageIndex);
        auto *shown = window.findChild<ui::MeetingsPage *>();
        ASSERT_NE(shown, nullptr);
        auto *tabs = child<QTabWidget>(shown, u"meetingTabs"_s);
        auto *perSession = child<QTabWidget>(shown, u"sessionTabs"_s);
        window.resize(1280, 800);
        // The daily check's passing note is not part of the picture.
        window.statusBar()->clearMessage();
        for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
            translations.apply(language);
            const QString name = language == core::Language::Japanese ? u"ja"_s : u"en"_s;
            tabs->setCurrentIndex(0);
            shown->selectSession(workshop1);
            perSession->setCurrentIndex(3);
            QTest::qWait(200);
            window.grab().save(folder + u"/"_s + name + u"-meetings.png"_s);
            shown->selectSession(workshop3);
            perSession->setCurrentIndex(4);
            QTest::qWait(200);
            window.grab().save(folder + u"/"_s + name + u"-presentations.png"_s);
            tabs->setCurrentIndex(1);
            QTest::qWait(200);
            window.grab().save(folder + u"/"_s + name + u"-commitments.png"_s);
            tabs->setCurrentIndex(2);
            QTest::qWait(200);
            window.grab().save(folder + u"/"_s + name + u"-calendar.png"_s);
        }
        // Workshop 3 is chosen: its timetable; then workshop 1's sheets.
        EXPECT_TRUE(shown->sheetDocument(ui::MeetingsPage::Sheet::Timetable)
                        .writePdf(folder + u"/timetable.pdf"_s));
        shown->selectSession(workshop1);
        EXPECT_TRUE(shown->sheetDocument(ui::MeetingsPage::Sheet::Attendance)
                        .writePdf(folder + u"/attendance-sheet.pdf"_s));
        EXPECT_TRUE(shown->sheetDocument(ui::MeetingsPage::Sheet::Participants)
                        .writePdf(folder + u"/participant-list.pdf"_s));
    }

    std::unique_ptr<ui::MeetingsPage> page =
        std::make_unique<ui::MeetingsPage>(db(), &undoStack, writes);
    QTableView *sessionTable = child<QTableView>(page.get(), u"sessionTable"_s);
    QTabWidget *sessionTabs = child<QTabWidget>(page.get(), u"sessionTabs"_s);
    QTableView *attendanceTable = child<QTableView>(page.get(), u"attendanceTable"_s);
    QTableView *slotTable = child<QTableView>(page.get(), u"slotTable"_s);
    QLineEdit *venue = child<QLineEdit>(page.get(), u"sessionVenue"_s);
    // The venue of the first session as the file holds it.
    QString storedVenue;
};

} // namespace

// A year of meetings from the Meetings page: sessions for the selected municipalities, dates and
// people, attendance marked with the keyboard (the whole table, then one cell), undo, the
// commitment table, a presentation timetable moved and saved, and the attendance sheet as PDF.
TEST_F(MeetingsPageTest, MeetingAttendanceMarkedWithTheKeyboard)
{
    const core::Database &db = this->db();
    // The program of the current fiscal year, so that the calendar shows today.
    core::ProgramRepository programs(db);
    qint64 program = 1;
    for (int year = 2019; year <= 2026; ++year) {
        const auto next = programs.createNextFiscalYear(program);
        ASSERT_TRUE(next) << next.message().toStdString();
        program = *next;
    }
    core::ApplicationRepository applications(db);
    core::ContactRepository contacts(db);
    QList<qint64> people;
    const QList<std::tuple<QString, QString, QString>> towns = {
        {u"132063"_s, u"山田 太郎"_s, u"企画課"_s},
        {u"202011"_s, u"松本 花子"_s, u"情報政策課"_s},
        {u"392014"_s, u"高知 一郎"_s, u"デジタル推進課"_s}};
    for (const auto &[code, name, department] : towns) {
        core::Application a;
        a.programId = program;
        a.receivedAt = QDateTime(QDate(2026, 5, 20), QTime(1, 0), Qt::UTC);
        a.members = {{code, true}};
        a.contacts = {{name, department, {}, {}, {}}};
        a.answers.attendsCentralMeetings = true;
        a.answers.hostsWorkshop2 = code != u"392014";
        a.decision = core::Decision::Selected;
        a.overrideReason = u"テスト"_s;
        ASSERT_TRUE(applications.create(a));
        core::Contact c;
        c.kind = core::ContactKind::Municipal;
        c.name = name;
        c.lgCode6 = code;
        c.department = department;
        people.append(contacts.add(c).value());
    }
    core::Contact consultant;
    consultant.kind = core::ContactKind::Consultant;
    consultant.name = u"支援 次郎"_s;
    const qint64 jiro = contacts.add(consultant).value();
    people.append(jiro);

    page->show();
    page->reload();
    const int programIndex = page->findChild<QComboBox *>()->findData(program);
    ASSERT_GE(programIndex, 0);
    page->findChild<QComboBox *>()->setCurrentIndex(programIndex);
    core::SessionListModel *sessions = sessionModel();
    QAbstractItemModelTester tester(sessions,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(sessions->rowCount(), 6) << "three meetings in Tokyo, three local workshops";

    // Dates for every session but the final meeting; the Tokyo workshops with the consultant.
    const QList<QDate> days = {QDate(2026, 6, 25), QDate(2026, 7, 21), QDate(2026, 7, 28),
                               QDate(2026, 7, 30), QDate(2026, 10, 15)};
    qint64 workshop1 = 0;
    qint64 workshop3 = 0;
    for (int row = 0, next = 0; row < sessions->rowCount() && next < days.size(); ++row) {
        core::MeetingSession s = sessions->at(row).session;
        if (sessions->at(row).meeting.kind == core::MeetingKind::FinalMeeting)
            continue;
        if (sessions->at(row).meeting.seq == 1)
            workshop1 = s.id;
        if (sessions->at(row).meeting.seq == 3)
            workshop3 = s.id;
        s.firstDay = days[next++];
        s.venueName = s.applicationId == 0 ? u"総務省 第1会議室"_s : u"市役所 会議室"_s;
        if (s.applicationId == 0)
            s.consultantIds = {jiro};
        ASSERT_EQ(page->saveSession(s), QString());
    }
    // Sessions are listed again after each change; the warnings are gone but the final one.
    EXPECT_EQ(child<QListWidget>(page.get(), u"meetingWarnings"_s)->count(), 0);

    page->selectSession(workshop1);
    ASSERT_EQ(page->currentSessionId(), workshop1);
    ASSERT_EQ(page->addParticipants(workshop1, people), QString());
    // Undo takes the registration back; redo returns the same people under the same ids.
    const auto registered = core::MeetingRepository(db).participants(workshop1).value();
    undoStack.undo();
    EXPECT_TRUE(core::MeetingRepository(db).participants(workshop1)->isEmpty());
    undoStack.redo();
    EXPECT_EQ(core::MeetingRepository(db).participants(workshop1).value(), registered);
    sessionTabs->setCurrentIndex(3);
    QTableView *table = attendanceTable;
    auto *attendance = qobject_cast<core::AttendanceModel *>(attendanceTable->model());
    ASSERT_EQ(attendance->rowCount(), 4);
    EXPECT_EQ(attendance->registeredCount(), 8);

    // Ctrl+A, A: everyone attended both days.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_A);
    EXPECT_EQ(attendance->attendedCount(), 8);
    // Then one cell: the Kochi person absent on day 2, with X.
    int kochi = -1;
    for (int r = 0; r < attendance->rowCount(); ++r) {
        if (attendance->at(r).lgCode6 == u"392014")
            kochi = r;
    }
    ASSERT_GE(kochi, 0);
    table->setCurrentIndex(attendance->index(kochi, core::AttendanceModel::FirstDay + 1));
    table->selectionModel()->select(table->currentIndex(), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(table, Qt::Key_X);
    EXPECT_EQ(attendance->attendedCount(), 7);
    const auto stored = core::MeetingRepository(db).participants(workshop1).value();
    int absent = 0;
    for (const core::Participant &p : stored)
        absent += p.days.value(2).state == core::AttendanceState::Absent ? 1 : 0;
    EXPECT_EQ(absent, 1);

    // The commitment table: Kochi missed day 2 of workshop 1.
    auto *commitments = qobject_cast<core::CommitmentModel *>(
        child<QTableView>(page.get(), u"commitmentTable"_s)->model());
    int kochiRow = -1;
    for (int r = 0; r < commitments->rowCount(); ++r) {
        if (commitments->table().rows[r].code6 == u"392014")
            kochiRow = r;
    }
    ASSERT_GE(kochiRow, 0);
    EXPECT_EQ(commitments->index(kochiRow, core::CommitmentModel::FirstMeeting)
                  .data(core::StateRole)
                  .value<core::RowState>(),
              core::RowState::Problem);

    // Undo brings day 2 back to attended, everywhere.
    undoStack.undo();
    EXPECT_EQ(attendance->attendedCount(), 8);
    EXPECT_EQ(commitments->index(kochiRow, core::CommitmentModel::FirstMeeting)
                  .data(core::StateRole)
                  .value<core::RowState>(),
              core::RowState::Done);
    undoStack.redo();

    // The attendance sheet as PDF.
    const QString pdf = temp.folder() + u"/sheet.pdf"_s;
    ASSERT_TRUE(page->sheets().attendanceSheet(attendance->participants()).writePdf(pdf));
    const QString text = test::pdfText(pdf);
    EXPECT_TRUE(text.contains(u"出席簿"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"松本 花子"_s));
    EXPECT_TRUE(text.contains(u"6月26日"_s)) << "a signature column for day 2";

    // Workshop 3: timetable from the selected list, the last moved first, saved.
    page->selectSession(workshop3);
    core::SlotPlan plan;
    plan.start = QTime(13, 30);
    plan.minutes = 20;
    plan.breakEvery = 2;
    ASSERT_EQ(page->generateSlots(plan), QString());
    auto *timetable = qobject_cast<core::PresentationSlotModel *>(slotTable->model());
    ASSERT_EQ(timetable->rowCount(), 4) << "three talks and a break";
    timetable->moveSlot(3, 0);
    // An edit not yet saved survives the page being read again after another change.
    page->reload();
    ASSERT_EQ(timetable->rowCount(), 4);
    EXPECT_TRUE(timetable->isModified());
    ASSERT_EQ(page->saveSlots(workshop3, timetable->timetable()), QString());
    const auto saved = core::MeetingRepository(db).presentationSlots(workshop3).value();
    ASSERT_EQ(saved.size(), 4);
    EXPECT_EQ(saved.front().start, QTime(13, 30));
    EXPECT_FALSE(saved.front().isBreak());
    EXPECT_EQ(saved.back().end(), QTime(14, 40));

    // The pictures of the user guide and the README show the whole window on the same file.
    if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR"); !folder.isEmpty())
        takeScreenshots(folder, workshop1, workshop3);
}

// Another session with an agenda typed but not saved: the page asks; Discard drops what was
// typed and writes nothing.
TEST_F(MeetingsPageTest, AnotherSessionAsksAndDiscardLeavesTheFileAsItWas)
{
    const auto [first, second] = chooseTheFirstOfTwoSessions();
    sessionTabs->setCurrentIndex(1);
    agenda()->addRow({u"1"_s, u"10:00"_s, u"12:00"_s, u"開会"_s, u"総務省"_s});
    ASSERT_TRUE(page->hasUnsavedEdits());

    QString asked;
    answerNextQuestion(QMessageBox::Discard, &asked);
    page->selectSession(second);
    EXPECT_TRUE(asked.contains(u"not saved"_s)) << asked.toStdString();
    EXPECT_EQ(page->currentSessionId(), second);
    EXPECT_FALSE(page->hasUnsavedEdits());
    EXPECT_EQ(undoStack.count(), 0);
    EXPECT_TRUE(core::MeetingRepository(db()).agenda(first)->isEmpty());
    // Back on the first session, its agenda is what the file holds: nothing, and no question.
    page->selectSession(first);
    EXPECT_EQ(page->currentSessionId(), first);
    EXPECT_TRUE(agenda()->rows().isEmpty());
}

// Save stores the typed agenda as one undoable step, goes on to the session chosen, and what
// was stored is in the file when it is opened again.
TEST_F(MeetingsPageTest, AnotherSessionAsksAndSaveStoresWhatSurvivesAReopen)
{
    const auto [first, second] = chooseTheFirstOfTwoSessions();
    agenda()->addRow({u"1"_s, u"10:00"_s, u"12:00"_s, u"開会"_s, u"総務省"_s});
    QString asked;
    answerNextQuestion(QMessageBox::Save, &asked);
    page->selectSession(second);
    EXPECT_FALSE(asked.isEmpty());
    EXPECT_EQ(page->currentSessionId(), second);
    EXPECT_FALSE(page->hasUnsavedEdits());
    EXPECT_EQ(undoStack.count(), 1);

    undoStack.clear();
    page.reset();
    temp.reopen();
    const auto stored = core::MeetingRepository(db()).agenda(first);
    ASSERT_TRUE(stored) << stored.message().toStdString();
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->front().title, u"開会");
    EXPECT_EQ(stored->front().speaker, u"総務省");
    EXPECT_EQ(stored->front().start, QTime(10, 0));
    EXPECT_EQ(stored->front().end, QTime(12, 0));
    EXPECT_TRUE(core::MeetingRepository(db()).agenda(second)->isEmpty());
}

// Cancel: back on the session being edited, with what was typed.
// Someone else changes the session while its details are typed here: Save asks once, naming
// them; Reload and Reapply shows their change with what was typed, unsaved, and the next Save
// stores both. Leaving the session then asks nothing.
TEST_F(MeetingsPageTest, DetailsChangedBySomeoneElseAreReloadedWithWhatWasTyped)
{
    const auto [first, second] = chooseTheFirstOfTwoSessions();
    typeVenue(u"Fuchu City Hall"_s);
    auto other = temp.openAnother();
    other->setUserName(u"鈴木 花子"_s);
    core::MeetingRepository theirs(*other);
    core::MeetingSession changed = theirs.session(first)->session;
    changed.note = u"駐車場あり"_s;
    ASSERT_TRUE(theirs.updateSession(changed));
    // The page follows their change while the venue is typed.
    page->refresh();
    EXPECT_EQ(venue->text(), u"Fuchu City Hall");

    QString asked;
    reloadAndReapplyNext(&asked);
    QStringList shown;
    QObject::connect(page.get(), &ui::MeetingsPage::errorShown, page.get(),
                     [&shown](const QString &message) { shown.append(message); });
    auto *save = child<QPushButton>(page.get(), u"saveSessionDetails"_s);
    save->click();
    EXPECT_TRUE(asked.contains(u"鈴木 花子 changed this record"_s)) << asked.toStdString();
    EXPECT_TRUE(shown.isEmpty()) << "no second message: " << shown.join(u' ').toStdString();
    EXPECT_EQ(venue->text(), u"Fuchu City Hall") << "what was typed is kept";
    EXPECT_EQ(child<QPlainTextEdit>(page.get(), u"sessionNote"_s)->toPlainText(), u"駐車場あり");
    EXPECT_TRUE(page->hasUnsavedEdits());
    EXPECT_EQ(undoStack.count(), 0);

    save->click();
    const core::MeetingSession stored = core::MeetingRepository(db()).session(first)->session;
    EXPECT_EQ(stored.venueName, u"Fuchu City Hall");
    EXPECT_EQ(stored.note, u"駐車場あり") << "their change is kept";
    EXPECT_EQ(undoStack.count(), 1);
    EXPECT_FALSE(page->hasUnsavedEdits());
    page->selectSession(second);
    EXPECT_EQ(page->currentSessionId(), second);
}

// The agenda, typed while someone else changed it: Reload and Reapply shows their items with
// the ones typed here, for one more Save.
TEST_F(MeetingsPageTest, AnAgendaChangedBySomeoneElseIsMergedWithWhatWasTyped)
{
    const auto [first, second] = chooseTheFirstOfTwoSessions();
    sessionTabs->setCurrentIndex(1);
    agenda()->addRow({u"1"_s, u"13:00"_s, u"15:00"_s, u"事例紹介"_s, u"総務省"_s});
    auto other = temp.openAnother();
    other->setUserName(u"鈴木 花子"_s);
    ASSERT_TRUE(core::MeetingRepository(*other).setAgenda(
        first, {{0, 1, QTime(10, 0), QTime(10, 30), u"開会挨拶"_s, {}}}));
    page->refresh(); // what is typed stays
    ASSERT_EQ(agenda()->rows().size(), 1);

    // Leaving the session with the agenda typed: Save, refused for their change.
    QString leaving;
    QString asked;
    QTimer::singleShot(0, [&leaving, &asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr) << "no question asked";
        leaving = box->text();
        reloadAndReapplyNext(&asked);
        box->button(QMessageBox::Save)->click();
    });
    page->selectSession(second);
    EXPECT_TRUE(leaving.contains(u"not saved"_s)) << leaving.toStdString();
    EXPECT_TRUE(asked.contains(u"鈴木 花子"_s)) << asked.toStdString();
    EXPECT_EQ(page->currentSessionId(), first) << "the merged agenda waits to be checked";
    ASSERT_EQ(agenda()->rows().size(), 2);
    EXPECT_EQ(agenda()->rows().value(0).value(3), u"開会挨拶");
    EXPECT_EQ(agenda()->rows().value(1).value(3), u"事例紹介");
    EXPECT_TRUE(page->hasUnsavedEdits());
    EXPECT_EQ(core::MeetingRepository(db()).agenda(first)->size(), 1);

    child<QPushButton>(page.get(), u"saveAgenda"_s)->click();
    EXPECT_EQ(core::MeetingRepository(db()).agenda(first)->size(), 2);
    EXPECT_FALSE(page->hasUnsavedEdits());
}

// The presentation timetable, changed here and elsewhere: Save asks; Reload and Reapply puts
// this timetable in place of theirs, unsaved, and the next Save stores it from their version.
TEST_F(MeetingsPageTest, ATimetableChangedBySomeoneElseIsAskedAbout)
{
    const auto [first, second] = chooseTheFirstOfTwoSessions();
    slotModel()->insertBreak(-1, 10);
    auto other = temp.openAnother();
    other->setUserName(u"鈴木 花子"_s);
    ASSERT_TRUE(core::MeetingRepository(*other).setPresentationSlots(
        first, {{0, 1, 1, QTime(15, 0), 20, 0, {}, u"休憩"_s}}));
    page->refresh();

    QString asked;
    reloadAndReapplyNext(&asked);
    child<QPushButton>(page.get(), u"saveSlots"_s)->click();
    EXPECT_TRUE(asked.contains(u"鈴木 花子"_s)) << asked.toStdString();
    EXPECT_TRUE(page->hasUnsavedEdits());
    ASSERT_EQ(slotModel()->rowCount(), 1);
    EXPECT_EQ(slotModel()->timetable().front().minutes, 10) << "this timetable, to check";
    EXPECT_EQ(core::MeetingRepository(db()).presentationSlots(first)->front().minutes, 20);

    child<QPushButton>(page.get(), u"saveSlots"_s)->click();
    EXPECT_FALSE(page->hasUnsavedEdits());
    EXPECT_EQ(core::MeetingRepository(db()).presentationSlots(first)->front().minutes, 10);
    EXPECT_EQ(undoStack.count(), 1);
}

TEST_F(MeetingsPageTest, AnotherSessionAsksAndCancelGoesOnEditing)
{
    const auto [first, second] = chooseTheFirstOfTwoSessions();
    typeVenue(u"Room 2"_s);
    QString asked;
    answerNextQuestion(QMessageBox::Cancel, &asked);
    page->selectSession(second);
    EXPECT_FALSE(asked.isEmpty());
    EXPECT_EQ(page->currentSessionId(), first);
    EXPECT_TRUE(page->hasUnsavedEdits());
    EXPECT_EQ(venue->text(), u"Room 2");
    EXPECT_EQ(undoStack.count(), 0);
    EXPECT_EQ(core::MeetingRepository(db()).session(first)->session.venueName, storedVenue);
}

// The same by a click on the other row: once the click is over, the list shows the session
// being edited, not the one clicked.
TEST_F(MeetingsPageTest, ACancelledClickLeavesTheEditedSessionSelected)
{
    const auto [first, second] = chooseTheFirstOfTwoSessions();
    typeVenue(u"Room 2"_s);
    QString asked;
    answerNextQuestion(QMessageBox::Cancel, &asked);
    const QRect row =
        sessionTable->visualRect(sessionModel()->index(sessionModel()->rowOf(second), 0));
    QTest::mouseClick(sessionTable->viewport(), Qt::LeftButton, {}, row.center());
    QCoreApplication::processEvents();
    EXPECT_FALSE(asked.isEmpty());
    EXPECT_EQ(page->currentSessionId(), first);
    const QModelIndexList selected = sessionTable->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.front().data(core::KeyRole).toLongLong(), first);
    EXPECT_EQ(venue->text(), u"Room 2");
}

// A save that fails (a day that is not a number) keeps the session and what was typed, and
// says why.
TEST_F(MeetingsPageTest, AnAgendaThatCannotBeSavedKeepsTheSession)
{
    const auto [first, second] = chooseTheFirstOfTwoSessions();
    agenda()->addRow({u"first"_s, u"10:00"_s, u"12:00"_s, u"開会"_s, {}});
    QString shown;
    QObject::connect(page.get(), &ui::MeetingsPage::errorShown, page.get(),
                     [&shown](const QString &message) { shown = message; });
    QString asked;
    answerNextQuestion(QMessageBox::Save, &asked);
    page->selectSession(second);
    EXPECT_TRUE(shown.contains(u"Line 1"_s)) << shown.toStdString();
    EXPECT_EQ(page->currentSessionId(), first);
    EXPECT_TRUE(page->hasUnsavedEdits());
    EXPECT_EQ(agenda()->rows().value(0).value(0), u"first");
    EXPECT_EQ(undoStack.count(), 0);
}

// Leaving the page with the details, the agenda and the timetable typed: Save stores each as
// its own undo step.
TEST_F(MeetingsPageTest, LeavingWithThreeTabsEditedSavesEach)
{
    const auto [first, second] = chooseTheFirstOfTwoSessions();
    typeVenue(u"Room 2"_s);
    agenda()->addRow({u"1"_s, u"13:00"_s, u"14:00"_s, u"発表"_s, {}});
    slotModel()->insertBreak(-1, 10);
    ASSERT_TRUE(page->hasUnsavedEdits());
    QString asked;
    answerNextQuestion(QMessageBox::Save, &asked);
    EXPECT_TRUE(page->resolveUnsavedEdits());
    EXPECT_FALSE(page->hasUnsavedEdits());
    EXPECT_EQ(undoStack.count(), 3);
    core::MeetingRepository meetings(db());
    EXPECT_EQ(meetings.session(first)->session.venueName, u"Room 2");
    EXPECT_EQ(meetings.agenda(first)->size(), 1);
    EXPECT_EQ(meetings.presentationSlots(first)->size(), 1);
    EXPECT_EQ(page->currentSessionId(), first);
    EXPECT_EQ(venue->text(), u"Room 2") << "the form shows what is stored";
    undoStack.undo();
    EXPECT_TRUE(meetings.presentationSlots(first)->isEmpty());
    EXPECT_EQ(slotModel()->rowCount(), 0);
}

// Leaving with Discard: the tabs show what the file holds again.
TEST_F(MeetingsPageTest, LeavingWithDiscardShowsTheFileAgain)
{
    chooseTheFirstOfTwoSessions();
    typeVenue(u"Room 2"_s);
    slotModel()->insertBreak(-1, 10);
    QString asked;
    answerNextQuestion(QMessageBox::Discard, &asked);
    EXPECT_TRUE(page->resolveUnsavedEdits());
    EXPECT_FALSE(page->hasUnsavedEdits());
    EXPECT_EQ(venue->text(), storedVenue);
    EXPECT_EQ(slotModel()->rowCount(), 0);
    EXPECT_EQ(undoStack.count(), 0);
    EXPECT_TRUE(page->resolveUnsavedEdits()) << "nothing left to ask about";
}

// Revert puts back what the file holds, and nothing is left to save.
TEST_F(MeetingsPageTest, RevertShowsTheStoredDetails)
{
    chooseTheFirstOfTwoSessions();
    core::MeetingSession s = sessionModel()->at(0).session;
    s.venueName = u"総務省 第1会議室"_s;
    ASSERT_EQ(page->saveSession(s), QString());
    EXPECT_EQ(venue->text(), u"総務省 第1会議室");
    typeVenue(u"Room 2"_s);
    ASSERT_TRUE(page->hasUnsavedEdits());
    // Meanwhile the note is changed elsewhere: Revert shows the file as it is now.
    auto other = temp.openAnother();
    core::MeetingSession theirs = core::MeetingRepository(*other).session(s.id)->session;
    theirs.note = u"駐車場あり"_s;
    ASSERT_TRUE(core::MeetingRepository(*other).updateSession(theirs));
    page->refresh();
    QTest::mouseClick(child<QPushButton>(page.get(), u"revertSessionDetails"_s), Qt::LeftButton);
    EXPECT_EQ(venue->text(), u"総務省 第1会議室");
    EXPECT_EQ(child<QPlainTextEdit>(page.get(), u"sessionNote"_s)->toPlainText(), u"駐車場あり");
    EXPECT_FALSE(page->hasUnsavedEdits());
    EXPECT_EQ(undoStack.count(), 1);
}

// A warning opens its session when double-clicked (or chosen with Enter).
TEST_F(MeetingsPageTest, AWarningOpensItsSession)
{
    page->show();
    core::SessionListModel *sessions = sessionModel();
    ASSERT_GE(sessions->rowCount(), 2);
    // The last session on a Saturday.
    core::MeetingSession last = sessions->at(sessions->rowCount() - 1).session;
    last.firstDay = QDate(2018, 7, 21);
    ASSERT_EQ(page->saveSession(last), QString());
    ASSERT_NE(page->currentSessionId(), last.id);
    auto *warnings = child<QListWidget>(page.get(), u"meetingWarnings"_s);
    ASSERT_GT(warnings->count(), 0);
    QListWidgetItem *weekend = nullptr;
    for (int row = 0; row < warnings->count(); ++row) {
        if (warnings->item(row)->text().contains(u"weekend"_s))
            weekend = warnings->item(row);
    }
    ASSERT_NE(weekend, nullptr);
    EXPECT_EQ(weekend->data(Qt::UserRole).toLongLong(), last.id);
    emit warnings->itemActivated(weekend);
    EXPECT_EQ(page->currentSessionId(), last.id);
}

// Register People… by keyboard: Down from the filter reaches the people shown, Register with
// nobody ticked takes the one selected, and with nobody at all says so and stays open.
TEST_F(MeetingsPageTest, PeopleAreRegisteredByKeyboardAlone)
{
    const auto [first, second] = chooseTheFirstOfTwoSessions();
    core::Contact consultant;
    consultant.kind = core::ContactKind::Consultant;
    consultant.name = u"支援 次郎"_s;
    ASSERT_TRUE(core::ContactRepository(db()).add(consultant));
    ui::CommandRunner runner(&undoStack, [](const QString &) {});
    ui::ParticipantPicker picker(db(), runner, first, {});
    picker.show();
    auto *filter = child<QLineEdit>(&picker, {});
    auto *list = child<QListWidget>(&picker, {});
    ASSERT_GE(list->count(), 1);
    filter->setFocus();
    QTest::keyClicks(filter, u"sien"_s);
    QTest::keyClick(filter, Qt::Key_Backspace, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Down);
    EXPECT_EQ(picker.focusWidget(), list) << "Down leaves the filter for the list";
    EXPECT_GE(list->currentRow(), 0);

    // Register with nobody ticked and nobody selected: a word, and still open.
    list->clearSelection();
    picker.accept();
    EXPECT_TRUE(picker.isVisible());
    auto *problem = child<QLabel>(&picker, u"pickerProblem"_s);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(picker.chosen().isEmpty());

    // The one selected is taken.
    list->setCurrentRow(0);
    list->item(0)->setSelected(true);
    picker.accept();
    EXPECT_EQ(picker.result(), QDialog::Accepted);
    EXPECT_EQ(picker.chosen().size(), 1);
}
