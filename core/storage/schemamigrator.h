// SchemaMigrator: brings a database to the schema this program reads. Each version is a
// numbered SQL file in resources/migrations (plus, for some, rows loaded by the program: the
// master data here, the domain's rows through DomainSteps),
// applied in order, each in one transaction that also sets the version mark; a failed step
// leaves the database as it was. A released migration is never edited: later changes are new
// files. A team server has the same versions, each written in PostgreSQL's dialect in
// resources/migrations/postgresql (a test compares the two schemas); its version mark is the
// one row of iotdesk_schema_version, where a file has PRAGMA user_version.
#pragma once

#include "core/foundation/result.h"
#include "core/storage/domainsteps.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace iotdesk::core {

struct Migration
{
    int version = 0;
    QString scriptPath; // a resource path
    std::function<Result<void>(const QSqlDatabase &)> loadRows;
};

class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::SchemaMigrator)

public:
    static const QList<Migration> &migrations();
    static int latestVersion();
    // The version mark of the database: 0 for an empty one.
    static Result<int> version(const QSqlDatabase &db);

    // Applies every migration after `fromVersion` up to `toVersion`, each with the domain's
    // step for its version.
    static Result<void> migrate(const QSqlDatabase &db, const DomainSteps &steps, int fromVersion,
                                int toVersion = latestVersion());

    // Whether the file's version mark (user_version) tells the truth: the first table, index,
    // trigger or column that a migration after `version` creates and the file already has
    // ("" when there is none). A file whose mark is behind its schema would fail its upgrade
    // half-way; it is refused before anything (a backup included) is written.
    static Result<QString> laterSchemaPresent(const QSqlDatabase &db, int version);

    // Runs a script of several statements, split where SQLite says a statement is complete
    // (so a trigger body with its own semicolons stays whole).
    static Result<void> runScript(const QSqlDatabase &db, const QString &script);

    // On a server: every identity sequence moved past the largest id of its table, after rows
    // were written with their own ids (master data, an upload from a file).
    static Result<void> syncSequences(const QSqlDatabase &db);

private:
    static Result<void> setVersion(const QSqlDatabase &db, int version);
};

} // namespace iotdesk::core
