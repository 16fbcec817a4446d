// ApplicationRepository: stores applications with everything attached to them. Every change
// is validated first (a bad value changes nothing), written in one transaction and recorded
// in the history, field by field; lists attached to an application (members, contacts,
// partners, frameworks) are recorded as a whole when they change.
#pragma once

#include "core/applications/application.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>

namespace iotdesk::core {

class Database;

class ApplicationRepository
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ApplicationRepository)

public:
    explicit ApplicationRepository(const Database &db)
        : m_db(db)
    {}

    Result<qint64> create(const Application &application);
    // All or nothing: one transaction for the whole list.
    Result<QList<qint64>> createAll(const QList<Application> &applications);
    Result<Application> application(qint64 id) const;
    // A program's applications in order of arrival.
    Result<QList<Application>> applications(qint64 programId) const;
    Result<int> count() const;
    // The application taken in from the mail with this Message-ID; 0 when none was.
    Result<qint64> idOfMessage(const QString &messageId) const;
    // Stores `changed`, refused (ErrorCode::Conflict) when the application changed since
    // `changed.version` was read; gives its version after.
    Result<qint64> update(const Application &changed);
    // Puts back a state the application had before (undo, redo). The same rules as update(),
    // except the dates of what happened, which were checked when that state was stored: a
    // decision day that was right then is right now, whatever today is.
    Result<qint64> restore(const Application &state);
    Result<void> remove(qint64 id);

    // Every rule an application must keep, checked against the master data; the first broken
    // one as an Invalid error.
    Result<void> validate(const Application &application) const;
    // The rules for a change to a stored application (validate() for a new one): its dates are
    // checked only where they change, so an older file's decision does not block an edit.
    Result<void> validateChange(const Application &changed) const;
    // The dates of what happened to an application, against its receipt and the program's
    // application window (its last day): the receipt confirmed on or after the day it came,
    // not ahead of today; a decision (`decidedAt`, the moment it was made) not before the
    // application was received, a selection or rejection only after the window closed, and
    // none dated more than kDecisionDaysAhead days ahead. Part of validate(); update() checks
    // only the dates that change.
    static Result<void> checkDates(const Application &application, QDate windowEnd,
                                   int fiscalYear = 0);

    // How far ahead a decision may be dated (a decision announced for the coming days).
    static constexpr int kDecisionDaysAhead = 3;

    // The rationale the program writes itself when the balanced proposal is selected. It is
    // stored as this fixed Japanese text whatever the interface language (the record is data
    // and stays recognisable), and shown through rationaleText() in the interface language.
    static QString balancedProposalRationale();
    // A stored rationale as shown: a standard one the program wrote (also the English one
    // earlier versions stored from an English interface) in the interface language, any other
    // as written.
    static QString rationaleText(const QString &stored);
    // What to store for a rationale as shown: the standard text shown by rationaleText() goes
    // back to its stored form, any other text is stored as written.
    static QString storedRationale(const QString &shown);

private:
    enum class DateRules
    {
        Check,
        AsStoredBefore
    };
    Result<qint64> store(const Application &changed, DateRules rules);
    // Inside the caller's transaction.
    Result<qint64> insert(const Application &application);
    // Members, contact persons, partners and frameworks: written anew (New, an application
    // just inserted) or in place of the stored ones (Replace).
    enum class Children
    {
        New,
        Replace
    };
    Result<void> writeChildren(qint64 id, const Application &application,
                               Children children = Children::Replace) const;
    Result<void> readChildren(Application &application) const;

    const Database &m_db;
};

} // namespace iotdesk::core
