// ContactRepository: the people consultations are with and by — counterparts at local
// governments and the consultants — kept once and reused. Completion offers the people
// already known as a name is typed; an e-mail address finds its person.
#pragma once

#include "core/applications/application.h"
#include "core/consultations/consultation.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QSqlDatabase;

namespace iotdesk::core {

class Database;

class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ContactRepository)

public:
    explicit ContactRepository(const Database &db)
        : m_db(db)
    {}

    Result<void> validate(const Contact &contact) const;
    Result<qint64> add(const Contact &contact);
    // Stores `contact`, refused (ErrorCode::Conflict) when the person changed since
    // `contact.version` was read; gives the version after.
    Result<qint64> update(const Contact &contact);
    // Only a person no consultation or follow-up names can be removed; otherwise make them
    // inactive.
    Result<void> remove(qint64 id);
    Result<Contact> contact(qint64 id) const;
    // The consultants, or a local government's people, by name.
    Result<QList<Contact>> consultants() const;
    Result<QList<Contact>> ofGovernment(const QString &code6) const;
    // Everyone: the consultants first, then the people of local governments by code and
    // reading.
    Result<QList<Contact>> people() const;
    // People whose name or reading starts with `prefix` (kana in either script), a
    // government's own first when `code6` is given; at most `limit`.
    Result<QList<Contact>> complete(ContactKind kind, const QString &prefix,
                                    const QString &code6 = {}, int limit = 20) const;
    Result<std::optional<Contact>> byEmail(const QString &address) const;
    // The one local government whose known municipal people write from `domain`; empty when
    // none or several do.
    Result<QString> governmentOfMailDomain(const QString &domain) const;
    // The contact of that kind and name (at that government), added if there is none yet.
    Result<qint64> findOrAdd(const Contact &contact);

    // One registry of people: an application's contact persons are people of its lead local
    // government (`code6`). Inside the caller's transaction, each is found among that
    // government's people by name (spaces ignored) or added; a person found gets the
    // department, title, phone and address they lacked. Nothing is ever taken away.
    static Result<void> registerApplicationContacts(const QSqlDatabase &db, const QString &user,
                                                    const QString &code6,
                                                    const QList<ApplicationContact> &contacts);
    // The contact persons of the applications already stored, registered as above, once per
    // file (a file written before applications' contacts joined the registry); in its own
    // transaction, marked done in the history so that a person removed later stays removed.
    // Database::open calls it. The number of people added.
    static Result<int> registerStoredApplicationContacts(const QSqlDatabase &db);

    // For other readings of people: "SELECT … FROM contacts " (unqualified columns, to which a
    // WHERE is added), and one of its rows as a Contact, version included.
    static const QString &selectSql();
    static Contact read(const QSqlQuery &q);

private:
    const Database &m_db;
};

} // namespace iotdesk::core
