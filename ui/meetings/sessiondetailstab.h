// SessionDetailsTab: the chosen session's days, venue, travelling consultants and note, typed
// and then saved as one undoable step (or reverted). Consultants… opens the registry of people,
// where consultants are added.
#pragma once

#include "core/meetings/meeting.h"
#include "ui/meetings/sessioneditor.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class CommandRunner;
class WriteAccess;

class SessionDetailsTab : public QWidget, public SessionEditor
{
    Q_OBJECT

public:
    SessionDetailsTab(const core::Database &db, CommandRunner &commands, WriteAccess &writes,
                      QWidget *parent = nullptr);

    // The session as the file holds it. The same session keeps what is typed; another one
    // drops it.
    void load(const core::SessionSummary &session);
    // No session.
    void clear();

    bool isDirty() const override { return m_dirty; }
    QString save() override;
    void discard() override;

    // Stores a session's details as one undoable step; what went wrong, or an empty string.
    QString saveSession(const core::MeetingSession &changed);

signals:
    void errorShown(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createLayout();
    void createConnections();
    void retranslate();
    void fill();
    // The consultants to tick: every active one, and those ticked already.
    void fillConsultantList(const QList<qint64> &ticked);
    QList<qint64> tickedConsultants() const;
    void editConsultants();
    core::MeetingSession fromForm() const;
    void showSession(const core::MeetingSession &session);
    // Someone else changed the session since the form was filled: the user decides (their
    // changes carried onto the stored session, kept as typed, or dropped). Why the form is
    // still unsaved, or an empty string when it was dropped.
    QString resolveConflict(const QString &message, const core::MeetingSession &mine);

    const core::Database &m_db;
    CommandRunner &m_commands;
    core::SessionSummary m_session;
    // Filling the form from the file is not an edit.
    bool m_filling = false;
    bool m_dirty = false;

    QCheckBox *m_dateFixed;
    QDateEdit *m_firstDay;
    QSpinBox *m_dayCount;
    QLineEdit *m_venue;
    QLineEdit *m_address;
    QListWidget *m_consultants;
    QLabel *m_consultantsHint;
    QPushButton *m_editConsultants;
    QPlainTextEdit *m_note;
    QPushButton *m_save;
    QPushButton *m_revert;
    QList<QLabel *> m_formLabels;
};

} // namespace iotdesk::ui
