#include "core/storage/sqldialect.h"

#include "core/foundation/japantime.h"

using namespace Qt::StringLiterals;

namespace iotdesk::core {

SqlDialect::SqlDialect(const QSqlDatabase &db)
    : m_engine(db.driverName() == u"QPSQL" ? Engine::PostgreSQL : Engine::SQLite)
{}

QString SqlDialect::japanDate(const QString &moment) const
{
    // Stored moments end in Z. PostgreSQL's `timestamp` (without time zone) reads the UTC wall
    // clock and ignores the Z, so the session's time zone plays no part.
    if (m_engine == Engine::PostgreSQL) {
        return u"to_char(CAST(%1 AS timestamp) + interval '%2 hours', 'YYYY-MM-DD')"_s.arg(moment)
            .arg(JapanTime::offsetHours);
    }
    return u"date(%1, '+%2 hours')"_s.arg(moment).arg(JapanTime::offsetHours);
}

QString SqlDialect::japanMonth(const QString &moment) const
{
    return u"substr(%1, 1, 7)"_s.arg(japanDate(moment));
}

QString SqlDialect::addDays(const QString &date, const QString &days) const
{
    if (m_engine == Engine::PostgreSQL)
        return u"to_char(CAST(%1 AS date) + CAST(%2 AS integer), 'YYYY-MM-DD')"_s.arg(date, days);
    return u"date(%1, '+' || (%2) || ' days')"_s.arg(date, days);
}

QString SqlDialect::daysBetween(const QString &from, const QString &to) const
{
    if (m_engine == Engine::PostgreSQL)
        return u"(CAST(%2 AS date) - CAST(%1 AS date))"_s.arg(from, to);
    return u"(julianday(%2) - julianday(%1))"_s.arg(from, to);
}

QString SqlDialect::contains(const QString &haystack, const QString &needle) const
{
    if (m_engine == Engine::PostgreSQL)
        return u"strpos(%1, CAST(%2 AS text)) > 0"_s.arg(haystack, needle);
    return u"instr(%1, %2) > 0"_s.arg(haystack, needle);
}

QString SqlDialect::idsIn(const QString &placeholder) const
{
    if (m_engine == Engine::PostgreSQL)
        return u"SELECT CAST(json_array_elements_text(CAST(%1 AS json)) AS bigint)"_s.arg(
            placeholder);
    return u"SELECT value FROM json_each(%1)"_s.arg(placeholder);
}

QString SqlDialect::textsIn(const QString &placeholder) const
{
    if (m_engine == Engine::PostgreSQL)
        return u"SELECT json_array_elements_text(CAST(%1 AS json))"_s.arg(placeholder);
    return u"SELECT value FROM json_each(%1)"_s.arg(placeholder);
}

QString SqlDialect::joinedTexts(const QString &expression, const QString &separator,
                                const QString &orderBy) const
{
    if (m_engine == Engine::PostgreSQL)
        return u"string_agg(%1, %2 ORDER BY %3)"_s.arg(expression, separator, orderBy);
    // SQLite 3.40 has no ORDER BY inside an aggregate; group_concat keeps the order of its
    // input, which the caller's subquery sorts.
    return u"group_concat(%1, %2)"_s.arg(expression, separator);
}

QString SqlDialect::beginWrite() const
{
    return m_engine == Engine::PostgreSQL ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
}

QString SqlDialect::announceCommit() const
{
    return m_engine == Engine::PostgreSQL ? u"NOTIFY "_s + kChangesChannel : QString();
}

QString SqlDialect::beginRead() const
{
    return m_engine == Engine::PostgreSQL ? u"BEGIN"_s : u"BEGIN DEFERRED"_s;
}

} // namespace iotdesk::core
