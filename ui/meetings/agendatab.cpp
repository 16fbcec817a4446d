#include "ui/meetings/agendatab.h"

#include "core/meetings/meetingrepository.h"
#include "core/undo/changeagendacommand.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/editsession.h"
#include "ui/widgets/rowlisteditor.h"
#include "ui/widgets/writeaccess.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

AgendaTab::AgendaTab(const core::Database &db, CommandRunner &commands, WriteAccess &writes,
                     QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_commands(commands)
{
    createLayout();
    createConnections();
    writes.guard({m_rows->table(), m_rows->addButton(), m_rows->removeButton(), m_save});
    retranslate();
}

void AgendaTab::createLayout()
{
    // Titled in retranslate(), which follows a change of language.
    m_rows = new RowListEditor(
        {{{}, {}, u"1"_s}, {{}, {}, u"10:00"_s}, {{}, {}, u"12:00"_s}, {{}, {}, {}}, {{}, {}, {}}},
        this);
    m_rows->table()->setObjectName(u"agendaTable"_s);
    m_rows->table()->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveAgenda"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rows, 1);
    layout->addLayout(buttons);
}

void AgendaTab::createConnections()
{
    // Any edit marks the agenda as unsaved (not the filling from the file).
    const auto edited = [this] {
        if (!m_filling)
            m_dirty = true;
    };
    QAbstractItemModel *rows = m_rows->table()->model();
    connect(rows, &QAbstractItemModel::dataChanged, this, edited);
    connect(rows, &QAbstractItemModel::rowsInserted, this, edited);
    connect(rows, &QAbstractItemModel::rowsRemoved, this, edited);
    connect(m_save, &QPushButton::clicked, this, [this] {
        // A conflict was answered in its own question: nothing more to say.
        if (const QString error = save(); !error.isEmpty() && !conflictAnswered())
            emit errorShown(error);
    });
}

void AgendaTab::load(qint64 sessionId)
{
    if (sessionId != m_sessionId)
        m_dirty = false;
    m_sessionId = sessionId;
    // What is being edited stays as it is when something else changed the file.
    if (!m_dirty)
        fill();
}

void AgendaTab::clear()
{
    m_sessionId = 0;
    m_dirty = false;
}

void AgendaTab::discard()
{
    m_dirty = false;
    fill();
}

void AgendaTab::fill()
{
    const auto read = core::MeetingRepository(m_db).agendaAsRead(m_sessionId);
    m_opened = read ? read->value : QList<core::AgendaItem>();
    m_version = read ? read->version : core::RecordVersion{};
    showItems(m_opened);
    m_dirty = false;
}

void AgendaTab::showItems(const QList<core::AgendaItem> &items)
{
    QList<QStringList> rows;
    for (const core::AgendaItem &item : items) {
        rows.append({QString::number(item.dayNo), item.start.toString(u"H:mm"_s),
                     item.end.toString(u"H:mm"_s), item.title, item.speaker});
    }
    m_filling = true;
    m_rows->setRows(rows);
    m_filling = false;
}

QString AgendaTab::save()
{
    m_conflictAnswered = false;
    QList<core::AgendaItem> items;
    if (const QString wrong = readRows(items); !wrong.isEmpty())
        return wrong;
    const QString error = saveAgenda(m_sessionId, items);
    if (!error.isEmpty() && m_commands.lastErrorCode() == core::ErrorCode::Conflict) {
        m_conflictAnswered = true;
        return resolveConflict(error, items);
    }
    return error;
}

QString AgendaTab::resolveConflict(const QString &message, const QList<core::AgendaItem> &mine)
{
    switch (ConflictPrompt::ask(this, message)) {
    case ConflictPrompt::Choice::ReloadAndReapply: {
        const QList<core::AgendaItem> opened = m_opened;
        fill();
        // For the user to check and save again.
        showItems(core::reapplyAgenda(opened, mine, m_opened));
        m_dirty = true;
        return ConflictPrompt::reloadedNote();
    }
    case ConflictPrompt::Choice::KeepEditing:
        return message;
    case ConflictPrompt::Choice::Discard:
        fill();
        break;
    }
    return {};
}

QString AgendaTab::readRows(QList<core::AgendaItem> &items) const
{
    int line = 0;
    for (const QStringList &row : m_rows->rows()) {
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
    return {};
}

QString AgendaTab::saveAgenda(qint64 sessionId, const QList<core::AgendaItem> &items)
{
    core::Versioned<QList<core::AgendaItem>> before{m_opened, m_version};
    if (sessionId != m_sessionId) {
        const auto read = core::MeetingRepository(m_db).agendaAsRead(sessionId);
        if (!read)
            return read.message();
        before = *read;
    }
    // Saved: the rows are read again from the file once the command has run.
    const bool wasDirty = std::exchange(m_dirty, false);
    const QString error = m_commands.push(
        new undo::ChangeAgendaCommand(m_db, sessionId, before.value, items, before.version));
    if (!error.isEmpty())
        m_dirty = wasDirty;
    return error;
}

void AgendaTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AgendaTab::retranslate()
{
    m_save->setText(tr("&Save Agenda"));
    m_rows->setTitles({tr("Day"), tr("Start"), tr("End"), tr("Title"), tr("Speaker")});
}

} // namespace iotdesk::ui
