// Built with QT_NO_KEYWORDS: GLib's headers use `signals` as a name.
#include "core/documents/mailmessage.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <gmime/gmime.h>
#include <mutex>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// GLib objects released at the end of a scope.
template <typename T> struct Unref
{
    void operator()(T *object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T> using GObjectPtr = std::unique_ptr<T, Unref<T>>;

void initialiseGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QList<MailAddress> addresses(InternetAddressList *list)
{
    QList<MailAddress> result;
    if (!list)
        return result;
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            result +=
                addresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)));
            continue;
        }
        if (!INTERNET_ADDRESS_IS_MAILBOX(address))
            continue;
        const char *addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
        const char *name = internet_address_get_name(address);
        result.append({QString::fromUtf8(name).trimmed(), QString::fromUtf8(addr).toLower()});
    }
    return result;
}

// The HTML without its <script> and <style> elements, opening tag to closing tag; an opening
// tag without a closing one stays (the tags go later, its text is kept). One pass: the
// regular expression <(script|style)[^>]*>.*?</\1> that did this rescanned the rest of the
// text from every unclosed opening tag, and a mail of 500 KB of "<script>" took 18 s.
QString withoutHiddenElements(const QString &html)
{
    static const QRegularExpression opening(u"<(script|style)[^>]*>"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    // Per element name, what the last search for its closing tag found: where the next one is,
    // or -1 for none until the end. Reused while it lies ahead, so each search starts where
    // the last one ended and the text is read once per name.
    struct Closing
    {
        bool searched = false;
        qsizetype at = -1;
    };
    QHash<QString, Closing> closings;
    QString text;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator matches = opening.globalMatch(html);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (match.capturedStart() < copied)
            continue; // inside an element already removed
        const QString name = match.captured(1).toLower();
        const QString closingTag = u"</"_s + name + u'>';
        Closing &closing = closings[name];
        if (!closing.searched || (closing.at >= 0 && closing.at < match.capturedEnd())) {
            closing.searched = true;
            closing.at = html.indexOf(closingTag, match.capturedEnd(), Qt::CaseInsensitive);
        }
        if (closing.at < 0)
            continue;
        text += QStringView(html).sliced(copied, match.capturedStart() - copied);
        copied = closing.at + closingTag.size();
    }
    text += QStringView(html).sliced(copied);
    return text;
}

// The text of an HTML part, for mails sent without a plain-text alternative.
QString textOfHtml(const QString &source)
{
    static const QRegularExpression breaks(u"<(br|/p|/div|/li|/tr)[^>]*>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString html = withoutHiddenElements(source);
    html.replace(breaks, u"\n"_s);
    html.remove(tags);
    html.replace(u"&nbsp;"_s, u" "_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&amp;"_s, u"&"_s);
    return html.trimmed();
}

struct BodyParts
{
    QString plain;
    QString html;
    qint64 attachmentBytes = 0;
    QList<MailAttachment> attachments;
};

void collect(GMimeObject *, GMimeObject *part, gpointer data)
{
    auto *parts = static_cast<BodyParts *>(data);
    if (!GMIME_IS_PART(part))
        return;
    GMimePart *mimePart = GMIME_PART(part);
    if (g_mime_part_is_attachment(mimePart) || !GMIME_IS_TEXT_PART(part)) {
        // The decoded size, as the applicant's mail program counted it.
        if (GMimeDataWrapper *content = g_mime_part_get_content(mimePart)) {
            GObjectPtr<GMimeStream> sink(g_mime_stream_mem_new());
            const gint64 written = g_mime_data_wrapper_write_to_stream(content, sink.get());
            if (written > 0)
                parts->attachmentBytes += written;
            GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(sink.get()));
            MailAttachment attachment;
            attachment.fileName = QString::fromUtf8(g_mime_part_get_filename(mimePart)).trimmed();
            // Only the last part of a path a sender's program may have put into the name.
            attachment.fileName =
                attachment.fileName.mid(attachment.fileName.lastIndexOf(u'/') + 1);
            attachment.fileName =
                attachment.fileName.mid(attachment.fileName.lastIndexOf(u'\\') + 1);
            if (attachment.fileName.isEmpty())
                attachment.fileName = u"attachment-%1"_s.arg(parts->attachments.size() + 1);
            if (bytes)
                attachment.content =
                    QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
            parts->attachments.append(attachment);
        }
        return;
    }
    GMimeContentType *type = g_mime_object_get_content_type(part);
    char *text = g_mime_text_part_get_text(GMIME_TEXT_PART(part));
    const QString decoded = QString::fromUtf8(text);
    g_free(text);
    if (g_mime_content_type_is_type(type, "text", "plain")) {
        if (parts->plain.isEmpty())
            parts->plain = decoded;
    } else if (g_mime_content_type_is_type(type, "text", "html")) {
        if (parts->html.isEmpty())
            parts->html = decoded;
    }
}

// Mail programs label Microsoft's Shift_JIS (with ①, ㈱, 髙 and the other NEC and IBM
// characters) as plain Shift_JIS; the Encoding Standard reads that label as windows-31j, and
// so does IoT Desk: the label is renamed CP932 in Content-Type parameters and encoded words
// before GMime converts the text.
QByteArray withWindowsShiftJis(const QByteArray &bytes)
{
    static const QRegularExpression parameter(
        u"(charset\\s*=\\s*\"?)(shift[_-]jis|x-sjis|sjis)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression encodedWord(u"=\\?(shift[_-]jis|x-sjis|sjis)(\\*[a-z-]+)?\\?"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromLatin1(bytes); // byte for byte
    text.replace(parameter, u"\\1CP932"_s);
    text.replace(encodedWord, u"=?CP932\\2?"_s);
    return text.toLatin1();
}

} // namespace

Result<MailMessage> MailParser::parse(const QByteArray &bytes)
{
    initialiseGMime();
    const auto notAMail = [](const QString &why) {
        return Error(ErrorCode::Invalid, tr("This is not an e-mail message: %1").arg(why));
    };
    if (bytes.trimmed().isEmpty())
        return notAMail(tr("the file is empty."));
    const QByteArray source = withWindowsShiftJis(bytes);
    GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(source.constData(), size_t(source.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GMimeParserOptions *options = g_mime_parser_options_new();
    // Headers with raw 8-bit text (no encoded words) from older Japanese mail programs.
    const char *fallback[] = {"UTF-8", "CP932", "EUC-JP", "ISO-2022-JP", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    g_mime_parser_options_free(options);
    if (!message)
        return notAMail(tr("no message could be read from it."));

    MailMessage mail;
    const QList<MailAddress> from = addresses(g_mime_message_get_from(message.get()));
    if (from.isEmpty() || from.front().address.isEmpty())
        return notAMail(tr("it has no sender (From)."));
    mail.from = from.front();
    GDateTime *date = g_mime_message_get_date(message.get());
    if (date) {
        mail.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    } else if (const char *received =
                   g_mime_object_get_header(GMIME_OBJECT(message.get()), "Received")) {
        // The topmost Received header is the last server's: when the mail arrived. Its time
        // follows the last semicolon.
        const QByteArray header(received);
        const QByteArray when = header.mid(header.lastIndexOf(';') + 1).trimmed();
        if (GDateTime *parsed = g_mime_utils_header_decode_date(when.constData())) {
            mail.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(parsed), Qt::UTC);
            g_date_time_unref(parsed);
        }
    }
    if (!mail.date.isValid())
        return notAMail(tr("it has no date (Date)."));
    mail.messageId = QString::fromUtf8(g_mime_message_get_message_id(message.get())).trimmed();
    mail.to = addresses(g_mime_message_get_to(message.get()));
    mail.cc = addresses(g_mime_message_get_cc(message.get()));
    mail.subject = QString::fromUtf8(g_mime_message_get_subject(message.get())).trimmed();

    BodyParts parts;
    if (GMimeObject *body = g_mime_message_get_mime_part(message.get())) {
        if (GMIME_IS_MULTIPART(body))
            g_mime_multipart_foreach(GMIME_MULTIPART(body), collect, &parts);
        else
            collect(nullptr, body, &parts);
    }
    mail.body = !parts.plain.isEmpty() ? parts.plain : textOfHtml(parts.html);
    mail.body.replace(u"\r\n"_s, u"\n"_s);
    mail.body = mail.body.trimmed();
    mail.attachmentBytes = parts.attachmentBytes;
    mail.attachments = parts.attachments;
    return mail;
}

Result<MailMessage> MailParser::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Failed,
                     tr("“%1” cannot be read: %2").arg(path, file.errorString()));
    // A mail over 50 MB is not a consultation; refuse it before reading it whole.
    if (file.size() > 50 * 1024 * 1024)
        return Error(ErrorCode::Invalid, tr("“%1” is over 50 MB.").arg(path));
    return parse(file.readAll());
}

QString MailParser::addressList(const QList<MailAddress> &addresses)
{
    QStringList parts;
    for (const MailAddress &a : addresses)
        parts << a.display();
    return parts.join(u", "_s);
}

} // namespace iotdesk::core
