#include "core/foundation/textdecoder.h"

#include "core/foundation/lineend.h"

#include <QByteArrayView>

#include <unicode/ucnv.h>

#include <memory>
#include <string>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

constexpr QByteArrayView kUtf8Bom = "\xEF\xBB\xBF";

// "windows-31j" is the one unambiguous ICU alias for Microsoft's table (ibm-943_P15A-2003);
// "cp932" and "Shift_JIS" also resolve to it but only with U_AMBIGUOUS_ALIAS_WARNING.
const char *icuName(TextEncoding encoding)
{
    return encoding == TextEncoding::Cp932 ? "windows-31j" : "UTF-8";
}

bool isInvalidInput(UErrorCode status)
{
    return status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND ||
           status == U_TRUNCATED_CHAR_FOUND;
}

// Converts in chunks of one line each (lineend.h) so that the line of the first invalid byte
// is known without mapping ICU's offsets back. That is exact for UTF-8 and CP932 alike: a line
// break is never part of a multi-byte sequence in either, so a line never leaves the
// converter mid-character.
Result<QString> convert(QByteArrayView bytes, TextEncoding encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    const Converter converter(ucnv_open(icuName(encoding), &status));
    if (U_SUCCESS(status))
        ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                            &status);
    if (U_FAILURE(status)) {
        return Error(ErrorCode::Failed,
                     TextDecoder::tr("The %1 converter is not available (%2).")
                         .arg(TextDecoder::name(encoding), QLatin1StringView(u_errorName(status))));
    }

    // Neither encoding yields more UTF-16 code units than it has bytes; the buffer still grows
    // on overflow rather than trusting that.
    std::u16string buffer(std::size_t(bytes.size()) + 1, u'\0');
    std::size_t written = 0;
    const char *source = bytes.data();
    const char *const end = source + bytes.size();
    int line = 1;
    while (source < end) {
        const char *const lineEnd = bytes.data() + endOfLine(bytes, source - bytes.data());
        const bool flush = lineEnd == end; // a lead byte at the very end is then an error
        for (;;) {
            UChar *target = buffer.data() + written;
            status = U_ZERO_ERROR;
            ucnv_toUnicode(converter.get(), &target, buffer.data() + buffer.size(), &source,
                           lineEnd, nullptr, flush, &status);
            written = std::size_t(target - buffer.data());
            if (status != U_BUFFER_OVERFLOW_ERROR)
                break;
            buffer.resize(buffer.size() * 2);
        }
        if (isInvalidInput(status)) {
            return Error(ErrorCode::Invalid,
                         TextDecoder::tr("Line %1: the bytes are not valid %2 text.")
                             .arg(line)
                             .arg(TextDecoder::name(encoding)));
        }
        if (U_FAILURE(status)) {
            return Error(ErrorCode::Failed,
                         TextDecoder::tr("Line %1: the %2 text could not be converted (%3).")
                             .arg(QString::number(line), TextDecoder::name(encoding),
                                  QLatin1StringView(u_errorName(status))));
        }
        ++line;
    }
    // Copied as it is: QString::fromUtf16 would take a leading U+FEFF or U+FFFE for a byte order
    // mark, drop it and byte-swap the whole text after a U+FFFE.
    return QStringView(buffer.data(), qsizetype(written)).toString();
}

} // namespace

Result<QString> TextDecoder::decode(const QByteArray &bytes, TextEncoding encoding)
{
    const QByteArrayView view(bytes);
    const bool hasBom = view.startsWith(kUtf8Bom);
    const QByteArrayView body = hasBom ? view.sliced(kUtf8Bom.size()) : view;

    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Cp932:
        return convert(body, encoding);
    case TextEncoding::Automatic:
        break;
    }
    Result<QString> utf8 = convert(body, TextEncoding::Utf8);
    // A byte order mark says the writer meant UTF-8, so a bad byte after it is a UTF-8 error
    // rather than a reason to guess CP932.
    if (utf8 || hasBom)
        return utf8;
    // Otherwise the CP932 error is the one to show: Automatic has nothing else to fall back to.
    return convert(body, TextEncoding::Cp932);
}

TextEncoding TextDecoder::detect(const QByteArray &bytes)
{
    if (bytes.startsWith(kUtf8Bom) || convert(bytes, TextEncoding::Utf8).ok())
        return TextEncoding::Utf8;
    return TextEncoding::Cp932;
}

QString TextDecoder::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Cp932:
        return u"CP932 (Shift_JIS)"_s;
    case TextEncoding::Automatic:
        break;
    }
    return u"automatic"_s;
}

} // namespace iotdesk::core
