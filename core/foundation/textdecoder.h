// TextDecoder: bytes from files users bring (CSV exported by Excel on Windows, mail bodies)
// into text, through ICU's converters. UTF-8 with or without a byte order mark, and CP932
// (Shift_JIS as Windows writes it: ① ㈱ 髙 ～ included). Invalid bytes are an error that names
// the line, never replacement characters.
#pragma once

#include "core/foundation/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace iotdesk::core {

enum class TextEncoding
{
    Automatic, // UTF-8 (BOM or valid UTF-8), otherwise CP932
    Utf8,
    Cp932,
};

class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::TextDecoder)

public:
    // The decoded text, without a byte order mark.
    static Result<QString> decode(const QByteArray &bytes,
                                  TextEncoding encoding = TextEncoding::Automatic);
    // Which encoding Automatic picks for these bytes.
    static TextEncoding detect(const QByteArray &bytes);
    // "UTF-8" or "CP932 (Shift_JIS)", for messages.
    static QString name(TextEncoding encoding);
};

} // namespace iotdesk::core
