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

#include <optional>

namespace iotdesk::core {

class Transaction;

// Which state of a record an edit was made from: the id of the record's newest history entry
// when it was read (0: it has none). An update that carries it is refused with
// ErrorCode::Conflict when the record's history has grown since — someone else changed it —
// so that no one's change is overwritten unseen (ChangeHistory::claim). Unset: the update is
// not checked (what the program writes of itself, tests that build records by hand).
// Two versions always compare equal: records compare by what they hold, not by when they were
// read.
struct RecordVersion
{
    std::optional<qint64> seen;
    // Only others' changes count: an undo or redo, whose own stack may have changed the record
    // since (a deletion undone re-creates it), is refused only for someone else's change.
    bool othersOnly = false;

    bool operator==(const RecordVersion &) const { return true; }
};

// A value read with the version it was read at (the version read first).
template <typename Value> struct Versioned
{
    Value value;
    RecordVersion version;
};

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

// One user's edit carried onto the record as someone else has left it since (after a
// Conflict): each of `fields` that the user changed (differs in `mine` from `opened`, what the
// user's editor was opened with) takes the user's value; every other field, the version
// included, keeps theirs.
template <typename Record, typename... Types>
Record reapplyEdit(const Record &opened, const Record &mine, Record theirs,
                   Types Record::*...fields)
{
    ((mine.*fields != opened.*fields ? void(theirs.*fields = mine.*fields) : void()), ...);
    return theirs;
}

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
    // A record's version now: the id of its newest history entry, 0 when it has none. A part
    // of a record edited on its own (a session's agenda beside its details) has the version of
    // its own `fields`; none: every field.
    static Result<qint64> version(const QSqlDatabase &db, const QString &entity,
                                  const QString &entityId, const QStringList &fields = {});
    // The same as a column of a SELECT over the record's table, whose id is `idColumn`. The
    // fields are the program's names, never input.
    static QString versionColumn(const QString &entity, const QString &idColumn,
                                 const QStringList &fields = {});

    // Called in a write transaction before the row `id` of `table` (whose history is kept
    // under `entity`) is changed by `user` from the state `version` saw. Locks the row against
    // the other writers (on a server; a file's writers already wait for each other), then
    // refuses with ErrorCode::Conflict, naming who changed the record and when, if its history
    // has grown since (by someone other than `user`, for a version that counts only others'
    // changes). Nothing to check when `version` is unset. No `table`: nothing is locked here,
    // the caller has written the row first (a row without an id of its own, which its write
    // locks until the commit).
    static Result<void> claim(const QSqlDatabase &db, const QString &table, const QString &entity,
                              qint64 id, const RecordVersion &version, const QString &user,
                              const QStringList &fields = {});

    // Commits an edit's transaction and gives the record's version after it (read inside the
    // transaction, so that no one else's later change is taken for the edit's own).
    static Result<qint64> commitEdit(Transaction &transaction, const QSqlDatabase &db,
                                     const QString &entity, qint64 id,
                                     const QStringList &fields = {});

    // Newest first; all entities when entity is empty.
    static Result<QList<HistoryEntry>> entries(const QSqlDatabase &db, const QString &entity = {},
                                               const QString &entityId = {}, int limit = 1000);
};

} // namespace iotdesk::core
