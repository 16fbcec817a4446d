#include "core/storage/schemamigrator.h"

#include "core/foundation/logging.h"
#include "core/storage/masterdataloader.h"
#include "core/storage/sqldialect.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

const QList<Migration> &SchemaMigrator::migrations()
{
    static const QList<Migration> list = {
        {1, u":/migrations/0001_master_data.sql"_s,
         [](const QSqlDatabase &db) {
             return MasterDataLoader::load(db);
         }},
        {2, u":/migrations/0002_programs.sql"_s, {}},
        {3, u":/migrations/0003_applications.sql"_s, {}},
        {4, u":/migrations/0004_consultations.sql"_s, {}},
        {5, u":/migrations/0005_meetings.sql"_s, {}},
        {6, u":/migrations/0006_reports.sql"_s, {}},
        {7, u":/migrations/0007_application_mails.sql"_s, {}},
        {8, u":/migrations/0008_consultation_counts.sql"_s, {}},
        {9, u":/migrations/0009_plans.sql"_s, {}},
    };
    return list;
}

int SchemaMigrator::latestVersion()
{
    return migrations().back().version;
}

namespace {

// The script of a migration for the engine of `db`.
QString scriptFor(const Migration &migration, const QSqlDatabase &db)
{
    if (SqlDialect(db).engine() == Engine::SQLite)
        return migration.scriptPath;
    QString path = migration.scriptPath;
    return path.replace(u":/migrations/"_s, u":/migrations/postgresql/"_s);
}

} // namespace

Result<int> SchemaMigrator::version(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (SqlDialect(db).engine() == Engine::SQLite) {
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
            return storageError(query.lastError());
        return query.value(0).toInt();
    }
    if (!query.exec(u"SELECT to_regclass('iotdesk_schema_version') IS NOT NULL"_s) || !query.next())
        return storageError(query.lastError());
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT coalesce(max(version), 0) FROM iotdesk_schema_version"_s) ||
        !query.next())
        return storageError(query.lastError());
    return query.value(0).toInt();
}

Result<void> SchemaMigrator::setVersion(const QSqlDatabase &db, int version)
{
    QSqlQuery query(db);
    if (SqlDialect(db).engine() == Engine::SQLite) {
        // PRAGMA takes no bound values; the number comes from the program, not from input.
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version)))
            return storageError(query.lastError());
        return {};
    }
    query.prepare(u"UPDATE iotdesk_schema_version SET version = ?"_s);
    query.addBindValue(version);
    if (!query.exec())
        return storageError(query.lastError());
    return {};
}

Result<void> SchemaMigrator::syncSequences(const QSqlDatabase &db)
{
    QSqlQuery tables(db);
    tables.setForwardOnly(true);
    if (!tables.exec(
            u"SELECT table_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND column_name = 'id' AND is_identity = 'YES' ORDER BY 1"_s))
        return storageError(tables.lastError());
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        // The table's name comes from the catalogue, not from input.
        QSqlQuery sync(db);
        if (!sync.exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce((SELECT "
                       "max(id) FROM %1), 0) + 1, false)"_s.arg(table)))
            return storageError(sync.lastError());
    }
    return {};
}

Result<QString> SchemaMigrator::laterSchemaPresent(const QSqlDatabase &db, int version)
{
    static const QRegularExpression created(
        u"CREATE\\s+(?:UNIQUE\\s+|VIRTUAL\\s+)?(?:TABLE|INDEX|TRIGGER|VIEW)\\s+"
        "(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression added(u"ALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+COLUMN\\s+(\\w+)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    QSqlQuery object(db);
    object.prepare(u"SELECT 1 FROM sqlite_schema WHERE name = ?"_s);
    QSqlQuery column(db);
    column.prepare(u"SELECT 1 FROM pragma_table_info(?) WHERE name = ?"_s);
    for (const Migration &migration : migrations()) {
        if (migration.version <= version)
            continue;
        QFile file(migration.scriptPath);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString script = QString::fromUtf8(file.readAll());
        for (auto match = created.globalMatch(script); match.hasNext();) {
            object.addBindValue(match.next().captured(1));
            if (!object.exec())
                return storageError(object.lastError());
            if (object.next())
                return object.boundValue(0).toString();
        }
        for (auto match = added.globalMatch(script); match.hasNext();) {
            const auto found = match.next();
            column.addBindValue(found.captured(1));
            column.addBindValue(found.captured(2));
            if (!column.exec())
                return storageError(column.lastError());
            if (column.next())
                return QString(found.captured(1) + u'.' + found.captured(2));
        }
    }
    return QString();
}

Result<void> SchemaMigrator::migrate(const QSqlDatabase &db, const DomainSteps &steps,
                                     int fromVersion, int toVersion)
{
    for (const Migration &migration : migrations()) {
        if (migration.version <= fromVersion || migration.version > toVersion)
            continue;
        const QString scriptPath = scriptFor(migration, db);
        QFile file(scriptPath);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::Failed,
                         tr("The schema script %1 is missing from the program.").arg(scriptPath));
        }
        const QString script = QString::fromUtf8(file.readAll());
        const bool server = SqlDialect(db).engine() == Engine::PostgreSQL;

        auto transaction = Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        Result<void> step;
        if (server) {
            // The version mark, made with the first version; its lock makes two programs that
            // prepare the same server take turns.
            QSqlQuery mark(db);
            const bool made = mark.exec(u"SELECT to_regclass('iotdesk_schema_version') IS NOT "
                                        "NULL"_s) &&
                              mark.next() && mark.value(0).toBool();
            if ((!made && !mark.exec(u"CREATE TABLE iotdesk_schema_version (version integer "
                                     "NOT NULL)"_s)) ||
                !mark.exec(u"LOCK TABLE iotdesk_schema_version IN EXCLUSIVE MODE"_s) ||
                !mark.exec(u"INSERT INTO iotdesk_schema_version (version) SELECT 0 WHERE NOT "
                           "EXISTS (SELECT 1 FROM iotdesk_schema_version)"_s))
                step = storageError(mark.lastError());
        }
        // Another program may have applied this step since the caller looked.
        const auto current = version(db);
        if (!current)
            return current.error();
        if (*current >= migration.version)
            continue;
        if (step)
            step = runScript(db, script);
        if (step && migration.loadRows)
            step = migration.loadRows(db);
        if (const auto domain = steps.afterMigration.value(migration.version); step && domain)
            step = domain(db);
        if (step && server)
            step = syncSequences(db);
        if (step)
            step = setVersion(db, migration.version);
        if (step)
            step = transaction->commit();
        if (!step) {
            return Error(ErrorCode::Failed,
                         (server ? tr("Upgrading the database to schema version %1 failed; the "
                                      "database was left as it was. %2")
                                 : tr("Upgrading the file to schema version %1 failed; the file "
                                      "was left as it was. %2"))
                             .arg(migration.version)
                             .arg(step.message()));
        }
    }
    return {};
}

Result<void> SchemaMigrator::runScript(const QSqlDatabase &db, const QString &script)
{
    // The server takes a script of several statements in one go (PL/pgSQL bodies between $$
    // hold semicolons of their own, which SQLite's notion of a complete statement would cut).
    if (SqlDialect(db).engine() == Engine::PostgreSQL) {
        QSqlQuery query(db);
        if (!query.exec(script))
            return storageError(query.lastError(), tr("A schema statement failed: %1"));
        return {};
    }
    QString statement;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        statement += line + u'\n';
        const QByteArray utf8 = statement.toUtf8();
        if (!sqlite3_complete(utf8.constData()))
            continue;
        // A comment after the semicolon belongs to no statement; Qt would take it for a
        // second statement, so it is carried over (and dropped as whitespace) instead.
        const qsizetype end = statement.lastIndexOf(u';') + 1;
        const QString sql = statement.first(end).trimmed();
        statement = statement.mid(end).trimmed().startsWith(u"--") ? QString() : statement.mid(end);
        if (sql.isEmpty() || sql == u";")
            continue;
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            // The statement goes to the log, not into the user's message.
            qCWarning(lcStorage).noquote() << "Schema statement failed:" << sql;
            return storageError(query.lastError(), tr("A schema statement failed: %1"));
        }
    }
    if (!statement.trimmed().isEmpty()) {
        // What is left is comments only, or an unfinished statement.
        const QString rest = statement.trimmed();
        bool onlyComments = true;
        for (const QString &line : rest.split(u'\n')) {
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(u"--"))
                onlyComments = false;
        }
        if (!onlyComments)
            return Error(ErrorCode::Failed, tr("A schema statement is not complete: %1").arg(rest));
    }
    return {};
}

} // namespace iotdesk::core
