#include "core/foundation/japanesetext.h"

namespace iotdesk::core {

namespace {

// Kanji written two ways in the official lists (KEN_ALL vs MIC) or commonly typed in a
// variant form; the left one is folded into the right one. A pair is only listed when no
// two local governments differ by it alone (鹿嶋市 and 鹿島市 are different cities).
constexpr struct
{
    char16_t variant;
    char16_t standard;
} kKanjiVariants[] = {
    {u'檮', u'梼'}, {u'惠', u'恵'}, {u'髙', u'高'}, {u'﨑', u'崎'}, {u'德', u'徳'},
};

constexpr char16_t kKatakanaFirst = 0x30A1; // ァ
constexpr char16_t kKatakanaLast = 0x30F6;  // ヶ
constexpr char16_t kKanaOffset = 0x60;      // ァ (U+30A1) - ぁ (U+3041)

} // namespace

QString JapaneseText::toHiragana(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= kKatakanaFirst && u <= kKatakanaLast)
            c = QChar(char16_t(u - kKanaOffset));
    }
    return out;
}

QString JapaneseText::searchKey(QStringView text)
{
    const QString nfkc = text.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    for (QChar c : nfkc) {
        if (c.isSpace())
            continue;
        char16_t u = c.unicode();
        if (u >= kKatakanaFirst && u <= kKatakanaLast)
            u = char16_t(u - kKanaOffset);
        if (u == u'ゖ') // small ke, from ヶ as in 龍ヶ崎
            u = u'け';
        else if (u == u'ゕ') // small ka, from ヵ
            u = u'か';
        for (const auto &pair : kKanjiVariants) {
            if (u == pair.variant)
                u = pair.standard;
        }
        out.append(QChar(u).toLower());
    }
    return out;
}

bool JapaneseText::isDigits(QStringView text)
{
    const QString nfkc = text.toString().normalized(QString::NormalizationForm_KC).trimmed();
    if (nfkc.isEmpty())
        return false;
    for (QChar c : nfkc) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace iotdesk::core
