#include "schemamigrator.h"

#include "masterdataloader.h"
#include "reportrepository.h"
#include "transaction.h"

#include <QFile>
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
        // The schedule of the selections already made. This step may use only what schema 6
        // has: later steps run after it.
        {6, u":/migrations/0006_reports.sql"_s,
         [](const QSqlDatabase &db) {
             return ReportRepository::syncAll(db);
         }},
        {7, u":/migrations/0007_application_mails.sql"_s, {}},
    };
    return list;
}

int SchemaMigrator::latestVersion()
{
    return migrations().back().version;
}

Result<void> SchemaMigrator::migrate(const QSqlDatabase &db, int fromVersion, int toVersion)
{
    for (const Migration &migration : migrations()) {
        if (migration.version <= fromVersion || migration.version > toVersion)
            continue;
        QFile file(migration.scriptPath);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(
                ErrorCode::Failed,
                tr("The schema script %1 is missing from the program.").arg(migration.scriptPath));
        }
        const QString script = QString::fromUtf8(file.readAll());

        auto transaction = Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        // Another program may have applied this step since the caller looked.
        QSqlQuery current(db);
        if (!current.exec(u"PRAGMA user_version"_s) || !current.next())
            return Error(ErrorCode::Failed, current.lastError().text());
        if (current.value(0).toInt() >= migration.version)
            continue;
        current.finish();
        auto step = runScript(db, script);
        if (step && migration.loadRows)
            step = migration.loadRows(db);
        if (step) {
            QSqlQuery version(db);
            // PRAGMA takes no bound values; the number comes from the program, not from input.
            if (!version.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)))
                step = Error(ErrorCode::Failed, version.lastError().text());
        }
        if (step)
            step = transaction->commit();
        if (!step) {
            return Error(ErrorCode::Failed,
                         tr("Upgrading the file to schema version %1 failed; the file was left "
                            "as it was. %2")
                             .arg(migration.version)
                             .arg(step.message()));
        }
    }
    return {};
}

Result<void> SchemaMigrator::runScript(const QSqlDatabase &db, const QString &script)
{
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
            return Error(
                ErrorCode::Failed,
                tr("A schema statement failed: %1\n%2").arg(query.lastError().text(), sql));
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
