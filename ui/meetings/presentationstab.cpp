#include "ui/meetings/presentationstab.h"

#include "core/meetings/meetingrepository.h"
#include "core/meetings/presentationslotmodel.h"
#include "core/undo/changetimetablecommand.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/editsession.h"
#include "ui/widgets/statecolordelegate.h"
#include "ui/widgets/writeaccess.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

PresentationsTab::PresentationsTab(const core::Database &db, CommandRunner &commands,
                                   WriteAccess &writes, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_commands(commands)
    , m_writes(writes)
    , m_model(new core::PresentationSlotModel(this))
    , m_table(new QTableView(this))
    , m_generate(new QPushButton(this))
    , m_moveUp(new QPushButton(this))
    , m_moveDown(new QPushButton(this))
    , m_addBreak(new QPushButton(this))
    , m_removeSlot(new QPushButton(this))
    , m_saveSlots(new QPushButton(this))
    , m_printTimetable(new QPushButton(this))
{
    createLayout();
    createConnections();
    m_writes.guard(
        {m_table, m_generate, m_moveUp, m_moveDown, m_addBreak, m_removeSlot, m_saveSlots});
    retranslate();
}

void PresentationsTab::createLayout()
{
    m_table->setObjectName(u"slotTable"_s);
    m_saveSlots->setObjectName(u"saveSlots"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new StateColorDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    auto *top = new QHBoxLayout;
    top->addWidget(m_generate);
    top->addStretch();
    top->addWidget(m_printTimetable);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_moveUp);
    bottom->addWidget(m_moveDown);
    bottom->addWidget(m_addBreak);
    bottom->addWidget(m_removeSlot);
    bottom->addStretch();
    bottom->addWidget(m_saveSlots);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
}

void PresentationsTab::createConnections()
{
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_addBreak, &QPushButton::clicked, this,
            [this] { m_model->insertBreak(m_table->currentIndex().row(), 10); });
    connect(m_removeSlot, &QPushButton::clicked, this,
            [this] { m_model->removeSlot(m_table->currentIndex().row()); });
    connect(m_generate, &QPushButton::clicked, this, &PresentationsTab::generateRequested);
    connect(m_saveSlots, &QPushButton::clicked, this, [this] {
        // A conflict was answered in its own question: nothing more to say.
        if (const QString error = save(); !error.isEmpty() && !conflictAnswered())
            emit errorShown(error);
    });
    connect(m_model, &core::PresentationSlotModel::modified, this,
            [this] { m_writes.setAvailable(m_saveSlots, true); });
}

void PresentationsTab::moveCurrent(int by)
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row + by < 0 || row + by >= m_model->rowCount())
        return;
    m_model->moveSlot(row, row + by);
    m_table->setCurrentIndex(m_model->index(row + by, m_table->currentIndex().column()));
}

void PresentationsTab::setPrintMenu(QMenu *timetable)
{
    m_printTimetable->setMenu(timetable);
}

void PresentationsTab::load(qint64 sessionId, const QHash<qint64, QString> &applicantNames)
{
    if (sessionId != m_sessionId)
        m_model->setModified(false);
    m_sessionId = sessionId;
    m_applicantNames = applicantNames;
    // What is being edited stays as it is when something else changed the file.
    if (!m_model->isModified())
        fill();
}

void PresentationsTab::clear()
{
    m_sessionId = 0;
    m_model->setSlots({}, {});
}

void PresentationsTab::showGenerated(const QList<core::PresentationSlot> &timetable,
                                     const QHash<qint64, QString> &applicantNames)
{
    m_applicantNames = applicantNames;
    m_model->setSlots(timetable, applicantNames);
    m_model->setModified(true);
    setSaveAvailable(true);
    fitColumns();
}

bool PresentationsTab::isDirty() const
{
    return m_model->isModified();
}

QString PresentationsTab::save()
{
    m_conflictAnswered = false;
    const QList<core::PresentationSlot> mine = m_model->timetable();
    const QString error = saveSlots(m_sessionId, mine);
    if (!error.isEmpty() && m_commands.lastErrorCode() == core::ErrorCode::Conflict) {
        m_conflictAnswered = true;
        return resolveConflict(error, mine);
    }
    return error;
}

QString PresentationsTab::resolveConflict(const QString &message,
                                          const QList<core::PresentationSlot> &mine)
{
    const auto choice = ConflictPrompt::ask(this, message);
    if (choice == ConflictPrompt::Choice::KeepEditing)
        return message;
    fill();
    if (choice == ConflictPrompt::Choice::Discard)
        return {};
    // A timetable is one order of all the slots, not fields to merge: the user's goes in place
    // of the one stored now, from its version, for the user to check and save again.
    showGenerated(mine, m_applicantNames);
    return ConflictPrompt::reloadedNote();
}

void PresentationsTab::discard()
{
    m_model->setModified(false);
    fill();
}

void PresentationsTab::fill()
{
    const auto read = core::MeetingRepository(m_db).timetableAsRead(m_sessionId);
    m_opened = read ? read->value : QList<core::PresentationSlot>();
    m_version = read ? read->version : core::RecordVersion{};
    m_model->setSlots(m_opened, m_applicantNames);
    fitColumns();
    setSaveAvailable(false);
}

QString PresentationsTab::saveSlots(qint64 sessionId,
                                    const QList<core::PresentationSlot> &timetable)
{
    core::Versioned<QList<core::PresentationSlot>> before{m_opened, m_version};
    if (sessionId != m_sessionId) {
        const auto read = core::MeetingRepository(m_db).timetableAsRead(sessionId);
        if (!read)
            return read.message();
        before = *read;
    }
    // Saved: the timetable is read again from the file once the command has run.
    const bool wasModified = m_model->isModified();
    if (sessionId == m_sessionId)
        m_model->setModified(false);
    const QString error = m_commands.push(
        new undo::ChangeTimetableCommand(m_db, sessionId, before.value, timetable, before.version));
    if (!error.isEmpty())
        m_model->setModified(wasModified);
    return error;
}

void PresentationsTab::setSaveAvailable(bool available)
{
    m_writes.setAvailable(m_saveSlots, available);
}

void PresentationsTab::fitColumns()
{
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void PresentationsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PresentationsTab::retranslate()
{
    m_generate->setText(tr("&Generate from the Selected List…"));
    m_moveUp->setText(tr("Move &Up"));
    m_moveDown->setText(tr("Move &Down"));
    m_moveUp->setToolTip(tr("Ctrl+Up; rows can also be dragged"));
    m_moveDown->setToolTip(tr("Ctrl+Down; rows can also be dragged"));
    m_addBreak->setText(tr("Add &Break"));
    m_removeSlot->setText(tr("&Remove"));
    m_saveSlots->setText(tr("&Save Timetable"));
    m_printTimetable->setText(tr("&Print Timetable…"));
}

} // namespace iotdesk::ui
