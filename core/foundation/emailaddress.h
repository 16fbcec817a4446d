// EmailAddress: the one rule for what IoT Desk accepts as an e-mail address (something@host.tld,
// no spaces), and the normal form it is stored and matched in (trimmed, lower case).
#pragma once

#include <QRegularExpression>
#include <QString>

namespace iotdesk::core::EmailAddress {

// Empty counts as valid: the address is optional wherever it is asked for.
inline bool isValid(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return address.isEmpty() || pattern.match(address).hasMatch();
}

inline QString normalized(const QString &address)
{
    return address.trimmed().toLower();
}

// The part after the @, lower case; empty when there is none.
inline QString domain(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : normalized(address.mid(at + 1));
}

} // namespace iotdesk::core::EmailAddress
