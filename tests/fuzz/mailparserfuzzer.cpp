// Fuzz target: MailParser, which reads saved e-mails (.eml) through GMime after renaming
// Shift_JIS labels. A mail it accepts has a sender and a date; every attachment has a name.
#include "core/documents/mailmessage.h"
#include "fuzzsupport.h"

using iotdesk::core::MailAttachment;
using iotdesk::core::MailParser;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    iotdesk::fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto mail = MailParser::parse(iotdesk::fuzz::bytes(data, size));
    if (!mail) {
        IOTDESK_FUZZ_CHECK(!mail.message().isEmpty());
        return 0;
    }
    IOTDESK_FUZZ_CHECK(!mail->from.address.isEmpty());
    IOTDESK_FUZZ_CHECK(mail->date.isValid());
    qint64 attached = 0;
    for (const MailAttachment &attachment : mail->attachments) {
        IOTDESK_FUZZ_CHECK(!attachment.fileName.isEmpty());
        IOTDESK_FUZZ_CHECK(!attachment.fileName.contains(u'/'));
        attached += attachment.content.size();
    }
    IOTDESK_FUZZ_CHECK(attached == mail->attachmentBytes);
    // What the import dialog shows of the addresses names each of them.
    const QString recipients = MailParser::addressList(mail->to);
    for (const auto &address : mail->to)
        IOTDESK_FUZZ_CHECK(recipients.contains(address.address));
    return 0;
}
