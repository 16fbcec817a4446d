#include "ui/meetings/agendatab.h"

#include "core/meetings/meetingrepository.h"
#include "core/undo/changeagendacommand.h"
#include "ui/widgets/commandrunner.h"
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
        if (const QString error = save(); !error.isEmpty())
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
    const auto agenda = core::MeetingRepository(m_db).agenda(m_sessionId);
    QList<QStringList> rows;
    for (const core::AgendaItem &item : agenda ? *agenda : QList<core::AgendaItem>()) {
        rows.append({QString::number(item.dayNo), item.start.toString(u"H:mm"_s),
                     item.end.toString(u"H:mm"_s), item.title, item.speaker});
    }
    m_filling = true;
    m_rows->setRows(rows);
    m_filling = false;
    m_dirty = false;
}

QString AgendaTab::save()
{
    QList<core::AgendaItem> items;
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
    return saveAgenda(m_sessionId, items);
}

QString AgendaTab::saveAgenda(qint64 sessionId, const QList<core::AgendaItem> &items)
{
    const auto before = core::MeetingRepository(m_db).agenda(sessionId);
    if (!before)
        return before.message();
    // Saved: the rows are read again from the file once the command has run.
    const bool wasDirty = std::exchange(m_dirty, false);
    const QString error =
        m_commands.push(new undo::ChangeAgendaCommand(m_db, sessionId, *before, items));
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
