// CsvReader: RFC 4180 CSV (quoted fields with commas, quotes and line breaks) through libcsv.
// Reads UTF-8, with or without a byte order mark, and says on which line a record started so
// that errors can name it.
#pragma once

#include "core/foundation/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace iotdesk::core {

struct CsvRecord
{
    int line = 0; // 1-based line on which the record starts
    QStringList fields;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::CsvReader)

public:
    // Every record of a UTF-8 document; empty lines are skipped. Malformed quoting and
    // invalid UTF-8 are errors that name the line.
    static Result<QList<CsvRecord>> parse(const QByteArray &utf8);
    static Result<QList<CsvRecord>> readFile(const QString &path);
};

} // namespace iotdesk::core
