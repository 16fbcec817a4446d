// ServerRoles: who may do what on a team server, as the database enforces it. Four roles —
// coordinator, consultant, reviewer (of a bureau, or of all), viewer — are group roles of the
// cluster named after the database, granted on its tables and guarded by row-level security
// (resources/migrations/postgresql/roles.sql, applied by `server init`). A user is a login
// role that is a member of one of them, listed with its role and bureau in iotdesk_users.
#pragma once

#include "core/foundation/result.h"
#include "core/foundation/valueset.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace iotdesk::core {

enum class ServerRole
{
    Coordinator,
    Consultant,
    Reviewer,
    Viewer,
};
template <> const ValueSet<ServerRole> &valueSet<ServerRole>();

struct ServerUser
{
    QString name;
    ServerRole role = ServerRole::Viewer;
    int bureauId = 0; // a reviewer's bureau; 0: every bureau (MIC, the contractor)

    bool operator==(const ServerUser &) const = default;
};

class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ServerRoles)

public:
    // The roles and their grants, brought up to the schema's tables (idempotent).
    static Result<void> apply(const QSqlDatabase &db);

    // A new login with its role (a member of the role's group), its password set by the
    // server (hashed there as SCRAM). Needs a user that may create roles.
    static Result<void> addUser(const QSqlDatabase &db, const ServerUser &user,
                                const QString &password);
    // Another role (or bureau) for an existing user of this database.
    static Result<void> setRole(const QSqlDatabase &db, const ServerUser &user);
    static Result<QList<ServerUser>> users(const QSqlDatabase &db);

    // The connected user's role: the one listed for them, or coordinator for the owner of the
    // database (the administrator who ran server init).
    static Result<ServerRole> currentRole(const QSqlDatabase &db);
};

} // namespace iotdesk::core
