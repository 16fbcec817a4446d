// PresentationsTab: the timetable of a meeting in Tokyo, where each selected municipality
// presents — generated from the published list, reordered by buttons, Ctrl+Up/Down or by
// dragging, with breaks, then saved as one undoable step. The Meetings page generates it (it
// knows the program's selected list); this tab edits, reads and saves it.
#pragma once

#include "core/meetings/meeting.h"
#include "ui/meetings/sessioneditor.h"

#include <QHash>
#include <QWidget>

class QMenu;
class QPushButton;
class QTableView;

namespace iotdesk::core {
class Database;
class PresentationSlotModel;
} // namespace iotdesk::core

namespace iotdesk::ui {

class CommandRunner;
class WriteAccess;

class PresentationsTab : public QWidget, public SessionEditor
{
    Q_OBJECT

public:
    PresentationsTab(const core::Database &db, CommandRunner &commands, WriteAccess &writes,
                     QWidget *parent = nullptr);

    core::PresentationSlotModel *model() const { return m_model; }
    void setPrintMenu(QMenu *timetable);

    // Reads a session's timetable, with the names of the program's selected applicants. The
    // same session keeps a timetable being edited; another one drops it.
    void load(qint64 sessionId, const QHash<qint64, QString> &applicantNames);
    // No session.
    void clear();
    // A generated timetable in place of the one being edited, not yet saved.
    void showGenerated(const QList<core::PresentationSlot> &timetable,
                       const QHash<qint64, QString> &applicantNames);

    bool isDirty() const override;
    QString save() override;
    void discard() override;

    // Stores a session's timetable as one undoable step; what went wrong, or an empty string.
    QString saveSlots(qint64 sessionId, const QList<core::PresentationSlot> &timetable);

signals:
    void generateRequested();
    void errorShown(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createLayout();
    void createConnections();
    void retranslate();
    void moveCurrent(int by);
    void fill();
    // Someone else changed the timetable since it was read: the user decides (their own
    // timetable put in place of the stored one, kept as it is, or dropped). Why it is still
    // unsaved, or an empty string when it was dropped.
    QString resolveConflict(const QString &message, const QList<core::PresentationSlot> &mine);
    // Whether Save is offered (the timetable differs from the stored one).
    void setSaveAvailable(bool available);
    // The columns fitted to a timetable just read or generated.
    void fitColumns();

    const core::Database &m_db;
    CommandRunner &m_commands;
    WriteAccess &m_writes;
    qint64 m_sessionId = 0;
    // The timetable as it was read, and its version, read just before it.
    QList<core::PresentationSlot> m_opened;
    core::RecordVersion m_version;
    QHash<qint64, QString> m_applicantNames;
    core::PresentationSlotModel *m_model;
    QTableView *m_table;
    QPushButton *m_generate;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QPushButton *m_addBreak;
    QPushButton *m_removeSlot;
    QPushButton *m_saveSlots;
    QPushButton *m_printTimetable;
};

} // namespace iotdesk::ui
