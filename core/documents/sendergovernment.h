// SenderGovernment: the local government a mail comes from, found from its addresses in
// three steps — a known person's address, else a domain that the known people of exactly one
// local government use, else the municipality whose name the domain spells
// (MunicipalDomain). When the domain spells several, they are kept as candidates for the user
// to choose from; nothing is guessed.
#pragma once

#include "core/documents/mailmessage.h"
#include "core/foundation/result.h"
#include "core/municipalities/municipaldomain.h"

#include <QList>
#include <QString>

namespace iotdesk::core {

class Database;

struct SenderGovernment
{
    QString code6;                                // empty while not known
    QString matchedBy;                            // contact, domain, or empty
    qint64 contactId = 0;                         // the known person, when matched by contact
    QList<MunicipalDomain::Candidate> candidates; // several spelled by the domain

    // The first address that decides wins; addresses are tried in the order given. A failure
    // to read is an error, never "not known".
    static Result<SenderGovernment> find(const Database &db, const QList<MailAddress> &addresses);
    // "北海道檜山郡江差町 013617 or 北海道枝幸郡枝幸町 015148", for messages.
    QString candidateList() const;
};

} // namespace iotdesk::core
