#include "core/storage/schemamigrator.h"

#include "core/foundation/logging.h"
#include "core/storage/masterdataloader.h"
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
    };
    return list;
}

int SchemaMigrator::latestVersion()
{
    return migrations().back().version;
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
            return storageError(current.lastError());
        if (current.value(0).toInt() >= migration.version)
            continue;
        current.finish();
        auto step = runScript(db, script);
        if (step && migration.loadRows)
            step = migration.loadRows(db);
        if (const auto domain = steps.afterMigration.value(migration.version); step && domain)
            step = domain(db);
        if (step) {
            QSqlQuery version(db);
            // PRAGMA takes no bound values; the number comes from the program, not from input.
            if (!version.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)))
                step = storageError(version.lastError());
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
