// sqlText: a QString as an SQL value. Qt's SQL drivers bind a null QString as NULL, so an
// empty field typed by a user would break NOT NULL columns; this binds '' instead.
#pragma once

#include <QString>
#include <QVariant>

namespace iotdesk::core {

inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(text);
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
