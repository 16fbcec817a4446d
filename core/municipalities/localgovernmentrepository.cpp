#include "core/municipalities/localgovernmentrepository.h"

#include "core/foundation/japanesetext.h"
#include "core/foundation/localgovernmentcode.h"
#include "core/storage/preparedstatements.h"
#include "core/storage/sqldialect.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

template <> const ValueSet<LocalGovernmentKind> &valueSet<LocalGovernmentKind>()
{
    // The shown names keep the context of the list that showed them first.
    static constexpr ValueName<LocalGovernmentKind> kinds[] = {
        {LocalGovernmentKind::Prefecture, u"prefecture",
         QT_TRANSLATE_NOOP("iotdesk::core::LocalGovernmentModel", "Prefecture"), u"都道府県"},
        {LocalGovernmentKind::DesignatedCity, u"designated_city",
         QT_TRANSLATE_NOOP("iotdesk::core::LocalGovernmentModel", "Designated city"),
         u"政令指定都市"},
        {LocalGovernmentKind::City, u"city",
         QT_TRANSLATE_NOOP("iotdesk::core::LocalGovernmentModel", "City"), u"市"},
        {LocalGovernmentKind::SpecialWard, u"special_ward",
         QT_TRANSLATE_NOOP("iotdesk::core::LocalGovernmentModel", "Special ward"), u"特別区"},
        {LocalGovernmentKind::Town, u"town",
         QT_TRANSLATE_NOOP("iotdesk::core::LocalGovernmentModel", "Town"), u"町"},
        {LocalGovernmentKind::Village, u"village",
         QT_TRANSLATE_NOOP("iotdesk::core::LocalGovernmentModel", "Village"), u"村"},
    };
    static constexpr ValueSet<LocalGovernmentKind> set("iotdesk::core::LocalGovernmentModel",
                                                       kinds);
    return set;
}

QString LocalGovernment::fullNameSql()
{
    return u"CASE g.kind WHEN '%1' THEN g.name ELSE p.name_ja || g.district || g.name END"_s.arg(
        storedName(LocalGovernmentKind::Prefecture));
}

namespace {

const QString kSelect = u"SELECT lg.code6, lg.code5, lg.kind, lg.prefecture_code, p.name_ja, "
                        "p.name_en, lg.district, lg.name, lg.name_kana, lg.name_mic, "
                        "lg.name_kana_mic, b.id, b.name_ja, b.name_en "
                        "FROM local_governments lg "
                        "JOIN prefectures p ON p.code = lg.prefecture_code "
                        "JOIN bureaus b ON b.id = p.bureau_id "_s;

// Administrative rank, for sorting by kind: the order of the kinds' enum.
QString kindRankSql()
{
    QString sql = u"CASE lg.kind"_s;
    for (const LocalGovernmentKind kind : allValues<LocalGovernmentKind>())
        sql += u" WHEN '%1' THEN %2"_s.arg(storedName(kind)).arg(int(kind));
    return sql + u" END"_s;
}

LocalGovernment fromRow(const QSqlQuery &q)
{
    LocalGovernment lg;
    lg.code6 = q.value(0).toString();
    lg.code5 = q.value(1).toString();
    lg.kind = readStored(q.value(2), LocalGovernmentKind::City);
    lg.prefectureCode = q.value(3).toString();
    lg.prefecture = q.value(4).toString();
    lg.prefectureEn = q.value(5).toString();
    lg.district = q.value(6).toString();
    lg.name = q.value(7).toString();
    lg.nameKana = q.value(8).toString();
    lg.nameMic = q.value(9).toString();
    lg.nameKanaMic = q.value(10).toString();
    lg.bureauId = q.value(11).toInt();
    lg.bureau = q.value(12).toString();
    lg.bureauEn = q.value(13).toString();
    return lg;
}

QString orderBy(const LocalGovernmentQuery &query)
{
    QString column = u"lg.code6"_s;
    switch (query.sortKey) {
    case LocalGovernmentQuery::SortKey::Code:
        break;
    case LocalGovernmentQuery::SortKey::Prefecture:
        column = u"lg.prefecture_code"_s;
        break;
    case LocalGovernmentQuery::SortKey::Bureau:
        column = u"p.bureau_id"_s;
        break;
    case LocalGovernmentQuery::SortKey::Kind:
        column = kindRankSql();
        break;
    case LocalGovernmentQuery::SortKey::Name:
        column = u"lg.name"_s;
        break;
    case LocalGovernmentQuery::SortKey::Reading:
        column = u"lg.search_kana"_s;
        break;
    }
    const QString direction = query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    return QStringList{u" ORDER BY"_s, column, direction + u","_s, u"lg.code6"_s, direction}.join(
        u' ');
}

} // namespace

Result<QList<LocalGovernment>>
LocalGovernmentRepository::search(const LocalGovernmentQuery &request) const
{
    QString text = request.text.normalized(QString::NormalizationForm_KC).trimmed();
    QString prefectureCode = request.prefectureCode;
    if (prefectureCode.isEmpty() && !text.isEmpty() && !JapaneseText::isDigits(text)) {
        // 東京都府中市: a prefecture written in front of the name narrows the search to it.
        const auto all = prefectures();
        if (!all)
            return all.error();
        for (const Prefecture &prefecture : *all) {
            if (text.size() > prefecture.nameJa.size() && text.startsWith(prefecture.nameJa)) {
                prefectureCode = prefecture.code;
                text = text.mid(prefecture.nameJa.size());
                break;
            }
        }
    }
    // The conditions are fixed fragments; every value is bound. Each placeholder appears once
    // (Qt's SQLite driver binds a repeated name only once).
    QStringList conditions = {u"1 = 1"_s};
    QVariantList values;
    if (!prefectureCode.isEmpty()) {
        conditions.append(u"lg.prefecture_code = ?"_s);
        values.append(prefectureCode);
    }
    if (request.bureauId != 0) {
        conditions.append(u"p.bureau_id = ?"_s);
        values.append(request.bureauId);
    }
    if (JapaneseText::isDigits(text) && text.size() >= 5) {
        const auto code6 = LocalGovernmentCode::toCode6(text);
        if (!code6)
            return code6.error();
        conditions.append(u"lg.code6 = ?"_s);
        values.append(code6.value());
    } else if (JapaneseText::isDigits(text)) {
        conditions.append(u"lg.code6 LIKE ?"_s);
        values.append(QString(text + u'%'));
    } else if (!text.isEmpty()) {
        const SqlDialect sql(m_db);
        conditions.append(u'(' + sql.contains(u"lg.search_name"_s, u"?"_s) + u" OR "_s +
                          sql.contains(u"lg.search_kana"_s, u"?"_s) + u')');
        const QString key = JapaneseText::searchKey(text);
        values << key << key;
    }

    const auto query = PreparedStatements::prepared(
        m_db, kSelect + u"WHERE "_s + conditions.join(u" AND "_s) + orderBy(request));
    for (const QVariant &value : std::as_const(values))
        query->addBindValue(value);
    if (!query->exec())
        return storageError(*query, Subject::LocalGovernments);
    QList<LocalGovernment> result;
    while (query->next())
        result.append(fromRow(*query));
    return result;
}

Result<LocalGovernment> LocalGovernmentRepository::findByCode(QStringView code) const
{
    const auto code6 = LocalGovernmentCode::toCode6(code);
    if (!code6)
        return code6.error();
    static const QString sql = kSelect + u"WHERE lg.code6 = ?"_s;
    const auto query = PreparedStatements::prepared(m_db, sql);
    query->addBindValue(code6.value());
    if (!query->exec())
        return storageError(*query, Subject::LocalGovernments);
    if (!query->next()) {
        return Error(ErrorCode::NotFound,
                     tr("There is no local government with the code %1.").arg(code6.value()));
    }
    return fromRow(*query);
}

Result<QHash<QString, LocalGovernment>>
LocalGovernmentRepository::findByCodes(const QStringList &codes6) const
{
    QHash<QString, LocalGovernment> found;
    if (codes6.isEmpty())
        return found;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kSelect + u"WHERE lg.code6 IN ("_s + SqlDialect(m_db).textsIn() + u')');
    query.addBindValue(sqlList(codes6));
    if (!query.exec())
        return storageError(query, Subject::LocalGovernments);
    while (query.next()) {
        LocalGovernment lg = fromRow(query);
        found.insert(lg.code6, std::move(lg));
    }
    return found;
}

Result<LocalGovernment> LocalGovernmentRepository::lookup(QStringView text) const
{
    const QStringView trimmed = text.trimmed();
    return JapaneseText::isDigits(trimmed) ? findByCode(trimmed) : resolve(trimmed);
}

Result<Prefecture> LocalGovernmentRepository::findPrefecture(QStringView text) const
{
    const QString wanted = text.toString().normalized(QString::NormalizationForm_KC).trimmed();
    const auto all = prefectures();
    if (!all)
        return all.error();
    for (const Prefecture &prefecture : *all) {
        const QString shortName = prefecture.nameJa == u"北海道"
                                      ? prefecture.nameJa
                                      : prefecture.nameJa.chopped(1); // 東京都 -> 東京
        const bool codeMatches =
            wanted == prefecture.code || (wanted.size() == 1 && u'0' + wanted == prefecture.code);
        if (codeMatches || wanted == prefecture.nameJa || wanted == shortName ||
            wanted.compare(prefecture.nameEn, Qt::CaseInsensitive) == 0) {
            return prefecture;
        }
    }
    return Error(ErrorCode::NotFound, tr("There is no prefecture “%1”.").arg(wanted));
}

Result<LocalGovernment> LocalGovernmentRepository::resolve(QStringView rawName,
                                                           QStringView prefectureText) const
{
    QString name = rawName.toString().normalized(QString::NormalizationForm_KC).trimmed();
    QString prefectureCode;
    if (!prefectureText.trimmed().isEmpty()) {
        const auto prefecture = findPrefecture(prefectureText);
        if (!prefecture)
            return prefecture.error();
        prefectureCode = prefecture->code;
    }
    if (name.isEmpty())
        return Error(ErrorCode::Invalid, tr("No local government name was given."));

    const auto matchesName = [](const LocalGovernment &lg, const QString &key) {
        return JapaneseText::searchKey(lg.name) == key ||
               JapaneseText::searchKey(lg.nameMic) == key ||
               JapaneseText::searchKey(QString(lg.district + lg.name)) == key;
    };
    const auto candidatesFor = [&](const QString &nameText,
                                   const QString &prefecture) -> Result<QList<LocalGovernment>> {
        LocalGovernmentQuery query;
        query.text = nameText;
        query.prefectureCode = prefecture;
        auto found = search(query);
        if (!found)
            return found.error();
        const QString key = JapaneseText::searchKey(nameText);
        QList<LocalGovernment> exact;
        for (const LocalGovernment &lg : *found) {
            if (matchesName(lg, key))
                exact.append(lg);
        }
        return exact;
    };

    auto candidates = candidatesFor(name, prefectureCode);
    if (!candidates)
        return candidates.error();
    if (candidates->isEmpty() && prefectureCode.isEmpty()) {
        // 東京都府中市: the prefecture written in front of the name.
        const auto all = prefectures();
        if (!all)
            return all.error();
        for (const Prefecture &prefecture : *all) {
            if (name.size() > prefecture.nameJa.size() && name.startsWith(prefecture.nameJa)) {
                candidates = candidatesFor(name.mid(prefecture.nameJa.size()), prefecture.code);
                if (!candidates)
                    return candidates.error();
                break;
            }
        }
    }
    if (candidates->size() == 1)
        return candidates->front();
    if (candidates->isEmpty()) {
        return Error(ErrorCode::NotFound,
                     prefectureCode.isEmpty()
                         ? tr("There is no local government named “%1”.").arg(name)
                         : tr("There is no local government named “%1” in %2.")
                               .arg(name, prefectureText.toString()));
    }
    QStringList where;
    for (const LocalGovernment &lg : *candidates)
        where.append(lg.fullName() + u" ("_s + lg.code6 + u')');
    return Error(ErrorCode::Ambiguous,
                 tr("“%1” names more than one local government: %2. Give the prefecture.")
                     .arg(name, where.join(u", "_s)));
}

Result<QList<Prefecture>> LocalGovernmentRepository::prefectures() const
{
    if (!m_prefectures.isEmpty())
        return m_prefectures;
    const auto query = PreparedStatements::prepared(
        m_db, u"SELECT code, name_ja, name_en, bureau_id FROM prefectures ORDER BY code"_s);
    if (!query->exec())
        return storageError(*query, Subject::LocalGovernments);
    QList<Prefecture> result;
    while (query->next()) {
        result.append({query->value(0).toString(), query->value(1).toString(),
                       query->value(2).toString(), query->value(3).toInt()});
    }
    m_prefectures = result;
    return result;
}

Result<QList<Bureau>> LocalGovernmentRepository::bureaus() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name_ja, name_en, seat FROM bureaus ORDER BY id"_s))
        return storageError(query, Subject::LocalGovernments);
    QList<Bureau> result;
    while (query.next()) {
        result.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString()});
    }
    return result;
}

Result<int> LocalGovernmentRepository::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM local_governments"_s) || !query.next())
        return storageError(query, Subject::LocalGovernments);
    return query.value(0).toInt();
}

} // namespace iotdesk::core
