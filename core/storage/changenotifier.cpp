#include "core/storage/changenotifier.h"

#include "core/storage/database.h"
#include "core/storage/sqldialect.h"
#include "core/storage/transaction.h"

#include <QSqlDriver>
#include <QSqlError>
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

void ChangeNotifier::seeAllUntilNow()
{
    // On a server, the ids within the look-back are known too, not news at the next look.
    QSqlQuery seen(m_db.connection());
    seen.setForwardOnly(true);
    if (!seen.exec(m_db.engine() == Engine::SQLite
                       ? u"SELECT coalesce(max(id), 0) FROM history"_s
                       : u"SELECT id FROM history WHERE id > (SELECT coalesce(max(id), 0) FROM "
                         "history) - %1 ORDER BY id"_s.arg(kServerLookBack)))
        return;
    m_deliveredIds.clear();
    while (seen.next()) {
        m_lastHistoryId = std::max(m_lastHistoryId, seen.value(0).toLongLong());
        if (m_db.engine() != Engine::SQLite)
            m_deliveredIds.insert(seen.value(0).toLongLong());
    }
}

ChangeNotifier::ChangeNotifier(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    seeAllUntilNow();
    m_lastDataVersion = dataVersion();
    // What was committed before (the open's own migrations) is the starting point, not news.
    Transaction::takeCommitted(m_db.connection());
    // A server has neither the hook nor a data version: every look reads the history's end
    // (one indexed read).
    if (m_db.engine() != Engine::SQLite) {
        connect(&m_timer, &QTimer::timeout, this, &ChangeNotifier::poll);
        m_reopenCount = Transaction::reopenCount(m_db.connection());
        if (QSqlDriver *driver = m_db.connection().driver()) {
            const QString channel = SqlDialect::kChangesChannel.toString();
            connect(driver, &QSqlDriver::notification, this,
                    [this, channel](const QString &name, QSqlDriver::NotificationSource source,
                                    const QVariant &) {
                        if (name != channel)
                            return;
                        if (source == QSqlDriver::OtherSource)
                            m_otherAnnounced = true;
                        poll();
                    });
        }
        listen();
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
    if (m_listening) {
        if (QSqlDriver *driver = m_db.connection().driver())
            driver->unsubscribeFromNotification(SqlDialect::kChangesChannel.toString());
    }
    if (m_hookInstalled) {
        if (sqlite3 *handle = sqliteHandle(m_db.connection()))
            sqlite3_commit_hook(handle, nullptr, nullptr);
    }
}

void ChangeNotifier::listen()
{
    QSqlDriver *driver = m_db.connection().driver();
    const QString channel = SqlDialect::kChangesChannel.toString();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    // A connection opened again has a new server session: the old LISTEN is gone there,
    // though the driver may still list it.
    if (driver->subscribedToNotifications().contains(channel))
        driver->unsubscribeFromNotification(channel);
    m_listening = driver->subscribeToNotification(channel);
}

bool ChangeNotifier::stayConnected()
{
    const QSqlDatabase db = m_db.connection();
    // Still lost, unless a change (or a read) has opened it again meanwhile.
    if (m_connectionLost && Transaction::reopenCount(db) == m_reopenCount &&
        !Transaction::reopenLost(db))
        return false;
    // Opened again here or by a change since the last look.
    if (const quint64 count = Transaction::reopenCount(db); count != m_reopenCount) {
        m_reopenCount = count;
        m_connectionLost = false;
        m_reopened = true;
        listen();
        Q_EMIT reconnected();
    }
    return true;
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
        if (!stayConnected())
            return;
        local = Transaction::takeCommitted(m_db.connection());
        external = std::exchange(m_otherAnnounced, false) | std::exchange(m_reopened, false);
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
    const qint64 floor =
        server ? std::max<qint64>(0, m_lastHistoryId - kServerLookBack) : m_lastHistoryId;
    rows.addBindValue(floor);
    rows.addBindValue(kMaxListedRows + 1 + (m_lastHistoryId - floor));
    int count = 0;
    if (!rows.exec() && server) {
        // The connection no longer answers: said once, then tried again at each look.
        if (Transaction::reopenLost(m_db.connection())) {
            QTimer::singleShot(0, this, &ChangeNotifier::poll);
            stayConnected();
        } else if (!std::exchange(m_connectionLost, true)) {
            Q_EMIT connectionLost(rows.lastError().text().trimmed());
        }
        return;
    }
    if (rows.isActive()) {
        while (rows.next()) {
            const qint64 id = rows.value(0).toLongLong();
            if (server && id <= m_lastHistoryId && m_deliveredIds.contains(id))
                continue;
            if (server)
                m_deliveredIds.insert(id);
            m_lastHistoryId = std::max(m_lastHistoryId, id);
            if (++count > kMaxListedRows)
                break;
            changes.records[rows.value(1).toString()].insert(rows.value(2).toString());
        }
    }
    if (server) {
        // Ids below the look-back are never read again.
        m_deliveredIds.removeIf(
            [this](qint64 id) { return id <= m_lastHistoryId - kServerLookBack; });
    }
    // On a server, history that this connection did not write since the last look is another
    // user's.
    if (server && count > 0 && !local) {
        external = true;
        changes.external = true;
    }
    if (count > kMaxListedRows) {
        // Skip to the end: whoever follows reloads everything anyway.
        seeAllUntilNow();
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
