#include "core/foundation/csvreader.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

TEST(CsvReader, QuotedFieldsWithCommasQuotesAndLineBreaks)
{
    const QByteArray csv = "code,name,note\n"
                           "131016,千代田区,\"a, b\"\n"
                           "132063,府中市,\"two\nlines\"\n"
                           "\n"
                           "342084,\"府中市\",\"say \"\"hi\"\"\"\n";
    const auto records = core::CsvReader::parse(csv);
    ASSERT_TRUE(records) << records.message().toStdString();
    ASSERT_EQ(records->size(), 4);
    EXPECT_EQ(records->at(1).fields, (QStringList{u"131016"_s, u"千代田区"_s, u"a, b"_s}));
    EXPECT_EQ(records->at(2).fields[2], u"two\nlines");
    EXPECT_EQ(records->at(3).fields[2], u"say \"hi\"");
    EXPECT_EQ(records->at(0).line, 1);
    EXPECT_EQ(records->at(1).line, 2);
    EXPECT_EQ(records->at(2).line, 3);
    EXPECT_EQ(records->at(3).line, 6); // after the two-line record and a blank line
}

TEST(CsvReader, ByteOrderMarkAndCrLf)
{
    const auto records = core::CsvReader::parse("\xEF\xBB\xBF"
                                                "a,b\r\n1,2\r\n");
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 2);
    EXPECT_EQ(records->at(0).fields, (QStringList{u"a"_s, u"b"_s}));
    EXPECT_EQ(records->at(1).fields, (QStringList{u"1"_s, u"2"_s}));
}

TEST(CsvReader, LinesEndingInCarriageReturnAloneAreCounted)
{
    // "CSV (Macintosh)" from Excel for the Mac: each line ends in CR alone, and libcsv ends
    // a record there. Every record used to be reported on line 1.
    const auto records = core::CsvReader::parse("a,b\r1,2\r\r3,4\r");
    ASSERT_TRUE(records) << records.message().toStdString();
    ASSERT_EQ(records->size(), 3);
    EXPECT_EQ(records->at(0).line, 1);
    EXPECT_EQ(records->at(1).line, 2);
    EXPECT_EQ(records->at(2).line, 4);
}

TEST(CsvReader, RecordAfterALoneCarriageReturnStartsOnItsOwnLine)
{
    // Found by the csvimport fuzz target: a record that began after a CR in the middle of a
    // "\n"-terminated line took the line of the record before it.
    const auto records = core::CsvReader::parse("a,\"b\n,\"\"c\"\"\",\r0,d\r\n\n");
    ASSERT_TRUE(records) << records.message().toStdString();
    ASSERT_EQ(records->size(), 2);
    EXPECT_EQ(records->at(0).fields, (QStringList{u"a"_s, u"b\n,\"c\""_s, u""_s}));
    EXPECT_EQ(records->at(0).line, 1);
    EXPECT_EQ(records->at(1).fields, (QStringList{u"0"_s, u"d"_s}));
    EXPECT_EQ(records->at(1).line, 3);
}

TEST(CsvReader, StrayQuoteAfterLoneCarriageReturnsNamesItsLine)
{
    const auto records = core::CsvReader::parse("a,b\r1,2\r3,\"x\"y\r");
    ASSERT_FALSE(records);
    EXPECT_TRUE(records.message().contains(u"Line 3"_s)) << records.message().toStdString();
}

TEST(CsvReader, KeepsSpacesInFields)
{
    const auto records = core::CsvReader::parse(" 山田 太郎 ,x\n");
    ASSERT_TRUE(records);
    EXPECT_EQ(records->at(0).fields[0], u" 山田 太郎 ");
}

TEST(CsvReader, UnclosedQuoteNamesItsLine)
{
    const auto records = core::CsvReader::parse("a,b\n1,\"open\n2,3\n");
    ASSERT_FALSE(records);
    EXPECT_EQ(records.error().code(), core::ErrorCode::Invalid);
    EXPECT_TRUE(records.message().contains(u"2"_s)) << records.message().toStdString();
}

TEST(CsvReader, StrayQuoteIsMalformed)
{
    const auto records = core::CsvReader::parse("a,b\n1,\"x\"y\n");
    ASSERT_FALSE(records);
    EXPECT_TRUE(records.message().contains(u"Line 2"_s)) << records.message().toStdString();
}

TEST(CsvReader, InvalidUtf8IsRefused)
{
    // 府中 in Shift_JIS is not UTF-8.
    const auto records = core::CsvReader::parse("a\n\x95\x7b\x92\x86\n");
    ASSERT_FALSE(records);
    EXPECT_TRUE(records.message().contains(u"UTF-8"_s));
}
