// SessionListPanel: the Meetings page's list of a program's sessions, one row each with its
// days, venue, consultants and people, and beside it the warnings (no date yet, a day on a
// holiday or outside the planned period, a consultant booked twice); double-clicking a warning
// opens its session.
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;

namespace iotdesk::core {
class SessionListModel;
}

namespace iotdesk::ui {

class SessionListPanel : public QWidget
{
    Q_OBJECT

public:
    // Shows `sessions`, which the page reads.
    explicit SessionListPanel(core::SessionListModel *sessions, QWidget *parent = nullptr);

    // The session of the current row; 0 when there is none.
    qint64 currentSessionId() const;
    // Makes a listed session the current row (nothing when it is not listed).
    void setCurrentSession(qint64 sessionId);
    // The warnings of the sessions as last read, and the columns fitted to them.
    void showWarnings();
    void fitColumns();

signals:
    void currentSessionChanged();
    void warningActivated(qint64 sessionId);

private:
    void createLayout();

    core::SessionListModel *m_sessions;
    QTableView *m_table;
    QLabel *m_warningsLabel;
    QListWidget *m_warnings;
};

} // namespace iotdesk::ui
