#include "core/storage/changenotifier.h"

#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// More rows than this since the last look (a whole import, an upload) are reported as
// "anything may have changed" rather than listed.
constexpr int kMaxListedRows = 5000;

sqlite3 *sqliteHandle(const QSqlDatabase &connection)
{
    if (!connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

bool ChangeSet::touches(std::initializer_list<QStringView> entities) const
{
    if (unknown)
        return true;
    for (const QStringView entity : entities) {
        if (records.contains(entity.toString()))
            return true;
    }
    return false;
}

void ChangeSet::merge(const ChangeSet &other)
{
    unknown = unknown || other.unknown;
    external = external || other.external;
    for (auto it = other.records.cbegin(); it != other.records.cend(); ++it)
        records[it.key()].unite(it.value());
}

ChangeNotifier::ChangeNotifier(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    QSqlQuery last(m_db.connection());
    if (last.exec(u"SELECT coalesce(max(id), 0) FROM history"_s) && last.next())
        m_lastHistoryId = last.value(0).toLongLong();
    m_lastDataVersion = dataVersion();
    // What was committed before (the open's own migrations) is the starting point, not news.
    Transaction::takeCommitted(m_db.connection());
    // A server has neither the hook nor a data version: every look reads the history's end
    // (one indexed read).
    if (m_db.engine() != Engine::SQLite) {
        connect(&m_timer, &QTimer::timeout, this, &ChangeNotifier::poll);
        return;
    }
    // The hook is installed through the SQLite library this program links; it must be the one
    // Qt's driver uses (Debian's Qt uses the system library). Otherwise every look reads the
    // history's end instead.
    QSqlQuery version(m_db.connection());
    const bool sameLibrary =
        version.exec(u"SELECT sqlite_version()"_s) && version.next() &&
        version.value(0).toString() == QString::fromLatin1(sqlite3_libversion());
    if (sqlite3 *handle = sqliteHandle(m_db.connection()); handle && sameLibrary) {
        sqlite3_commit_hook(handle, &ChangeNotifier::onCommit, this);
        m_hookInstalled = true;
    }
    connect(&m_timer, &QTimer::timeout, this, &ChangeNotifier::poll);
}

ChangeNotifier::~ChangeNotifier()
{
    if (m_hookInstalled) {
        if (sqlite3 *handle = sqliteHandle(m_db.connection()))
            sqlite3_commit_hook(handle, nullptr, nullptr);
    }
}

void ChangeNotifier::setPollInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(milliseconds);
}

int ChangeNotifier::onCommit(void *self)
{
    // Inside SQLite's commit: no queries here, only a mark for the next poll.
    static_cast<ChangeNotifier *>(self)->m_localCommit = true;
    return 0;
}

qint64 ChangeNotifier::dataVersion() const
{
    if (m_db.engine() != Engine::SQLite)
        return m_lastDataVersion;
    QSqlQuery query(m_db.connection());
    if (query.exec(u"PRAGMA data_version"_s) && query.next())
        return query.value(0).toLongLong();
    return m_lastDataVersion;
}

void ChangeNotifier::poll()
{
    const bool server = m_db.engine() != Engine::SQLite;
    bool external = false;
    bool local = false;
    if (server) {
        local = Transaction::takeCommitted(m_db.connection());
    } else {
        const qint64 version = dataVersion();
        external = m_lastDataVersion >= 0 && version != m_lastDataVersion;
        m_lastDataVersion = version;
        local = std::exchange(m_localCommit, false) | Transaction::takeCommitted(m_db.connection());
        if (!external && !local && m_hookInstalled)
            return;
    }

    ChangeSet changes;
    changes.external = external;
    QSqlQuery rows(m_db.connection());
    rows.setForwardOnly(true);
    rows.prepare(u"SELECT id, entity, entity_id FROM history WHERE id > ? ORDER BY id LIMIT ?"_s);
    rows.addBindValue(m_lastHistoryId);
    rows.addBindValue(kMaxListedRows + 1);
    int count = 0;
    if (rows.exec()) {
        while (rows.next()) {
            m_lastHistoryId = rows.value(0).toLongLong();
            if (++count > kMaxListedRows)
                break;
            changes.records[rows.value(1).toString()].insert(rows.value(2).toString());
        }
    }
    // On a server, history that this connection did not write since the last look is another
    // user's.
    if (server && count > 0 && !local) {
        external = true;
        changes.external = true;
    }
    if (count > kMaxListedRows) {
        // Skip to the end: whoever follows reloads everything anyway.
        QSqlQuery last(m_db.connection());
        if (last.exec(u"SELECT coalesce(max(id), 0) FROM history"_s) && last.next())
            m_lastHistoryId = last.value(0).toLongLong();
        changes.records.clear();
        changes.unknown = true;
    }
    if (changes.records.isEmpty()) {
        // Without the hook, nothing new in the history and no other process: nothing happened.
        if (!external && !local)
            return;
        // A commit that wrote no history (scores, attendance marks) is still a change; its
        // records are simply not named.
        changes.unknown = true;
    }
    // Another process's commits since the last look may include one that wrote no history
    // beside those that did: whoever follows must not rely on the names alone.
    if (external)
        changes.unknown = true;
    Q_EMIT changed(changes);
}

} // namespace iotdesk::core
