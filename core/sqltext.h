// sqlText: a QString as an SQL value. Qt's SQL drivers bind a null QString as NULL, so an
// empty field typed by a user would break NOT NULL columns; this binds '' instead.
#pragma once

#include <QSqlQuery>
#include <QString>
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

} // namespace iotdesk::core
