#include "core/foundation/textdecoder.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

// "①㈱髙～府中市" as Excel on Windows saves it. 髙 is FB FC from the IBM extension rows, which
// is what a CP932-only character looks like in files written by older software.
const QByteArray kCp932Sample = "\x87\x40"         // ①
                                "\x87\x8A"         // ㈱
                                "\xFB\xFC"         // 髙
                                "\x81\x60"         // ～ (FULLWIDTH TILDE, not WAVE DASH)
                                "\x95\x7B\x92\x86" // 府中
                                "\x8E\x73";        // 市
const QByteArray kUtf8Bom = "\xEF\xBB\xBF";

} // namespace

TEST(TextDecoder, Cp932WindowsCharacters)
{
    for (const auto encoding : {core::TextEncoding::Cp932, core::TextEncoding::Automatic}) {
        const auto text = core::TextDecoder::decode(kCp932Sample, encoding);
        ASSERT_TRUE(text) << text.message().toStdString();
        ASSERT_EQ(text->size(), 7);
        // Compared by code point because a mapping to U+301C WAVE DASH or U+2225 would look
        // the same in a failure message.
        EXPECT_EQ(text->at(0).unicode(), 0x2460);
        EXPECT_EQ(text->at(1).unicode(), 0x3231);
        EXPECT_EQ(text->at(2).unicode(), 0x9AD9);
        EXPECT_EQ(text->at(3).unicode(), 0xFF5E);
        EXPECT_EQ(text->sliced(4), u"府中市");
    }
}

TEST(TextDecoder, Utf8WithAndWithoutByteOrderMark)
{
    const QByteArray utf8 = u"府中市,①\n髙橋,～\n"_s.toUtf8();
    for (const auto encoding : {core::TextEncoding::Utf8, core::TextEncoding::Automatic}) {
        const auto plain = core::TextDecoder::decode(utf8, encoding);
        const auto marked = core::TextDecoder::decode(kUtf8Bom + utf8, encoding);
        ASSERT_TRUE(plain) << plain.message().toStdString();
        ASSERT_TRUE(marked) << marked.message().toStdString();
        EXPECT_EQ(*plain, u"府中市,①\n髙橋,～\n");
        EXPECT_EQ(*marked, *plain);
    }
}

TEST(TextDecoder, DetectsUtf8AndCp932)
{
    EXPECT_EQ(core::TextDecoder::detect(u"府中市"_s.toUtf8()), core::TextEncoding::Utf8);
    EXPECT_EQ(core::TextDecoder::detect(kUtf8Bom + u"府中市"_s.toUtf8()), core::TextEncoding::Utf8);
    EXPECT_EQ(core::TextDecoder::detect(kCp932Sample), core::TextEncoding::Cp932);
}

TEST(TextDecoder, PlainAsciiIsUtf8)
{
    const QByteArray ascii = "code,name\r\n131016,Chiyoda\r\n";
    EXPECT_EQ(core::TextDecoder::detect(ascii), core::TextEncoding::Utf8);
    const auto text = core::TextDecoder::decode(ascii);
    ASSERT_TRUE(text);
    EXPECT_EQ(*text, u"code,name\r\n131016,Chiyoda\r\n");
}

TEST(TextDecoder, InvalidUtf8NamesItsLine)
{
    const QByteArray bytes = u"一行目\n二行目\n"_s.toUtf8() + "ok \xFF bad\nfour\n";
    const auto text = core::TextDecoder::decode(bytes, core::TextEncoding::Utf8);
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().code(), core::ErrorCode::Invalid);
    EXPECT_EQ(text.message(), u"Line 3: the bytes are not valid UTF-8 text.");
}

TEST(TextDecoder, LinesEndingInCarriageReturnAloneAreCounted)
{
    // Excel for the Mac ends lines with CR alone; "\r\n" is one line break, not two.
    const QByteArray bytes = "one\rtwo\r\nthree \xFF\rfour\r";
    const auto text = core::TextDecoder::decode(bytes, core::TextEncoding::Utf8);
    ASSERT_FALSE(text);
    EXPECT_EQ(text.message(), u"Line 3: the bytes are not valid UTF-8 text.");
    const auto cp932 = core::TextDecoder::decode("a\rb\r\x95\rc", core::TextEncoding::Cp932);
    ASSERT_FALSE(cp932);
    EXPECT_EQ(cp932.message(), u"Line 3: the bytes are not valid CP932 (Shift_JIS) text.");
    const auto fine = core::TextDecoder::decode("a\r\x95\x7B\r", core::TextEncoding::Cp932);
    ASSERT_TRUE(fine) << fine.message().toStdString();
    EXPECT_EQ(*fine, u"a\r府\r");
}

TEST(TextDecoder, TextStartingWithNoncharacterOrSecondMarkIsKept)
{
    // Found by the textdecoder fuzz target: a U+FFFE at the start vanished and the rest came
    // out byte-swapped (府 U+5E9C as U+9C5E), and a second mark after the first one vanished.
    const QByteArray swappedMark = "\xEF\xBF\xBE" + u"府中\n"_s.toUtf8();
    for (const auto encoding : {core::TextEncoding::Utf8, core::TextEncoding::Automatic}) {
        const auto text = core::TextDecoder::decode(swappedMark, encoding);
        ASSERT_TRUE(text) << text.message().toStdString();
        EXPECT_EQ(*text, u"\uFFFE府中\n");
    }
    const auto twoMarks = core::TextDecoder::decode(kUtf8Bom + kUtf8Bom + "a");
    ASSERT_TRUE(twoMarks) << twoMarks.message().toStdString();
    EXPECT_EQ(*twoMarks, u"\uFEFFa"); // the first is the mark, the second is text
}

TEST(TextDecoder, InvalidUtf8AfterByteOrderMarkStaysUtf8)
{
    // The mark says UTF-8 was meant; falling back to CP932 would hide the real problem.
    const QByteArray bytes = kUtf8Bom + "a\n\xC3(\n";
    const auto text = core::TextDecoder::decode(bytes);
    ASSERT_FALSE(text);
    EXPECT_EQ(text.message(), u"Line 2: the bytes are not valid UTF-8 text.");
}

TEST(TextDecoder, Utf8ForcedOnCp932IsAnError)
{
    const auto text =
        core::TextDecoder::decode("code,name\n1," + kCp932Sample + "\n", core::TextEncoding::Utf8);
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().code(), core::ErrorCode::Invalid);
    EXPECT_EQ(text.message(), u"Line 2: the bytes are not valid UTF-8 text.");
}

TEST(TextDecoder, TruncatedCp932IsAnError)
{
    const QByteArray bytes = "a\nb\n\x95\x7B\x92"; // 府 and the lead byte of 中
    for (const auto encoding : {core::TextEncoding::Cp932, core::TextEncoding::Automatic}) {
        const auto text = core::TextDecoder::decode(bytes, encoding);
        ASSERT_FALSE(text);
        EXPECT_EQ(text.error().code(), core::ErrorCode::Invalid);
        EXPECT_EQ(text.message(), u"Line 3: the bytes are not valid CP932 (Shift_JIS) text.");
    }
}

TEST(TextDecoder, Cp932LeadByteBeforeLineBreakIsItsOwnLine)
{
    // The line break must not be taken as the second byte, nor the error put on line 2.
    const auto text = core::TextDecoder::decode("x\x95\nabc\n", core::TextEncoding::Cp932);
    ASSERT_FALSE(text);
    EXPECT_EQ(text.message(), u"Line 1: the bytes are not valid CP932 (Shift_JIS) text.");
}

TEST(TextDecoder, Cp932MultiLineCsv)
{
    const QByteArray csv = "code,name,note\r\n"
                           "131016,\x90\xE7\x91\xE3\x93\x63\x8B\xE6,\r\n" // 千代田区
                           "132063,\x95\x7B\x92\x86\x8E\x73,"             // 府中市
                           "\"\x87\x8A\x83\x65\x83\x58\x83\x67\r\n"       // "㈱テスト
                           "\xEE\xE0\x8B\xB4\"\r\n";                      // 髙橋"
    ASSERT_EQ(core::TextDecoder::detect(csv), core::TextEncoding::Cp932);
    const auto text = core::TextDecoder::decode(csv);
    ASSERT_TRUE(text) << text.message().toStdString();
    EXPECT_EQ(*text, u"code,name,note\r\n"
                     u"131016,千代田区,\r\n"
                     u"132063,府中市,\"㈱テスト\r\n"
                     u"髙橋\"\r\n");
}

TEST(TextDecoder, EmptyInput)
{
    for (const auto encoding :
         {core::TextEncoding::Automatic, core::TextEncoding::Utf8, core::TextEncoding::Cp932}) {
        const auto empty = core::TextDecoder::decode({}, encoding);
        ASSERT_TRUE(empty) << empty.message().toStdString();
        EXPECT_TRUE(empty->isEmpty());
        const auto markOnly = core::TextDecoder::decode(kUtf8Bom, encoding);
        ASSERT_TRUE(markOnly) << markOnly.message().toStdString();
        EXPECT_TRUE(markOnly->isEmpty());
    }
    EXPECT_EQ(core::TextDecoder::detect({}), core::TextEncoding::Utf8);
}

TEST(TextDecoder, Names)
{
    EXPECT_EQ(core::TextDecoder::name(core::TextEncoding::Utf8), u"UTF-8");
    EXPECT_EQ(core::TextDecoder::name(core::TextEncoding::Cp932), u"CP932 (Shift_JIS)");
    EXPECT_EQ(core::TextDecoder::name(core::TextEncoding::Automatic), u"automatic");
}
