#include "ui/meetings/meetingspage.h"

#include "core/documents/attendanceexporter.h"
#include "core/documents/icsexporter.h"
#include "core/foundation/japantime.h"
#include "core/foundation/modelroles.h"
#include "core/meetings/attendancemodel.h"
#include "core/meetings/meetingrepository.h"
#include "core/meetings/presentationschedule.h"
#include "core/meetings/presentationslotmodel.h"
#include "core/meetings/sessionlistmodel.h"
#include "core/municipalities/contactrepository.h"
#include "core/programs/programrepository.h"
#include "core/storage/changenotifier.h"
#include "core/storage/database.h"
#include "core/undo/changeagendacommand.h"
#include "core/undo/changesessioncommand.h"
#include "core/undo/changetimetablecommand.h"
#include "core/undo/markattendancecommand.h"
#include "core/undo/registerparticipantscommand.h"
#include "core/undo/removeparticipantscommand.h"
#include "ui/meetings/commitmentstab.h"
#include "ui/meetings/participantstab.h"
#include "ui/meetings/presentationstab.h"
#include "ui/meetings/yearcalendartab.h"
#include "ui/municipalities/contactsdialog.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/printpreview.h"
#include "ui/widgets/programselector.h"
#include "ui/widgets/rowlisteditor.h"
#include "ui/widgets/statecolordelegate.h"
#include "ui/widgets/storedfilespanel.h"
#include "ui/widgets/writeaccess.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimeEdit>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

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

// Asks how to lay out generated presentation slots; false when cancelled.
bool askSlotPlan(QWidget *parent, core::SlotPlan &plan, int dayCount)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(MeetingsPage::tr("Generate Presentation Slots"));
    auto *start = new QTimeEdit(plan.start, &dialog);
    start->setDisplayFormat(u"H:mm"_s);
    auto *minutes = new QSpinBox(&dialog);
    minutes->setRange(1, 180);
    minutes->setValue(plan.minutes);
    minutes->setSuffix(MeetingsPage::tr(" min"));
    auto *every = new QSpinBox(&dialog);
    every->setRange(0, 50);
    every->setValue(plan.breakEvery);
    every->setSpecialValueText(MeetingsPage::tr("no breaks"));
    auto *pause = new QSpinBox(&dialog);
    pause->setRange(1, 120);
    pause->setValue(plan.breakMinutes);
    pause->setSuffix(MeetingsPage::tr(" min"));
    auto *day = new QSpinBox(&dialog);
    day->setRange(1, dayCount);
    day->setValue(std::min(plan.dayNo, dayCount));
    auto *form = new QFormLayout;
    form->addRow(MeetingsPage::tr("&Day:"), day);
    form->addRow(MeetingsPage::tr("&First talk at:"), start);
    form->addRow(MeetingsPage::tr("&Each talk with questions:"), minutes);
    form->addRow(MeetingsPage::tr("A &break after every:"), every);
    form->addRow(MeetingsPage::tr("Break &length:"), pause);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(MeetingsPage::tr("One slot per selected municipality, in the "
                                                  "order of the published list. The timetable "
                                                  "being edited is replaced."),
                                 &dialog));
    layout->addLayout(form);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    plan.start = start->time();
    plan.minutes = minutes->value();
    plan.breakEvery = every->value();
    plan.breakMinutes = pause->value();
    plan.dayNo = day->value();
    return true;
}

} // namespace

MeetingsPage::MeetingsPage(const core::Database &db, QUndoStack *undoStack, WriteAccess &writes,
                           QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_undoStack(undoStack)
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
    m_programLabel->setBuddy(m_programs);
    auto *top = new QHBoxLayout;
    top->addWidget(m_programLabel);
    top->addWidget(m_programs);
    top->addStretch();
    top->addWidget(m_exportIcs);
    top->addWidget(m_exportAttendance);
    m_tabs->addTab(buildSessionsTab(), {});
    m_tabs->addTab(m_commitmentsTab, {});
    m_tabs->addTab(m_calendarTab, {});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

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
    // The whole program, or the chosen session alone.
    auto *icsMenu = new QMenu(m_exportIcs);
    for (const bool whole : {true, false}) {
        QAction *action = icsMenu->addAction(QString());
        action->setData(whole);
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
    connect(m_exportAttendance, &QPushButton::clicked, this, [this] {
        const QString path =
            FileChooser::saveFileName(this, tr("Export the Attendance"), u"出欠.xlsx"_s,
                                      tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportAttendance(path); !error.isEmpty())
            showError(error);
    });
    // Read when shown; a change made elsewhere marks a hidden page for reading when shown.
    // A meeting day opens its session.
    connect(m_calendarTab, &YearCalendarTab::dayActivated, this, [this](QDate date) {
        for (int row = 0; row < m_sessions->rowCount(); ++row) {
            const core::MeetingSession &s = m_sessions->at(row).session;
            if (s.firstDay && date >= *s.firstDay && date <= s.lastDay() && !s.cancelled) {
                m_tabs->setCurrentIndex(0);
                selectSession(s.id);
                return;
            }
        }
    });
    connect(&m_db.changes(), &core::ChangeNotifier::changed, this, &MeetingsPage::refresh);
    // What writes: the session's details, agenda, participants and attendance, and the
    // timetable (edited here, then saved; the materials panel guards its own buttons).
    // Consultants… stays: the people are read there (its dialog guards its own form); the
    // exports and the printed sheets read.
    m_writes.guard({m_dateFixed, m_firstDay, m_dayCount, m_venue, m_address, m_consultants, m_note,
                    m_saveDetails, m_revertDetails});
    m_writes.guard(
        {m_agenda->table(), m_agenda->addButton(), m_agenda->removeButton(), m_saveAgenda});
    retranslate();
    markStale();
}

MeetingsPage::~MeetingsPage() = default;

QWidget *MeetingsPage::buildSessionsTab()
{
    auto *page = new QWidget(this);
    m_sessionTable = new QTableView(page);
    m_sessionTable->setObjectName(u"sessionTable"_s);
    m_sessionTable->setModel(m_sessions);
    m_sessionTable->setItemDelegate(new StateColorDelegate(m_sessionTable));
    m_sessionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessionTable->verticalHeader()->hide();
    m_sessionTable->verticalHeader()->setDefaultSectionSize(m_sessionTable->fontMetrics().height() +
                                                            8);
    m_sessionTable->horizontalHeader()->setStretchLastSection(true);
    m_warningsLabel = new QLabel(page);
    m_warningsLabel->setWordWrap(true);
    m_warnings = new QListWidget(page);
    m_warnings->setObjectName(u"meetingWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warningsLabel->setBuddy(m_warnings);
    auto *warnings = new QWidget(page);
    auto *warningsLayout = new QVBoxLayout(warnings);
    warningsLayout->setContentsMargins(0, 0, 0, 0);
    warningsLayout->addWidget(m_warningsLabel);
    warningsLayout->addWidget(m_warnings, 1);
    // The sessions with their warnings above, the chosen session below.
    auto *top = new QSplitter(Qt::Horizontal, page);
    top->addWidget(m_sessionTable);
    top->addWidget(warnings);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);
    top->setSizes({940, 220});

    m_sessionTitle = new QLabel(page);
    QFont title = m_sessionTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_sessionTitle->setFont(title);
    m_sessionTitle->setWordWrap(true);
    m_sessionTabs = new QTabWidget(page);
    m_sessionTabs->addTab(buildDetailsTab(), {});
    m_sessionTabs->addTab(buildAgendaTab(), {});
    m_sessionTabs->addTab(buildMaterialsTab(), {});
    m_participantsTab = new ParticipantsTab(m_db, m_commands, m_writes, page);
    m_participantsTab->setPrintMenus(printMenu(Sheet::Attendance), printMenu(Sheet::Participants));
    connect(m_participantsTab, &ParticipantsTab::errorShown, this,
            [this](const QString &message) { showError(message); });
    m_sessionTabs->addTab(m_participantsTab, {});
    m_presentationsTab = new PresentationsTab(m_writes, page);
    m_presentationsTab->setPrintMenu(printMenu(Sheet::Timetable));
    connect(m_presentationsTab, &PresentationsTab::generateRequested, this, [this] {
        const qint64 session = currentSessionId();
        const int row = m_sessions->rowOf(session);
        if (row < 0)
            return;
        core::SlotPlan plan;
        if (!askSlotPlan(this, plan, m_sessions->at(row).session.dayCount))
            return;
        if (const QString error = generateSlots(plan); !error.isEmpty())
            showError(error);
    });
    connect(m_presentationsTab, &PresentationsTab::saveRequested, this, [this] {
        if (const QString error =
                saveSlots(currentSessionId(), m_presentationsTab->model()->timetable());
            !error.isEmpty()) {
            showError(error);
        }
    });
    m_sessionTabs->addTab(m_presentationsTab, {});
    auto *bottom = new QWidget(page);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_sessionTitle);
    bottomLayout->addWidget(m_sessionTabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({240, 420});
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_sessionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] {
                if (!m_reloading)
                    showSession();
            });
    connect(m_warnings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        selectSession(item->data(Qt::UserRole).toLongLong());
    });
    return page;
}

QWidget *MeetingsPage::buildDetailsTab()
{
    auto *page = new QWidget(this);
    m_dateFixed = new QCheckBox(page);
    m_firstDay = new DateField(page);
    m_dayCount = new QSpinBox(page);
    m_dayCount->setRange(1, 14);
    m_venue = new QLineEdit(page);
    m_address = new QLineEdit(page);
    m_consultants = new QListWidget(page);
    m_consultants->setObjectName(u"sessionConsultants"_s);
    m_consultants->setMaximumHeight(120);
    // Consultants are the people of the registry marked as consultants: say so, and add them
    // from here.
    m_consultantsHint = new QLabel(page);
    m_consultantsHint->setWordWrap(true);
    m_editConsultants = new QPushButton(page);
    connect(m_editConsultants, &QPushButton::clicked, this, [this] {
        QList<qint64> ticked;
        for (int i = 0; i < m_consultants->count(); ++i) {
            if (m_consultants->item(i)->checkState() == Qt::Checked)
                ticked.append(m_consultants->item(i)->data(Qt::UserRole).toLongLong());
        }
        ContactsDialog dialog(m_db, m_commands, QString(), this);
        dialog.exec();
        const bool filling = std::exchange(m_filling, true);
        fillConsultantList(ticked);
        m_filling = filling;
    });
    m_note = new QPlainTextEdit(page);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    m_saveDetails = new QPushButton(page);
    m_saveDetails->setDefault(true);
    m_revertDetails = new QPushButton(page);
    auto *date = new QHBoxLayout;
    date->addWidget(m_dateFixed);
    date->addWidget(m_firstDay);
    date->addStretch();
    auto *form = new QFormLayout;
    const QList<QWidget *> buddies = {m_dateFixed, m_dayCount,    m_venue,
                                      m_address,   m_consultants, m_note};
    for (QWidget *buddy : buddies) {
        auto *label = new QLabel(page);
        label->setBuddy(buddy);
        m_formLabels.append(label);
    }
    form->addRow(m_formLabels[0], date);
    form->addRow(m_formLabels[1], m_dayCount);
    form->addRow(m_formLabels[2], m_venue);
    form->addRow(m_formLabels[3], m_address);
    auto *consultants = new QVBoxLayout;
    consultants->addWidget(m_consultants);
    auto *consultantsRow = new QHBoxLayout;
    consultantsRow->addWidget(m_consultantsHint, 1);
    consultantsRow->addWidget(m_editConsultants, 0, Qt::AlignRight);
    consultants->addLayout(consultantsRow);
    form->addRow(m_formLabels[4], consultants);
    form->addRow(m_formLabels[5], m_note);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revertDetails);
    buttons->addWidget(m_saveDetails);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);
    connect(m_dateFixed, &QCheckBox::toggled, m_firstDay, &QWidget::setEnabled);
    // Any edit marks the form as unsaved (not the filling from the file).
    const auto edited = [this] {
        if (!m_filling)
            m_detailsDirty = true;
    };
    connect(m_dateFixed, &QCheckBox::toggled, this, edited);
    connect(m_firstDay, &QDateEdit::dateChanged, this, edited);
    connect(m_dayCount, &QSpinBox::valueChanged, this, edited);
    connect(m_venue, &QLineEdit::textEdited, this, edited);
    connect(m_address, &QLineEdit::textEdited, this, edited);
    connect(m_note, &QPlainTextEdit::textChanged, this, edited);
    connect(m_consultants, &QListWidget::itemChanged, this, edited);
    connect(m_saveDetails, &QPushButton::clicked, this, [this] {
        if (const QString error = saveSession(detailsFromForm()); !error.isEmpty())
            showError(error);
    });
    connect(m_revertDetails, &QPushButton::clicked, this, &MeetingsPage::showSession);
    return page;
}

QWidget *MeetingsPage::buildAgendaTab()
{
    auto *page = new QWidget(this);
    m_agenda = new RowListEditor({{tr("Day"), {}, u"1"_s},
                                  {tr("Start"), {}, u"10:00"_s},
                                  {tr("End"), {}, u"12:00"_s},
                                  {tr("Title"), {}, {}},
                                  {tr("Speaker"), {}, {}}},
                                 page);
    m_agenda->table()->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_saveAgenda = new QPushButton(page);
    const auto edited = [this] {
        if (!m_filling)
            m_agendaDirty = true;
    };
    QAbstractItemModel *agendaRows = m_agenda->table()->model();
    connect(agendaRows, &QAbstractItemModel::dataChanged, this, edited);
    connect(agendaRows, &QAbstractItemModel::rowsInserted, this, edited);
    connect(agendaRows, &QAbstractItemModel::rowsRemoved, this, edited);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveAgenda);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_agenda, 1);
    layout->addLayout(buttons);
    connect(m_saveAgenda, &QPushButton::clicked, this, [this] {
        if (const QString error = saveAgendaFromForm(); !error.isEmpty())
            showError(error);
    });
    return page;
}

QString MeetingsPage::saveAgendaFromForm()
{
    QList<core::AgendaItem> items;
    int line = 0;
    for (const QStringList &row : m_agenda->rows()) {
        ++line;
        core::AgendaItem item;
        bool ok = false;
        item.dayNo = row.value(0).isEmpty() ? 1 : row.value(0).toInt(&ok);
        if (!row.value(0).isEmpty() && !ok)
            return tr("Line %1: the day is a number (1, 2, …).").arg(line);
        item.start = QTime::fromString(row.value(1), u"H:mm"_s);
        item.end = QTime::fromString(row.value(2), u"H:mm"_s);
        item.title = row.value(3);
        item.speaker = row.value(4);
        items.append(item);
    }
    return saveAgenda(currentSessionId(), items);
}

QWidget *MeetingsPage::buildMaterialsTab()
{
    m_materials =
        new StoredFilesPanel(m_db, m_commands, core::FileStore::Kind::MeetingMaterials, this);
    connect(m_materials, &StoredFilesPanel::errorShown, this,
            [this](const QString &message) { showError(message); });
    return m_materials;
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
    const QModelIndex index = m_sessionTable->currentIndex();
    return index.isValid() ? index.data(core::KeyRole).toLongLong() : 0;
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
    m_tabs->setCurrentIndex(0);
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
    m_tabs->setCurrentIndex(0);
    selectSession(sessionId);
}

void MeetingsPage::selectSession(qint64 sessionId)
{
    const int row = m_sessions->rowOf(sessionId);
    if (row >= 0)
        m_sessionTable->setCurrentIndex(m_sessions->index(row, 0));
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
    m_warnings->clear();
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const core::MeetingWarning &w : m_sessions->warnings()) {
        auto *item = new QListWidgetItem(warningIcon, w.message, m_warnings);
        item->setData(Qt::UserRole, w.sessionId);
    }
    m_warningsLabel->setText(m_sessions->warnings().isEmpty()
                                 ? tr("No warnings.")
                                 : tr("%n &warning(s) — double-click one to open its session:",
                                      nullptr, int(m_sessions->warnings().size())));
    m_sessionTable->resizeColumnsToContents();
    const int row = m_sessions->rowOf(keep);
    if (m_sessions->rowCount() > 0)
        m_sessionTable->setCurrentIndex(m_sessions->index(row >= 0 ? row : 0, 0));
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

core::CommitmentModel *MeetingsPage::commitmentModel() const
{
    return m_commitmentsTab->model();
}

core::YearCalendarModel *MeetingsPage::calendarModel() const
{
    return m_calendarTab->model();
}

void MeetingsPage::showSession()
{
    const qint64 id = currentSessionId();
    const int row = m_sessions->rowOf(id);
    const bool any = row >= 0;
    m_sessionTabs->setEnabled(any);
    if (!any) {
        m_shownSession = 0;
        m_detailsDirty = false;
        m_agendaDirty = false;
        m_sessionTitle->setText(tr("No session: choose a program with meetings."));
        m_participantsTab->clear();
        m_presentationsTab->model()->setSlots({}, {});
        return;
    }
    const bool switching = id != m_shownSession;
    if (switching && hasUnsavedEdits() && m_shownSession != 0) {
        const auto choice = askAboutUnsavedEdits();
        const int back = m_sessions->rowOf(m_shownSession);
        if (choice != QMessageBox::Discard && back >= 0) {
            // Back to the session being edited: saved there, or edited on.
            m_reloading = true;
            m_sessionTable->setCurrentIndex(m_sessions->index(back, 0));
            m_reloading = false;
            if (choice == QMessageBox::Save && saveUnsavedEdits()) {
                if (const int next = m_sessions->rowOf(id); next >= 0)
                    m_sessionTable->setCurrentIndex(m_sessions->index(next, 0));
            }
            return;
        }
    }
    if (switching) {
        m_detailsDirty = false;
        m_agendaDirty = false;
        m_presentationsTab->model()->setModified(false);
    }
    m_shownSession = id;
    const core::SessionSummary &s = m_sessions->at(row);
    const bool japanese = QLocale().language() == QLocale::Japanese;
    m_sessionTitle->setText(s.title(japanese) + u"　"_s +
                            core::SessionListModel::daysText(s.session, dates()));
    // What is being edited stays as it is when something else changed the file.
    if (!m_detailsDirty)
        fillDetails(s);
    if (!m_agendaDirty) {
        const auto agenda = core::MeetingRepository(m_db).agenda(id);
        QList<QStringList> rows;
        for (const core::AgendaItem &item : agenda ? *agenda : QList<core::AgendaItem>()) {
            rows.append({QString::number(item.dayNo), item.start.toString(u"H:mm"_s),
                         item.end.toString(u"H:mm"_s), item.title, item.speaker});
        }
        m_filling = true;
        m_agenda->setRows(rows);
        m_filling = false;
        m_agendaDirty = false;
    }
    m_materials->setOwner(id);
    reloadParticipants();
    if (!m_presentationsTab->model()->isModified())
        reloadSlots();
    // Presentations belong to the meetings in Tokyo.
    m_sessionTabs->setTabVisible(int(SessionTab::Presentations), s.session.applicationId == 0);
}

bool MeetingsPage::hasUnsavedEdits() const
{
    return m_detailsDirty || m_agendaDirty || m_presentationsTab->model()->isModified();
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
    // What the page's Save buttons do: the same checks, the same undo steps.
    QString error;
    if (m_detailsDirty)
        error = saveSession(detailsFromForm());
    if (error.isEmpty() && m_agendaDirty)
        error = saveAgendaFromForm();
    if (error.isEmpty() && m_presentationsTab->model()->isModified())
        error = saveSlots(currentSessionId(), m_presentationsTab->model()->timetable());
    if (!error.isEmpty())
        showError(error);
    return error.isEmpty() && !hasUnsavedEdits();
}

bool MeetingsPage::resolveUnsavedEdits()
{
    if (!hasUnsavedEdits())
        return true;
    switch (askAboutUnsavedEdits()) {
    case QMessageBox::Save:
        return saveUnsavedEdits();
    case QMessageBox::Discard:
        m_detailsDirty = false;
        m_agendaDirty = false;
        m_presentationsTab->model()->setModified(false);
        m_shownSession = 0; // filled again from the file
        showSession();
        return true;
    default:
        return false;
    }
}

void MeetingsPage::fillDetails(const core::SessionSummary &s)
{
    m_filling = true;
    const auto done = qScopeGuard([this] {
        m_filling = false;
        m_detailsDirty = false;
    });
    m_dateFixed->setChecked(s.session.firstDay.has_value());
    m_firstDay->setEnabled(s.session.firstDay.has_value());
    m_firstDay->setDate(s.session.firstDay.value_or(
        s.meeting.plannedStart.isValid() ? s.meeting.plannedStart : core::JapanTime::today()));
    m_dayCount->setValue(s.session.dayCount);
    m_venue->setText(s.session.venueName);
    m_address->setText(s.session.venueAddress);
    m_note->setPlainText(s.session.note);
    fillConsultantList(s.session.consultantIds);
}

void MeetingsPage::fillConsultantList(const QList<qint64> &ticked)
{
    m_consultants->clear();
    const auto consultants = core::ContactRepository(m_db).consultants();
    for (const core::Contact &c : consultants ? *consultants : QList<core::Contact>()) {
        if (!c.active && !ticked.contains(c.id))
            continue;
        auto *item = new QListWidgetItem(c.name, m_consultants);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_consultantsHint->setVisible(m_consultants->count() == 0);
}

core::MeetingSession MeetingsPage::detailsFromForm() const
{
    const int row = m_sessions->rowOf(currentSessionId());
    core::MeetingSession s = row >= 0 ? m_sessions->at(row).session : core::MeetingSession{};
    s.firstDay = m_dateFixed->isChecked() ? std::optional<QDate>(m_firstDay->date()) : std::nullopt;
    s.dayCount = m_dayCount->value();
    s.venueName = m_venue->text();
    s.venueAddress = m_address->text();
    s.note = m_note->toPlainText();
    s.consultantIds.clear();
    for (int i = 0; i < m_consultants->count(); ++i) {
        if (m_consultants->item(i)->checkState() == Qt::Checked)
            s.consultantIds.append(m_consultants->item(i)->data(Qt::UserRole).toLongLong());
    }
    std::sort(s.consultantIds.begin(), s.consultantIds.end());
    return s;
}

void MeetingsPage::reloadSlots()
{
    const auto stored = core::MeetingRepository(m_db).presentationSlots(currentSessionId());
    m_presentationsTab->model()->setSlots(stored ? *stored : QList<core::PresentationSlot>(),
                                          applicantNames());
    m_presentationsTab->fitColumns();
    m_presentationsTab->setSaveAvailable(false);
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
    const auto before = core::MeetingRepository(m_db).session(changed.id);
    if (!before)
        return before.message();
    // Saved: the form is filled again from the file once the command has run.
    const bool wasDirty = std::exchange(m_detailsDirty, false);
    const QString error = m_commands.push(new undo::ChangeSessionCommand(m_db, *before, changed));
    if (!error.isEmpty())
        m_detailsDirty = wasDirty;
    return error;
}

QString MeetingsPage::saveAgenda(qint64 sessionId, const QList<core::AgendaItem> &items)
{
    const auto before = core::MeetingRepository(m_db).agenda(sessionId);
    if (!before)
        return before.message();
    const bool wasDirty = std::exchange(m_agendaDirty, false);
    const QString error =
        m_commands.push(new undo::ChangeAgendaCommand(m_db, sessionId, *before, items));
    if (!error.isEmpty())
        m_agendaDirty = wasDirty;
    return error;
}

void MeetingsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_sessionTable->resizeColumnsToContents();
}

void MeetingsPage::reloadParticipants()
{
    const int row = m_sessions->rowOf(currentSessionId());
    m_participantsTab->load(row >= 0 ? m_sessions->at(row) : core::SessionSummary{});
}

core::PresentationSlotModel *MeetingsPage::slotModel() const
{
    return m_presentationsTab->model();
}

QTableView *MeetingsPage::slotTable() const
{
    return m_presentationsTab->table();
}

core::AttendanceModel *MeetingsPage::attendanceModel() const
{
    return m_participantsTab->model();
}

QTableView *MeetingsPage::attendanceTable() const
{
    return m_participantsTab->table();
}

QString MeetingsPage::addParticipants(qint64 sessionId, const QList<qint64> &contactIds)
{
    return m_participantsTab->addParticipants(sessionId, contactIds);
}

QString MeetingsPage::removeParticipants(const QList<qint64> &participantIds)
{
    return m_participantsTab->removeParticipants(participantIds);
}

QString MeetingsPage::setAttendance(const QList<core::AttendanceChange> &changes)
{
    return m_participantsTab->setAttendance(changes);
}

QString MeetingsPage::markSelection(std::optional<core::AttendanceState> state, const QString &note)
{
    return m_participantsTab->markSelection(state, note);
}

QString MeetingsPage::saveSlots(qint64 sessionId, const QList<core::PresentationSlot> &timetable)
{
    const auto before = core::MeetingRepository(m_db).presentationSlots(sessionId);
    if (!before)
        return before.message();
    const bool wasModified = m_presentationsTab->model()->isModified();
    if (sessionId == m_shownSession)
        m_presentationsTab->model()->setModified(false);
    const QString error =
        m_commands.push(new undo::ChangeTimetableCommand(m_db, sessionId, *before, timetable));
    if (!error.isEmpty())
        m_presentationsTab->model()->setModified(wasModified);
    return error;
}

QString MeetingsPage::generateSlots(const core::SlotPlan &plan)
{
    const auto presenters = core::PresentationSchedule::presenters(m_db, programId());
    if (!presenters)
        return presenters.message();
    if (presenters->isEmpty())
        return tr("No municipality is selected yet.");
    m_presentationsTab->model()->setSlots(core::PresentationSchedule::generate(*presenters, plan),
                                          applicantNames());
    m_presentationsTab->model()->setModified(true);
    m_presentationsTab->setSaveAvailable(true);
    m_presentationsTab->fitColumns();
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
    m_tabs->setTabText(0, tr("Sessions"));
    m_tabs->setTabText(1, tr("Commitments"));
    m_tabs->setTabText(2, tr("Calendar"));
    m_sessionTabs->setTabText(int(SessionTab::Details), tr("Details"));
    m_sessionTabs->setTabText(int(SessionTab::Agenda), tr("Agenda"));
    m_sessionTabs->setTabText(int(SessionTab::Materials), tr("Materials"));
    m_sessionTabs->setTabText(int(SessionTab::Participants), tr("Participants"));
    m_sessionTabs->setTabText(int(SessionTab::Presentations), tr("Presentations"));

    const QStringList labels = {tr("&First day:"), tr("&Days:"),        tr("&Venue:"),
                                tr("A&ddress:"),   tr("C&onsultants:"), tr("&Note:")};
    for (int row = 0; row < labels.size(); ++row)
        m_formLabels[row]->setText(labels[row]);
    m_dateFixed->setText(tr("fixed"));
    m_dateFixed->setToolTip(tr("Untick while the date is not yet agreed."));
    m_venue->setPlaceholderText(tr("e.g. 総務省 第1会議室, or the host's town hall"));
    m_address->setPlaceholderText(tr("Street address, for the calendar and the sheets"));
    m_saveDetails->setText(tr("&Save"));
    m_revertDetails->setText(tr("Re&vert"));
    m_editConsultants->setText(tr("Consultants…"));
    m_consultantsHint->setText(tr("No consultants yet. Consultants are the people who log "
                                  "consultations; add them here or with People… on the "
                                  "Consultations page."));
    m_saveAgenda->setText(tr("&Save Agenda"));
}

QString MeetingsPage::errorTitle() const
{
    return tr("Meetings");
}

} // namespace iotdesk::ui
