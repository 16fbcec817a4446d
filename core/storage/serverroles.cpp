#include "core/storage/serverroles.h"

#include "core/storage/schemamigrator.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

constexpr ValueName<ServerRole> kRoles[] = {
    {ServerRole::Coordinator, u"coordinator",
     QT_TRANSLATE_NOOP("iotdesk::core::ServerRoles", "Coordinator"), u"コーディネーター"},
    {ServerRole::Consultant, u"consultant",
     QT_TRANSLATE_NOOP("iotdesk::core::ServerRoles", "Consultant"), u"相談員"},
    {ServerRole::Reviewer, u"reviewer", QT_TRANSLATE_NOOP("iotdesk::core::ServerRoles", "Reviewer"),
     u"審査員"},
    {ServerRole::Viewer, u"viewer", QT_TRANSLATE_NOOP("iotdesk::core::ServerRoles", "Viewer"),
     u"閲覧者"},
};

// One statement the server writes itself (format() with %I and %L quotes names and the
// password), then runs: CREATE ROLE and GRANT take no bound values.
Result<void> execFormatted(const QSqlDatabase &db, const QString &format,
                           const QVariantList &values)
{
    QSqlQuery build(db);
    QString placeholders;
    for (qsizetype i = 0; i < values.size(); ++i)
        placeholders += u", CAST(? AS text)"_s;
    build.prepare(u"SELECT format(?"_s + placeholders + u')');
    build.addBindValue(format);
    for (const QVariant &value : values)
        build.addBindValue(value);
    if (!build.exec() || !build.next())
        return storageError(build.lastError());
    const QString statement = build.value(0).toString();
    build.finish();
    QSqlQuery run(db);
    if (!run.exec(statement))
        return storageError(run.lastError());
    return {};
}

QString groupOf(const QSqlDatabase &db, ServerRole role)
{
    return db.databaseName() + u'_' + storedName(role);
}

Result<void> checkUser(const ServerUser &user)
{
    if (user.name.trimmed().isEmpty() || user.name != user.name.trimmed())
        return Error(ErrorCode::Invalid, ServerRoles::tr("A user needs a name without spaces "
                                                         "around it."));
    if (!isKnown(user.role))
        return Error(ErrorCode::Invalid, ServerRoles::tr("That is not a role."));
    if (user.bureauId != 0 && user.role != ServerRole::Reviewer) {
        return Error(ErrorCode::Invalid, ServerRoles::tr("Only a reviewer belongs to a bureau."));
    }
    return {};
}

} // namespace

template <> const ValueSet<ServerRole> &valueSet<ServerRole>()
{
    static constexpr ValueSet<ServerRole> set("iotdesk::core::ServerRoles", kRoles);
    return set;
}

Result<void> ServerRoles::apply(const QSqlDatabase &db)
{
    QFile file(u":/migrations/postgresql/roles.sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Failed, tr("The roles script is missing from the program."));
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto run = SchemaMigrator::runScript(db, QString::fromUtf8(file.readAll())); !run)
        return run;
    return transaction->commit();
}

Result<void> ServerRoles::addUser(const QSqlDatabase &db, const ServerUser &user,
                                  const QString &password)
{
    if (auto valid = checkUser(user); !valid)
        return valid;
    if (password.size() < 8)
        return Error(ErrorCode::Invalid, tr("A password has at least 8 characters."));
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery exists(db);
    exists.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
    exists.addBindValue(user.name);
    if (!exists.exec())
        return storageError(exists.lastError());
    if (exists.next())
        return Error(ErrorCode::Invalid, tr("There is already a user “%1”.").arg(user.name));
    exists.finish();
    if (auto made = execFormatted(db, u"CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I"_s,
                                  {user.name, password, groupOf(db, user.role)});
        !made)
        return made;
    QSqlQuery listed(db);
    listed.prepare(u"INSERT INTO iotdesk_users (user_name, role, bureau_id) VALUES (?, ?, ?)"_s);
    listed.addBindValue(user.name);
    listed.addBindValue(storedName(user.role));
    listed.addBindValue(user.bureauId > 0 ? QVariant(qint64(user.bureauId)) : QVariant());
    if (!listed.exec())
        return storageError(listed.lastError());
    return transaction->commit();
}

Result<void> ServerRoles::setRole(const QSqlDatabase &db, const ServerUser &user)
{
    if (auto valid = checkUser(user); !valid)
        return valid;
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery listed(db);
    listed.prepare(u"UPDATE iotdesk_users SET role = ?, bureau_id = ? WHERE user_name = ?"_s);
    listed.addBindValue(storedName(user.role));
    listed.addBindValue(user.bureauId > 0 ? QVariant(qint64(user.bureauId)) : QVariant());
    listed.addBindValue(user.name);
    if (!listed.exec())
        return storageError(listed.lastError());
    if (listed.numRowsAffected() != 1)
        return Error(ErrorCode::NotFound, tr("There is no user “%1” here.").arg(user.name));
    // Revoking a membership the user does not have is no news.
    if (auto quiet = execFormatted(db, u"SET LOCAL client_min_messages = error"_s, {}); !quiet)
        return quiet;
    for (const ServerRole role : allValues<ServerRole>()) {
        const QString format = role == user.role ? u"GRANT %I TO %I"_s : u"REVOKE %I FROM %I"_s;
        if (auto granted = execFormatted(db, format, {groupOf(db, role), user.name}); !granted)
            return granted;
    }
    return transaction->commit();
}

Result<QList<ServerUser>> ServerRoles::users(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT user_name, role, coalesce(bureau_id, 0) FROM iotdesk_users ORDER BY "
                "user_name"_s))
        return storageError(q.lastError());
    QList<ServerUser> result;
    while (q.next()) {
        result.append({q.value(0).toString(), readStored(q.value(1), ServerRole::Viewer),
                       q.value(2).toInt()});
    }
    return result;
}

Result<ServerRole> ServerRoles::currentRole(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT to_regclass('iotdesk_users') IS NOT NULL"_s) || !q.next())
        return storageError(q.lastError());
    const bool listed = q.value(0).toBool();
    if (!q.exec((listed ? u"SELECT (SELECT role FROM iotdesk_users WHERE user_name = "
                          "current_user), "_s
                        : u"SELECT NULL, "_s) +
                u"pg_get_userbyid(d.datdba) = current_user OR (SELECT rolsuper FROM pg_roles "
                "WHERE rolname = current_user) FROM pg_database d WHERE d.datname = "
                "current_database()"_s) ||
        !q.next())
        return storageError(q.lastError());
    if (!q.value(0).isNull())
        return readStored(q.value(0), ServerRole::Viewer);
    // The owner (or a superuser) administers the database; anyone else not listed reads.
    return q.value(1).toBool() ? ServerRole::Coordinator : ServerRole::Viewer;
}

} // namespace iotdesk::core
