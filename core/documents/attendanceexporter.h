// AttendanceExporter: who was registered for which day of which meeting and whether they came,
// one row per person and day, as CSV or an Excel workbook. Headings and states are in Japanese,
// as the files are read in Japan.
#pragma once

#include "core/documents/tablefilewriter.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace iotdesk::core {

class Database;

class AttendanceExporter
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::AttendanceExporter)

public:
    static QList<TableFileWriter::Column> columns();
    // A program's attendance, or one session's; in meeting, day and affiliation order.
    static Result<QList<QStringList>> rows(const Database &db, qint64 programId,
                                           std::optional<qint64> sessionId = std::nullopt);
    // The number of rows written.
    static Result<int> write(const Database &db, qint64 programId, std::optional<qint64> sessionId,
                             const QString &path, TableFileWriter::Format format);
};

} // namespace iotdesk::core
