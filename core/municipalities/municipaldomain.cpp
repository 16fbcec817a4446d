#include "core/municipalities/municipaldomain.h"

#include "core/municipalities/localgovernment.h"
#include "core/storage/database.h"
#include "core/storage/storageerror.h"

#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <map>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

std::unique_ptr<icu::Transliterator> hepburn()
{
    UErrorCode status = U_ZERO_ERROR;
    // Latin-ASCII folds what Hiragana-Latin marks (n' before a vowel stays, removed below).
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Hiragana-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
}

QStringList spellings(const icu::Transliterator *transliterator, const QString &hiragana)
{
    if (!transliterator || hiragana.isEmpty())
        return {};
    icu::UnicodeString text(reinterpret_cast<const UChar *>(hiragana.utf16()),
                            int32_t(hiragana.size()));
    transliterator->transliterate(text);
    QString raw = QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
    raw.remove(u'\'').remove(u'-');
    // ICU writes ぢ and づ apart from じ and ず; domains do not.
    raw.replace(u"dj"_s, u"j"_s).replace(u"dz"_s, u"z"_s);
    // Long vowels: domains mostly drop them (chofu, osaka, kyoto), some keep the kana
    // (choufu, oosaka) or write Ohta-style h (ohta).
    QString plain = raw;
    plain.replace(u"ou"_s, u"o"_s).replace(u"oo"_s, u"o"_s).replace(u"uu"_s, u"u"_s);
    QString withH = raw;
    withH.replace(u"ou"_s, u"oh"_s).replace(u"oo"_s, u"oh"_s);
    QStringList result{plain};
    for (const QString &variant : {raw, withH}) {
        if (!result.contains(variant))
            result << variant;
    }
    return result;
}

// What a reading ends with for each kind of body (札幌し, 上川ちょう or 上川まち, ...).
QStringList readingSuffixes(LocalGovernmentKind kind)
{
    switch (kind) {
    case LocalGovernmentKind::City:
    case LocalGovernmentKind::DesignatedCity:
        return {u"し"_s};
    case LocalGovernmentKind::SpecialWard:
        return {u"く"_s};
    case LocalGovernmentKind::Town:
        return {u"ちょう"_s, u"まち"_s};
    case LocalGovernmentKind::Village:
        return {u"そん"_s, u"むら"_s};
    case LocalGovernmentKind::Prefecture:
        break;
    }
    return {};
}

// The kinds a domain's first label stands for; empty for no kind label.
QList<LocalGovernmentKind> kindsOfLabel(const QString &label)
{
    using enum LocalGovernmentKind;
    if (label == u"city")
        return {City, DesignatedCity, SpecialWard};
    if (label == u"town")
        return {Town};
    if (label == u"vill" || label == u"village")
        return {Village};
    if (label == u"pref" || label == u"metro") // metro.tokyo.lg.jp
        return {Prefecture};
    return {};
}

QString asciiLabel(QString text)
{
    return text.remove(u' ').remove(u'-').toLower();
}

} // namespace

QStringList MunicipalDomain::romaji(const QString &hiragana)
{
    const auto transliterator = hepburn();
    return spellings(transliterator.get(), hiragana);
}

Result<MunicipalDomain> MunicipalDomain::load(const QSqlDatabase &db)
{
    const auto transliterator = hepburn();
    if (!transliterator)
        return Error(ErrorCode::Failed, tr("ICU cannot transliterate kana to Latin letters."));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT g.code6, g.kind, g.name_kana_mic, p.name_en, "_s +
                LocalGovernment::fullNameSql() +
                u" FROM local_governments AS g JOIN prefectures AS p ON p.code = "
                "g.prefecture_code ORDER BY g.code6"_s)) {
        return storageError(q.lastError(), tr("The local governments could not be read: %1"));
    }
    MunicipalDomain table;
    while (q.next()) {
        Entry entry;
        entry.candidate.code6 = q.value(0).toString();
        entry.candidate.kind = readStored(q.value(1), LocalGovernmentKind::City);
        entry.prefecture = asciiLabel(q.value(3).toString());
        entry.candidate.fullName = q.value(4).toString();
        table.m_prefectures.insert(entry.prefecture);
        QStringList keys;
        if (entry.candidate.kind == LocalGovernmentKind::Prefecture) {
            keys << entry.prefecture;
        } else {
            QString reading = q.value(2).toString();
            for (const QString &suffix : readingSuffixes(entry.candidate.kind)) {
                if (reading.endsWith(suffix) && reading.size() > suffix.size()) {
                    reading.chop(suffix.size());
                    break;
                }
            }
            keys = spellings(transliterator.get(), reading);
        }
        const qsizetype index = table.m_entries.size();
        table.m_entries.append(entry);
        for (const QString &key : std::as_const(keys))
            table.m_byName.insert(key, index);
    }
    return table;
}

Result<std::shared_ptr<const MunicipalDomain>> MunicipalDomain::of(const Database &db)
{
    static QMutex mutex;
    static std::map<QString, std::shared_ptr<const MunicipalDomain>> tables;
    const QMutexLocker lock(&mutex);
    if (const auto found = tables.find(db.path()); found != tables.end())
        return found->second;
    auto loaded = load(db.connection());
    if (!loaded)
        return loaded.error();
    auto table = std::make_shared<const MunicipalDomain>(std::move(loaded).value());
    tables[db.path()] = table;
    return table;
}

QList<MunicipalDomain::Candidate> MunicipalDomain::candidates(QStringView domain) const
{
    QStringList labels = domain.toString().trimmed().toLower().split(u'.', Qt::SkipEmptyParts);
    if (labels.size() < 2 || labels.back() != u"jp")
        return {};
    labels.removeLast();
    bool lg = false;
    if (labels.back() == u"lg") {
        lg = true;
        labels.removeLast();
    }
    // mail.city.furano.hokkaido.jp: the kind label is the last one followed by a name.
    qsizetype kindAt = -1;
    for (qsizetype i = labels.size() - 2; i >= 0; --i) {
        if (!kindsOfLabel(labels[i]).isEmpty()) {
            kindAt = i;
            break;
        }
    }
    QString kindLabel;
    QStringList rest;
    if (kindAt >= 0) {
        kindLabel = labels[kindAt];
        rest = labels.mid(kindAt + 1);
    } else if (lg && !labels.isEmpty()) {
        // furano.hokkaido.lg.jp or furano-hokkaido.lg.jp: only the LGWAN registry vouches
        // for a bare name.
        rest = labels.size() >= 2 && isPrefecture(labels.back()) ? labels.mid(labels.size() - 2)
                                                                 : labels.mid(labels.size() - 1);
    } else {
        return {};
    }
    QString name = rest.value(0);
    QString prefecture;
    if (rest.size() == 2) {
        prefecture = rest[1];
        if (!isPrefecture(prefecture))
            return {};
    } else if (rest.size() > 2) {
        return {};
    }
    if (prefecture.isEmpty()) {
        if (const qsizetype dash = name.lastIndexOf(u'-');
            dash > 0 && isPrefecture(name.mid(dash + 1))) {
            prefecture = name.mid(dash + 1);
            name.truncate(dash);
        }
    }
    return match(kindLabel, name, prefecture);
}

QList<MunicipalDomain::Candidate> MunicipalDomain::match(const QString &kindLabel, QString name,
                                                         const QString &prefecture) const
{
    name.remove(u'-');
    if (name.isEmpty())
        return {};
    const QList<LocalGovernmentKind> kinds = kindsOfLabel(kindLabel);
    QList<qsizetype> indexes = m_byName.values(name);
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    QList<Candidate> found;
    for (const qsizetype index : std::as_const(indexes)) {
        const Entry &entry = m_entries[index];
        if (!kinds.isEmpty() && !kinds.contains(entry.candidate.kind))
            continue;
        // A bare name never means a prefecture: pref.<name> does.
        if (kinds.isEmpty() && entry.candidate.kind == LocalGovernmentKind::Prefecture)
            continue;
        if (!prefecture.isEmpty() && entry.prefecture != prefecture)
            continue;
        found.append(entry.candidate);
    }
    return found;
}

} // namespace iotdesk::core
