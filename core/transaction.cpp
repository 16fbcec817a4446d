#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

Result<Transaction> Transaction::begin(const QSqlDatabase &db, Mode mode)
{
    QSqlQuery query(db);
    if (!query.exec(mode == Mode::Immediate ? u"BEGIN IMMEDIATE"_s : u"BEGIN DEFERRED"_s)) {
        return Error(ErrorCode::Failed,
                     tr("Could not start a transaction: %1").arg(query.lastError().text()));
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
    if (!query.exec(u"COMMIT"_s)) {
        const QString reason = query.lastError().text();
        rollback();
        return Error(ErrorCode::Failed, tr("Could not save the change: %1").arg(reason));
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    query.exec(u"ROLLBACK"_s);
}

} // namespace iotdesk::core
