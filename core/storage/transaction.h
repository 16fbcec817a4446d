// Transaction: one write (or a run of reads) against the database, rolled back when it goes
// out of scope without commit(). Every change to an IoT Desk file goes through one.
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace iotdesk::core {

class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::Transaction)

public:
    enum class Mode
    {
        Deferred,  // reads; takes the write lock only if it comes to write
        Immediate, // writes: takes the write lock at once, so a read-then-write cannot fail late
    };

    static Result<Transaction> begin(const QSqlDatabase &db, Mode mode = Mode::Immediate);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Result<void> commit();
    void rollback();
    bool isActive() const { return m_active; }

    // Whether a transaction was committed on this connection since the last call: how the
    // change notifier learns of this process's commits where no commit hook exists (a server).
    static bool takeCommitted(const QSqlDatabase &db);

    // A team server's connection that no longer answers (the server restarted, the network
    // dropped it) is opened again with its own settings, once: true when it answers again.
    // Called where nothing of a change has been sent yet (begin()) or by a read.
    static bool reopenLost(const QSqlDatabase &db);
    // How many times the connection was opened again: its notifier listens anew when this
    // changes (a new session of the server has forgotten the old one's LISTEN).
    static quint64 reopenCount(const QSqlDatabase &db);

private:
    explicit Transaction(const QSqlDatabase &db)
        : m_db(db)
        , m_active(true)
    {}

    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace iotdesk::core
