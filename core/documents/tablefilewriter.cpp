#include "core/documents/tablefilewriter.h"

#include "core/foundation/csvwriter.h"
#include "core/foundation/platform.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// The most characters an Excel cell holds.
constexpr qsizetype kCellCharacters = 32'767;

} // namespace

TableFileWriter::TableFileWriter(QString path, Format format)
    : m_path(std::move(path))
    , m_format(format)
{}

TableFileWriter::~TableFileWriter()
{
    discard();
}

std::optional<TableFileWriter::Format> TableFileWriter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"xlsx")
        return Format::Xlsx;
    return std::nullopt;
}

void TableFileWriter::discard()
{
    if (m_csv) {
        m_csv->cancelWriting();
        m_csv.reset();
    }
    if (m_workbook) {
        workbook_close(m_workbook);
        m_workbook = nullptr;
        QFile::remove(QFile::decodeName(m_partial));
    }
}

Result<void> TableFileWriter::open(const QString &sheetName, const QList<Column> &columns)
{
    m_columns = columns;
    QStringList headings;
    for (const Column &column : columns)
        headings.append(column.heading);
    if (m_format == Format::Csv) {
        m_csv = std::make_unique<QSaveFile>(m_path);
        if (!m_csv->open(QIODevice::WriteOnly)) {
            const QString reason = m_csv->errorString();
            m_csv.reset();
            return Error(ErrorCode::Failed, tr("“%1” cannot be written: %2").arg(m_path, reason));
        }
        m_csv->write("\xEF\xBB\xBF");
        m_csv->write(CsvWriter::record(headings));
        return {};
    }
    if (!QFileInfo(m_path).absoluteDir().exists()) {
        return Error(ErrorCode::Failed,
                     tr("“%1” cannot be written: the folder does not exist.").arg(m_path));
    }
    m_partial = QFile::encodeName(m_path + u".part"_s);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    const QByteArray tmpdir = QFile::encodeName(QDir::tempPath());
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    m_workbook = workbook_new_opt(m_partial.constData(), &options);
    if (!m_workbook)
        return Error(ErrorCode::Failed, tr("“%1” cannot be written.").arg(m_path));
    // Excel allows 31 characters in a sheet's name.
    m_sheet = workbook_add_worksheet(m_workbook, sheetName.left(31).toUtf8().constData());
    lxw_format *bold = workbook_add_format(m_workbook);
    format_set_bold(bold);
    for (int c = 0; c < columns.size(); ++c) {
        if (columns[c].width > 0)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), columns[c].width, nullptr);
        worksheet_write_string(m_sheet, 0, lxw_col_t(c), headings[c].toUtf8().constData(), bold);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    return {};
}

bool TableFileWriter::write(const QStringList &row)
{
    if (m_csv) {
        if (m_csv->write(CsvWriter::record(row)) < 0) {
            m_error = Error(ErrorCode::Failed,
                            tr("“%1” cannot be written: %2").arg(m_path, m_csv->errorString()));
            return false;
        }
        return true;
    }
    if (!m_sheet)
        return false;
    // A sheet holds 1,048,576 rows; more is refused rather than cut short.
    if (m_row + 1 >= LXW_ROW_MAX) {
        m_error = Error(ErrorCode::Invalid,
                        tr("More than an Excel sheet holds (1,048,575 rows): narrow the "
                           "filters, or export as CSV."));
        return false;
    }
    ++m_row;
    for (int c = 0; c < row.size(); ++c) {
        if (row[c].isEmpty())
            continue;
        bool isNumber = false;
        const double number =
            c < m_columns.size() && m_columns[c].number ? row[c].toDouble(&isNumber) : 0;
        lxw_error written = LXW_NO_ERROR;
        if (isNumber) {
            written = worksheet_write_number(m_sheet, m_row, lxw_col_t(c), number, nullptr);
        } else {
            // A cell holds 32,767 characters; a longer text is cut there.
            written =
                worksheet_write_string(m_sheet, m_row, lxw_col_t(c),
                                       row[c].left(kCellCharacters).toUtf8().constData(), nullptr);
        }
        if (written != LXW_NO_ERROR) {
            m_error = Error(ErrorCode::Failed,
                            tr("“%1” cannot be written: %2")
                                .arg(m_path, QString::fromUtf8(lxw_strerror(written))));
            return false;
        }
    }
    return true;
}

Result<void> TableFileWriter::commit()
{
    if (m_csv) {
        const bool done = m_csv->commit();
        const QString reason = m_csv->errorString();
        m_csv.reset();
        if (!done)
            return Error(ErrorCode::Failed, tr("“%1” cannot be written: %2").arg(m_path, reason));
        return {};
    }
    if (!m_workbook)
        return Error(ErrorCode::Failed, tr("“%1” cannot be written.").arg(m_path));
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (closed != LXW_NO_ERROR) {
        QFile::remove(QFile::decodeName(m_partial));
        return Error(
            ErrorCode::Failed,
            tr("“%1” cannot be written: %2").arg(m_path, QString::fromUtf8(lxw_strerror(closed))));
    }
    // A file already at the chosen path is replaced, as QSaveFile does for CSV.
    if (!Platform::replaceFile(QFile::decodeName(m_partial), m_path)) {
        QFile::remove(QFile::decodeName(m_partial));
        return Error(ErrorCode::Failed, tr("“%1” cannot be written.").arg(m_path));
    }
    return {};
}

Result<int> TableFileWriter::writeModel(const QAbstractItemModel &model, const QString &path,
                                        const QString &sheetName)
{
    const auto format = formatOf(path);
    if (!format)
        return Error(ErrorCode::Invalid, tr("Choose a file ending in .csv or .xlsx."));
    QList<Column> columns;
    for (int c = 0; c < model.columnCount(); ++c) {
        // A heading broken over lines for the screen is one line in a file.
        columns.append({model.headerData(c, Qt::Horizontal).toString().replace(u'\n', u' ')});
    }
    QList<QStringList> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row.append(model.index(r, c).data().toString());
        rows.append(row);
    }
    if (auto written = writeAll(path, *format, sheetName, columns, rows); !written)
        return written.error();
    return int(rows.size());
}

Result<void> TableFileWriter::writeAll(const QString &path, Format format, const QString &sheetName,
                                       const QList<Column> &columns, const QList<QStringList> &rows)
{
    TableFileWriter writer(path, format);
    if (auto opened = writer.open(sheetName, columns); !opened)
        return opened;
    for (const QStringList &row : rows) {
        if (!writer.write(row))
            return writer.error();
    }
    return writer.commit();
}

} // namespace iotdesk::core
