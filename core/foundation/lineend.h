// Where a line of a text file ends, for the readers that name the line of an error: after a
// "\n", a "\r\n" or a lone "\r". Excel for the Mac saves CSV with lone CRs ("CSV (Macintosh)"),
// and libcsv ends a record at any of the three, so counting "\n" alone put every record of
// such a file on line 1. Neither CR nor LF is ever part of a multi-byte character in UTF-8 or
// CP932, so a line can be decoded on its own.
#pragma once

#include <QByteArrayView>

namespace iotdesk::core {

// The position just after the line break of the line that starts at `from`, or the end.
inline qsizetype endOfLine(QByteArrayView bytes, qsizetype from)
{
    for (qsizetype i = from; i < bytes.size(); ++i) {
        if (bytes[i] == '\n')
            return i + 1;
        if (bytes[i] == '\r')
            return i + 1 < bytes.size() && bytes[i + 1] == '\n' ? i + 2 : i + 1;
    }
    return bytes.size();
}

} // namespace iotdesk::core
