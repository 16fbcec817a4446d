// JapaneseText: the normal form in which names and readings of local governments are
// compared, so that a user finds 龍ケ崎市 by typing 龍ヶ崎市, 檮原町 by 梼原町, and さっぽろ by
// サッポロ or ｻｯﾎﾟﾛ.
#pragma once

#include <QString>
#include <QStringView>

namespace iotdesk::core {

class JapaneseText
{
public:
    // NFKC (full-width ASCII and half-width kana folded), white space removed, katakana as
    // hiragana, ヶ/ヵ as け/か, Latin letters in lower case, and the kanji variants that
    // official lists spell differently folded to one form.
    static QString searchKey(QStringView text);
    // Katakana (full width) turned into hiragana; everything else unchanged.
    static QString toHiragana(QStringView text);
    // True when text, after NFKC, is made only of the digits 0-9.
    static bool isDigits(QStringView text);
};

} // namespace iotdesk::core
