#include "core/documents/applicationmailimporter.h"

#include "core/applications/applicationrepository.h"
#include "core/applications/applicationtiming.h"
#include "core/documents/sendergovernment.h"
#include "core/storage/database.h"
#include "core/storage/filestore.h"
#include "core/storage/storageerror.h"

#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

bool ApplicationMailItem::exceedsMailLimit() const
{
    return ApplicationTiming::exceedsMailLimit(application.attachmentBytes);
}

void ApplicationMailItem::setGovernment(const QString &code6)
{
    application.members.clear();
    if (!code6.isEmpty())
        application.members.append({code6, true});
}

ApplicationMailItem ApplicationMailImporter::propose(const MailMessage &mail) const
{
    ApplicationMailItem item;
    item.mail = mail;
    Application &a = item.application;
    a.programId = m_programId;
    a.receivedAt = mail.date;
    a.senderEmail = mail.from.address;
    a.subject = mail.subject;
    a.attachmentBytes = mail.attachmentBytes;
    a.messageId = mail.messageId;
    for (const MailAttachment &attachment : mail.attachments)
        a.files.append(
            FileStore::fromBytes(attachment.fileName, attachment.content, m_db.userName()));
    // The sender is the application's first contact person when the mail names them.
    if (!mail.from.name.isEmpty())
        a.contacts.append({mail.from.name, {}, {}, {}, mail.from.address});
    const auto government = SenderGovernment::find(m_db, {mail.from});
    if (!government) {
        item.problem = government.message();
        return item;
    }
    item.setGovernment(government->code6);
    item.matchedBy = government->matchedBy;
    item.candidates = government->candidates;
    return item;
}

QList<ApplicationMailItem> ApplicationMailImporter::read(const QStringList &paths) const
{
    QList<ApplicationMailItem> items;
    QSet<QString> seen;
    const ApplicationRepository applications(m_db);
    for (const QString &path : paths) {
        const auto mail = MailParser::parseFile(path);
        ApplicationMailItem item;
        if (!mail) {
            item.path = path;
            item.problem = mail.message();
            items.append(item);
            continue;
        }
        item = propose(*mail);
        item.path = path;
        const QString id = mail->messageId;
        // A failed look-up of the sender stays the mail's problem.
        if (!id.isEmpty() && item.problem.isEmpty()) {
            const auto stored = applications.idOfMessage(id);
            if (!stored) {
                item.problem = stored.message();
            } else if (*stored != 0) {
                item.duplicate = true;
                item.problem =
                    tr("Already taken in as application %1 (Message-ID %2).").arg(*stored).arg(id);
            } else if (seen.contains(id)) {
                item.duplicate = true;
                item.problem = tr("The same mail twice (Message-ID %1).").arg(id);
            }
            seen.insert(id);
        }
        items.append(item);
    }
    return items;
}

Result<QList<Application>>
ApplicationMailImporter::applications(const QList<ApplicationMailItem> &items) const
{
    QList<Application> ready;
    QStringList waiting;
    const ApplicationRepository repository(m_db);
    for (const ApplicationMailItem &item : items) {
        if (!item.problem.isEmpty())
            continue;
        const QString name = QFileInfo(item.path).fileName();
        if (item.application.members.isEmpty()) {
            SenderGovernment government;
            government.candidates = item.candidates;
            waiting << (item.candidates.isEmpty()
                            ? name
                            : tr("%1 (%2)").arg(name, government.candidateList()));
            continue;
        }
        if (auto valid = repository.validate(item.application); !valid)
            return Error(valid.error().code(), tr("%1: %2").arg(name, valid.message()));
        ready.append(item.application);
    }
    if (!waiting.isEmpty()) {
        return Error(ErrorCode::Invalid,
                     tr("Name the local government of: %1").arg(waiting.join(u", "_s)));
    }
    return ready;
}

Result<QList<qint64>> ApplicationMailImporter::store(const QList<ApplicationMailItem> &items) const
{
    const auto ready = applications(items);
    if (!ready)
        return ready.error();
    return ApplicationRepository(m_db).createAll(*ready);
}

} // namespace iotdesk::core
