// ChangeNotifier: the one place that tells the program what changed in the open database —
// which kinds of record (the history's entity names: "application", "consultation", …) and
// which ids. Pages, selectors and open dialogs follow it instead of guessing.
//
// Three sources feed it, and all of them end in the same signal:
// - this process's commits (an SQLite commit hook marks them; poll() turns the history rows
//   they wrote into a ChangeSet; the main window polls right after every undo-stack step so
//   the screen is current when the step returns);
// - other processes on the same file (a second window, iotdesk-cli): `PRAGMA data_version`
//   changes when another connection commits, checked by a cheap timer;
// - on a team server, every commit's NOTIFY (SqlDialect::announceCommit), which Qt's driver
//   delivers to every listening connection: another user's change is polled at once.
// The history table is the cursor: every write records its entity and id there in its own
// transaction, so "what changed since I last looked" is one indexed range read.
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <initializer_list>

namespace iotdesk::core {

class Database;

struct ChangeSet
{
    // entity name -> ids (as the history stores them: text)
    QHash<QString, QSet<QString>> records;
    // A commit whose records are not known (it wrote no history, or too many rows to list):
    // whoever follows the notifier must assume anything changed.
    bool unknown = false;
    // Committed by another process (or user, on a server).
    bool external = false;

    bool isEmpty() const { return records.isEmpty() && !unknown; }
    // True when any of these entities changed, or when what changed is not known.
    bool touches(std::initializer_list<QStringView> entities) const;
    // The ids of one entity that changed (empty when none, or when unknown).
    QSet<QString> ids(const QString &entity) const { return records.value(entity); }
    void merge(const ChangeSet &other);
};

class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    // Starts following `db`: marks the current end of the history as seen and installs the
    // commit hook. The database must outlive the notifier.
    explicit ChangeNotifier(const Database &db, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    // How often other processes' commits are looked for; 0 stops the timer.
    void setPollInterval(int milliseconds);

public Q_SLOTS:
    // Emits changed() when anything was committed since the last look, by this process or
    // another; otherwise does nothing. Cheap: one pragma and an indexed read.
    void poll();

Q_SIGNALS:
    void changed(const iotdesk::core::ChangeSet &changes);
    // On a server: the connection stopped answering (once, until it answers again), and it
    // was opened again — by a look of this notifier or by a change — and listens anew. What
    // was announced meanwhile was not heard, so the next changed() names no records
    // (unknown): whoever follows reloads.
    void connectionLost(const QString &reason);
    void reconnected();

private:
    static int onCommit(void *self);
    // The history until now is seen: the next look reports only what comes after.
    void seeAllUntilNow();
    // On a server: listens to the commits' announcements on the connection as it is now.
    void listen();
    // On a server: false while the connection does not answer; opens it again when it can,
    // and says so.
    bool stayConnected();
    qint64 dataVersion() const;

    const Database &m_db;
    QTimer m_timer;
    qint64 m_lastHistoryId = 0;
    qint64 m_lastDataVersion = -1;
    bool m_localCommit = false;
    bool m_hookInstalled = false;
    // On a server: subscribed to the commits' announcements, and one from another connection
    // arrived since the last look.
    bool m_listening = false;
    bool m_otherAnnounced = false;
    bool m_connectionLost = false;
    bool m_reopened = false; // opened again since the last look: report it
    quint64 m_reopenCount = 0;
    // On a server transactions commit in another order than they took their history ids: a
    // look reads kServerLookBack ids behind the newest it saw, and skips those it delivered.
    static constexpr qint64 kServerLookBack = 256;
    QSet<qint64> m_deliveredIds;
};

} // namespace iotdesk::core
