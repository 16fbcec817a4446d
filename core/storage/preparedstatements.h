// PreparedStatements: SQL compiled once for a bulk operation (a write of thousands of
// records, the reading of an import file). While a scope of it is open on a connection (in this
// thread), prepared() hands out the same compiled statement for the same SQL text instead of
// compiling it again for every record: SQLite's parsing and code generation were most of an import
// of 10,000 applications (docs/benchmarks.md). Outside a scope, prepared() prepares a query of its
// own, so the code that calls it is the same for a single record and for an import.
//
// A write's scope lives inside its transaction and ends before the commit: its statements
// are finished and released with it. A statement handed out belongs to the scope: bind, exec and
// read it before asking for the same SQL again.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace iotdesk::core {

// A prepared query, the scope's or its own (used as a pointer: query->exec()).
class PreparedQuery
{
public:
    explicit PreparedQuery(QSqlQuery &shared)
        : m_query(&shared)
    {}
    explicit PreparedQuery(QSqlQuery &&own)
        : m_own(std::make_unique<QSqlQuery>(std::move(own)))
        , m_query(m_own.get())
    {}

    QSqlQuery &operator*() const { return *m_query; }
    QSqlQuery *operator->() const { return m_query; }

private:
    std::unique_ptr<QSqlQuery> m_own;
    QSqlQuery *m_query;
};

class PreparedStatements
{
public:
    explicit PreparedStatements(const QSqlDatabase &db);
    ~PreparedStatements();
    PreparedStatements(const PreparedStatements &) = delete;
    PreparedStatements &operator=(const PreparedStatements &) = delete;

    // The query for `sql` on `db`, prepared (check lastError() when it is not valid), forward
    // only, with no values bound yet.
    static PreparedQuery prepared(const QSqlDatabase &db, const QString &sql);

private:
    QString m_connection;
    PreparedStatements *m_outer = nullptr;
    // std::unordered_map: its elements stay where they are as it grows.
    std::unordered_map<QString, QSqlQuery> m_statements;
};

} // namespace iotdesk::core
