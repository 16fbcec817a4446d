#include "core/storage/serveraddress.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

ServerAddress ServerAddress::fromEnvironment(const QString &database)
{
    ServerAddress address;
    address.host = qEnvironmentVariable("PGHOST", address.host);
    if (const int port = qEnvironmentVariableIntValue("PGPORT"); port != 0)
        address.port = port;
    address.user = qEnvironmentVariable("PGUSER");
    address.password = qEnvironmentVariable("PGPASSWORD");
    address.database = database;
    return address;
}

Result<ServerAddress> ServerAddress::fromUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::TolerantMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")) {
        return Error(ErrorCode::Invalid, tr("“%1” is not a server address; write it as "
                                            "postgresql://USER@HOST:PORT/DATABASE.")
                                             .arg(text));
    }
    ServerAddress address;
    if (!url.host().isEmpty())
        address.host = url.host();
    address.port = url.port(5432);
    if (const QString database = url.path().mid(1); !database.isEmpty())
        address.database = database;
    address.user = url.userName();
    address.password = url.password();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode") {
            static const QStringList modes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                                              u"require"_s, u"verify-ca"_s, u"verify-full"_s};
            if (!modes.contains(value)) {
                return Error(
                    ErrorCode::Invalid,
                    tr("“%1” is not a TLS mode; it is one of %2.").arg(value, modes.join(u", "_s)));
            }
            address.sslMode = value;
        } else if (key == u"sslrootcert") {
            address.sslRootCert = value;
        } else {
            return Error(ErrorCode::Invalid,
                         tr("“%1” in the server address is not understood (sslmode and "
                            "sslrootcert are).")
                             .arg(key));
        }
    }
    if (address.database.contains(u'/')) {
        return Error(ErrorCode::Invalid,
                     tr("“%1” is not the name of a database.").arg(address.database));
    }
    return address;
}

QString ServerAddress::url() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, sslRootCert);
    url.setQuery(query);
    return url.toString();
}

QString ServerAddress::description() const
{
    const QString where = port == 5432 ? host : host + u':' + QString::number(port);
    return user.isEmpty() ? tr("%1 on %2").arg(database, where)
                          : tr("%1 on %2 as %3").arg(database, where, user);
}

QString ServerAddress::connectOptions() const
{
    // libpq's quoting: Qt joins the options with spaces into one connection string.
    const auto quoted = [](QString value) {
        value.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
        return QString(u"'%1'"_s).arg(value);
    };
    // A server that does not answer is reported within seconds, not after TCP's minutes.
    QStringList options = {u"connect_timeout=10"_s, u"application_name="_s + quoted(u"IoT Desk"_s)};
    if (!sslMode.isEmpty())
        options << u"sslmode="_s + sslMode;
    if (!sslRootCert.isEmpty())
        options << u"sslrootcert="_s + quoted(sslRootCert);
    return options.join(u';');
}

} // namespace iotdesk::core
