#include "consultationexporter.h"

#include "consultation.h"
#include "consultationrepository.h"
#include "csvwriter.h"
#include "database.h"
#include "japantime.h"
#include "localgovernment.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cstdio>
#include <functional>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// The most characters an Excel cell holds.
constexpr qsizetype kCellCharacters = 32'767;

// The files are read in Japan: channels and topics in Japanese whatever the UI language.
QString channelJa(const QString &channel)
{
    static const QHash<QString, QString> names = {{u"phone"_s, u"電話"_s},
                                                  {u"email"_s, u"メール"_s},
                                                  {u"visit"_s, u"訪問"_s},
                                                  {u"online"_s, u"オンライン会議"_s},
                                                  {u"other"_s, u"その他"_s}};
    return names.value(channel, channel);
}

QString topicsJa(quint32 topics)
{
    static const QStringList names = {u"地域課題"_s,
                                      u"ソリューション"_s,
                                      u"推進体制"_s,
                                      u"費用対効果"_s,
                                      u"予算・補助金"_s,
                                      u"調達"_s,
                                      u"データ・セキュリティ"_s,
                                      u"研修会の運営"_s,
                                      u"月次報告"_s,
                                      u"その他"_s};
    QStringList chosen;
    for (int t = 0; t < kTopicCount; ++t) {
        if (topics & (1u << t))
            chosen << names[t];
    }
    return chosen.join(u"、"_s);
}

// Reads the filter's consultations oldest first and hands each row, as text, to `write`.
Result<int> readRows(const Database &db, const ConsultationFilter &filter,
                     const std::function<bool(const QStringList &)> &write)
{
    const ConsultationQuery query(filter);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id, c.occurred_at, c.lg_code6, "_s +
              QString::fromUtf16(LocalGovernment::kFullNameSql) +
              u", coalesce(cp.name, ''), coalesce(cp.department, ''), coalesce(co.name, ''), "
              "c.channel, c.direction, c.topics, c.duration_minutes, c.summary, c.advice, "
              "c.mail_subject, (SELECT group_concat(f.action || coalesce('（' || f.due_on || "
              "'）', '') || CASE WHEN f.done_on IS NULL THEN '' ELSE ' 済' END, '／') FROM "
              "follow_ups f WHERE f.consultation_id = c.id) FROM consultations c JOIN "
              "local_governments g ON g.code6 = c.lg_code6 JOIN prefectures p ON p.code = "
              "g.prefecture_code LEFT JOIN contacts cp ON cp.id = c.counterpart_id LEFT JOIN "
              "contacts co ON co.id = c.consultant_id "_s +
              query.where() + u' ' + ConsultationQuery::orderBy(ConsultationOrder::Time, true));
    for (const QVariant &value : query.values())
        q.addBindValue(value);
    if (!q.exec())
        return Error(ErrorCode::Failed, q.lastError().text());
    int count = 0;
    while (q.next()) {
        const QDateTime at =
            QDateTime::fromString(q.value(1).toString(), Qt::ISODate).toTimeZone(JapanTime::zone());
        const QStringList row = {q.value(0).toString(),
                                 at.toString(u"yyyy-MM-dd HH:mm"_s),
                                 q.value(2).toString(),
                                 q.value(3).toString(),
                                 q.value(4).toString(),
                                 q.value(5).toString(),
                                 q.value(6).toString(),
                                 channelJa(q.value(7).toString()),
                                 q.value(8).toString() == u"outgoing" ? u"発信"_s : u"受信"_s,
                                 topicsJa(quint32(q.value(9).toUInt())),
                                 q.value(10).toString(),
                                 q.value(11).toString(),
                                 q.value(12).toString(),
                                 q.value(13).toString(),
                                 q.value(14).toString()};
        if (!write(row))
            return Error(ErrorCode::Failed,
                         ConsultationExporter::tr("The file could not be written."));
        ++count;
    }
    return count;
}

} // namespace

QStringList ConsultationExporter::headings()
{
    return {u"番号"_s,         u"日時"_s, u"団体コード"_s, u"団体名"_s,     u"相手方"_s,
            u"相手方の部署"_s, u"担当"_s, u"手段"_s,       u"受信・発信"_s, u"相談分野"_s,
            u"時間（分）"_s,   u"概要"_s, u"助言"_s,       u"メール件名"_s, u"フォローアップ"_s};
}

Result<int> ConsultationExporter::writeCsv(const Database &db, const ConsultationFilter &filter,
                                           const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Failed,
                     tr("“%1” cannot be written: %2").arg(path, file.errorString()));
    file.write("\xEF\xBB\xBF");
    file.write(CsvWriter::record(headings()));
    auto written = readRows(db, filter, [&file](const QStringList &row) {
        return file.write(CsvWriter::record(row)) >= 0;
    });
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit())
        return Error(ErrorCode::Failed,
                     tr("“%1” cannot be written: %2").arg(path, file.errorString()));
    return written;
}

Result<int> ConsultationExporter::writeXlsx(const Database &db, const ConsultationFilter &filter,
                                            const QString &path)
{
    if (!QFileInfo(path).absoluteDir().exists())
        return Error(ErrorCode::Failed,
                     tr("“%1” cannot be written: the folder does not exist.").arg(path));
    // Written beside the target and renamed over it when complete.
    const QString partial = path + u".part"_s;
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    const QByteArray tmpdir = QFile::encodeName(QDir::tempPath());
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *workbook = workbook_new_opt(partialName.constData(), &options);
    if (!workbook)
        return Error(ErrorCode::Failed, tr("“%1” cannot be written.").arg(path));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "相談記録");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    const QStringList head = headings();
    for (int c = 0; c < head.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), head[c].toUtf8().constData(), bold);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_column(sheet, 1, 1, 16, nullptr);
    worksheet_set_column(sheet, 3, 3, 24, nullptr);
    worksheet_set_column(sheet, 11, 12, 48, nullptr);
    lxw_row_t rowIndex = 0;
    auto written = readRows(db, filter, [&](const QStringList &row) {
        // A sheet holds 1,048,576 rows; more is refused rather than cut short.
        if (rowIndex + 1 >= LXW_ROW_MAX)
            return false;
        ++rowIndex;
        for (int c = 0; c < row.size(); ++c) {
            // Numbers as numbers, so that Excel can sum the minutes.
            if (c == 0 || c == 10) {
                worksheet_write_number(sheet, rowIndex, lxw_col_t(c), row[c].toDouble(), nullptr);
                continue;
            }
            if (row[c].isEmpty())
                continue;
            // A cell holds 32,767 characters; a longer mail body is cut there.
            if (worksheet_write_string(sheet, rowIndex, lxw_col_t(c),
                                       row[c].left(kCellCharacters).toUtf8().constData(),
                                       nullptr) != LXW_NO_ERROR)
                return false;
        }
        return true;
    });
    const lxw_error closed = workbook_close(workbook);
    if (!written || closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        if (rowIndex + 1 >= LXW_ROW_MAX) {
            return Error(ErrorCode::Invalid,
                         tr("More than an Excel sheet holds (1,048,575 rows): narrow the "
                            "filters, or export as CSV."));
        }
        if (!written)
            return written.error();
        return Error(
            ErrorCode::Failed,
            tr("“%1” cannot be written: %2").arg(path, QString::fromUtf8(lxw_strerror(closed))));
    }
    if (std::rename(partialName.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partial);
        return Error(ErrorCode::Failed, tr("“%1” cannot be written.").arg(path));
    }
    return written;
}

} // namespace iotdesk::core
