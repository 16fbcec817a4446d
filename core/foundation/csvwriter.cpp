#include "core/foundation/csvwriter.h"

#include <csv.h>

namespace iotdesk::core {

QByteArray CsvWriter::record(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(',');
        const QByteArray utf8 = fields[i].toUtf8();
        // Every field is quoted: safe for commas, quotes, line breaks and leading zeros alike.
        QByteArray quoted(utf8.size() * 2 + 2, Qt::Uninitialized);
        const size_t written =
            csv_write(quoted.data(), size_t(quoted.size()), utf8.constData(), size_t(utf8.size()));
        line.append(quoted.constData(), qsizetype(written));
    }
    line.append("\r\n");
    return line;
}

QByteArray CsvWriter::document(const QList<QStringList> &rows)
{
    QByteArray bytes("\xEF\xBB\xBF");
    for (const QStringList &row : rows)
        bytes.append(record(row));
    return bytes;
}

} // namespace iotdesk::core
