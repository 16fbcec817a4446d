#include "core/documents/consultationexporter.h"

#include "core/consultations/consultation.h"
#include "core/consultations/consultationrepository.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/localgovernment.h"
#include "core/storage/database.h"
#include "core/storage/sqldialect.h"
#include "core/storage/storageerror.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// The files are read in Japan: channels and topics in Japanese whatever the UI language.
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
    const ConsultationQuery query(filter, db.engine());
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id, c.occurred_at, c.lg_code6, "_s + LocalGovernment::fullNameSql() +
              u", coalesce(cp.name, ''), coalesce(cp.department, ''), coalesce(co.name, ''), "
              "c.channel, c.direction, c.topics, c.duration_minutes, c.summary, c.advice, "
              "c.mail_subject, (SELECT "_s +
              SqlDialect(db.connection())
                  .joinedTexts(u"f.action || coalesce('（' || f.due_on || '）', '') || CASE WHEN "
                               "f.done_on IS NULL THEN '' ELSE ' 済' END"_s,
                               u"'／'"_s, u"f.id"_s) +
              u" FROM follow_ups f WHERE f.consultation_id = c.id) FROM consultations c JOIN "
              "local_governments g ON g.code6 = c.lg_code6 JOIN prefectures p ON p.code = "
              "g.prefecture_code LEFT JOIN contacts cp ON cp.id = c.counterpart_id LEFT JOIN "
              "contacts co ON co.id = c.consultant_id "_s +
              query.where() + u' ' + ConsultationQuery::orderBy(ConsultationOrder::Time, true));
    for (const QVariant &value : query.values())
        q.addBindValue(value);
    if (!q.exec())
        return storageError(q.lastError());
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
                                 japaneseName(readStored(q.value(7), Channel::Other)),
                                 japaneseName(readStored(q.value(8), Direction::Incoming)),
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
    return write(db, filter, path, TableFileWriter::Format::Csv);
}

Result<int> ConsultationExporter::writeXlsx(const Database &db, const ConsultationFilter &filter,
                                            const QString &path)
{
    return write(db, filter, path, TableFileWriter::Format::Xlsx);
}

Result<int> ConsultationExporter::write(const Database &db, const ConsultationFilter &filter,
                                        const QString &path, TableFileWriter::Format format)
{
    QList<TableFileWriter::Column> columns;
    for (const QString &heading : headings())
        columns.append({heading});
    // The number and the minutes as numbers, so that Excel can sum the minutes.
    columns[0].number = true;
    columns[10].number = true;
    columns[1].width = 16;
    columns[3].width = 24;
    columns[11].width = 48;
    columns[12].width = 48;
    TableFileWriter writer(path, format);
    if (auto opened = writer.open(u"相談記録"_s, columns); !opened)
        return opened.error();
    auto written =
        readRows(db, filter, [&writer](const QStringList &row) { return writer.write(row); });
    if (!written)
        return writer.error().message().isEmpty() ? written.error() : writer.error();
    if (auto committed = writer.commit(); !committed)
        return committed.error();
    return written;
}

} // namespace iotdesk::core
