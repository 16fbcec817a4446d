// Fuzz target: TextDecoder, which turns the bytes of files users bring (CSV from Excel, mail
// bodies) into text, in each of its modes. Beyond not crashing it must keep its promises:
// valid UTF-8 decodes to what Qt's own decoder makes of it (no character lost or changed),
// Automatic picks what detect() says, and an error names a line the input has.
#include "core/foundation/textdecoder.h"
#include "fuzzsupport.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;
using iotdesk::core::TextDecoder;
using iotdesk::core::TextEncoding;

namespace {

// The line an error message names ("Line N: ..."), or 0.
qsizetype lineOf(const QString &message)
{
    static const QRegularExpression line(u"^Line (\\d+):"_s);
    const QRegularExpressionMatch match = line.match(message);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

void checkError(const iotdesk::core::Result<QString> &result, const QByteArray &bytes)
{
    if (result)
        return;
    const qsizetype line = lineOf(result.message());
    IOTDESK_FUZZ_CHECK(line >= 1 && line <= iotdesk::fuzz::lineCount(bytes));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    iotdesk::fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = iotdesk::fuzz::bytes(data, size);
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.sliced(3) : bytes;

    const auto utf8 = TextDecoder::decode(bytes, TextEncoding::Utf8);
    checkError(utf8, bytes);
    if (utf8) {
        // Qt's decoder, told to keep a mark (a second one is text after the first).
        QStringDecoder qtDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        IOTDESK_FUZZ_CHECK(*utf8 == QString(qtDecoder.decode(body)));
        IOTDESK_FUZZ_CHECK(TextDecoder::detect(bytes) == TextEncoding::Utf8);
    }
    const auto cp932 = TextDecoder::decode(bytes, TextEncoding::Cp932);
    checkError(cp932, bytes);
    if (cp932) // CP932 has no character made of more than two bytes.
        IOTDESK_FUZZ_CHECK(cp932->size() <= body.size());

    const auto automatic = TextDecoder::decode(bytes, TextEncoding::Automatic);
    checkError(automatic, bytes);
    const TextEncoding detected = TextDecoder::detect(bytes);
    if (automatic) {
        IOTDESK_FUZZ_CHECK(*automatic == (detected == TextEncoding::Utf8 ? *utf8 : *cp932));
    } else {
        // Automatic fails only where the encoding it settles on fails too.
        IOTDESK_FUZZ_CHECK(detected == TextEncoding::Utf8 ? !utf8 : !cp932);
    }
    return 0;
}
