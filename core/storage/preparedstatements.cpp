#include "core/storage/preparedstatements.h"

#include <QSqlError>

namespace iotdesk::core {

namespace {

// The open scopes of this thread, by connection name (connections are per thread).
thread_local QHash<QString, PreparedStatements *> t_scopes;

QSqlQuery freshQuery(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

} // namespace

PreparedStatements::PreparedStatements(const QSqlDatabase &db)
    : m_connection(db.connectionName())
    , m_outer(t_scopes.value(m_connection))
{
    t_scopes.insert(m_connection, this);
}

PreparedStatements::~PreparedStatements()
{
    for (auto &[sql, query] : m_statements)
        query.finish();
    m_statements.clear();
    if (m_outer)
        t_scopes.insert(m_connection, m_outer);
    else
        t_scopes.remove(m_connection);
}

PreparedQuery PreparedStatements::prepared(const QSqlDatabase &db, const QString &sql)
{
    PreparedStatements *scope = t_scopes.value(db.connectionName());
    if (!scope)
        return PreparedQuery(freshQuery(db, sql));
    auto found = scope->m_statements.find(sql);
    if (found != scope->m_statements.end()) {
        // Done with its last rows (a SELECT read only in part), ready for new values.
        found->second.finish();
        return PreparedQuery(found->second);
    }
    QSqlQuery query = freshQuery(db, sql);
    if (query.lastError().isValid())
        return PreparedQuery(std::move(query)); // its error is the caller's to report
    return PreparedQuery(scope->m_statements.try_emplace(sql, std::move(query)).first->second);
}

} // namespace iotdesk::core
