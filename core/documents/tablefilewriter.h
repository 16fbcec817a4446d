// TableFileWriter: a table written row by row as a CSV file (UTF-8 with a byte order mark, CRLF,
// for Excel) or an Excel workbook (libxlsxwriter in its constant-memory mode). Rows go out as
// they come, so a long table needs no more memory than a short one, and the file appears whole
// or not at all: CSV through QSaveFile, a workbook beside its target, renamed when complete.
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QAbstractItemModel;
struct lxw_workbook;
struct lxw_worksheet;

namespace iotdesk::core {

class TableFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::TableFileWriter)

public:
    enum class Format
    {
        Csv,
        Xlsx,
    };

    struct Column
    {
        QString heading;
        double width = 0;    // in characters; 0 leaves Excel's default
        bool number = false; // written as a number, so that Excel can sum it
    };

    TableFileWriter(QString path, Format format);
    ~TableFileWriter();
    TableFileWriter(const TableFileWriter &) = delete;
    TableFileWriter &operator=(const TableFileWriter &) = delete;

    // By the file's suffix (.csv, .xlsx); nothing for any other.
    static std::optional<Format> formatOf(const QString &path);

    Result<void> open(const QString &sheetName, const QList<Column> &columns);
    // False when the row could not be written; error() says why.
    bool write(const QStringList &row);
    Result<void> commit();
    Error error() const { return m_error; }

    // What a table model shows (its header and every row's display text), in the format the
    // path's suffix names; the number of rows written. Every table page exports through this.
    static Result<int> writeModel(const QAbstractItemModel &model, const QString &path,
                                  const QString &sheetName);
    // A whole table at once.
    static Result<void> writeAll(const QString &path, Format format, const QString &sheetName,
                                 const QList<Column> &columns, const QList<QStringList> &rows);

private:
    void discard();

    QString m_path;
    Format m_format;
    QList<Column> m_columns;
    std::unique_ptr<QSaveFile> m_csv;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    QByteArray m_partial;
    unsigned m_row = 0;
    Error m_error;
};

} // namespace iotdesk::core
