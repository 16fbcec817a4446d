// sqlText: a QString as an SQL value. Qt's SQL drivers bind a null QString as NULL, so an
// empty field typed by a user would break NOT NULL columns; this binds '' instead.
#pragma once

#include "core/foundation/result.h"
#include "core/storage/storageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace iotdesk::core {

inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(text);
}

// The one way values are bound: to the prepared query's positional placeholders, in order.
// Then it runs.
template <typename Values> bool execWith(QSqlQuery &query, const Values &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

inline bool execWith(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    return execWith<std::initializer_list<QVariant>>(query, values);
}

// One statement prepared, bound and run on `db`; a failure as storageError() tells it.
inline Result<void> execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                            Subject subject = Subject::Any)
{
    QSqlQuery query(db);
    if (!query.prepare(sql) || !execWith(query, values))
        return storageError(query, subject);
    return {};
}

// The id of the row an `INSERT … RETURNING id` just wrote (after exec or execWith): the one way
// an insert tells its id on every engine (QPSQL's lastInsertId() is an OID, which tables
// without OIDs do not have). The statement is finished afterwards, so that no write is left
// in progress on the connection. 0 when it returned no row.
inline qint64 insertedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

// `text` for a LIKE pattern written with ESCAPE '\': its %, _ and \ match only themselves.
inline QString likeEscaped(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return text;
}

// A list bound as one value (a JSON array), read by `IN (…)` with SqlDialect::idsIn() or
// textsIn(): one prepared statement for a list of any length.
inline QVariant sqlList(const QJsonArray &values)
{
    return QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

inline QVariant sqlList(const QStringList &values)
{
    return sqlList(QJsonArray::fromStringList(values));
}

inline QVariant sqlList(const QList<qint64> &values)
{
    QJsonArray array;
    for (qint64 value : values)
        array.append(value);
    return sqlList(array);
}

} // namespace iotdesk::core
