// ServerAddress: where a team's PostgreSQL database is and how to reach it — host, port,
// database, user, the TLS mode and the certificate authority to check the server against. It
// is written as a PostgreSQL connection URL (postgresql://user@host:5432/iotdesk?sslmode=
// verify-full&sslrootcert=/path/ca.crt), which is also what `--server` takes. The password is
// never part of what is shown or saved: it comes from the keychain, PGPASSWORD or ~/.pgpass.
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QString>

namespace iotdesk::core {

struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ServerAddress)

public:
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("iotdesk");
    QString user;
    QString password;
    // libpq's sslmode: disable, allow, prefer, require, verify-ca, verify-full (empty: prefer).
    QString sslMode;
    QString sslRootCert; // the CA certificate file for verify-ca and verify-full

    static Result<ServerAddress> fromUrl(const QString &url);
    // `database` on the server libpq's variables name (PGHOST, PGPORT, PGUSER, PGPASSWORD), as
    // pg_virtualenv sets them for the tests and benchmarks; localhost:5432 where they are unset.
    static ServerAddress fromEnvironment(const QString &database);
    // The URL without the password: for the status bar, the log and recent connections.
    QString url() const;
    // "iotdesk on db.example.lg.jp as sato": how the window names where the data lives.
    QString description() const;
    // Qt's QPSQL connect options (the TLS settings, a connect timeout, the program's name).
    QString connectOptions() const;

    bool operator==(const ServerAddress &) const = default;
};

} // namespace iotdesk::core
