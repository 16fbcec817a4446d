#include "core/documents/sendergovernment.h"

#include "core/foundation/emailaddress.h"
#include "core/municipalities/contactrepository.h"
#include "core/storage/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// Mail services anyone can use: one counterpart writing from one of them says nothing about
// the next sender there. Japanese providers' and carriers' domains end in .ne.jp.
bool isPublicMailService(const QString &domain)
{
    static const QStringList services = {
        u"gmail.com"_s,   u"googlemail.com"_s, u"yahoo.co.jp"_s,   u"outlook.com"_s,
        u"outlook.jp"_s,  u"hotmail.com"_s,    u"hotmail.co.jp"_s, u"live.jp"_s,
        u"live.com"_s,    u"icloud.com"_s,     u"me.com"_s,        u"mac.com"_s,
        u"aol.com"_s,     u"nifty.com"_s,      u"au.com"_s,        u"i.softbank.jp"_s,
        u"softbank.jp"_s, u"excite.co.jp"_s,   u"goo.jp"_s};
    return services.contains(domain) || domain.endsWith(u".ne.jp"_s);
}

} // namespace

Result<SenderGovernment> SenderGovernment::find(const Database &db,
                                                const QList<MailAddress> &addresses)
{
    SenderGovernment found;
    const ContactRepository contacts(db);
    for (const MailAddress &address : addresses) {
        const auto person = contacts.byEmail(address.address);
        if (!person)
            return person.error();
        if (person.value() && person.value()->kind == ContactKind::Municipal) {
            found.code6 = person.value()->lgCode6;
            found.contactId = person.value()->id;
            found.matchedBy = u"contact"_s;
            return found;
        }
    }
    for (const MailAddress &address : addresses) {
        const QString domain = EmailAddress::domain(address.address);
        if (domain.isEmpty() || isPublicMailService(domain.toLower()))
            continue;
        const auto code = contacts.governmentOfMailDomain(domain);
        if (!code)
            return code.error();
        if (!code->isEmpty()) {
            found.code6 = *code;
            found.matchedBy = u"domain"_s;
            return found;
        }
    }
    const auto table = MunicipalDomain::of(db);
    if (!table)
        return table.error();
    for (const MailAddress &address : addresses) {
        const auto spelled = table.value()->candidates(EmailAddress::domain(address.address));
        if (spelled.size() == 1) {
            found.code6 = spelled.front().code6;
            found.matchedBy = u"domain"_s;
            return found;
        }
        if (spelled.size() > 1 && found.candidates.isEmpty())
            found.candidates = spelled;
    }
    return found;
}

QString SenderGovernment::candidateList() const
{
    QStringList names;
    for (const MunicipalDomain::Candidate &candidate : candidates)
        names << candidate.fullName + u' ' + candidate.code6;
    return names.join(QCoreApplication::translate("iotdesk::core::SenderGovernment", " or "));
}

} // namespace iotdesk::core
