// CsvWriter: RFC 4180 records through libcsv's quoting, in UTF-8 with a byte order mark and
// CRLF line ends, which is what Excel on Windows opens correctly.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace iotdesk::core {

class CsvWriter
{
public:
    static QByteArray record(const QStringList &fields);
    // The BOM, then every row.
    static QByteArray document(const QList<QStringList> &rows);
};

} // namespace iotdesk::core
