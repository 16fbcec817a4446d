#include "nationalfile.h"

#include "database.h"
#include "programrepository.h"
#include "transaction.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace iotdesk::bench {

core::Result<QString> NationalFile::ensure(const QString &path, const NationalFileSize &size)
{
    core::OpenOptions options;
    options.dailyBackup = false;
    if (QFile::exists(path)) {
        auto existing = core::Database::open(path, options);
        if (existing) {
            QSqlQuery count((*existing)->connection());
            if (count.exec(
                    u"SELECT (SELECT count(*) FROM history), (SELECT count(*) FROM programs)"_s) &&
                count.next() && count.value(0).toInt() == size.historyRows &&
                count.value(1).toInt() == size.programYears) {
                return path;
            }
        }
        for (const char16_t *suffix : {u"", u"-wal", u"-shm"})
            QFile::remove(path + QString::fromUtf16(suffix));
    }
    auto db = core::Database::open(path, options);
    if (!db)
        return db.error();
    core::ProgramRepository programs(**db);
    for (qint64 id = 1; id < size.programYears; ++id) {
        if (auto next = programs.createNextFiscalYear(id); !next)
            return next.error();
    }

    QStringList codes;
    {
        QSqlQuery query((*db)->connection());
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT code6 FROM local_governments"_s))
            return core::Error(core::ErrorCode::Failed, query.lastError().text());
        while (query.next())
            codes.append(query.value(0).toString());
    }
    auto transaction = core::Transaction::begin((*db)->connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery insert((*db)->connection());
    insert.prepare(u"INSERT INTO history (changed_at, changed_by, entity, entity_id, field, "
                   "old_value, new_value) VALUES (?, ?, 'local_government', ?, 'note', ?, ?)"_s);
    QRandomGenerator random(2018);
    const QStringList users = {u"sato"_s, u"suzuki"_s, u"takahashi"_s, u"tanaka"_s, u"ito"_s};
    QDateTime at(QDate(2018, 4, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < size.historyRows; ++i) {
        at = at.addSecs(30 + random.bounded(60));
        insert.addBindValue(at.toString(Qt::ISODateWithMs));
        insert.addBindValue(users[random.bounded(int(users.size()))]);
        insert.addBindValue(codes[random.bounded(int(codes.size()))]);
        insert.addBindValue(QString::number(i));
        insert.addBindValue(QString::number(i + 1));
        if (!insert.exec())
            return core::Error(core::ErrorCode::Failed, insert.lastError().text());
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return path;
}

} // namespace iotdesk::bench
