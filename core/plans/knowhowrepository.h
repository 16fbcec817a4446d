// KnowhowRepository: the know-how register of a program. Each change is a transaction with its
// history; a lesson changed by someone else since it was read is refused (Conflict).
#pragma once

#include "core/foundation/result.h"
#include "core/plans/knowhow.h"

#include <QCoreApplication>
#include <QList>

namespace iotdesk::core {

class Database;

class KnowhowRepository
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::KnowhowRepository)

public:
    explicit KnowhowRepository(const Database &db)
        : m_db(db)
    {}

    // A program's lessons by phase, then by municipality; only the approved ones when asked.
    Result<QList<Lesson>> lessons(qint64 programId, bool approvedOnly = false) const;
    Result<Lesson> lesson(qint64 id) const;
    // Gives the new id; a lesson with an id is brought back under it (undo).
    Result<qint64> add(const Lesson &lesson);
    // Gives the lesson's version after.
    Result<qint64> update(const Lesson &lesson);
    Result<void> remove(const Lesson &lesson);

    Result<void> validate(const Lesson &lesson) const;

private:
    const Database &m_db;
};

} // namespace iotdesk::core
