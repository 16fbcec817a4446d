// LocalGovernment: one of the 1,788 local governments of the master data (47 prefectures and
// 1,741 municipalities), with its prefecture and regional bureau.
#pragma once

#include "core/foundation/valueset.h"

#include <QString>

namespace iotdesk::core {

// In administrative rank, the order a list sorted by kind shows.
enum class LocalGovernmentKind
{
    Prefecture,
    DesignatedCity, // 政令指定都市
    City,
    SpecialWard, // 東京都の特別区
    Town,
    Village,
};
template <> const ValueSet<LocalGovernmentKind> &valueSet<LocalGovernmentKind>();

struct LocalGovernment
{
    QString code6;
    QString code5;
    LocalGovernmentKind kind = LocalGovernmentKind::City;
    QString prefectureCode;
    QString prefecture;
    QString prefectureEn;
    QString district;
    QString name;        // as the municipality and Japan Post write it
    QString nameKana;    // katakana
    QString nameMic;     // as MIC's code list writes it (檮原町 where Japan Post has 梼原町)
    QString nameKanaMic; // hiragana
    int bureauId = 0;
    QString bureau;
    QString bureauEn;

    // 東京都府中市, 高知県高岡郡梼原町.
    QString fullName() const
    {
        return kind == LocalGovernmentKind::Prefecture ? name : prefecture + district + name;
    }
    // The same in SQL, for a query joining local_governments AS g and prefectures AS p.
    static QString fullNameSql();
};

struct Prefecture
{
    QString code;
    QString nameJa;
    QString nameEn;
    int bureauId = 0;
};

struct Bureau
{
    int id = 0;
    QString nameJa;
    QString nameEn;
    QString seat;

    // 四国 for 四国総合通信局, Shikoku for Shikoku Bureau of Telecommunications: where a table
    // or chart is narrow.
    static QString shortName(const QString &name)
    {
        for (const char16_t *ending : {u"総合通信事務所", u"総合通信局"}) {
            const QString suffix = QString::fromUtf16(ending);
            if (name.endsWith(suffix))
                return name.chopped(suffix.size());
        }
        const qsizetype space = name.indexOf(u' ');
        return space > 0 ? name.first(space) : name;
    }
};

} // namespace iotdesk::core
