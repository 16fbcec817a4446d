// A municipality recognised from its mail domain by the master data's readings in romaji;
// two matches are both offered, a domain of no public body gives nothing.
#include "core/municipalities/municipaldomain.h"

#include "testsupport.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace iotdesk;
using namespace Qt::StringLiterals;

namespace {

QStringList codes(const QList<core::MunicipalDomain::Candidate> &candidates)
{
    QStringList result;
    for (const auto &candidate : candidates)
        result << candidate.code6;
    return result;
}

class MunicipalDomainTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto loaded = core::MunicipalDomain::of(temp.db());
        ASSERT_TRUE(loaded) << loaded.message().toStdString();
        table = loaded.value();
    }

    QStringList of(const QString &domain) const { return codes(table->candidates(domain)); }

    test::TempDatabase temp;
    std::shared_ptr<const core::MunicipalDomain> table;
};

} // namespace

TEST(MunicipalDomainRomaji, HepburnWithoutLongVowels)
{
    EXPECT_EQ(core::MunicipalDomain::romaji(u"ふらの"_s), QStringList{u"furano"_s});
    EXPECT_EQ(core::MunicipalDomain::romaji(u"ちょうふ"_s).front(), u"chofu");
    EXPECT_TRUE(core::MunicipalDomain::romaji(u"ちょうふ"_s).contains(u"choufu"_s));
    EXPECT_EQ(core::MunicipalDomain::romaji(u"おおさか"_s).front(), u"osaka");
    EXPECT_EQ(core::MunicipalDomain::romaji(u"しんじゅく"_s).front(), u"shinjuku");
    EXPECT_EQ(core::MunicipalDomain::romaji(u"ほっかいどう"_s).front(), u"hokkaido");
    EXPECT_EQ(core::MunicipalDomain::romaji(u"ぐんま"_s).front(), u"gunma");
}

TEST_F(MunicipalDomainTest, CityTownAndVillageInAPrefecture)
{
    EXPECT_EQ(of(u"city.furano.hokkaido.jp"_s), QStringList{u"012297"_s});
    EXPECT_EQ(of(u"CITY.Furano.Hokkaido.JP"_s), QStringList{u"012297"_s});
    // A mail server's host name in front.
    EXPECT_EQ(of(u"mail.city.furano.hokkaido.jp"_s), QStringList{u"012297"_s});
    EXPECT_EQ(of(u"town.kamikawa.hokkaido.jp"_s), QStringList{u"014575"_s});
    // 神河町 has the same romaji in Hyogo: the prefecture decides.
    EXPECT_EQ(of(u"town.kamikawa.hyogo.jp"_s), QStringList{u"284467"_s});
    EXPECT_EQ(of(u"vill.ogimi.okinawa.jp"_s), QStringList{u"473022"_s});
    // The kind label counts: 上富良野町 is a town, not the city.
    EXPECT_TRUE(of(u"town.furano.hokkaido.jp"_s).isEmpty());
}

TEST_F(MunicipalDomainTest, LgJpForms)
{
    EXPECT_EQ(of(u"city.yokohama.lg.jp"_s), QStringList{u"141003"_s});
    EXPECT_EQ(of(u"fuchu-tokyo.lg.jp"_s), QStringList{u"132063"_s});
    EXPECT_EQ(of(u"city.fuchu.tokyo.lg.jp"_s), QStringList{u"132063"_s});
    EXPECT_EQ(of(u"pref.hokkaido.lg.jp"_s), QStringList{u"010006"_s});
    EXPECT_EQ(of(u"metro.tokyo.lg.jp"_s), QStringList{u"130001"_s});
    EXPECT_EQ(of(u"pref.osaka.lg.jp"_s), QStringList{u"270008"_s});
    // A prefecture's name alone is never the prefecture: 大阪市 is city.osaka.lg.jp.
    EXPECT_EQ(of(u"city.osaka.lg.jp"_s), QStringList{u"271004"_s});
}

TEST_F(MunicipalDomainTest, TokyoWardAndCity)
{
    EXPECT_EQ(of(u"city.shinjuku.lg.jp"_s), QStringList{u"131041"_s});
    EXPECT_EQ(of(u"city.chofu.tokyo.jp"_s), QStringList{u"132080"_s});
    EXPECT_EQ(of(u"city.choufu.tokyo.jp"_s), QStringList{u"132080"_s});
}

TEST_F(MunicipalDomainTest, TwoMatchesAreBothOffered)
{
    // 江差町 and 枝幸町 are both えさしちょう in Hokkaido.
    const auto esashi = table->candidates(u"town.esashi.hokkaido.jp"_s);
    ASSERT_EQ(esashi.size(), 2);
    EXPECT_EQ(esashi[0].fullName, u"北海道檜山郡江差町");
    EXPECT_EQ(esashi[1].fullName, u"北海道枝幸郡枝幸町");
    // 府中市 and 府中町 of Hiroshima, when the domain does not say city or town.
    EXPECT_EQ(of(u"fuchu-hiroshima.lg.jp"_s), (QStringList{u"342084"_s, u"343021"_s}));
    // Two cities named 府中 when the prefecture is missing.
    EXPECT_EQ(of(u"city.fuchu.lg.jp"_s), (QStringList{u"132063"_s, u"342084"_s}));
}

TEST_F(MunicipalDomainTest, NoPublicBodyNoCandidate)
{
    EXPECT_TRUE(of(u"gmail.com"_s).isEmpty());
    EXPECT_TRUE(of(u"example.co.jp"_s).isEmpty());
    EXPECT_TRUE(of(u"furano.jp"_s).isEmpty());
    EXPECT_TRUE(of(u"city.nowhere.hokkaido.jp"_s).isEmpty());
    EXPECT_TRUE(of(u"city.furano.narnia.jp"_s).isEmpty());
    EXPECT_TRUE(of({}).isEmpty());
}

TEST_F(MunicipalDomainTest, BuiltOncePerFile)
{
    auto again = core::MunicipalDomain::of(temp.db());
    ASSERT_TRUE(again);
    EXPECT_EQ(again.value().get(), table.get());
    QElapsedTimer timer;
    timer.start();
    auto fresh = core::MunicipalDomain::load(temp.db().connection());
    ASSERT_TRUE(fresh);
    RecordProperty("build_ms", int(timer.elapsed()));
    timer.restart();
    for (int i = 0; i < 1000; ++i)
        EXPECT_EQ(fresh->candidates(u"city.furano.hokkaido.jp"_s).size(), 1);
    RecordProperty("thousand_lookups_ms", int(timer.elapsed()));
}
