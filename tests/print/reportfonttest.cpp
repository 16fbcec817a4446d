// The report font: the first installed of the Japanese families, on any system.
#include "ui/print/reportfont.h"

#include <QFontDatabase>
#include <QFontInfo>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using iotdesk::ui::ReportFont;

TEST(ReportFont, TheFirstInstalledOfTheListIsChosen)
{
    // Debian with fonts-noto-cjk.
    EXPECT_EQ(ReportFont::firstInstalled({u"DejaVu Sans"_s, u"IPAexGothic"_s, u"Noto Sans CJK JP"_s,
                                          u"Noto Sans CJK KR"_s}),
              u"Noto Sans CJK JP"_s);
    // Windows 10 and 11: Yu Gothic UI before Meiryo, whatever the order of the system's list.
    EXPECT_EQ(ReportFont::firstInstalled(
                  {u"Arial"_s, u"Meiryo"_s, u"Meiryo UI"_s, u"Yu Gothic"_s, u"Yu Gothic UI"_s}),
              u"Yu Gothic UI"_s);
    // Windows 7: Meiryo alone.
    EXPECT_EQ(ReportFont::firstInstalled({u"MS Gothic"_s, u"Meiryo"_s}), u"Meiryo"_s);
    // A system with the IPA fonts only; names compared as font databases do, without case.
    EXPECT_EQ(ReportFont::firstInstalled({u"ipaexgothic"_s}), u"IPAexGothic"_s);
    // None of them: no family, and the font falls back to the system's sans serif.
    EXPECT_TRUE(ReportFont::firstInstalled({u"DejaVu Sans"_s, u"Noto Sans CJK KR"_s}).isEmpty());
    EXPECT_TRUE(ReportFont::firstInstalled({}).isEmpty());
}

TEST(ReportFont, TheFontIsTheSystemsChoice)
{
    const QString family = ReportFont::family();
    EXPECT_EQ(family, ReportFont::firstInstalled(QFontDatabase::families()));
    const QFont font = ReportFont::font(12);
    EXPECT_DOUBLE_EQ(font.pointSizeF(), 12);
    if (!family.isEmpty()) {
        EXPECT_EQ(QFontInfo(font).family(), family);
    }
}
