#include "core/foundation/japanesetext.h"
#include "core/foundation/localgovernmentcode.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "testsupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

class LocalGovernments : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_temp = new test::TempDatabase; }
    static void TearDownTestSuite()
    {
        delete s_temp;
        s_temp = nullptr;
    }

    core::LocalGovernmentRepository repository() const
    {
        return core::LocalGovernmentRepository(s_temp->db().connection());
    }

    QStringList codesFor(const QString &text, const QString &prefecture = {}) const
    {
        core::LocalGovernmentQuery query;
        query.text = text;
        query.prefectureCode = prefecture;
        const auto found = repository().search(query);
        EXPECT_TRUE(found) << found.message().toStdString();
        QStringList codes;
        if (found) {
            for (const core::LocalGovernment &lg : *found)
                codes.append(lg.code6);
        }
        return codes;
    }

    static test::TempDatabase *s_temp;
};

test::TempDatabase *LocalGovernments::s_temp = nullptr;

} // namespace

TEST(LocalGovernmentCode, CheckDigitsOfTheExamples)
{
    EXPECT_EQ(core::LocalGovernmentCode::checkDigit(u"01000"), 6); // 北海道
    EXPECT_EQ(core::LocalGovernmentCode::checkDigit(u"01100"), 2); // 札幌市
    EXPECT_EQ(core::LocalGovernmentCode::checkDigit(u"11000"), 1); // 埼玉県
    EXPECT_EQ(core::LocalGovernmentCode::checkDigit(u"09000"), 0); // 栃木県
    EXPECT_EQ(core::LocalGovernmentCode::checkDigit(u"13101"), 6); // 千代田区
    EXPECT_EQ(core::LocalGovernmentCode::checkDigit(u"1310"), -1);
    EXPECT_EQ(core::LocalGovernmentCode::checkDigit(u"1310a"), -1);
    EXPECT_TRUE(core::LocalGovernmentCode::isValidCode6(u"131016"));
    EXPECT_FALSE(core::LocalGovernmentCode::isValidCode6(u"131017"));
}

TEST(LocalGovernmentCode, WrongCheckDigitIsAnErrorNamingTheRightOne)
{
    const auto wrong = core::LocalGovernmentCode::toCode6(u"131017");
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code(), core::ErrorCode::Invalid);
    EXPECT_TRUE(wrong.message().contains(u"131016"_s)) << wrong.message().toStdString();
    EXPECT_EQ(core::LocalGovernmentCode::toCode6(u"13101").value(), u"131016");
    EXPECT_EQ(core::LocalGovernmentCode::toCode6(u"１３１０１６").value(), u"131016");
    EXPECT_FALSE(core::LocalGovernmentCode::toCode6(u"1234567"));
}

TEST(JapaneseText, SearchKeysFoldWhatUsersTypeDifferently)
{
    using core::JapaneseText;
    EXPECT_EQ(JapaneseText::searchKey(u"龍ヶ崎市"), JapaneseText::searchKey(u"龍ケ崎市"));
    EXPECT_EQ(JapaneseText::searchKey(u"檮原町"), JapaneseText::searchKey(u"梼原町"));
    EXPECT_EQ(JapaneseText::searchKey(u"須惠町"), JapaneseText::searchKey(u"須恵町"));
    EXPECT_EQ(JapaneseText::searchKey(u"サッポロ"), u"さっぽろ");
    EXPECT_EQ(JapaneseText::searchKey(u"ｻｯﾎﾟﾛ"), u"さっぽろ");
    EXPECT_EQ(JapaneseText::searchKey(u"さっ ぽろ　"), u"さっぽろ");
    EXPECT_NE(JapaneseText::searchKey(u"鹿嶋市"), JapaneseText::searchKey(u"鹿島市"));
    EXPECT_TRUE(JapaneseText::isDigits(u"１３１"));
    EXPECT_FALSE(JapaneseText::isDigits(u"13a"));
}

TEST_F(LocalGovernments, MasterDataIsComplete)
{
    const auto &db = s_temp->db();
    EXPECT_EQ(test::scalar(db, u"SELECT count(*) FROM local_governments"_s).toInt(), 1788);
    EXPECT_EQ(test::scalar(db, u"SELECT count(*) FROM prefectures"_s).toInt(), 47);
    EXPECT_EQ(test::scalar(db, u"SELECT count(*) FROM bureaus"_s).toInt(), 11);
    const QList<std::pair<QString, int>> kinds = {{u"prefecture"_s, 47}, {u"designated_city"_s, 20},
                                                  {u"city"_s, 772},      {u"town"_s, 743},
                                                  {u"village"_s, 183},   {u"special_ward"_s, 23}};
    for (const auto &[kind, count] : kinds) {
        QSqlQuery byKind(db.connection());
        byKind.prepare(u"SELECT count(*) FROM local_governments WHERE kind = ?"_s);
        byKind.addBindValue(kind);
        ASSERT_TRUE(byKind.exec() && byKind.next());
        EXPECT_EQ(byKind.value(0).toInt(), count) << kind.toStdString();
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    ASSERT_TRUE(query.exec(u"SELECT code6 FROM local_governments"_s));
    int checked = 0;
    while (query.next()) {
        EXPECT_TRUE(core::LocalGovernmentCode::isValidCode6(query.value(0).toString()));
        ++checked;
    }
    EXPECT_EQ(checked, 1788);
    EXPECT_EQ(test::scalar(db, u"SELECT b.name_ja FROM prefectures p JOIN bureaus b ON b.id = "
                               "p.bureau_id WHERE p.code = '19'"_s)
                  .toString(),
              u"関東総合通信局"); // Yamanashi belongs to Kanto
}

TEST_F(LocalGovernments, FindsByCode)
{
    EXPECT_EQ(repository().findByCode(u"131016")->name, u"千代田区");
    EXPECT_EQ(repository().findByCode(u"13101")->name, u"千代田区");
    EXPECT_EQ(repository().findByCode(u"010006")->name, u"北海道");
    EXPECT_EQ(repository().findByCode(u"011002")->name, u"札幌市");
    const auto wrong = repository().findByCode(u"131017");
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code(), core::ErrorCode::Invalid);
    const auto missing = repository().findByCode(u"999997"); // valid check digit, no such code
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code(), core::ErrorCode::NotFound);
    EXPECT_EQ(codesFor(u"13101"_s), QStringList{u"131016"_s});
    EXPECT_EQ(codesFor(u"1310"_s).size(), 9); // 13101..13109: 千代田区 .. 品川区
    core::LocalGovernmentQuery wrongDigit;
    wrongDigit.text = u"131017"_s;
    EXPECT_FALSE(repository().search(wrongDigit));

    // Several at once, for the names beside a list; codes that name none are left out.
    const auto several =
        repository().findByCodes({u"131016"_s, u"011002"_s, u"999997"_s, u"131016"_s});
    ASSERT_TRUE(several) << several.message().toStdString();
    EXPECT_EQ(several->size(), 2);
    EXPECT_EQ(several->value(u"131016"_s).fullName(), u"東京都千代田区");
    EXPECT_EQ(several->value(u"011002"_s).fullName(), u"北海道札幌市");
    EXPECT_TRUE(repository().findByCodes({})->isEmpty());
}

TEST_F(LocalGovernments, FindsEitherSpellingAndReading)
{
    EXPECT_EQ(codesFor(u"梼原町"_s), QStringList{u"394050"_s});
    EXPECT_EQ(codesFor(u"檮原町"_s), QStringList{u"394050"_s});
    EXPECT_EQ(codesFor(u"須惠町"_s), codesFor(u"須恵町"_s));
    EXPECT_EQ(codesFor(u"龍ヶ崎市"_s), QStringList{u"082082"_s});
    EXPECT_EQ(codesFor(u"龍ケ崎市"_s), QStringList{u"082082"_s});
    EXPECT_EQ(codesFor(u"りゅうがさき"_s), QStringList{u"082082"_s});
    EXPECT_EQ(codesFor(u"リュウガサキ"_s), QStringList{u"082082"_s});
    EXPECT_EQ(codesFor(u"ﾘｭｳｶﾞｻｷ"_s), QStringList{u"082082"_s});
    EXPECT_EQ(codesFor(u"ゆすはら"_s), QStringList{u"394050"_s});
    EXPECT_EQ(codesFor(u"東京都府中市"_s), QStringList{u"132063"_s});
    EXPECT_EQ(codesFor(u"広島県ふちゅう"_s), (QStringList{u"342084"_s, u"343021"_s}));
    EXPECT_EQ(codesFor(u"北海道"_s).size(), 1); // the prefecture itself, not all of Hokkaido
    EXPECT_TRUE(codesFor(u"存在しない町"_s).isEmpty());
}

TEST_F(LocalGovernments, SharedNamesAreNeverResolvedSilently)
{
    EXPECT_EQ(codesFor(u"府中市"_s), (QStringList{u"132063"_s, u"342084"_s}));
    const auto ambiguous = repository().resolve(u"府中市");
    ASSERT_FALSE(ambiguous);
    EXPECT_EQ(ambiguous.error().code(), core::ErrorCode::Ambiguous);
    EXPECT_TRUE(ambiguous.message().contains(u"132063"_s));
    EXPECT_TRUE(ambiguous.message().contains(u"342084"_s));
    EXPECT_EQ(repository().resolve(u"府中市", u"東京都")->code6, u"132063");
    EXPECT_EQ(repository().resolve(u"府中市", u"広島")->code6, u"342084");
    EXPECT_EQ(repository().resolve(u"府中市", u"13")->code6, u"132063");
    EXPECT_EQ(repository().resolve(u"東京都府中市")->code6, u"132063");
    EXPECT_EQ(repository().resolve(u"伊達市", u"北海道")->code6, u"012335");
    EXPECT_EQ(repository().resolve(u"伊達市", u"Fukushima")->code6, u"072133");
    EXPECT_FALSE(repository().resolve(u"伊達市"));
    // Only whole names resolve: 府中 alone is not a name.
    EXPECT_EQ(repository().resolve(u"府中", u"東京都").error().code(), core::ErrorCode::NotFound);
    EXPECT_EQ(repository().resolve(u"府中市", u"大阪府").error().code(), core::ErrorCode::NotFound);
    EXPECT_EQ(repository().resolve(u"檮原町", u"高知県")->code6, u"394050");
    EXPECT_EQ(repository().resolve(u"龍ヶ崎市", u"茨城県")->code6, u"082082");
}

TEST_F(LocalGovernments, FiltersByPrefectureAndBureau)
{
    core::LocalGovernmentQuery okinawa;
    okinawa.bureauId = 11;
    const auto inOkinawa = repository().search(okinawa);
    ASSERT_TRUE(inOkinawa);
    EXPECT_EQ(inOkinawa->size(), 42); // the prefecture and its 41 municipalities
    for (const core::LocalGovernment &lg : *inOkinawa)
        EXPECT_EQ(lg.prefectureCode, u"47");

    core::LocalGovernmentQuery tokyo;
    tokyo.prefectureCode = u"13"_s;
    tokyo.text = u"府中"_s;
    EXPECT_EQ(repository().search(tokyo)->size(), 1);
    EXPECT_EQ(repository().findPrefecture(u"東京")->code, u"13");
    EXPECT_EQ(repository().findPrefecture(u"tokyo")->code, u"13");
    EXPECT_EQ(repository().findPrefecture(u"北海道")->code, u"01");
    EXPECT_EQ(repository().findPrefecture(u"1")->code, u"01");
    EXPECT_FALSE(repository().findPrefecture(u"東京府"));
}

TEST_F(LocalGovernments, SortsInSql)
{
    core::LocalGovernmentQuery query;
    query.sortKey = core::LocalGovernmentQuery::SortKey::Reading;
    const auto byReading = repository().search(query);
    ASSERT_TRUE(byReading);
    ASSERT_EQ(byReading->size(), 1788);
    EXPECT_TRUE(byReading->front().nameKanaMic.startsWith(u"あ"));
    query.sortKey = core::LocalGovernmentQuery::SortKey::Code;
    query.sortOrder = Qt::DescendingOrder;
    EXPECT_EQ(repository().search(query)->front().prefectureCode, u"47");
}
