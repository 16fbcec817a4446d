#include "ui/meetings/meetingspage.h"

#include "core/documents/attendanceexporter.h"
#include "core/documents/icsexporter.h"
#include "core/foundation/japantime.h"
#include "core/meetings/attendancemodel.h"
#include "core/meetings/meetingrepository.h"
#include "core/meetings/presentationslotmodel.h"
#include "core/meetings/sessionlistmodel.h"
#include "core/programs/programrepository.h"
#include "core/storage/changenotifier.h"
#include "core/storage/database.h"
#include "ui/meetings/agendatab.h"
#include "ui/meetings/commitmentstab.h"
#include "ui/meetings/participantstab.h"
#include "ui/meetings/presentationstab.h"
#include "ui/meetings/sessiondetailstab.h"
#include "ui/meetings/sessionlistpanel.h"
#include "ui/meetings/slotplandialog.h"
#include "ui/meetings/yearcalendartab.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/printpreview.h"
#include "ui/widgets/programselector.h"
#include "ui/widgets/storedfilespanel.h"
#include "ui/widgets/writeaccess.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

// The chosen session's tabs, in their order.
enum class SessionTab
{
    Details,
    Agenda,
    Materials,
    Participants,
    Presentations,
};

// The page's tabs, in their order.
enum class PageTab
{
    Sessions,
    Commitments,
    Calendar,
};

} // namespace

MeetingsPage::MeetingsPage(const core::Database &db, QUndoStack *undoStack, WriteAccess &writes,
                           QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_writes(writes)
    , m_commands(undoStack, &writes, [this](const QString &message) { showError(message); })
    , m_sessions(new core::SessionListModel(this))
    , m_programLabel(new QLabel(this))
    , m_programs(new ProgramSelector(db, this))
    , m_exportIcs(new QPushButton(this))
    , m_exportAttendance(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_commitmentsTab(new CommitmentsTab(this))
    , m_calendarTab(new YearCalendarTab(this))
{
    setObjectName(u"meetingsPage"_s);
    createLayout();
    createExportMenu();
    createConnections();
    retranslate();
    // Read when first shown.
    markStale();
}

MeetingsPage::~MeetingsPage() = default;

void MeetingsPage::createLayout()
{
    m_programLabel->setBuddy(m_programs);
    auto *top = new QHBoxLayout;
    top->addWidget(m_programLabel);
    top->addWidget(m_programs);
    top->addStretch();
    top->addWidget(m_exportIcs);
    top->addWidget(m_exportAttendance);
    m_tabs->setObjectName(u"meetingTabs"_s);
    m_tabs->addTab(createSessionsTab(), {});
    m_tabs->addTab(m_commitmentsTab, {});
    m_tabs->addTab(m_calendarTab, {});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
}

QWidget *MeetingsPage::createSessionsTab()
{
    auto *page = new QWidget(this);
    m_sessionList = new SessionListPanel(m_sessions, page);
    m_sessionTitle = new QLabel(page);
    QFont title = m_sessionTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_sessionTitle->setFont(title);
    m_sessionTitle->setWordWrap(true);
    m_sessionTabs = new QTabWidget(page);
    m_sessionTabs->setObjectName(u"sessionTabs"_s);
    createSessionTabs();
    auto *bottom = new QWidget(page);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_sessionTitle);
    bottomLayout->addWidget(m_sessionTabs, 1);

    // The sessions with their warnings above, the chosen session below.
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_sessionList);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({240, 420});
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    return page;
}

void MeetingsPage::createSessionTabs()
{
    m_detailsTab = new SessionDetailsTab(m_db, m_commands, m_writes, m_sessionTabs);
    m_agendaTab = new AgendaTab(m_db, m_commands, m_writes, m_sessionTabs);
    m_materials = new StoredFilesPanel(m_db, m_commands, core::FileStore::Kind::MeetingMaterials,
                                       m_sessionTabs);
    m_participantsTab = new ParticipantsTab(m_db, m_commands, m_writes, m_sessionTabs);
    m_participantsTab->setPrintMenus(printMenu(Sheet::Attendance), printMenu(Sheet::Participants));
    m_presentationsTab = new PresentationsTab(m_db, m_commands, m_writes, m_sessionTabs);
    m_presentationsTab->setPrintMenu(printMenu(Sheet::Timetable));
    m_sessionTabs->addTab(m_detailsTab, {});
    m_sessionTabs->addTab(m_agendaTab, {});
    m_sessionTabs->addTab(m_materials, {});
    m_sessionTabs->addTab(m_participantsTab, {});
    m_sessionTabs->addTab(m_presentationsTab, {});
}

void MeetingsPage::createExportMenu()
{
    // The whole program, or the chosen session alone.
    auto *icsMenu = new QMenu(m_exportIcs);
    for (const bool whole : {true, false}) {
        QAction *action = icsMenu->addAction(QString());
        connect(action, &QAction::triggered, this, [this, whole] {
            const QString path = FileChooser::saveFileName(
                this, tr("Export the Meetings as a Calendar"),
                whole ? u"meetings.ics"_s : u"session-%1.ics"_s.arg(currentSessionId()),
                tr("iCalendar files (*.ics)"));
            if (path.isEmpty())
                return;
            if (const QString error = exportCalendar(path, whole); !error.isEmpty())
                showError(error);
        });
    }
    m_exportIcs->setMenu(icsMenu);
}

void MeetingsPage::createConnections()
{
    connect(m_programs, &QComboBox::currentIndexChanged, this, [this] {
        if (m_reloading)
            return;
        // Another program: unsaved details, agenda or timetable are saved or dropped first.
        if (!resolveUnsavedEdits()) {
            const QSignalBlocker blocker(m_programs);
            m_programs->select(m_programInView);
            return;
        }
        reload();
    });
    connect(m_exportAttendance, &QPushButton::clicked, this, [this] {
        const QString path =
            FileChooser::saveFileName(this, tr("Export the Attendance"), u"出欠.xlsx"_s,
                                      tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportAttendance(path); !error.isEmpty())
            showError(error);
    });
    connect(m_sessionList, &SessionListPanel::currentSessionChanged, this, [this] {
        if (!m_reloading)
            showSession();
    });
    connect(m_sessionList, &SessionListPanel::warningActivated, this, &MeetingsPage::selectSession);
    const auto shown = [this](const QString &message) {
        showError(message);
    };
    connect(m_detailsTab, &SessionDetailsTab::errorShown, this, shown);
    connect(m_agendaTab, &AgendaTab::errorShown, this, shown);
    connect(m_materials, &StoredFilesPanel::errorShown, this, shown);
    connect(m_participantsTab, &ParticipantsTab::errorShown, this, shown);
    connect(m_presentationsTab, &PresentationsTab::errorShown, this, shown);
    connect(m_presentationsTab, &PresentationsTab::generateRequested, this,
            &MeetingsPage::generateTimetable);
    connect(m_calendarTab, &YearCalendarTab::dayActivated, this, &MeetingsPage::openDay);
    // A change made elsewhere is read now if the page is in view, else when it is shown.
    connect(&m_db.changes(), &core::ChangeNotifier::changed, this, &MeetingsPage::refresh);
}

void MeetingsPage::generateTimetable()
{
    const int row = m_sessions->rowOf(currentSessionId());
    if (row < 0)
        return;
    SlotPlanDialog dialog(core::SlotPlan{}, m_sessions->at(row).session.dayCount, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString error = generateSlots(dialog.plan()); !error.isEmpty())
        showError(error);
}

void MeetingsPage::openDay(QDate date)
{
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const core::MeetingSession &s = m_sessions->at(row).session;
        if (s.firstDay && date >= *s.firstDay && date <= s.lastDay() && !s.cancelled) {
            m_tabs->setCurrentIndex(int(PageTab::Sessions));
            selectSession(s.id);
            return;
        }
    }
}

void MeetingsPage::dateStyleChanged()
{
    m_sessions->setDateStyle(dates().style());
    m_participantsTab->model()->setDateStyle(dates().style());
    m_calendarTab->setDateStyle(dates().style());
    m_materials->setDateStyle(dates().style());
    refresh();
}

qint64 MeetingsPage::programId() const
{
    return m_programs->programId();
}

qint64 MeetingsPage::currentSessionId() const
{
    return m_sessionList->currentSessionId();
}

QString MeetingsPage::governmentInView() const
{
    const int row = m_sessions->rowOf(currentSessionId());
    return row >= 0 ? m_sessions->at(row).hostCode6 : QString();
}

void MeetingsPage::showMeeting(qint64 programId, qint64 meetingId)
{
    m_programs->select(programId);
    reload();
    m_tabs->setCurrentIndex(int(PageTab::Sessions));
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        if (m_sessions->at(row).session.meetingId == meetingId) {
            selectSession(m_sessions->at(row).session.id);
            m_sessionTabs->setCurrentIndex(int(SessionTab::Participants));
            return;
        }
    }
}

void MeetingsPage::openSession(qint64 programId, qint64 sessionId)
{
    if (!resolveUnsavedEdits())
        return;
    m_programs->select(programId);
    reload();
    m_tabs->setCurrentIndex(int(PageTab::Sessions));
    selectSession(sessionId);
}

void MeetingsPage::selectSession(qint64 sessionId)
{
    m_sessionList->setCurrentSession(sessionId);
}

void MeetingsPage::reload()
{
    if (m_reloading)
        return;
    markFresh();
    m_reloading = true;
    const qint64 keep = currentSessionId();
    if (const QString error = m_programs->reload(dates()); !error.isEmpty())
        emit errorShown(error);
    m_programInView = programId();
    const QString error = m_sessions->load(m_db, programId(), core::JapanTime::today());
    m_sessionList->showWarnings();
    m_sessionList->fitColumns();
    // The same session when it is still listed, else the first.
    if (m_sessions->rowCount() > 0)
        m_sessionList->setCurrentSession(
            m_sessions->rowOf(keep) >= 0 ? keep : m_sessions->at(0).session.id);
    m_reloading = false;
    showSession();
    reloadOverview();
    if (!error.isEmpty())
        showError(error);
}

void MeetingsPage::reloadOverview()
{
    const qint64 program = programId();
    if (program == 0)
        return;
    if (const QString error = m_commitmentsTab->load(m_db, program); !error.isEmpty())
        showError(error);
    QList<core::SessionSummary> sessions;
    for (int row = 0; row < m_sessions->rowCount(); ++row)
        sessions.append(m_sessions->at(row));
    m_calendarTab->load(m_db, program, sessions);
}

void MeetingsPage::showSession()
{
    const qint64 id = currentSessionId();
    const int row = m_sessions->rowOf(id);
    m_sessionTabs->setEnabled(row >= 0);
    if (row < 0) {
        m_shownSession = 0;
        m_sessionTitle->setText(tr("No session: choose a program with meetings."));
        m_detailsTab->clear();
        m_agendaTab->clear();
        m_participantsTab->clear();
        m_presentationsTab->clear();
        return;
    }
    if (id != m_shownSession && m_shownSession != 0 && hasUnsavedEdits()) {
        const auto choice = askAboutUnsavedEdits();
        if (choice != QMessageBox::Discard && m_sessions->rowOf(m_shownSession) >= 0) {
            returnToEditedSession(id, choice);
            return;
        }
    }
    m_shownSession = id;
    const core::SessionSummary &s = m_sessions->at(row);
    const bool japanese = QLocale().language() == QLocale::Japanese;
    m_sessionTitle->setText(s.title(japanese) + u"　"_s +
                            (s.session.firstDay
                                 ? core::SessionListModel::daysText(s.session, dates())
                                 : tr("(no date yet)")));
    // The editing tabs keep what is typed for this session and drop what was typed for another.
    m_detailsTab->load(s);
    m_agendaTab->load(id);
    m_materials->setOwner(id);
    m_participantsTab->load(s);
    m_presentationsTab->load(id, applicantNames());
    // Presentations belong to the meetings in Tokyo.
    m_sessionTabs->setTabVisible(int(SessionTab::Presentations), s.session.applicationId == 0);
}

void MeetingsPage::returnToEditedSession(qint64 chosen, QMessageBox::StandardButton choice)
{
    const auto reselect = [this] {
        m_reloading = true;
        m_sessionList->setCurrentSession(m_shownSession);
        m_reloading = false;
    };
    reselect();
    // A click on another row selects that row after this returns: the session in view is
    // selected again once the click is over, so that the list shows it.
    QMetaObject::invokeMethod(this, reselect, Qt::QueuedConnection);
    if (choice == QMessageBox::Save && saveUnsavedEdits())
        selectSession(chosen);
}

QList<SessionEditor *> MeetingsPage::editors() const
{
    return {m_detailsTab, m_agendaTab, m_presentationsTab};
}

bool MeetingsPage::hasUnsavedEdits() const
{
    const QList<SessionEditor *> all = editors();
    return std::any_of(all.begin(), all.end(),
                       [](const SessionEditor *editor) { return editor->isDirty(); });
}

QMessageBox::StandardButton MeetingsPage::askAboutUnsavedEdits()
{
    return QMessageBox::question(
        this, tr("Unsaved Changes"),
        tr("The session has changes that are not saved (details, agenda or timetable). Save "
           "them, discard them, or go on editing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

bool MeetingsPage::saveUnsavedEdits()
{
    // What the tabs' Save buttons do: the same checks, the same undo steps; the first failure
    // stops, and what is not saved stays typed.
    for (SessionEditor *editor : editors()) {
        if (!editor->isDirty())
            continue;
        if (const QString error = editor->save(); !error.isEmpty()) {
            // A conflict was answered in its own question; the session stays, as typed.
            if (!editor->conflictAnswered())
                showError(error);
            return false;
        }
    }
    return !hasUnsavedEdits();
}

void MeetingsPage::discardUnsavedEdits()
{
    for (SessionEditor *editor : editors()) {
        if (editor->isDirty())
            editor->discard();
    }
}

bool MeetingsPage::resolveUnsavedEdits()
{
    if (!hasUnsavedEdits())
        return true;
    switch (askAboutUnsavedEdits()) {
    case QMessageBox::Save:
        return saveUnsavedEdits();
    case QMessageBox::Discard:
        discardUnsavedEdits();
        return true;
    default:
        return false;
    }
}

QHash<qint64, QString> MeetingsPage::applicantNames() const
{
    QHash<qint64, QString> names;
    const auto applicants = core::MeetingRepository(m_db).selectedApplicants(programId());
    for (const core::SelectedApplicant &a :
         applicants ? *applicants : QList<core::SelectedApplicant>()) {
        names.insert(a.applicationId, a.name);
    }
    return names;
}

QString MeetingsPage::saveSession(const core::MeetingSession &changed)
{
    return m_detailsTab->saveSession(changed);
}

QString MeetingsPage::saveAgenda(qint64 sessionId, const QList<core::AgendaItem> &items)
{
    return m_agendaTab->saveAgenda(sessionId, items);
}

QString MeetingsPage::addParticipants(qint64 sessionId, const QList<qint64> &contactIds)
{
    return m_participantsTab->addParticipants(sessionId, contactIds);
}

QString MeetingsPage::saveSlots(qint64 sessionId, const QList<core::PresentationSlot> &timetable)
{
    return m_presentationsTab->saveSlots(sessionId, timetable);
}

QString MeetingsPage::generateSlots(const core::SlotPlan &plan)
{
    const auto presenters = core::PresentationSchedule::presenters(m_db, programId());
    if (!presenters)
        return presenters.message();
    if (presenters->isEmpty())
        return tr("No municipality is selected yet.");
    m_presentationsTab->showGenerated(core::PresentationSchedule::generate(*presenters, plan),
                                      applicantNames());
    return {};
}

QString MeetingsPage::exportCalendar(const QString &path, bool wholeProgram)
{
    const auto events = core::IcsExporter::write(
        m_db, programId(), wholeProgram ? std::nullopt : std::optional<qint64>(currentSessionId()),
        path);
    return events ? QString() : events.message();
}

QString MeetingsPage::exportAttendance(const QString &path)
{
    const auto format = core::TableFileWriter::formatOf(path);
    if (!format)
        return tr("Choose a file ending in .xlsx or .csv.");
    const auto rows =
        core::AttendanceExporter::write(m_db, programId(), std::nullopt, path, *format);
    return rows ? QString() : rows.message();
}

MeetingSheets MeetingsPage::sheets() const
{
    const auto program = core::ProgramRepository(m_db).program(programId());
    const int row = m_sessions->rowOf(currentSessionId());
    return MeetingSheets(program ? *program : core::Program{},
                         row >= 0 ? m_sessions->at(row) : core::SessionSummary{}, dates());
}

QMenu *MeetingsPage::printMenu(Sheet which)
{
    auto *menu = new QMenu(this);
    QAction *preview = menu->addAction(QString());
    QAction *pdf = menu->addAction(QString());
    preview->setObjectName(u"preview"_s);
    pdf->setObjectName(u"pdf"_s);
    connect(preview, &QAction::triggered, this, [this, which] { printSheet(which, {}); });
    connect(pdf, &QAction::triggered, this, [this, which] {
        const QString path = FileChooser::saveFileName(this, tr("Save as PDF"),
                                                       sheetDocument(which).title() + u".pdf"_s,
                                                       tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            printSheet(which, path);
    });
    m_printMenus.append(menu);
    return menu;
}

PrintedDocument MeetingsPage::sheetDocument(Sheet which) const
{
    const MeetingSheets papers = sheets();
    switch (which) {
    case Sheet::Attendance:
        return papers.attendanceSheet(m_participantsTab->model()->participants());
    case Sheet::Participants:
        return papers.participantList(m_participantsTab->model()->participants());
    case Sheet::Timetable:
        break;
    }
    return papers.timetable(m_presentationsTab->model()->timetable(), applicantNames());
}

void MeetingsPage::printSheet(Sheet which, const QString &pdfPath)
{
    if (currentSessionId() == 0)
        return;
    const PrintedDocument document = sheetDocument(which);
    if (pdfPath.isEmpty()) {
        PrintPreview::show(document, this);
        return;
    }
    if (auto written = document.writePdf(pdfPath); !written)
        showError(written.message());
}

void MeetingsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_sessionList->fitColumns();
}

void MeetingsPage::changeEvent(QEvent *event)
{
    // The main window reloads the page with the language's date style.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MeetingsPage::retranslate()
{
    m_programLabel->setText(tr("&Program:"));
    m_exportIcs->setText(tr("Export &Calendar…"));
    m_exportIcs->setToolTip(tr("Scheduled meeting days as an iCalendar file (.ics) for "
                               "Outlook, Google Calendar or Thunderbird."));
    const QList<QAction *> icsActions = m_exportIcs->menu()->actions();
    icsActions[0]->setText(tr("The &Whole Program…"));
    icsActions[1]->setText(tr("The &Chosen Session…"));
    for (QMenu *menu : m_printMenus) {
        menu->findChild<QAction *>(u"preview"_s)->setText(tr("Print &Preview…"));
        menu->findChild<QAction *>(u"pdf"_s)->setText(tr("&Save as PDF…"));
    }
    m_exportAttendance->setText(tr("Export &Attendance…"));
    m_tabs->setTabText(int(PageTab::Sessions), tr("Sessions"));
    m_tabs->setTabText(int(PageTab::Commitments), tr("Commitments"));
    m_tabs->setTabText(int(PageTab::Calendar), tr("Calendar"));
    m_sessionTabs->setTabText(int(SessionTab::Details), tr("Details"));
    m_sessionTabs->setTabText(int(SessionTab::Agenda), tr("Agenda"));
    m_sessionTabs->setTabText(int(SessionTab::Materials), tr("Materials"));
    m_sessionTabs->setTabText(int(SessionTab::Participants), tr("Participants"));
    m_sessionTabs->setTabText(int(SessionTab::Presentations), tr("Presentations"));
}

QString MeetingsPage::errorTitle() const
{
    return tr("Meetings");
}

} // namespace iotdesk::ui
