// ParticipantsTab: who is registered for the chosen meeting session and who came — marked with
// the buttons or from the keyboard (A attended, X absent, E excused, R registered, Delete not
// registered; Ctrl+A selects the whole table) — and registering and removing people. Every
// change is one undoable step.
#pragma once

#include "core/meetings/meeting.h"

#include <QWidget>

#include <optional>

class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace iotdesk::core {
class AttendanceModel;
class Database;
} // namespace iotdesk::core

namespace iotdesk::ui {

class CommandRunner;
class WriteAccess;

class ParticipantsTab : public QWidget
{
    Q_OBJECT

public:
    ParticipantsTab(const core::Database &db, CommandRunner &commands, WriteAccess &writes,
                    QWidget *parent = nullptr);

    core::AttendanceModel *model() const { return m_model; }
    // The menus of the two print buttons (the page prints its session's papers).
    void setPrintMenus(QMenu *attendanceSheet, QMenu *participantList);

    // Reads a session's participants; the same session keeps its current cell and selection.
    void load(const core::SessionSummary &session);
    // No session.
    void clear();

    // The work behind the controls, each one undoable step; what went wrong, or empty.
    QString addParticipants(qint64 sessionId, const QList<qint64> &contactIds);
    QString removeParticipants(const QList<qint64> &participantIds);
    QString setAttendance(const QList<core::AttendanceChange> &changes);
    // Marks the selected cells: a day cell for that day, a name cell for every day of that
    // person; std::nullopt takes them off those days.
    QString markSelection(std::optional<core::AttendanceState> state, const QString &note = {});

signals:
    void errorShown(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createLayout();
    void createConnections();
    void retranslate();
    void updateAttendanceSummary();
    void askForExcusedNote();

    const core::Database &m_db;
    CommandRunner &m_commands;
    WriteAccess &m_writes;
    core::AttendanceModel *m_model;
    core::SessionSummary m_session;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_unregister = nullptr;
    QPushButton *m_markAttended = nullptr;
    QPushButton *m_markAbsent = nullptr;
    QPushButton *m_markExcused = nullptr;
    QPushButton *m_markRegistered = nullptr;
    QPushButton *m_printSheet = nullptr;
    QPushButton *m_printList = nullptr;
};

} // namespace iotdesk::ui
