#include "ui/meetings/participantstab.h"

#include "core/foundation/modelroles.h"
#include "core/meetings/attendancemodel.h"
#include "core/meetings/meetingrepository.h"
#include "core/undo/markattendancecommand.h"
#include "core/undo/registerparticipantscommand.h"
#include "core/undo/removeparticipantscommand.h"
#include "ui/meetings/participantpicker.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/statecolordelegate.h"
#include "ui/widgets/writeaccess.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelection>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

ParticipantsTab::ParticipantsTab(const core::Database &db, CommandRunner &commands,
                                 WriteAccess &writes, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_commands(commands)
    , m_writes(writes)
    , m_model(new core::AttendanceModel(this))
{
    createLayout();
    createConnections();
    m_writes.guard(
        {m_register, m_unregister, m_markAttended, m_markAbsent, m_markExcused, m_markRegistered});
    retranslate();
}

void ParticipantsTab::createLayout()
{
    m_table = new QTableView(this);
    m_table->setObjectName(u"attendanceTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new StateColorDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true); // long counts wrap instead of widening the window
    m_register = new QPushButton(this);
    m_unregister = new QPushButton(this);
    m_markAttended = new QPushButton(this);
    m_markAbsent = new QPushButton(this);
    m_markExcused = new QPushButton(this);
    m_markRegistered = new QPushButton(this);
    m_printSheet = new QPushButton(this);
    m_printList = new QPushButton(this);
    auto *people = new QHBoxLayout;
    people->addWidget(m_register);
    people->addWidget(m_unregister);
    people->addStretch();
    people->addWidget(m_printSheet);
    people->addWidget(m_printList);
    auto *marks = new QHBoxLayout;
    marks->addWidget(m_markAttended);
    marks->addWidget(m_markAbsent);
    marks->addWidget(m_markExcused);
    marks->addWidget(m_markRegistered);
    marks->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(people);
    layout->addWidget(m_table, 1);
    layout->addLayout(marks);
    layout->addWidget(m_summary);
}

void ParticipantsTab::createConnections()
{
    const auto mark = [this](std::optional<core::AttendanceState> state) {
        if (const QString error = markSelection(state); !error.isEmpty())
            emit errorShown(error);
    };
    connect(m_markAttended, &QPushButton::clicked, this,
            [mark] { mark(core::AttendanceState::Attended); });
    connect(m_markAbsent, &QPushButton::clicked, this,
            [mark] { mark(core::AttendanceState::Absent); });
    connect(m_markRegistered, &QPushButton::clicked, this,
            [mark] { mark(core::AttendanceState::Registered); });
    connect(m_markExcused, &QPushButton::clicked, this, &ParticipantsTab::askForExcusedNote);
    // Keyboard marking in the table (eventFilter): A attended, X absent, E excused, R
    // registered, Delete not registered; Ctrl+A then A marks the whole table.
    m_table->installEventFilter(this);
    connect(m_register, &QPushButton::clicked, this, [this] {
        const qint64 session = m_session.session.id;
        if (session == 0)
            return;
        ParticipantPicker picker(m_db, m_commands, session, m_session.hostCode6, this);
        if (picker.exec() != QDialog::Accepted || picker.chosen().isEmpty())
            return;
        if (const QString error = addParticipants(session, picker.chosen()); !error.isEmpty())
            emit errorShown(error);
    });
    connect(m_unregister, &QPushButton::clicked, this, [this] {
        QList<qint64> ids;
        for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
            const qint64 id = index.data(core::KeyRole).toLongLong();
            if (!ids.contains(id))
                ids.append(id);
        }
        if (ids.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Remove Participants"),
                                  tr("Remove %n participant(s) and their attendance?", nullptr,
                                     int(ids.size()))) != QMessageBox::Yes) {
            return;
        }
        if (const QString error = removeParticipants(ids); !error.isEmpty())
            emit errorShown(error);
    });
}

void ParticipantsTab::setPrintMenus(QMenu *attendanceSheet, QMenu *participantList)
{
    m_printSheet->setMenu(attendanceSheet);
    m_printList->setMenu(participantList);
}

void ParticipantsTab::clear()
{
    m_session = {};
    m_model->setSession({}, {});
}

void ParticipantsTab::load(const core::SessionSummary &session)
{
    m_session = session;
    const qint64 id = session.session.id;
    const auto people = core::MeetingRepository(m_db).participants(id);
    // Marking by keyboard goes on where it was: the same session keeps its current cell and
    // selection across the reload that every mark causes.
    const bool sameSession = m_model->session().id == id && id != 0;
    const QModelIndex current = m_table->currentIndex();
    const QPoint currentCell(current.column(), current.row());
    QList<QPoint> selectedCells;
    if (sameSession) {
        for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
            selectedCells.append({index.column(), index.row()});
    }
    m_model->setSession(session.session, people ? *people : QList<core::Participant>());
    m_table->resizeColumnsToContents();
    if (sameSession && current.isValid()) {
        const QModelIndex again = m_model->index(currentCell.y(), currentCell.x());
        if (again.isValid()) {
            QItemSelection selection;
            for (const QPoint &cell : std::as_const(selectedCells)) {
                const QModelIndex index = m_model->index(cell.y(), cell.x());
                if (index.isValid())
                    selection.select(index, index);
            }
            m_table->selectionModel()->setCurrentIndex(again, QItemSelectionModel::NoUpdate);
            m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        }
    }
    updateAttendanceSummary();
}

void ParticipantsTab::updateAttendanceSummary()
{
    m_summary->setText(
        tr("%n participant(s); %1 of %2 registered person-days marked attended. Keys: A "
           "attended, X absent, E excused, R registered, Delete not registered; Ctrl+A selects "
           "the whole table.",
           nullptr, m_model->rowCount())
            .arg(m_model->attendedCount())
            .arg(m_model->registeredCount()));
}

QString ParticipantsTab::addParticipants(qint64 sessionId, const QList<qint64> &contactIds)
{
    return m_commands.push(new undo::RegisterParticipantsCommand(m_db, sessionId, contactIds));
}

QString ParticipantsTab::removeParticipants(const QList<qint64> &participantIds)
{
    return m_commands.push(new undo::RemoveParticipantsCommand(m_db, participantIds));
}

QString ParticipantsTab::setAttendance(const QList<core::AttendanceChange> &changes)
{
    if (changes.isEmpty())
        return {};
    const QString error = m_commands.push(new undo::MarkAttendanceCommand(m_db, changes));
    // Refused because someone else marked these people meanwhile: the table shows what they
    // marked, under the message that names them.
    if (!error.isEmpty() && m_commands.lastErrorCode() == core::ErrorCode::Conflict)
        load(m_session);
    return error;
}

QString ParticipantsTab::markSelection(std::optional<core::AttendanceState> state,
                                       const QString &note)
{
    QList<core::AttendanceChange> changes;
    const auto add = [&](const core::Participant &p, int day) {
        for (const core::AttendanceChange &c : changes) {
            if (c.participantId == p.id && c.dayNo == day)
                return;
        }
        changes.append({p.id, day,
                        state ? std::optional<core::AttendanceMark>({*state, note}) : std::nullopt,
                        p.version});
    };
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
        const core::Participant &p = m_model->at(index.row());
        const int day = m_model->dayOf(index.column());
        if (day > 0) {
            add(p, day);
            continue;
        }
        // A name selects every day the person is registered for (every day when registering).
        for (int d = 1; d <= m_model->session().dayCount; ++d) {
            if (p.days.contains(d) || state == core::AttendanceState::Registered)
                add(p, d);
        }
    }
    if (changes.isEmpty())
        return tr("Select the cells to mark first (a day, a person, or Ctrl+A for all).");
    return setAttendance(changes);
}

bool ParticipantsTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    std::optional<std::optional<core::AttendanceState>> state;
    switch (key->key()) {
    case Qt::Key_A:
        state = std::optional(core::AttendanceState::Attended);
        break;
    case Qt::Key_X:
        state = std::optional(core::AttendanceState::Absent);
        break;
    case Qt::Key_R:
        state = std::optional(core::AttendanceState::Registered);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        state = std::optional<core::AttendanceState>();
        break;
    case Qt::Key_E:
        if (m_writes.mayWrite())
            askForExcusedNote();
        return true;
    default:
        return false;
    }
    // A mark is a change: while the file cannot be written the key does nothing but say why.
    if (!m_writes.mayWrite())
        return true;
    if (const QString error = markSelection(*state); !error.isEmpty())
        emit errorShown(error);
    return true;
}

void ParticipantsTab::askForExcusedNote()
{
    if (m_table->selectionModel()->selectedIndexes().isEmpty())
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Excused"), tr("The reason given (optional):"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (const QString error = markSelection(core::AttendanceState::Excused, note);
        !error.isEmpty()) {
        emit errorShown(error);
    }
}

void ParticipantsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ParticipantsTab::retranslate()
{
    m_register->setText(tr("&Register People…"));
    m_unregister->setText(tr("Re&move"));
    m_markAttended->setText(tr("Attended (A)"));
    m_markAbsent->setText(tr("Absent (X)"));
    m_markExcused->setText(tr("Excused… (E)"));
    m_markRegistered->setText(tr("Registered (R)"));
    m_printSheet->setText(tr("Print &Attendance Sheet…"));
    m_printList->setText(tr("Print Participant &List…"));
    updateAttendanceSummary();
}

} // namespace iotdesk::ui
