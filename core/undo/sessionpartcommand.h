// SessionPartCommand: a step that replaces a whole list of a meeting session — its agenda, its
// presentation timetable — written from the version of it that was read (refused, naming who,
// if someone else changed it since). Undo puts the list before back. Each way goes on from
// the version the last one left, counting only others' changes, so the user's own later steps
// never block it.
#pragma once

#include "core/undo/repositorycommand.h"

namespace iotdesk::undo {

template <typename Item> class SessionPartCommand : public RepositoryCommand
{
protected:
    SessionPartCommand(const core::Database &db, const QString &text, qint64 sessionId,
                       QList<Item> before, QList<Item> after, const core::RecordVersion &seen)
        : RepositoryCommand(db, text)
        , m_sessionId(sessionId)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_seen(seen)
    {}

    // Stores `items` as the session's list from the version `seen`; its version after.
    virtual core::Result<qint64> write(qint64 sessionId, const QList<Item> &items,
                                       const core::RecordVersion &seen) = 0;

    core::Result<void> apply() final { return store(m_after); }
    core::Result<void> revert() final { return store(m_before); }

private:
    core::Result<void> store(const QList<Item> &items)
    {
        const auto version = write(m_sessionId, items, m_seen);
        if (!version)
            return version.error();
        m_seen = {*version, true};
        return {};
    }

    qint64 m_sessionId;
    QList<Item> m_before;
    QList<Item> m_after;
    core::RecordVersion m_seen;
};

} // namespace iotdesk::undo
