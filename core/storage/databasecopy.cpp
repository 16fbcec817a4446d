#include "core/storage/databasecopy.h"

#include "core/storage/schemamigrator.h"
#include "core/storage/sqldialect.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

struct Table
{
    QString name;
    QStringList columns;
};

// Tables kept by the triggers of another table (the consultations' counts per local
// government): cleared with the others, never copied, since copying their table fills them;
// checked against it afterwards instead.
bool isDerived(const QString &table)
{
    return table == u"consultation_counts"_s;
}

// On a server, inside the copy's transaction: the consultations' count trigger off while they
// are copied (`off`), then the counts added up at once and the trigger on again. Row by row, a
// million updates of 1,788 rows in one transaction leave each row a chain of versions that
// every next update walks (none can be pruned before the commit): hours instead of minutes.
// Needs the table's owner, who prepared the database (server init) and uploads.
Result<void> countAfterwards(const QSqlDatabase &to, bool off)
{
    if (SqlDialect(to).engine() != Engine::PostgreSQL)
        return {};
    QSqlQuery q(to);
    if (!off && !q.exec(u"INSERT INTO consultation_counts (lg_code6, consultations) SELECT "
                        "lg_code6, count(*) FROM consultations GROUP BY lg_code6"_s))
        return storageError(q.lastError());
    if (!q.exec(off ? u"ALTER TABLE consultations DISABLE TRIGGER consultation_counts_insert"_s
                    : u"ALTER TABLE consultations ENABLE TRIGGER consultation_counts_insert"_s))
        return storageError(q.lastError(), DatabaseCopy::tr("Only the owner of the team database "
                                                            "(who prepared it) can upload: %1"));
    return {};
}

// Whether the counts of `db` are those of its consultations (a government whose
// consultations were all deleted keeps a row of 0 in one database and none in the other).
Result<bool> countsAgree(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"WITH actual AS (SELECT lg_code6, count(*) AS n FROM consultations GROUP BY "
                "lg_code6), kept AS (SELECT lg_code6, consultations AS n FROM "
                "consultation_counts WHERE consultations > 0) SELECT NOT EXISTS (SELECT * FROM "
                "actual EXCEPT SELECT * FROM kept) AND NOT EXISTS (SELECT * FROM kept EXCEPT "
                "SELECT * FROM actual)"_s) ||
        !q.next())
        return storageError(q.lastError());
    return q.value(0).toBool();
}

// The tables of a file's schema (not SQLite's own, not the full-text index, which follows
// its table by triggers) with their columns, parents before children.
Result<QList<Table>> tablesOf(const QSqlDatabase &file)
{
    QSqlQuery names(file);
    names.setForwardOnly(true);
    if (!names.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                    "'sqlite_%' AND name NOT LIKE 'consultations_fts%' ORDER BY name"_s))
        return storageError(names.lastError());
    QStringList all;
    while (names.next())
        all.append(names.value(0).toString());
    QHash<QString, QSet<QString>> parents;
    QHash<QString, QStringList> columns;
    for (const QString &table : std::as_const(all)) {
        QSqlQuery keys(file);
        keys.prepare(u"SELECT \"table\" FROM pragma_foreign_key_list(?)"_s);
        keys.addBindValue(table);
        if (!keys.exec())
            return storageError(keys.lastError());
        while (keys.next()) {
            if (keys.value(0).toString() != table)
                parents[table].insert(keys.value(0).toString());
        }
        QSqlQuery info(file);
        info.prepare(u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s);
        info.addBindValue(table);
        if (!info.exec())
            return storageError(info.lastError());
        while (info.next())
            columns[table].append(info.value(0).toString());
    }
    QList<Table> ordered;
    QSet<QString> placed;
    while (ordered.size() < all.size()) {
        bool progress = false;
        for (const QString &table : std::as_const(all)) {
            if (placed.contains(table) || !placed.contains(parents.value(table)))
                continue;
            ordered.append({table, columns.value(table)});
            placed.insert(table);
            progress = true;
        }
        if (!progress)
            return Error(ErrorCode::Failed, DatabaseCopy::tr("The tables refer to each other in "
                                                             "a circle; nothing was copied."));
    }
    return ordered;
}

Result<qint64> countOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    // The name comes from the schema, not from input.
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        return storageError(q.lastError());
    return q.value(0).toLongLong();
}

// Inside the target's transaction: the target's rows removed. A server's list of users
// (server only, it refers to the bureaus) is kept aside and put back by restoreUsers().
Result<void> clear(const QSqlDatabase &to, const QList<Table> &tables, QList<QVariantList> &users)
{
    QSqlQuery q(to);
    if (SqlDialect(to).engine() == Engine::PostgreSQL) {
        if (!q.exec(u"SELECT to_regclass('iotdesk_users') IS NOT NULL"_s) || !q.next())
            return storageError(q.lastError());
        if (q.value(0).toBool()) {
            if (!q.exec(u"SELECT user_name, role, bureau_id FROM iotdesk_users"_s))
                return storageError(q.lastError());
            while (q.next())
                users.append({q.value(0), q.value(1), q.value(2)});
        }
        QStringList names;
        for (const Table &table : tables)
            names.append(table.name);
        // The cascade reaches the list of users, which is put back: no news.
        if (!q.exec(u"SET LOCAL client_min_messages = warning"_s))
            return storageError(q.lastError());
        if (!q.exec(u"TRUNCATE "_s + names.join(u", "_s) + u" RESTART IDENTITY CASCADE"_s))
            return storageError(q.lastError());
        return {};
    }
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        if (!q.exec(u"DELETE FROM "_s + table->name))
            return storageError(q.lastError());
    }
    return {};
}

Result<qint64> copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const Table &table)
{
    const QString columns = table.columns.join(u", "_s);
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT "_s + columns + u" FROM "_s + table.name))
        return storageError(read.lastError());
    QSqlQuery write(to);
    if (!write.prepare(u"INSERT INTO "_s + table.name + u" ("_s + columns + u") VALUES ("_s +
                       QStringList(table.columns.size(), u"?"_s).join(u", "_s) + u')'))
        return storageError(write.lastError());
    qint64 rows = 0;
    const int width = int(table.columns.size());
    while (read.next()) {
        for (int column = 0; column < width; ++column)
            write.bindValue(column, read.value(column));
        if (!write.exec())
            return storageError(
                write.lastError(),
                DatabaseCopy::tr("A row of %1 could not be copied: %2").arg(table.name, u"%1"_s));
        ++rows;
    }
    if (read.lastError().isValid())
        return storageError(read.lastError());
    return rows;
}

} // namespace

Result<qint64> DatabaseCopy::recordedChanges(const QSqlDatabase &db)
{
    return countOf(db, u"history"_s);
}

qint64 CopyReport::rows() const
{
    qint64 all = 0;
    for (const auto &[name, count] : tables)
        all += count;
    return all;
}

Result<CopyReport> DatabaseCopy::replaceAll(const QSqlDatabase &from, const QSqlDatabase &to)
{
    const bool fromFile = SqlDialect(from).engine() == Engine::SQLite;
    const auto tables = tablesOf(fromFile ? from : to);
    if (!tables)
        return tables.error();
    const auto fromVersion = SchemaMigrator::version(from);
    const auto toVersion = SchemaMigrator::version(to);
    if (!fromVersion)
        return fromVersion.error();
    if (!toVersion)
        return toVersion.error();
    if (*fromVersion != *toVersion) {
        return Error(ErrorCode::Invalid,
                     tr("The two databases have different schema versions (%1 and %2); open the "
                        "older one once with this IoT Desk to upgrade it.")
                         .arg(*fromVersion)
                         .arg(*toVersion));
    }
    // One snapshot of the source: what others commit meanwhile is not half in the copy.
    QSqlQuery snapshot(from);
    if (!snapshot.exec(fromFile ? u"BEGIN DEFERRED"_s
                                : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s))
        return storageError(snapshot.lastError());
    const auto endSnapshot = qScopeGuard([&from] { QSqlQuery(from).exec(u"ROLLBACK"_s); });

    auto transaction = Transaction::begin(to);
    if (!transaction)
        return transaction.error();
    QList<QVariantList> users;
    if (auto cleared = clear(to, *tables, users); !cleared)
        return cleared.error();
    if (auto off = countAfterwards(to, true); !off)
        return off.error();
    CopyReport report;
    for (const Table &table : *tables) {
        if (isDerived(table.name))
            continue;
        auto rows = copyTable(from, to, table);
        if (!rows)
            return rows.error();
        report.tables.append({table.name, *rows});
    }
    if (SqlDialect(to).engine() == Engine::PostgreSQL) {
        if (auto synced = SchemaMigrator::syncSequences(to); !synced)
            return synced.error();
        QSqlQuery restore(to);
        restore.prepare(u"INSERT INTO iotdesk_users (user_name, role, bureau_id) VALUES (?, ?, "
                        "?)"_s);
        for (const QVariantList &user : std::as_const(users)) {
            for (int i = 0; i < user.size(); ++i)
                restore.bindValue(i, user[i]);
            if (!restore.exec())
                return storageError(restore.lastError());
        }
    }
    // Every table whole, counted on both sides before anything is kept.
    for (const auto &[name, rows] : std::as_const(report.tables)) {
        const auto source = countOf(from, name);
        const auto target = countOf(to, name);
        if (!source)
            return source.error();
        if (!target)
            return target.error();
        if (*source != rows || *target != rows) {
            return Error(ErrorCode::Failed, tr("%1 has %2 rows where %3 were copied; nothing was "
                                               "changed.")
                                                .arg(name)
                                                .arg(*target)
                                                .arg(*source));
        }
    }
    if (auto counted = countAfterwards(to, false); !counted)
        return counted.error();
    const auto agree = countsAgree(to);
    if (!agree)
        return agree.error();
    if (!*agree) {
        return Error(ErrorCode::Failed, tr("The consultations counted per local government do "
                                           "not match the consultations copied; nothing was "
                                           "changed."));
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return report;
}

} // namespace iotdesk::core
