// ConsultationExporter: the consultations a filter selects, oldest first, as a CSV file (UTF-8
// with a byte order mark, for Excel) or an Excel workbook (libxlsxwriter, in its constant
// memory mode). Rows are read forward-only and written as they come, so a hundred thousand
// rows need no more memory than ten; the file appears whole or not at all.
#pragma once

#include "core/consultations/consultationquery.h"
#include "core/documents/tablefilewriter.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace iotdesk::core {

class Database;

class ConsultationExporter
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ConsultationExporter)

public:
    // The number of consultations written.
    static Result<int> writeCsv(const Database &db, const ConsultationFilter &filter,
                                const QString &path);
    static Result<int> writeXlsx(const Database &db, const ConsultationFilter &filter,
                                 const QString &path);
    // The column headings, in Japanese as the files are read in Japan.
    static QStringList headings();

private:
    static Result<int> write(const Database &db, const ConsultationFilter &filter,
                             const QString &path, TableFileWriter::Format format);
};

} // namespace iotdesk::core
