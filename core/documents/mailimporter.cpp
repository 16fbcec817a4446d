#include "core/documents/mailimporter.h"

#include "core/consultations/consultationrepository.h"
#include "core/documents/sendergovernment.h"
#include "core/municipalities/contactrepository.h"
#include "core/storage/database.h"

#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

MailImportItem MailImporter::propose(const MailMessage &mail) const
{
    MailImportItem item;
    item.mail = mail;
    Consultation &c = item.consultation;
    c.occurredAt = mail.date;
    c.channel = Channel::Email;
    c.summary = mail.subject;
    c.mailSubject = mail.subject;
    c.mailFrom = mail.from.display();
    c.mailTo = MailParser::addressList(mail.to);
    c.mailCc = MailParser::addressList(mail.cc);
    c.mailBody = mail.body;
    c.messageId = mail.messageId;

    const ContactRepository contacts(m_db);
    // A failed lookup is the item's problem, never an unknown person.
    std::optional<Error> failure;
    const auto known = [&contacts, &failure](const MailAddress &address) -> std::optional<Contact> {
        auto found = contacts.byEmail(address.address);
        if (!found && !failure)
            failure = found.error();
        return found ? found.value() : std::nullopt;
    };
    const std::optional<Contact> sender = known(mail.from);
    const bool outgoing = sender && sender->kind == ContactKind::Consultant;
    c.direction = outgoing ? Direction::Outgoing : Direction::Incoming;
    // The other side: the sender of an incoming mail, the recipients of an outgoing one.
    QList<MailAddress> municipalSide;
    if (outgoing) {
        c.consultantId = sender->id;
        municipalSide = mail.to + mail.cc;
    } else {
        // A partner's mail copied to the local government is about that government.
        municipalSide = QList<MailAddress>{mail.from} + mail.to + mail.cc;
        for (const MailAddress &recipient : mail.to + mail.cc) {
            if (const auto person = known(recipient);
                person && person->kind == ContactKind::Consultant) {
                c.consultantId = person->id;
                break;
            }
        }
    }
    for (const MailAddress &address : std::as_const(municipalSide)) {
        if (const auto person = known(address); person && person->kind == ContactKind::Municipal) {
            c.counterpartId = person->id;
            c.lgCode6 = person->lgCode6;
            item.matchedBy = u"contact"_s;
            break;
        }
    }
    if (c.lgCode6.isEmpty()) {
        if (const auto government = SenderGovernment::find(m_db, municipalSide); !government) {
            failure = government.error();
        } else {
            c.lgCode6 = government->code6;
            item.matchedBy = government->matchedBy;
            item.candidates = government->candidates;
        }
    }
    if (failure)
        item.problem = failure->message();
    return item;
}

QList<MailImportItem> MailImporter::read(const QStringList &paths) const
{
    QList<MailImportItem> items;
    QSet<QString> seen;
    const ConsultationRepository consultations(m_db);
    for (const QString &path : paths) {
        const auto mail = MailParser::parseFile(path);
        MailImportItem item;
        if (!mail) {
            item.path = path;
            item.problem = mail.message();
            items.append(item);
            continue;
        }
        item = propose(*mail);
        item.path = path;
        const QString id = mail->messageId;
        if (!id.isEmpty()) {
            const auto stored = consultations.hasMessage(id);
            if (!stored) {
                item.problem = stored.message();
            } else if (seen.contains(id) || *stored) {
                item.duplicate = true;
                item.problem = tr("Already in the log (Message-ID %1).").arg(id);
            }
            seen.insert(id);
        }
        items.append(item);
    }
    return items;
}

Result<QList<qint64>> MailImporter::store(const QList<MailImportItem> &items) const
{
    QList<Consultation> ready;
    QStringList waiting;
    for (const MailImportItem &item : items) {
        if (!item.problem.isEmpty())
            continue;
        if (item.consultation.lgCode6.isEmpty()) {
            SenderGovernment government;
            government.candidates = item.candidates;
            waiting << (item.candidates.isEmpty()
                            ? QFileInfo(item.path).fileName()
                            : tr("%1 (%2)").arg(QFileInfo(item.path).fileName(),
                                                government.candidateList()));
            continue;
        }
        ready.append(item.consultation);
    }
    if (!waiting.isEmpty()) {
        return Error(ErrorCode::Invalid,
                     tr("Name the local government of: %1").arg(waiting.join(u", "_s)));
    }
    return ConsultationRepository(m_db).createAll(ready);
}

} // namespace iotdesk::core
