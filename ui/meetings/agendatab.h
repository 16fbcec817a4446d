// AgendaTab: the chosen session's programme, a row per item (day, start, end, title, speaker),
// typed in place and then saved as one undoable step.
#pragma once

#include "core/meetings/meeting.h"
#include "ui/meetings/sessioneditor.h"

#include <QWidget>

class QPushButton;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class CommandRunner;
class RowListEditor;
class WriteAccess;

class AgendaTab : public QWidget, public SessionEditor
{
    Q_OBJECT

public:
    AgendaTab(const core::Database &db, CommandRunner &commands, WriteAccess &writes,
              QWidget *parent = nullptr);

    // Reads a session's agenda. The same session keeps what is typed; another one drops it.
    void load(qint64 sessionId);
    // No session.
    void clear();

    bool isDirty() const override { return m_dirty; }
    // The rows as typed, checked and stored; what went wrong, or an empty string.
    QString save() override;
    void discard() override;

    // Stores a session's agenda as one undoable step; what went wrong, or an empty string.
    QString saveAgenda(qint64 sessionId, const QList<core::AgendaItem> &items);

signals:
    void errorShown(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createLayout();
    void createConnections();
    void retranslate();
    void fill();
    void showItems(const QList<core::AgendaItem> &items);
    // The rows as items; what is wrong with them, or an empty string.
    QString readRows(QList<core::AgendaItem> &items) const;
    // Someone else changed the session since the agenda was read: the user decides (their
    // rows carried onto the stored agenda, kept as typed, or dropped). Why the agenda is still
    // unsaved, or an empty string when it was dropped.
    QString resolveConflict(const QString &message, const QList<core::AgendaItem> &mine);

    const core::Database &m_db;
    CommandRunner &m_commands;
    qint64 m_sessionId = 0;
    // The agenda as the rows were filled, and its version, read just before it.
    QList<core::AgendaItem> m_opened;
    core::RecordVersion m_version;
    // Filling the rows from the file is not an edit.
    bool m_filling = false;
    bool m_dirty = false;

    RowListEditor *m_rows = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace iotdesk::ui
