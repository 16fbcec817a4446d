#include "ui/programs/programpage.h"

#include "core/programs/programmeetingmodel.h"
#include "core/programs/programrepository.h"
#include "core/storage/changenotifier.h"
#include "core/storage/database.h"
#include "core/undo/createfiscalyearcommand.h"
#include "core/undo/editprogramcommand.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/editsession.h"
#include "ui/widgets/programselector.h"
#include "ui/widgets/writeaccess.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

void setRowLabel(QFormLayout *form, int row, const QString &text)
{
    if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole)) {
        if (auto *label = qobject_cast<QLabel *>(item->widget()))
            label->setText(text);
    }
}

QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new DateField(parent);
    edit->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    return edit;
}

} // namespace

ProgramPage::ProgramPage(const core::Database &db, QUndoStack *undoStack, WriteAccess &writes,
                         QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_programLabel(new QLabel(this))
    , m_programs(new ProgramSelector(db, this))
    , m_newYear(new QPushButton(this))
    , m_general(new QGroupBox(this))
    , m_form(new QFormLayout)
    , m_nameJa(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_fiscalYear(new QSpinBox(this))
    , m_fiscalYearLabel(new QLabel(this))
    , m_applicationStart(makeDateEdit(this))
    , m_applicationEnd(makeDateEdit(this))
    , m_windowLabel(new QLabel(this))
    , m_cap(new QSpinBox(this))
    , m_reportDueDay(new QSpinBox(this))
    , m_contact(new QGroupBox(this))
    , m_contactForm(new QFormLayout)
    , m_phoneForm(new QFormLayout)
    , m_office(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_fax(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_meetingsBox(new QGroupBox(this))
    , m_meetings(new QTableView(this))
    , m_meetingModel(new core::ProgramMeetingModel(this))
    , m_addMeeting(new QToolButton(this))
    , m_removeMeeting(new QPushButton(this))
{
    setObjectName(u"programPage"_s);
    createWidgets();
    createLayout();
    createConnections();

    // What writes: every field, the meetings' cells and the buttons that change them.
    writes.guard({m_newYear, m_nameJa, m_nameEn, m_fiscalYear, m_applicationStart, m_applicationEnd,
                  m_cap, m_reportDueDay, m_office, m_phone, m_fax, m_email, m_meetings,
                  m_addMeeting, m_removeMeeting});

    retranslate();
    const auto calendar = core::BusinessCalendar::load(db.connection());
    if (calendar)
        m_calendar = calendar.value();
    else
        showError(calendar.message(), tr("Holidays Not Loaded")); // days counted without them
    reloadPrograms();
    if (m_programs->count() > 0)
        showProgram(m_programs->itemData(0).toLongLong());
}

void ProgramPage::createWidgets()
{
    m_windowLabel->setObjectName(u"applicationWindow"_s);
    m_windowLabel->setWordWrap(true);
    m_programs->setObjectName(u"programSelector"_s);
    m_newYear->setObjectName(u"newFiscalYear"_s);
    m_addMeeting->setObjectName(u"addMeeting"_s);
    m_nameJa->setObjectName(u"programNameJa"_s);
    m_cap->setObjectName(u"selectionCap"_s);
    m_applicationStart->setObjectName(u"applicationStart"_s);
    m_applicationEnd->setObjectName(u"applicationEnd"_s);
    m_programLabel->setBuddy(m_programs);
}

void ProgramPage::createLayout()
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_programLabel);
    top->addWidget(m_programs, 1);
    top->addWidget(m_newYear);

    m_fiscalYear->setRange(2000, 2100);
    m_cap->setRange(1, 1741);
    m_reportDueDay->setObjectName(u"reportDueDay"_s);
    m_reportDueDay->setRange(1, 31);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_fiscalYear);
    yearRow->addWidget(m_fiscalYearLabel, 1);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_applicationStart);
    windowRow->addWidget(new QLabel(u"–"_s, this));
    windowRow->addWidget(m_applicationEnd);
    windowRow->addWidget(m_windowLabel, 1);
    m_form->addRow(new QLabel(this), m_nameJa);
    m_form->addRow(new QLabel(this), m_nameEn);
    m_form->addRow(new QLabel(this), yearRow);
    m_form->addRow(new QLabel(this), windowRow);
    auto *capRow = new QHBoxLayout;
    capRow->addWidget(m_cap);
    capRow->addStretch(1);
    m_form->addRow(new QLabel(this), capRow);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_reportDueDay);
    dueRow->addStretch(1);
    m_form->addRow(new QLabel(this), dueRow);
    m_general->setLayout(m_form);

    m_contactForm->addRow(new QLabel(this), m_office);
    m_contactForm->addRow(new QLabel(this), m_email);
    m_phoneForm->addRow(new QLabel(this), m_phone);
    m_phoneForm->addRow(new QLabel(this), m_fax);
    auto *contactColumns = new QHBoxLayout(m_contact);
    contactColumns->addLayout(m_contactForm, 3);
    contactColumns->addSpacing(16);
    contactColumns->addLayout(m_phoneForm, 1);

    m_meetings->setObjectName(u"meetingTable"_s);
    m_meetings->setModel(m_meetingModel);
    m_meetings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_meetings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_meetings->setEditTriggers(QAbstractItemView::DoubleClicked |
                                QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
    m_meetings->verticalHeader()->hide();
    m_meetings->horizontalHeader()->setStretchLastSection(true);
    m_meetings->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_meetings->setAlternatingRowColors(true);
    m_addMeeting->setPopupMode(QToolButton::InstantPopup);
    m_addMeeting->setMenu(new QMenu(m_addMeeting));
    auto *meetingButtons = new QHBoxLayout;
    meetingButtons->addWidget(m_addMeeting);
    meetingButtons->addWidget(m_removeMeeting);
    meetingButtons->addStretch(1);
    auto *meetingLayout = new QVBoxLayout(m_meetingsBox);
    meetingLayout->addWidget(m_meetings, 1);
    meetingLayout->addLayout(meetingButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_general);
    layout->addWidget(m_contact);
    layout->addWidget(m_meetingsBox, 1);
}

void ProgramPage::createConnections()
{
    connect(m_programs, &ProgramSelector::activated, this,
            [this] { showProgram(m_programs->programId()); });
    connect(m_newYear, &QPushButton::clicked, this, &ProgramPage::createNextFiscalYear);
    for (QLineEdit *edit : {m_nameJa, m_nameEn, m_office, m_phone, m_fax, m_email})
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { commitField(edit); });
    for (QSpinBox *spin : {m_fiscalYear, m_cap, m_reportDueDay})
        connect(spin, &QSpinBox::editingFinished, this, [this, spin] { commitField(spin); });
    for (QDateEdit *date : {m_applicationStart, m_applicationEnd}) {
        connect(date, &QDateEdit::editingFinished, this, [this, date] { commitField(date); });
        connect(date, &QDateEdit::dateChanged, this, &ProgramPage::updateDerivedLabels);
    }
    // Queued: the view's editor is still committing when setData() announces the edit, and
    // storing it reloads the model.
    connect(
        m_meetingModel, &core::ProgramMeetingModel::meetingEdited, this,
        [this](int row, const core::ProgramMeeting &meeting) {
            if (row < 0 || row >= m_program.meetings.size())
                return;
            core::Program changed = m_program;
            changed.meetings[row] = meeting;
            submit(changed, tr("Edit meeting “%1”").arg(meeting.nameJa));
        },
        Qt::QueuedConnection);
    connect(m_removeMeeting, &QPushButton::clicked, this, &ProgramPage::removeSelectedMeeting);
    connect(&m_db.changes(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &changes) {
                if (changes.touches({u"program", u"program_meeting"})) {
                    reloadPrograms();
                    showProgram(m_program.id);
                }
            });
}

void ProgramPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProgramPage::retranslate()
{
    m_programLabel->setText(tr("&Program:"));
    m_newYear->setText(tr("New Fiscal Year from This Program"));
    m_newYear->setToolTip(tr("Copies this program's settings and meetings to the next fiscal "
                             "year, every date one year later."));
    m_general->setTitle(tr("Program"));
    setRowLabel(m_form, 0, tr("Name (Japanese):"));
    setRowLabel(m_form, 1, tr("Name (English):"));
    setRowLabel(m_form, 2, tr("Fiscal year:"));
    setRowLabel(m_form, 3, tr("Application window:"));
    setRowLabel(m_form, 4, tr("Selection cap:"));
    m_cap->setSuffix(tr(" bodies"));
    setRowLabel(m_form, 5, tr("Monthly reports due:"));
    m_reportDueDay->setPrefix(tr("day "));
    m_reportDueDay->setSuffix(tr(" of the next month"));
    m_reportDueDay->setToolTip(tr("A month's progress report is due on this day of the month "
                                  "after it (the last day in a shorter month), moved to the next "
                                  "business day."));
    m_contact->setTitle(tr("Contact"));
    setRowLabel(m_contactForm, 0, tr("Office:"));
    setRowLabel(m_contactForm, 1, tr("E-mail:"));
    setRowLabel(m_phoneForm, 0, tr("Phone:"));
    setRowLabel(m_phoneForm, 1, tr("Fax:"));
    m_meetingsBox->setTitle(tr("Meetings"));
    m_addMeeting->setText(tr("Add Meeting"));
    m_addMeeting->menu()->clear();
    for (const core::MeetingKind kind : core::allValues<core::MeetingKind>()) {
        m_addMeeting->menu()->addAction(core::shownName(kind), this,
                                        [this, kind] { addMeeting(kind); });
    }
    m_removeMeeting->setText(tr("Remove Meeting"));
    m_meetingModel->retranslate();
    showMeetingColumnsForLanguage();
    reloadPrograms();
    updateDerivedLabels();
}

void ProgramPage::showMeetingColumnsForLanguage()
{
    // Names and places are kept in both languages; the table shows the UI's language, and
    // the header's context menu shows any other column.
    using Model = core::ProgramMeetingModel;
    const bool japanese = QLocale().language() == QLocale::Japanese;
    m_meetings->setColumnHidden(Model::NameJa, !japanese);
    m_meetings->setColumnHidden(Model::PlaceJa, !japanese);
    m_meetings->setColumnHidden(Model::NameEn, japanese);
    m_meetings->setColumnHidden(Model::PlaceEn, japanese);
    QHeaderView *header = m_meetings->horizontalHeader();
    const QList<QAction *> old = header->actions();
    for (QAction *action : old) {
        header->removeAction(action);
        delete action;
    }
    for (int column = 0; column < Model::ColumnCount; ++column) {
        auto *action =
            new QAction(m_meetingModel->headerData(column, Qt::Horizontal).toString(), header);
        action->setCheckable(true);
        action->setChecked(!m_meetings->isColumnHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_meetings->setColumnHidden(column, !shown); });
        header->addAction(action);
    }
}

void ProgramPage::dateStyleChanged()
{
    m_meetingModel->setDateStyle(dates().style());
    reloadPrograms();
    updateDerivedLabels();
}

void ProgramPage::reloadPrograms()
{
    if (const QString error = m_programs->reload(dates()); !error.isEmpty())
        showError(error);
    m_programs->select(m_program.id);
}

void ProgramPage::showProgram(qint64 id)
{
    const auto program = core::ProgramRepository(m_db).program(id);
    if (!program) {
        // The program may have gone with an undo: show the newest one instead.
        reloadPrograms();
        if (m_programs->count() > 0 && m_programs->itemData(0).toLongLong() != id)
            showProgram(m_programs->itemData(0).toLongLong());
        return;
    }
    m_program = program.value();
    reloadPrograms();
    fillFields();
}

void ProgramPage::fillFields()
{
    const QList<QWidget *> fields = {m_nameJa,         m_nameEn, m_fiscalYear,   m_applicationStart,
                                     m_applicationEnd, m_cap,    m_reportDueDay, m_office,
                                     m_phone,          m_fax,    m_email};
    for (QWidget *field : fields)
        field->blockSignals(true);
    m_nameJa->setText(m_program.nameJa);
    m_nameEn->setText(m_program.nameEn);
    m_fiscalYear->setValue(m_program.fiscalYear);
    m_applicationStart->setDate(m_program.applicationStart);
    m_applicationEnd->setDate(m_program.applicationEnd);
    m_cap->setValue(m_program.selectionCap);
    m_reportDueDay->setValue(m_program.reportDueDay);
    m_office->setText(m_program.contactOffice);
    m_phone->setText(m_program.contactPhone);
    m_fax->setText(m_program.contactFax);
    m_email->setText(m_program.contactEmail);
    for (QWidget *field : fields)
        field->blockSignals(false);
    m_meetingModel->setMeetings(m_program.meetings);
    m_meetings->resizeColumnsToContents();
    updateDerivedLabels();
}

void ProgramPage::updateDerivedLabels()
{
    m_fiscalYearLabel->setText(
        dates().fiscalYearLabel(m_fiscalYear->value()) + u"  ("_s +
        dates().date(core::DateFormatter::fiscalYearStart(m_fiscalYear->value())) + u" – "_s +
        dates().date(core::DateFormatter::fiscalYearEnd(m_fiscalYear->value())) + u')');
    const QDate start = m_applicationStart->date();
    const QDate end = m_applicationEnd->date();
    const int businessDays = m_calendar.businessDaysBetween(start.addDays(-1), end);
    QString window = dates().dateWithWeekday(start) + u" – "_s + dates().dateWithWeekday(end) +
                     u"  "_s + tr("(%n business day(s))", nullptr, businessDays);
    // A window copied one year on may start or end on a weekend or a holiday: say so.
    QStringList closed;
    for (const QDate day : {start, end}) {
        if (day.isValid() && !m_calendar.isBusinessDay(day)) {
            const QString holiday = m_calendar.holidayName(day);
            closed.append(holiday.isEmpty() ? dates().dateWithWeekday(day)
                                            : dates().dateWithWeekday(day) + u' ' + holiday);
        }
    }
    if (!closed.isEmpty()) {
        window += u"  ⚠ "_s + tr("Not a business day: %1. Offices are closed; consider moving "
                                 "the window.")
                                  .arg(closed.join(u", "_s));
    }
    m_windowLabel->setText(window);
}

void ProgramPage::commitField(QWidget *field)
{
    if (m_program.id == 0)
        return;
    core::Program changed = m_program;
    QString what;
    if (field == m_nameJa) {
        changed.nameJa = m_nameJa->text().trimmed();
        what = tr("Japanese name");
    } else if (field == m_nameEn) {
        changed.nameEn = m_nameEn->text().trimmed();
        what = tr("English name");
    } else if (field == m_fiscalYear) {
        changed.fiscalYear = m_fiscalYear->value();
        what = tr("fiscal year");
    } else if (field == m_applicationStart) {
        changed.applicationStart = m_applicationStart->date();
        what = tr("application start");
    } else if (field == m_applicationEnd) {
        changed.applicationEnd = m_applicationEnd->date();
        what = tr("application end");
    } else if (field == m_reportDueDay) {
        changed.reportDueDay = m_reportDueDay->value();
        what = tr("report due day");
    } else if (field == m_cap) {
        changed.selectionCap = m_cap->value();
        what = tr("selection cap");
    } else if (field == m_office) {
        changed.contactOffice = m_office->text().trimmed();
        what = tr("contact office");
    } else if (field == m_phone) {
        changed.contactPhone = m_phone->text().trimmed();
        what = tr("phone");
    } else if (field == m_fax) {
        changed.contactFax = m_fax->text().trimmed();
        what = tr("fax");
    } else if (field == m_email) {
        changed.contactEmail = m_email->text().trimmed();
        what = tr("e-mail");
    }
    submit(changed, tr("Change %1").arg(what));
}

void ProgramPage::submit(const core::Program &changed, const QString &what)
{
    if (changed == m_program)
        return;
    if (auto valid = core::ProgramRepository::validate(changed); !valid) {
        showError(valid.message());
        fillFields();
        return;
    }
    auto *command = new undo::EditProgramCommand(m_db, m_program, changed, what);
    // The handler outlives this call (undo and redo report to it too): whether the first
    // push is still running is shared with it, not borrowed.
    const auto pushing = std::make_shared<bool>(true);
    const core::Program opened = m_program;
    command->setErrorHandler([this, pushing, opened, changed, what](const core::Error &error) {
        if (!*pushing || error.code() != core::ErrorCode::Conflict) {
            showError(error.message());
            return;
        }
        // Someone else changed the program since the page showed it: the page shows their
        // version first, then the user decides whether their own change goes on top of it.
        QTimer::singleShot(0, this, [this, opened, changed, what, message = error.message()] {
            showProgram(opened.id);
            if (ConflictPrompt::ask(this, message) == ConflictPrompt::Choice::ReloadAndReapply)
                submit(core::reapplyEdit(opened, changed, m_program), what);
        });
    });
    m_undoStack->push(command);
    *pushing = false;
    showProgram(m_program.id);
}

void ProgramPage::addMeeting(core::MeetingKind kind)
{
    core::Program changed = m_program;
    core::ProgramMeeting meeting;
    meeting.kind = kind;
    meeting.seq = 1;
    for (const core::ProgramMeeting &m : changed.meetings)
        meeting.seq = std::max(meeting.seq, m.seq + 1);
    // Named in both languages whatever the window's: the Japanese name is the one printed.
    meeting.nameJa = core::japaneseName(kind);
    meeting.nameEn = core::englishName(kind);
    meeting.plannedStart = core::DateFormatter::fiscalYearEnd(changed.fiscalYear).addDays(-10);
    meeting.plannedEnd = core::DateFormatter::fiscalYearEnd(changed.fiscalYear);
    meeting.days = 1;
    changed.meetings.append(meeting);
    submit(changed, tr("Add meeting"));
}

void ProgramPage::removeSelectedMeeting()
{
    const QModelIndex current = m_meetings->currentIndex();
    if (!current.isValid())
        return;
    core::Program changed = m_program;
    const core::ProgramMeeting removed = changed.meetings.takeAt(current.row());
    submit(changed, tr("Remove meeting “%1”").arg(removed.nameJa));
}

void ProgramPage::createNextFiscalYear()
{
    if (m_program.id == 0)
        return;
    auto *command = new undo::CreateFiscalYearCommand(
        m_db, m_program.id, dates().fiscalYearLabel(m_program.fiscalYear), [this](qint64 id) {
            m_program.id = id;
            showProgram(id);
        });
    command->setErrorHandler([this](const core::Error &error) { showError(error.message()); });
    m_undoStack->push(command);
}

QString ProgramPage::errorTitle() const
{
    return tr("Not Saved");
}

} // namespace iotdesk::ui
