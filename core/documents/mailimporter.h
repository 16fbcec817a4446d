// MailImporter: saved mails (.eml) into the consultation log. Each mail is read (MailParser)
// and turned into a proposed consultation: its real date, the mail's headers and body, and
// the local government and people found from its addresses — a known contact's address
// first, else the domain the known contacts of exactly one local government use, else the
// municipality the domain spells (SenderGovernment). A mail matched to no local government,
// or to several, waits for the user to name one. A Message-ID already in the
// log (or twice in one batch) is refused as a duplicate and never stored twice.
#pragma once

#include "core/consultations/consultation.h"
#include "core/documents/mailmessage.h"
#include "core/foundation/result.h"
#include "core/municipalities/municipaldomain.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace iotdesk::core {

class Database;

struct MailImportItem
{
    QString path;
    MailMessage mail;
    Consultation consultation; // lgCode6 empty while no local government is known
    QString problem;           // why the file cannot be imported (not a mail, duplicate)
    bool duplicate = false;
    QString matchedBy;                            // contact, domain, or empty
    QList<MunicipalDomain::Candidate> candidates; // when the domain spells several

    bool needsGovernment() const { return problem.isEmpty() && consultation.lgCode6.isEmpty(); }
};

class MailImporter
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::MailImporter)

public:
    explicit MailImporter(const Database &db)
        : m_db(db)
    {}

    // Reads the files; never writes.
    QList<MailImportItem> read(const QStringList &paths) const;
    // The proposal for one mail.
    MailImportItem propose(const MailMessage &mail) const;
    // Stores every item without a problem, all in one transaction; an item still without a
    // local government is an error and nothing is stored.
    Result<QList<qint64>> store(const QList<MailImportItem> &items) const;

private:
    const Database &m_db;
};

} // namespace iotdesk::core
