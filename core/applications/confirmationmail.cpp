#include "core/applications/confirmationmail.h"

#include "core/applications/applicationtiming.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

QUrl MailDraft::mailtoUrl() const
{
    QUrl url;
    url.setScheme(u"mailto"_s);
    url.setPath(to);
    QUrlQuery query;
    // Percent-encoded in full: mail clients differ in what else they accept.
    query.addQueryItem(u"subject"_s, QString::fromLatin1(QUrl::toPercentEncoding(subject)));
    query.addQueryItem(u"body"_s, QString::fromLatin1(QUrl::toPercentEncoding(body)));
    url.setQuery(query);
    return url;
}

QString MailDraft::asText() const
{
    return u"件名: "_s + subject + u"\n\n"_s + body;
}

MailDraft ConfirmationMail::compose(const Application &application, const Program &program,
                                    const QString &applicantName, const DateFormatter &dates)
{
    MailDraft mail;
    mail.to = application.contacts.isEmpty() || application.contacts.front().email.isEmpty()
                  ? application.senderEmail
                  : application.contacts.front().email;
    mail.subject = u"【受取確認】"_s + program.nameJa + u"への応募について"_s;
    const QString contactName =
        application.contacts.isEmpty() ? QString() : application.contacts.front().name;
    const QDate receivedOn = ApplicationTiming::japanDate(application.receivedAt);
    QStringList lines;
    lines << applicantName;
    lines << (contactName.isEmpty() ? u"ご担当者様"_s : contactName + u" 様"_s);
    lines << QString();
    lines << u"%1です。"_s.arg(program.contactOffice);
    lines << u"%1にお送りいただいた%2への応募書類を、確かに受け取りました。"_s.arg(
        dates.dateWithWeekday(receivedOn), program.nameJa);
    lines << u"今後、提出書類に基づき選定を行います。追加資料の提出やご説明をお願いする場合が"
             "ありますので、その際はご協力をお願いいたします。"_s;
    lines << QString();
    lines << u"本メールは受取確認のためにお送りしています。"_s;
    lines << QString();
    lines << u"――――――――――――――――――――"_s;
    lines << program.contactOffice;
    if (!program.contactPhone.isEmpty())
        lines << u"電話: "_s + program.contactPhone;
    if (!program.contactFax.isEmpty())
        lines << u"FAX: "_s + program.contactFax;
    if (!program.contactEmail.isEmpty())
        lines << u"メール: "_s + program.contactEmail;
    mail.body = lines.join(u'\n');
    return mail;
}

} // namespace iotdesk::core
