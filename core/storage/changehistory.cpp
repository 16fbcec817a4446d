#include "core/storage/changehistory.h"

#include "core/foundation/dateformatter.h"
#include "core/foundation/japantime.h"
#include "core/foundation/platform.h"
#include "core/storage/preparedstatements.h"
#include "core/storage/sqldialect.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

QString ChangeHistory::systemUserName()
{
    const QString name = Platform::loginName();
    return name.isEmpty() ? u"unknown"_s : name;
}

Result<void> ChangeHistory::recordChanges(const QSqlDatabase &db, const QString &user,
                                          const QString &entity, const QString &entityId,
                                          const QList<FieldChange> &changes)
{
    for (const FieldChange &change : changes) {
        if (change.oldValue == change.newValue)
            continue;
        if (auto r =
                record(db, user, entity, entityId, change.field, change.oldValue, change.newValue);
            !r) {
            return r;
        }
    }
    return {};
}

Result<void> ChangeHistory::record(const QSqlDatabase &db, const QString &user,
                                   const QString &entity, const QString &entityId,
                                   const QString &field, const QVariant &oldValue,
                                   const QVariant &newValue)
{
    const auto query = PreparedStatements::prepared(
        db, u"INSERT INTO history (changed_at, changed_by, entity, entity_id, field, "
            "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query->addBindValue(user);
    query->addBindValue(entity);
    query->addBindValue(entityId);
    query->addBindValue(field);
    query->addBindValue(oldValue);
    query->addBindValue(newValue);
    if (!query->exec()) {
        return storageError(query->lastError(),
                            tr("Could not record the change in the history: %1"));
    }
    return {};
}

namespace {

// " AND field IN (?, ...)" for `fields`; nothing for none.
QString fieldCondition(const QStringList &fields)
{
    if (fields.isEmpty())
        return {};
    return u" AND field IN ("_s + QStringList(fields.size(), u"?"_s).join(u", "_s) + u')';
}

} // namespace

Result<qint64> ChangeHistory::version(const QSqlDatabase &db, const QString &entity,
                                      const QString &entityId, const QStringList &fields)
{
    const auto query = PreparedStatements::prepared(
        db, u"SELECT coalesce(max(id), 0) FROM history WHERE entity = ? AND entity_id = ?"_s +
                fieldCondition(fields));
    query->addBindValue(entity);
    query->addBindValue(entityId);
    for (const QString &field : fields)
        query->addBindValue(field);
    if (!query->exec() || !query->next())
        return storageError(query->lastError());
    const qint64 version = query->value(0).toLongLong();
    query->finish();
    return version;
}

Result<qint64> ChangeHistory::commitEdit(Transaction &transaction, const QSqlDatabase &db,
                                         const QString &entity, qint64 id,
                                         const QStringList &fields)
{
    const auto after = version(db, entity, QString::number(id), fields);
    if (!after)
        return after.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *after;
}

QString ChangeHistory::versionColumn(const QString &entity, const QString &idColumn,
                                     const QStringList &fields)
{
    // The index history_by_entity (entity, entity_id, id) answers it with one seek (and a
    // walk back over the record's entries, for some fields).
    const QString within =
        fields.isEmpty() ? QString() : u" AND h.field IN ('"_s + fields.join(u"', '"_s) + u"')"_s;
    return u"(SELECT coalesce(max(h.id), 0) FROM history h WHERE h.entity = '%1' AND "
           "h.entity_id = CAST(%2 AS TEXT)%3)"_s.arg(entity, idColumn, within);
}

Result<void> ChangeHistory::claim(const QSqlDatabase &db, const QString &table,
                                  const QString &entity, qint64 id, const RecordVersion &version,
                                  const QString &user, const QStringList &fields)
{
    if (!version.seen)
        return {};
    if (!table.isEmpty() && SqlDialect(db).engine() == Engine::PostgreSQL) {
        // A writer that got to the row first holds it until its commit; after the wait, the
        // history read below includes what it wrote (READ COMMITTED reads anew per statement).
        QSqlQuery lock(db);
        lock.prepare(u"SELECT id FROM %1 WHERE id = ? FOR UPDATE"_s.arg(table));
        lock.addBindValue(id);
        if (!lock.exec())
            return storageError(lock.lastError());
    }
    QSqlQuery later(db);
    later.setForwardOnly(true);
    later.prepare(u"SELECT changed_at, changed_by FROM history WHERE entity = ? AND "
                  "entity_id = ? AND id > ?"_s +
                  fieldCondition(fields) +
                  (version.othersOnly ? u" AND changed_by <> ?"_s : QString()) +
                  u" ORDER BY id DESC LIMIT 1"_s);
    later.addBindValue(entity);
    later.addBindValue(QString::number(id));
    later.addBindValue(*version.seen);
    for (const QString &field : fields)
        later.addBindValue(field);
    if (version.othersOnly)
        later.addBindValue(user);
    if (!later.exec())
        return storageError(later.lastError());
    if (!later.next())
        return {};
    const QDateTime at = QDateTime::fromString(later.value(0).toString(), Qt::ISODateWithMs)
                             .toTimeZone(JapanTime::zone());
    return Error(ErrorCode::Conflict,
                 tr("%1 changed this record on %2 at %3, after it was read here. Nothing was "
                    "saved, so that their change is not overwritten.")
                     .arg(later.value(1).toString(), DateFormatter::forMessages().date(at.date()),
                          at.toString(u"HH:mm"_s)));
}

Result<QList<HistoryEntry>> ChangeHistory::entries(const QSqlDatabase &db, const QString &entity,
                                                   const QString &entityId, int limit)
{
    QStringList conditions = {u"1 = 1"_s};
    QVariantList values;
    if (!entity.isEmpty()) {
        conditions.append(u"entity = ?"_s);
        values.append(entity);
    }
    if (!entityId.isEmpty()) {
        conditions.append(u"entity_id = ?"_s);
        values.append(entityId);
    }
    values.append(limit);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, changed_at, changed_by, entity, entity_id, field, old_value, "
                  "new_value FROM history WHERE "_s +
                  conditions.join(u" AND "_s) + u" ORDER BY id DESC LIMIT ?"_s);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return storageError(query.lastError());
    QList<HistoryEntry> result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(),
                       QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toString(), query.value(5).toString(), query.value(6),
                       query.value(7)});
    }
    return result;
}

} // namespace iotdesk::core
