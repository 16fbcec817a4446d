// ChangeHistory: the audit trail. Every change a user makes is written here in the same
// transaction as the change itself: when (UTC), who, which entity and id, which field, the
// old and the new value. Nothing a user does is untraceable.
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace iotdesk::core {

struct HistoryEntry
{
    qint64 id = 0;
    QDateTime changedAt;
    QString changedBy;
    QString entity;
    QString entityId;
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

class ChangeHistory
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ChangeHistory)

public:
    // The name of the logged-in user of the operating system.
    static QString systemUserName();

    static Result<void> record(const QSqlDatabase &db, const QString &user, const QString &entity,
                               const QString &entityId, const QString &field,
                               const QVariant &oldValue, const QVariant &newValue);

    struct FieldChange
    {
        QString field;
        QVariant oldValue;
        QVariant newValue;
    };
    // One entry for each field whose value differs; unchanged fields are left out.
    static Result<void> recordChanges(const QSqlDatabase &db, const QString &user,
                                      const QString &entity, const QString &entityId,
                                      const QList<FieldChange> &changes);
    // Newest first; all entities when entity is empty.
    static Result<QList<HistoryEntry>> entries(const QSqlDatabase &db, const QString &entity = {},
                                               const QString &entityId = {}, int limit = 1000);
};

} // namespace iotdesk::core
