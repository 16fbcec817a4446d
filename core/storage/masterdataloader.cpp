#include "core/storage/masterdataloader.h"

#include "core/foundation/csvreader.h"
#include "core/foundation/japanesetext.h"
#include "core/foundation/localgovernmentcode.h"
#include "core/storage/storageerror.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// The records of a shipped CSV file after its header, which must be exactly `header`.
Result<QList<CsvRecord>> readTable(const QString &path, const QStringList &header)
{
    auto records = CsvReader::readFile(path);
    if (!records)
        return records.error();
    if (records->isEmpty() || records->front().fields != header) {
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("iotdesk::core::MasterDataLoader",
                                                 "%1 does not start with the header %2.")
                         .arg(path, header.join(u',')));
    }
    QList<CsvRecord> rows = std::move(records.value());
    rows.removeFirst();
    for (const CsvRecord &row : std::as_const(rows)) {
        if (row.fields.size() != header.size()) {
            return Error(ErrorCode::Failed,
                         QCoreApplication::translate("iotdesk::core::MasterDataLoader",
                                                     "%1, line %2: %3 fields instead of %4.")
                             .arg(path)
                             .arg(row.line)
                             .arg(row.fields.size())
                             .arg(header.size()));
        }
    }
    return rows;
}

Error rowError(const QString &path, int line, const QString &reason)
{
    return Error(ErrorCode::Failed,
                 QCoreApplication::translate("iotdesk::core::MasterDataLoader", "%1, line %2: %3")
                     .arg(path)
                     .arg(line)
                     .arg(reason));
}

} // namespace

Result<void> MasterDataLoader::load(const QSqlDatabase &db, const QString &directory)
{
    if (auto r = loadBureausAndPrefectures(db, directory); !r)
        return r;
    if (auto r = loadLocalGovernments(db, directory); !r)
        return r;
    return loadHolidays(db, directory);
}

Result<void> MasterDataLoader::loadBureausAndPrefectures(const QSqlDatabase &db,
                                                         const QString &directory)
{
    const QString bureauPath = directory + u"/bureaus.csv"_s;
    const auto bureauRows = readTable(bureauPath, {u"pref_code"_s, u"prefecture"_s, u"bureau"_s,
                                                   u"bureau_en"_s, u"bureau_seat"_s});
    if (!bureauRows)
        return bureauRows.error();
    const QString englishPath = directory + u"/prefectures_en.csv"_s;
    const auto englishRows = readTable(englishPath, {u"pref_code"_s, u"name_en"_s});
    if (!englishRows)
        return englishRows.error();
    QHash<QString, QString> englishNames;
    for (const CsvRecord &row : *englishRows)
        englishNames.insert(row.fields[0], row.fields[1]);

    QSqlQuery insertBureau(db);
    insertBureau.prepare(u"INSERT INTO bureaus (id, name_ja, name_en, seat) VALUES (?, ?, ?, ?)"_s);
    QSqlQuery insertPrefecture(db);
    insertPrefecture.prepare(
        u"INSERT INTO prefectures (code, name_ja, name_en, bureau_id) VALUES (?, ?, ?, ?)"_s);

    // Bureaus are numbered in the order they first appear, which with the file sorted by
    // prefecture code is north to south: Hokkaido 1 ... Okinawa 11.
    QHash<QString, int> bureauIds;
    for (const CsvRecord &row : *bureauRows) {
        const QString &code = row.fields[0];
        const QString &bureau = row.fields[2];
        if (code.size() != 2 || !englishNames.contains(code))
            return rowError(bureauPath, row.line, tr("unknown prefecture code “%1”").arg(code));
        int id = bureauIds.value(bureau);
        if (id == 0) {
            id = int(bureauIds.size()) + 1;
            bureauIds.insert(bureau, id);
            insertBureau.addBindValue(id);
            insertBureau.addBindValue(bureau);
            insertBureau.addBindValue(row.fields[3]);
            insertBureau.addBindValue(row.fields[4]);
            if (!insertBureau.exec())
                return storageError(insertBureau, Subject::MasterData);
        }
        insertPrefecture.addBindValue(code);
        insertPrefecture.addBindValue(row.fields[1]);
        insertPrefecture.addBindValue(englishNames.value(code));
        insertPrefecture.addBindValue(id);
        if (!insertPrefecture.exec())
            return storageError(insertPrefecture, Subject::MasterData);
    }
    return {};
}

Result<void> MasterDataLoader::loadLocalGovernments(const QSqlDatabase &db,
                                                    const QString &directory)
{
    const QString path = directory + u"/local_governments.csv"_s;
    const auto rows = readTable(path, {u"code6"_s, u"code5"_s, u"kind"_s, u"prefecture"_s,
                                       u"district"_s, u"district_kana"_s, u"name"_s, u"name_kana"_s,
                                       u"name_mic"_s, u"name_kana_mic"_s});
    if (!rows)
        return rows.error();
    static const QSet<QString> kinds = {u"prefecture"_s, u"designated_city"_s, u"city"_s,
                                        u"town"_s,       u"village"_s,         u"special_ward"_s};
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO local_governments (code6, code5, kind, prefecture_code, district, "
                   "district_kana, name, name_kana, name_mic, name_kana_mic, search_name, "
                   "search_kana) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const CsvRecord &row : *rows) {
        const QStringList &f = row.fields;
        const QString &code6 = f[0];
        if (!LocalGovernmentCode::isValidCode6(code6) || code6.first(5) != f[1])
            return rowError(path, row.line, tr("invalid code %1/%2").arg(code6, f[1]));
        if (!kinds.contains(f[2]))
            return rowError(path, row.line, tr("unknown kind “%1”").arg(f[2]));
        QString searchName = JapaneseText::searchKey(f[6]);
        const QString micName = JapaneseText::searchKey(f[8]);
        if (micName != searchName)
            searchName += u'\n' + micName;
        QString searchKana = JapaneseText::searchKey(f[7]);
        const QString micKana = JapaneseText::searchKey(f[9]);
        if (micKana != searchKana)
            searchKana += u'\n' + micKana;
        const QVariantList values = {code6, f[1], f[2], code6.first(2), f[4],       f[5],
                                     f[6],  f[7], f[8], f[9],           searchName, searchKana};
        for (const QVariant &value : values)
            insert.addBindValue(value);
        if (!insert.exec())
            return storageError(insert, Subject::MasterData);
    }
    return {};
}

Result<void> MasterDataLoader::loadHolidays(const QSqlDatabase &db, const QString &directory)
{
    const QString path = directory + u"/holidays_jp.csv"_s;
    const auto rows = readTable(path, {u"date"_s, u"week"_s, u"name"_s, u"name_en"_s});
    if (!rows)
        return rows.error();
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO holidays (date, name_ja, name_en) VALUES (?, ?, ?)"_s);
    for (const CsvRecord &row : *rows) {
        const QDate date = QDate::fromString(row.fields[0], Qt::ISODate);
        if (!date.isValid())
            return rowError(path, row.line, tr("invalid date “%1”").arg(row.fields[0]));
        insert.addBindValue(row.fields[0]);
        insert.addBindValue(row.fields[2]);
        insert.addBindValue(row.fields[3]);
        if (!insert.exec())
            return storageError(insert, Subject::MasterData);
    }
    return {};
}

} // namespace iotdesk::core
