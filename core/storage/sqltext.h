// sqlText: a QString as an SQL value. Qt's SQL drivers bind a null QString as NULL, so an
// empty field typed by a user would break NOT NULL columns; this binds '' instead.
#pragma once

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

// Binds the values to the prepared query's positional placeholders, in order, and runs it.
inline bool execWith(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

// `text` for a LIKE pattern written with ESCAPE '\': its %, _ and \ match only themselves.
inline QString likeEscaped(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return text;
}

// A list bound as one value (a JSON array), read by `IN (SELECT value FROM json_each(?))`: one
// prepared statement for a list of any length.
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
