#include "core/storage/changehistory.h"

#include "core/foundation/platform.h"
#include "core/storage/preparedstatements.h"
#include "core/storage/storageerror.h"

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
