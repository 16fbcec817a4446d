// MailMessage: what IoT Desk takes from a saved e-mail (.eml): its Message-ID, date, sender
// and recipients, subject, the text of its body (decoded to Unicode from whatever transfer
// encoding and character set it came in) and its attachments with their names. MailParser
// reads one with GMime.
#pragma once

#include "core/foundation/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace iotdesk::core {

struct MailAddress
{
    QString name;
    QString address; // lower case

    QString display() const { return name.isEmpty() ? address : name + u" <" + address + u'>'; }
};

struct MailAttachment
{
    QString fileName; // as the sender named it, decoded; "attachment-N" when unnamed
    QByteArray content;
};

struct MailMessage
{
    QString messageId; // without the angle brackets
    QDateTime date;    // UTC: the Date header, else when the first Received header says
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QString subject;
    QString body; // the text part, or the HTML part's text when there is no text part
    qint64 attachmentBytes = 0;
    QList<MailAttachment> attachments;
};

class MailParser
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::MailParser)

public:
    // A message needs a From address and a date (Date, or the time its first Received header
    // gives); anything else is refused as not a mail.
    static Result<MailMessage> parse(const QByteArray &bytes);
    static Result<MailMessage> parseFile(const QString &path);
    static QString addressList(const QList<MailAddress> &addresses);
};

} // namespace iotdesk::core
