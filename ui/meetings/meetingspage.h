// MeetingsPage: the workshops and the final meeting, day by day. The Sessions tab lists every
// session of the program (one per meeting in Tokyo, one per selected municipality for a local
// workshop) with the warnings beneath, and edits the chosen one in a tab each: its days, venue
// and travelling consultants, agenda, material files, participants with attendance per day, and
// a presentation timetable. The Commitments tab shows which municipality kept what it promised;
// the Calendar tab the fiscal year at a glance. Every change is undoable; sheets print on A4 and
// the plan exports as iCalendar.
//
// The details, the agenda and the timetable are typed and then saved; each of those tabs knows
// whether it holds unsaved edits (SessionEditor), and the page asks the user before another
// session, another program or another page replaces them.
#pragma once

#include "core/meetings/meeting.h"
#include "core/meetings/presentationschedule.h"
#include "ui/print/meetingsheets.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/page.h"

#include <QHash>
#include <QMessageBox>

class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace iotdesk::core {
class Database;
class SessionListModel;
} // namespace iotdesk::core

namespace iotdesk::ui {

class AgendaTab;
class CommitmentsTab;
class ParticipantsTab;
class PresentationsTab;
class ProgramSelector;
class SessionDetailsTab;
class SessionEditor;
class SessionListPanel;
class StoredFilesPanel;
class WriteAccess;
class YearCalendarTab;

class MeetingsPage : public Page
{
    Q_OBJECT

public:
    MeetingsPage(const core::Database &db, QUndoStack *undoStack, WriteAccess &writes,
                 QWidget *parent = nullptr);
    ~MeetingsPage() override;

    qint64 programId() const;
    qint64 currentSessionId() const;
    // The host of the chosen local workshop, for Ctrl+L; empty for a meeting in Tokyo.
    QString governmentInView() const override;
    void selectSession(qint64 sessionId);
    // A program's first session of a planned meeting (the dashboard's attendance chart).
    void showMeeting(qint64 programId, qint64 meetingId);
    // One session in view, with its program chosen.
    void openSession(qint64 programId, qint64 sessionId);
    // Before the page is left or the window closes: unsaved details, agenda or timetable are
    // saved or discarded as the user says; false when the user goes on editing.
    bool resolveUnsavedEdits() override;
    // Details, agenda or timetable typed but not saved.
    bool hasUnsavedEdits() const;

    // The work behind the controls, each one undoable step; what went wrong, or an empty
    // string.
    QString saveSession(const core::MeetingSession &changed);
    QString saveAgenda(qint64 sessionId, const QList<core::AgendaItem> &items);
    QString addParticipants(qint64 sessionId, const QList<qint64> &contactIds);
    QString saveSlots(qint64 sessionId, const QList<core::PresentationSlot> &timetable);
    // The timetable generated from the selected list, replacing the one being edited.
    QString generateSlots(const core::SlotPlan &plan);
    QString exportCalendar(const QString &path, bool wholeProgram);
    QString exportAttendance(const QString &path);
    enum class Sheet
    {
        Attendance,
        Participants,
        Timetable,
    };
    // The printed papers of the chosen session.
    MeetingSheets sheets() const;
    PrintedDocument sheetDocument(Sheet which) const;

    void reload() override;

protected:
    void dateStyleChanged() override;
    QString errorTitle() const override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createLayout();
    QWidget *createSessionsTab();
    void createSessionTabs();
    void createExportMenu();
    void createConnections();
    void retranslate();

    void showSession();
    void reloadOverview();
    // The tabs that hold typed edits until saved.
    QList<SessionEditor *> editors() const;
    QMessageBox::StandardButton askAboutUnsavedEdits();
    // Saves the details, agenda and timetable being edited; true when nothing is left unsaved.
    bool saveUnsavedEdits();
    void discardUnsavedEdits();
    // Back to the session whose edits are kept, when the user chose another one and then
    // Save or Cancel; after Save, on to the chosen one.
    void returnToEditedSession(qint64 chosen, QMessageBox::StandardButton choice);
    void generateTimetable();
    // A meeting day of the calendar: its session.
    void openDay(QDate date);
    // A sheet previewed for printing, or written as PDF to pdfPath.
    QMenu *printMenu(Sheet which);
    void printSheet(Sheet which, const QString &pdfPath);
    QHash<qint64, QString> applicantNames() const;

    const core::Database &m_db;
    WriteAccess &m_writes;
    CommandRunner m_commands;
    bool m_reloading = false;
    // The session the tabs show; their unsaved edits belong to it.
    qint64 m_shownSession = 0;
    qint64 m_programInView = 0;

    core::SessionListModel *m_sessions;

    QLabel *m_programLabel;
    ProgramSelector *m_programs;
    QPushButton *m_exportIcs;
    QPushButton *m_exportAttendance;
    QTabWidget *m_tabs;

    SessionListPanel *m_sessionList = nullptr;
    QLabel *m_sessionTitle = nullptr;
    QTabWidget *m_sessionTabs = nullptr;
    SessionDetailsTab *m_detailsTab = nullptr;
    AgendaTab *m_agendaTab = nullptr;
    StoredFilesPanel *m_materials = nullptr;
    ParticipantsTab *m_participantsTab = nullptr;
    PresentationsTab *m_presentationsTab = nullptr;

    QList<QMenu *> m_printMenus;
    CommitmentsTab *m_commitmentsTab;
    YearCalendarTab *m_calendarTab;
};

} // namespace iotdesk::ui
