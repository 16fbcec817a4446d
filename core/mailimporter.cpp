#include "mailimporter.h"

#include "consultationrepository.h"
#include "contactrepository.h"
#include "database.h"
#include "emailaddress.h"
#include "sqltext.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

QString MailImporter::governmentOfDomain(const QString &domain) const
{
    if (domain.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT DISTINCT lg_code6 FROM contacts WHERE kind = 'municipal' AND email LIKE "
              "? ESCAPE '\\' LIMIT 2"_s);
    q.addBindValue(QString(u"%@"_s + likeEscaped(domain)));
    if (!q.exec())
        return {};
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes.size() == 1 ? codes.front() : QString();
}

MailImportItem MailImporter::propose(const MailMessage &mail) const
{
    MailImportItem item;
    item.mail = mail;
    Consultation &c = item.consultation;
    c.occurredAt = mail.date;
    c.channel = u"email"_s;
    c.summary = mail.subject;
    c.mailSubject = mail.subject;
    c.mailFrom = mail.from.display();
    c.mailTo = MailParser::addressList(mail.to);
    c.mailCc = MailParser::addressList(mail.cc);
    c.mailBody = mail.body;
    c.messageId = mail.messageId;

    const ContactRepository contacts(m_db);
    const auto known = [&contacts](const MailAddress &address) -> std::optional<Contact> {
        auto found = contacts.byEmail(address.address);
        return found ? found.value() : std::nullopt;
    };
    const std::optional<Contact> sender = known(mail.from);
    const bool outgoing = sender && sender->kind == u"consultant";
    c.direction = outgoing ? u"outgoing"_s : u"incoming"_s;
    // The other side: the sender of an incoming mail, the recipients of an outgoing one.
    QList<MailAddress> municipalSide;
    if (outgoing) {
        c.consultantId = sender->id;
        municipalSide = mail.to + mail.cc;
    } else {
        // A partner's mail copied to the local government is about that government.
        municipalSide = QList<MailAddress>{mail.from} + mail.to + mail.cc;
        for (const MailAddress &recipient : mail.to + mail.cc) {
            if (const auto person = known(recipient); person && person->kind == u"consultant") {
                c.consultantId = person->id;
                break;
            }
        }
    }
    for (const MailAddress &address : std::as_const(municipalSide)) {
        if (const auto person = known(address); person && person->kind == u"municipal") {
            c.counterpartId = person->id;
            c.lgCode6 = person->lgCode6;
            item.matchedBy = u"contact"_s;
            break;
        }
    }
    if (c.lgCode6.isEmpty()) {
        for (const MailAddress &address : std::as_const(municipalSide)) {
            if (const QString code = governmentOfDomain(EmailAddress::domain(address.address));
                !code.isEmpty()) {
                c.lgCode6 = code;
                item.matchedBy = u"domain"_s;
                break;
            }
        }
    }
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
            if (seen.contains(id) || (stored && *stored)) {
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
            waiting << QFileInfo(item.path).fileName();
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
