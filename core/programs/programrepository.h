// ProgramRepository: reads and changes programs and their meetings. Every change is checked
// first (a bad value changes nothing), written in one transaction, and each changed field is
// recorded in the history.
#pragma once

#include "core/foundation/result.h"
#include "core/programs/program.h"
#include "core/selection/selectionoptimizer.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace iotdesk::core {

class Database;

class ProgramRepository
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ProgramRepository)

public:
    explicit ProgramRepository(const Database &db)
        : m_db(db)
    {}

    // Newest fiscal year first.
    Result<QList<Program>> programs() const;
    Result<Program> program(qint64 id) const;
    Result<int> count() const;

    // Stores `changed` (matched to the stored program and meetings by id).
    // Stores `changed`, refused (ErrorCode::Conflict) when the program changed since
    // `changed.version` was read; gives its version after.
    Result<qint64> update(const Program &changed);
    // Puts back a state the program had before (undo, redo): a program's rules do not depend
    // on today, so this is update().
    Result<qint64> restore(const Program &state) { return update(state); }
    // A copy of a program one fiscal year later: same settings, every date a year on.
    Result<qint64> createNextFiscalYear(qint64 sourceId);
    Result<void> remove(qint64 id);

    // The cap and the regional balance of a program's selection.
    Result<SelectionLimits> selectionLimits(qint64 programId) const;
    // The limit for every bureau (empty: none), and a bureau's own limit instead of it.
    Result<void> setBureauLimit(qint64 programId, std::optional<int> limit);
    Result<void> setBureauOverride(qint64 programId, int bureauId, std::optional<int> limit);

    // Every rule a program must keep; the first broken one as an Invalid error.
    static Result<void> validate(const Program &program);

private:
    Result<qint64> insert(const Program &program);
    // The programs an SQL clause (WHERE/ORDER BY, one optional bound value) selects, with
    // their meetings.
    Result<QList<Program>> read(const QString &clause, const QVariant &value) const;

    const Database &m_db;
};

} // namespace iotdesk::core
