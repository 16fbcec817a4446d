#include "core/foundation/dateformatter.h"

#include <QDate>
#include <QString>

#include <gtest/gtest.h>

#include <thread>

using namespace Qt::StringLiterals;
using iotdesk::core::DateFormatter;
using iotdesk::core::DateStyle;

TEST(DateFormatter, EraDateAcrossEraBoundaries)
{
    EXPECT_EQ(DateFormatter::eraDate(QDate(1989, 1, 7)), u"昭和64年1月7日"_s);
    EXPECT_EQ(DateFormatter::eraDate(QDate(1989, 1, 8)), u"平成元年1月8日"_s);
    EXPECT_EQ(DateFormatter::eraDate(QDate(1990, 1, 8)), u"平成2年1月8日"_s);
    EXPECT_EQ(DateFormatter::eraDate(QDate(2018, 5, 14)), u"平成30年5月14日"_s);
    EXPECT_EQ(DateFormatter::eraDate(QDate(2019, 4, 30)), u"平成31年4月30日"_s);
    EXPECT_EQ(DateFormatter::eraDate(QDate(2019, 5, 1)), u"令和元年5月1日"_s);
    EXPECT_EQ(DateFormatter::eraDate(QDate(2019, 12, 31)), u"令和元年12月31日"_s);
    EXPECT_EQ(DateFormatter::eraDate(QDate(2020, 1, 1)), u"令和2年1月1日"_s);
}

TEST(DateFormatter, ParsesTheWaysADayIsWritten)
{
    EXPECT_EQ(DateFormatter::parse(u"2018-05-22"_s), QDate(2018, 5, 22));
    EXPECT_EQ(DateFormatter::parse(u"2018年5月22日"_s), QDate(2018, 5, 22));
    EXPECT_EQ(DateFormatter::parse(u"平成30年5月22日"_s), QDate(2018, 5, 22));
    EXPECT_EQ(DateFormatter::parse(u"令和元年5月1日"_s), QDate(2019, 5, 1));
    EXPECT_EQ(DateFormatter::parse(u"平成31年4月30日"_s), QDate(2019, 4, 30));
    EXPECT_EQ(DateFormatter::parse(u"令和8年12月1日"_s), QDate(2026, 12, 1));
    EXPECT_FALSE(DateFormatter::parse(u"平成30年5月"_s).isValid());
    EXPECT_FALSE(DateFormatter::parse(u"そのうち"_s).isValid());
    EXPECT_FALSE(DateFormatter::parse(QString()).isValid());
}

TEST(DateFormatter, EraDateWorksOnEveryThread)
{
    QString fromThread;
    std::thread thread([&fromThread] { fromThread = DateFormatter::eraDate(QDate(2019, 5, 1)); });
    thread.join();
    EXPECT_EQ(fromThread, u"令和元年5月1日"_s);
    EXPECT_EQ(DateFormatter::eraDate(QDate(2019, 5, 1)), u"令和元年5月1日"_s);
}

TEST(DateFormatter, WesternDatesAreNotZeroPadded)
{
    EXPECT_EQ(DateFormatter::westernJapaneseDate(QDate(2018, 5, 14)), u"2018年5月14日"_s);
    EXPECT_EQ(DateFormatter::westernJapaneseDate(QDate(2019, 1, 1)), u"2019年1月1日"_s);
    EXPECT_EQ(DateFormatter::isoDate(QDate(2018, 5, 14)), u"2018-05-14"_s);
    EXPECT_EQ(DateFormatter::isoDate(QDate(2019, 1, 1)), u"2019-01-01"_s);
}

TEST(DateFormatter, DateFollowsStyle)
{
    const QDate date(2018, 5, 14);
    DateFormatter formatter;
    EXPECT_EQ(formatter.style(), DateStyle::JapaneseEra);
    EXPECT_EQ(formatter.date(date), u"平成30年5月14日"_s);
    formatter.setStyle(DateStyle::WesternJapanese);
    EXPECT_EQ(formatter.date(date), u"2018年5月14日"_s);
    formatter.setStyle(DateStyle::Iso);
    EXPECT_EQ(formatter.date(date), u"2018-05-14"_s);
}

TEST(DateFormatter, MonthFollowsStyle)
{
    DateFormatter era(DateStyle::JapaneseEra);
    EXPECT_EQ(era.month(QDate(2019, 7, 31)), u"令和元年7月"_s);
    EXPECT_EQ(era.month(QDate(2019, 4, 30)), u"平成31年4月"_s);
    EXPECT_EQ(era.month(QDate(2019, 5, 31)), u"令和元年5月"_s);
    EXPECT_EQ(era.month(QDate(2018, 12, 1)), u"平成30年12月"_s);
    EXPECT_EQ(DateFormatter(DateStyle::WesternJapanese).month(QDate(2019, 7, 5)), u"2019年7月"_s);
    EXPECT_EQ(DateFormatter(DateStyle::Iso).month(QDate(2019, 7, 5)), u"2019-07"_s);
    EXPECT_TRUE(era.month(QDate()).isEmpty());
}

TEST(DateFormatter, InvalidDateGivesEmptyString)
{
    const QDate invalid;
    EXPECT_TRUE(DateFormatter::eraDate(invalid).isEmpty());
    EXPECT_TRUE(DateFormatter::westernJapaneseDate(invalid).isEmpty());
    EXPECT_TRUE(DateFormatter::isoDate(invalid).isEmpty());
    EXPECT_TRUE(DateFormatter::japaneseWeekday(invalid).isEmpty());
    for (const DateStyle style :
         {DateStyle::Iso, DateStyle::WesternJapanese, DateStyle::JapaneseEra}) {
        const DateFormatter formatter(style);
        EXPECT_TRUE(formatter.date(invalid).isEmpty());
        EXPECT_TRUE(formatter.dateWithWeekday(invalid).isEmpty());
    }
}

TEST(DateFormatter, JapaneseWeekdays)
{
    // 2018-05-14 is a Monday.
    const QString expected = u"月火水木金土日"_s;
    for (int i = 0; i < 7; ++i) {
        EXPECT_EQ(DateFormatter::japaneseWeekday(QDate(2018, 5, 14 + i)), expected.mid(i, 1));
    }
}

TEST(DateFormatter, DateWithWeekdayInEveryStyle)
{
    const QDate monday(2018, 5, 14);
    EXPECT_EQ(DateFormatter(DateStyle::JapaneseEra).dateWithWeekday(monday),
              u"平成30年5月14日(月)"_s);
    EXPECT_EQ(DateFormatter(DateStyle::WesternJapanese).dateWithWeekday(monday),
              u"2018年5月14日(月)"_s);
    EXPECT_EQ(DateFormatter(DateStyle::Iso).dateWithWeekday(monday), u"2018-05-14 (Mon)"_s);
    EXPECT_EQ(DateFormatter(DateStyle::Iso).dateWithWeekday(QDate(2019, 5, 5)),
              u"2019-05-05 (Sun)"_s);
    EXPECT_EQ(DateFormatter(DateStyle::JapaneseEra).dateWithWeekday(QDate(2019, 5, 1)),
              u"令和元年5月1日(水)"_s);
}

TEST(DateFormatter, FiscalYearTurnsOnAprilFirst)
{
    EXPECT_EQ(DateFormatter::fiscalYear(QDate(2019, 3, 31)), 2018);
    EXPECT_EQ(DateFormatter::fiscalYear(QDate(2019, 4, 1)), 2019);
    EXPECT_EQ(DateFormatter::fiscalYear(QDate(2019, 1, 1)), 2018);
    EXPECT_EQ(DateFormatter::fiscalYear(QDate(2018, 12, 31)), 2018);
    EXPECT_EQ(DateFormatter::fiscalYearStart(2018), QDate(2018, 4, 1));
    EXPECT_EQ(DateFormatter::fiscalYearEnd(2018), QDate(2019, 3, 31));
    EXPECT_EQ(DateFormatter::fiscalYear(DateFormatter::fiscalYearStart(2018)), 2018);
    EXPECT_EQ(DateFormatter::fiscalYear(DateFormatter::fiscalYearEnd(2018)), 2018);
}

TEST(DateFormatter, EraFiscalYearLabelUsesTheEraOfMostOfTheYear)
{
    EXPECT_EQ(DateFormatter::eraFiscalYearLabel(1988), u"昭和63年度"_s);
    EXPECT_EQ(DateFormatter::eraFiscalYearLabel(1989), u"平成元年度"_s);
    EXPECT_EQ(DateFormatter::eraFiscalYearLabel(2018), u"平成30年度"_s);
    EXPECT_EQ(DateFormatter::eraFiscalYearLabel(2019), u"令和元年度"_s);
    EXPECT_EQ(DateFormatter::eraFiscalYearLabel(2020), u"令和2年度"_s);
}

TEST(DateFormatter, FiscalYearLabelInEveryStyle)
{
    EXPECT_EQ(DateFormatter(DateStyle::JapaneseEra).fiscalYearLabel(2018), u"平成30年度"_s);
    EXPECT_EQ(DateFormatter(DateStyle::JapaneseEra).fiscalYearLabel(2019), u"令和元年度"_s);
    EXPECT_EQ(DateFormatter(DateStyle::JapaneseEra).fiscalYearLabel(1988), u"昭和63年度"_s);
    EXPECT_EQ(DateFormatter(DateStyle::WesternJapanese).fiscalYearLabel(2018), u"2018年度"_s);
    EXPECT_EQ(DateFormatter(DateStyle::WesternJapanese).fiscalYearLabel(2019), u"2019年度"_s);
    EXPECT_EQ(DateFormatter(DateStyle::Iso).fiscalYearLabel(2018), u"FY2018"_s);
    EXPECT_EQ(DateFormatter(DateStyle::Iso).fiscalYearLabel(2019), u"FY2019"_s);
}

TEST(DateFormatter, WesternInEnglishIsWrittenTheEnglishWay)
{
    const DateFormatter english(DateStyle::WesternEnglish);
    EXPECT_EQ(english.date(QDate(2027, 1, 5)), u"Jan 5, 2027");
    EXPECT_EQ(english.dateWithWeekday(QDate(2027, 1, 5)), u"Tue, Jan 5, 2027");
    EXPECT_EQ(english.fiscalYearLabel(2026), u"FY2026");
    EXPECT_EQ(english.date(QDate()), QString());
}

TEST(DateFormatter, MonthInWesternEnglish)
{
    EXPECT_EQ(DateFormatter(DateStyle::WesternEnglish).month(QDate(2019, 7, 31)), u"Jul 2019");
}

TEST(DateFormatter, MessagesWriteDatesInTheStyleTheInterfaceSets)
{
    EXPECT_EQ(DateFormatter::forMessages().date(QDate(2018, 6, 15)), u"2018-06-15")
        << "ISO until the interface sets a style (the command line, the tests)";
    DateFormatter::setMessageStyle(DateStyle::JapaneseEra);
    EXPECT_EQ(DateFormatter::forMessages().date(QDate(2018, 6, 15)), u"平成30年6月15日");
    DateFormatter::setMessageStyle(DateStyle::Iso);
}
