#include "core/storage/transaction.h"

#include "core/foundation/logging.h"
#include "core/storage/sqldialect.h"
#include "core/storage/storageerror.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// The connections with a commit not yet taken by their notifier, and how many times each was
// opened again.
QMutex committedMutex;
QSet<QString> committedConnections;
QHash<QString, quint64> reopenedConnections;

} // namespace

bool Transaction::reopenLost(const QSqlDatabase &db)
{
    if (SqlDialect(db).engine() != Engine::PostgreSQL)
        return false;
    if (db.isOpen() && QSqlQuery(db).exec(u"SELECT 1"_s))
        return false; // it answers: the failure was something else
    QSqlDatabase connection = db;
    connection.close();
    if (!connection.open() || !QSqlQuery(connection).exec(u"SELECT 1"_s)) {
        qCWarning(lcStorage).noquote()
            << "The team database cannot be reached again:" << connection.lastError().text();
        return false;
    }
    qCWarning(lcStorage).noquote() << "Reconnected to the team database" << db.databaseName();
    const QMutexLocker lock(&committedMutex);
    ++reopenedConnections[db.connectionName()];
    return true;
}

quint64 Transaction::reopenCount(const QSqlDatabase &db)
{
    const QMutexLocker lock(&committedMutex);
    return reopenedConnections.value(db.connectionName());
}

bool Transaction::takeCommitted(const QSqlDatabase &db)
{
    const QMutexLocker lock(&committedMutex);
    return committedConnections.remove(db.connectionName());
}

Result<Transaction> Transaction::begin(const QSqlDatabase &db, Mode mode)
{
    const SqlDialect sql(db);
    const QString begin = mode == Mode::Immediate ? sql.beginWrite() : sql.beginRead();
    QSqlQuery query(db);
    if (!query.exec(begin)) {
        // A lost connection to a server is opened again before anything of the change is sent.
        const QSqlError lost = query.lastError();
        if (!reopenLost(db) || !QSqlQuery(db).exec(begin))
            return storageError(lost, tr("Could not start a transaction: %1"));
    }
    return Transaction(db);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db)
    , m_active(other.m_active)
{
    other.m_active = false;
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Error(ErrorCode::Failed, tr("The transaction is no longer active."));
    QSqlQuery query(m_db);
    // On a server the others hear of it: NOTIFY is delivered when (and only if) this commits.
    if (const QString announce = SqlDialect(m_db).announceCommit(); !announce.isEmpty()) {
        if (!query.exec(announce)) {
            const QSqlError reason = query.lastError();
            rollback();
            return storageError(reason, tr("Could not save the change: %1"));
        }
    }
    if (!query.exec(u"COMMIT"_s)) {
        const QSqlError reason = query.lastError();
        rollback();
        return storageError(reason, tr("Could not save the change: %1"));
    }
    m_active = false;
    const QMutexLocker lock(&committedMutex);
    committedConnections.insert(m_db.connectionName());
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    if (query.exec(u"ROLLBACK"_s))
        return;
    // SQLite has rolled back by itself after some failures (a full disk, an I/O error); there
    // is nothing left to undo then. Any other failure leaves the connection inside the
    // transaction: the next Transaction::begin fails and says so, so nothing is written on top
    // of it unnoticed; and the log tells why.
    const QSqlError error = query.lastError();
    if (error.text().contains(u"no transaction is active"_s))
        qCInfo(lcStorage).noquote() << "Rollback: SQLite had already rolled back";
    else
        qCCritical(lcStorage).noquote() << "Rollback failed:" << error.text();
}

} // namespace iotdesk::core
