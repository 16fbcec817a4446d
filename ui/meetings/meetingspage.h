// MeetingsPage: the workshops and the final meeting, day by day. The Sessions tab lists every
// session of the program (one per meeting in Tokyo, one per selected municipality for a local
// workshop) with the warnings beneath, and edits the chosen one: its days, venue and travelling
// consultants, agenda, material files, participants with attendance per day (marked from the
// keyboard, a cell or a whole table at once), and a presentation timetable. The Commitments tab
// shows which municipality kept what it promised; the Calendar tab the fiscal year at a glance.
// Every change is undoable; sheets print on A4 and the plan exports as iCalendar.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/meetings/meeting.h"
#include "core/meetings/presentationschedule.h"
#include "ui/print/meetingsheets.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/page.h"

#include <QMessageBox>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace iotdesk::core {
class AttendanceModel;
class CommitmentModel;
class Database;
class PresentationSlotModel;
class SessionListModel;
class YearCalendarModel;
} // namespace iotdesk::core

namespace iotdesk::ui {

class ProgramSelector;
class ParticipantsTab;
class PresentationsTab;
class RowListEditor;
class CommitmentsTab;
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

    QTabWidget *tabs() const { return m_tabs; }
    QTabWidget *sessionTabs() const { return m_sessionTabs; }
    core::SessionListModel *sessionModel() const { return m_sessions; }
    QTableView *sessionTable() const { return m_sessionTable; }
    QListWidget *warningList() const { return m_warnings; }
    core::AttendanceModel *attendanceModel() const;
    QTableView *attendanceTable() const;
    core::CommitmentModel *commitmentModel() const;
    core::YearCalendarModel *calendarModel() const;
    core::PresentationSlotModel *slotModel() const;
    QTableView *slotTable() const;
    StoredFilesPanel *materials() const { return m_materials; }

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
    QString removeParticipants(const QList<qint64> &participantIds);
    QString setAttendance(const QList<core::AttendanceChange> &changes);
    // Marks the selected cells of the attendance table: a day cell for that day, a name cell
    // for every day of that person; std::nullopt takes them off those days.
    QString markSelection(std::optional<core::AttendanceState> state, const QString &note = {});
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
    QWidget *buildSessionsTab();
    QWidget *buildDetailsTab();
    QWidget *buildAgendaTab();
    QWidget *buildMaterialsTab();
    void retranslate();
    void showSession();
    void fillDetails(const core::SessionSummary &session);
    // The consultants to tick for a session: every active one, and those ticked already.
    void fillConsultantList(const QList<qint64> &ticked);
    QMessageBox::StandardButton askAboutUnsavedEdits();
    // Saves the details, agenda and timetable being edited; true when nothing is left unsaved.
    bool saveUnsavedEdits();
    // The agenda as the table holds it, checked and saved; what went wrong, or empty.
    QString saveAgendaFromForm();
    core::MeetingSession detailsFromForm() const;
    void reloadParticipants();
    void reloadSlots();
    void reloadOverview();
    // A sheet previewed for printing, or written as PDF to pdfPath.
    QMenu *printMenu(Sheet which);
    void printSheet(Sheet which, const QString &pdfPath);
    QHash<qint64, QString> applicantNames() const;

    const core::Database &m_db;
    QUndoStack *m_undoStack;
    WriteAccess &m_writes;
    CommandRunner m_commands;
    bool m_reloading = false;
    // Edits not yet saved survive a reload of the same session; leaving it asks first.
    qint64 m_shownSession = 0;
    qint64 m_programInView = 0;
    bool m_filling = false;
    bool m_detailsDirty = false;
    bool m_agendaDirty = false;

    core::SessionListModel *m_sessions = nullptr;

    QLabel *m_programLabel = nullptr;
    ProgramSelector *m_programs = nullptr;
    QPushButton *m_exportIcs = nullptr;
    QPushButton *m_exportAttendance = nullptr;
    QTabWidget *m_tabs = nullptr;

    QTableView *m_sessionTable = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QListWidget *m_warnings = nullptr;
    QLabel *m_sessionTitle = nullptr;
    QTabWidget *m_sessionTabs = nullptr;

    QCheckBox *m_dateFixed = nullptr;
    QDateEdit *m_firstDay = nullptr;
    QSpinBox *m_dayCount = nullptr;
    QLineEdit *m_venue = nullptr;
    QLineEdit *m_address = nullptr;
    QListWidget *m_consultants = nullptr;
    QLabel *m_consultantsHint = nullptr;
    QPushButton *m_editConsultants = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_saveDetails = nullptr;
    QPushButton *m_revertDetails = nullptr;
    QList<QLabel *> m_formLabels;

    RowListEditor *m_agenda = nullptr;
    QPushButton *m_saveAgenda = nullptr;

    StoredFilesPanel *m_materials = nullptr;

    QList<QMenu *> m_printMenus;
    CommitmentsTab *m_commitmentsTab = nullptr;
    ParticipantsTab *m_participantsTab = nullptr;
    PresentationsTab *m_presentationsTab = nullptr;
    YearCalendarTab *m_calendarTab = nullptr;
};

} // namespace iotdesk::ui
