// The names under which IoT Desk keeps its files: the default database in
// ~/.local/share/iotdesk/ and the preferences in ~/.config/iotdesk.conf.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace iotdesk::core {

inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("iotdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IOTDESK_VERSION));
}

} // namespace iotdesk::core
