// SqlDialect: the SQL that differs between the two engines IoT Desk stores its data in — a
// local SQLite file and the team's PostgreSQL server. Repositories and query classes write
// portable SQL (bound values, `RETURNING id`, `ON CONFLICT DO NOTHING`, `count(*) FILTER`)
// and ask the dialect of their connection for the few fragments that cannot be portable:
// date arithmetic, substring search, a bound list, string aggregation. The engine is the
// connection's driver, so no caller has to carry it.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace iotdesk::core {

enum class Engine
{
    SQLite,
    PostgreSQL,
};

class SqlDialect
{
public:
    explicit SqlDialect(const QSqlDatabase &db);
    explicit constexpr SqlDialect(Engine engine)
        : m_engine(engine)
    {}

    Engine engine() const { return m_engine; }

    // The day ('YYYY-MM-DD') and the month ('YYYY-MM') in Japan of a stored moment (a UTC
    // ISO 8601 text column or expression): the one place SQL applies Japan's offset.
    QString japanDate(const QString &moment) const;
    QString japanMonth(const QString &moment) const;

    // A date ('YYYY-MM-DD' text) moved by a whole number of days (an integer expression), as
    // 'YYYY-MM-DD' text; and the days from `from` to `to` (both dates) as a number.
    QString addDays(const QString &date, const QString &days) const;
    QString daysBetween(const QString &from, const QString &to) const;

    // Whether `haystack` holds `needle` as it is (case and width as written): a condition.
    QString contains(const QString &haystack, const QString &needle) const;

    // The values of a list bound as one JSON array (sqlList) at `placeholder`, as a subquery
    // for `IN (…)`: of ids (integers) or of texts.
    QString idsIn(const QString &placeholder = QStringLiteral("?")) const;
    QString textsIn(const QString &placeholder = QStringLiteral("?")) const;

    // The texts of a group joined by `separator` (an SQL string literal), in `orderBy` order.
    QString joinedTexts(const QString &expression, const QString &separator,
                        const QString &orderBy) const;

    // Opens a transaction that writes: on SQLite it takes the write lock at once (BEGIN
    // IMMEDIATE), so two writers wait for each other instead of failing at their first write;
    // on PostgreSQL rows are locked as they are written.
    QString beginWrite() const;
    QString beginRead() const;

    // The channel a server announces its commits on (LISTEN/NOTIFY), and the statement a
    // write runs before its COMMIT so that every other connection hears of it once the commit
    // is through (empty on SQLite, which has no such thing).
    static constexpr QStringView kChangesChannel = u"iotdesk_changes";
    QString announceCommit() const;

private:
    Engine m_engine;
};

} // namespace iotdesk::core
