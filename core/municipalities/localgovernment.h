// LocalGovernment: one of the 1,788 local governments of the master data (47 prefectures and
// 1,741 municipalities), with its prefecture and regional bureau.
#pragma once

#include <QString>

namespace iotdesk::core {

struct LocalGovernment
{
    QString code6;
    QString code5;
    QString kind; // prefecture, designated_city, city, town, village, special_ward
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
    QString fullName() const { return kind == u"prefecture" ? name : prefecture + district + name; }
    // The same in SQL, for a query joining local_governments AS g and prefectures AS p.
    static constexpr const char16_t *kFullNameSql =
        u"CASE g.kind WHEN 'prefecture' THEN g.name ELSE p.name_ja || g.district || g.name END";
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
