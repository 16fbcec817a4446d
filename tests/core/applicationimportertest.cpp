// CSV import of applications: each encoding Excel writes, quoted fields, Japanese or English
// headings, and all or nothing when any line is wrong.
#include "core/applications/applicationimporter.h"

#include "core/applications/applicationrepository.h"
#include "testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

QByteArray readFixture(const QString &relative)
{
    QFile file(test::sourcePath(relative));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << relative.toStdString();
    return file.readAll();
}

const QByteArray kEnglishHeader =
    "received_at,lead,prefecture,members,contact_name,reports_monthly,hosts_workshop2,"
    "attends_meetings,used_ict_town,used_data_smart_city,used_regional_iot,used_iot_service,"
    "has_comprehensive_agreement,note\n";

void expectNothingStored(const core::Database &db)
{
    EXPECT_EQ(test::scalar(db, u"SELECT count(*) FROM applications"_s).toInt(), 0);
    EXPECT_EQ(test::scalar(db, u"SELECT count(*) FROM application_members"_s).toInt(), 0);
    EXPECT_EQ(test::scalar(db, u"SELECT count(*) FROM history"_s).toInt(), 0);
}

} // namespace

TEST(ApplicationImporter, SampleFileInUtf8WithBom)
{
    test::TempDatabase temp;
    const core::ApplicationImporter importer(temp.db());
    const auto ids = importer.import(readFixture(u"docs/samples/applications-sample.csv"_s), 1);
    ASSERT_TRUE(ids) << ids.message().toStdString();
    ASSERT_EQ(ids->size(), 2);
    const auto fuchu = core::ApplicationRepository(temp.db()).application(ids->at(0)).value();
    EXPECT_EQ(fuchu.leadCode(), u"132063");
    EXPECT_EQ(fuchu.receivedAt, QDateTime(QDate(2018, 5, 21), QTime(1, 15), Qt::UTC));
    EXPECT_EQ(fuchu.attachmentBytes, 2'400'000);
    EXPECT_EQ(fuchu.partners.front().name, u"㈱多摩ネットワーク");
    EXPECT_EQ(fuchu.partners.front().kind, core::PartnerKind::Company);
    EXPECT_EQ(fuchu.frameworks.front().state, core::FrameworkState::Forming);
    EXPECT_EQ(fuchu.frameworks.front().memberCodes.size(), 2);
    EXPECT_EQ(fuchu.note, u"担当者は①企画課、②情報政策課");
    EXPECT_EQ(core::Eligibility::evaluate(fuchu.answers).status, core::EligibilityStatus::Eligible);

    const auto yusuhara = core::ApplicationRepository(temp.db()).application(ids->at(1)).value();
    ASSERT_EQ(yusuhara.members.size(), 2);
    EXPECT_EQ(yusuhara.leadCode(), u"394050");
    EXPECT_EQ(yusuhara.members[1].code6, u"394114");
    EXPECT_EQ(yusuhara.contacts.front().name, u"髙橋 花子");
    EXPECT_EQ(yusuhara.note, u"森林管理, 見守り\n（2行目の備考）");
    EXPECT_EQ(yusuhara.frameworks.front().kind, core::FrameworkKind::SettlementArea);
    // 23:30 in Japan on the closing day: 14:30 UTC, still in the window.
    EXPECT_EQ(yusuhara.receivedAt, QDateTime(QDate(2018, 6, 8), QTime(14, 30), Qt::UTC));
}

TEST(ApplicationImporter, Cp932AsExcelWritesIt)
{
    test::TempDatabase temp;
    const core::ApplicationImporter importer(temp.db());
    const auto read = importer.read(readFixture(u"tests/fixtures/applications-cp932.csv"_s), 1);
    ASSERT_TRUE(read) << read.message().toStdString();
    ASSERT_EQ(read->size(), 2);
    EXPECT_EQ(read->at(0).partners.front().name, u"㈱多摩ネットワーク");
    EXPECT_EQ(read->at(0).note, u"担当者は①企画課、②情報政策課");
    EXPECT_EQ(read->at(1).contacts.front().name, u"髙橋 花子");
    // Reading stores nothing.
    expectNothingStored(temp.db());
}

TEST(ApplicationImporter, EnglishHeadingsAndUtf8WithoutBom)
{
    test::TempDatabase temp;
    const QByteArray csv = kEnglishHeader +
                           "2018-05-30 09:00,13101,,\"132063; 132080\",\"Sato, Ichiro\","
                           "yes,yes,yes,no,no,no,no,no,\"quoted, with comma\"\n";
    const auto ids = core::ApplicationImporter(temp.db()).import(csv, 1);
    ASSERT_TRUE(ids) << ids.message().toStdString();
    const auto a = core::ApplicationRepository(temp.db()).application(ids->front()).value();
    EXPECT_EQ(a.leadCode(), u"131016");
    EXPECT_EQ(a.members.size(), 3);
    EXPECT_EQ(a.contacts.front().name, u"Sato, Ichiro");
    EXPECT_EQ(a.note, u"quoted, with comma");
}

TEST(ApplicationImporter, EveryBadLineIsListedAndNothingIsImported)
{
    test::TempDatabase temp;
    const QByteArray csv = kEnglishHeader +
                           "2018-05-30 09:00,府中市,,,A,yes,yes,yes,no,no,no,no,no,\n"       // 2
                           "2018-05-30 09:00,府中市,東京都,,B,yes,yes,yes,no,no,no,no,no,\n" // 3 ok
                           "2018-05-30 09:00,存在しない村,,,C,yes,yes,yes,no,no,no,no,no,\n" // 4
                           "2018-05-30 09:00,131017,,,D,yes,yes,yes,no,no,no,no,no,\n"       // 5
                           "someday,131016,,,E,yes,yes,yes,no,no,no,no,no,\n"                // 6
                           "2018-05-30 09:00,131016,,,F,maybe,yes,yes,no,no,no,no,no,\n";    // 7
    const QByteArray before = test::fileDigest(temp.path());
    const auto result = core::ApplicationImporter(temp.db()).import(csv, 1);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code(), core::ErrorCode::Invalid);
    const QString message = result.message();
    for (int line : {2, 4, 5, 6, 7})
        EXPECT_TRUE(message.contains(u"Line %1:"_s.arg(line))) << message.toStdString();
    EXPECT_FALSE(message.contains(u"Line 3:"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"132063"_s) && message.contains(u"342084"_s)); // ambiguous
    EXPECT_TRUE(message.contains(u"131016"_s)); // the right check digit is named
    expectNothingStored(temp.db());
}

// A partner's kind and a framework's kind and state as forms write them: the Japanese names, the
// shorter ones, the stored and the English names, in any width; anything else is a line error
// that names the choices.
TEST(ApplicationImporter, PartnerAndFrameworkChoicesAsFormsWriteThem)
{
    test::TempDatabase temp;
    const QByteArray header = "received_at,lead,partner_name,partner_kind,framework_kind,"
                              "framework_name,framework_state\n";
    const QByteArray good = header +
                            "2018-05-30 09:00,132063,A,大学,その他の広域連携,X,形成済\n"
                            "2018-05-30 09:00,132080,B,ＮＰＯ,CENTRAL_CITY_AREA,Y,forming\n"
                            "2018-05-30 09:00,131016,C,Public body,定住自立圏,Z,形成中\n"
                            "2018-05-30 09:00,131024,D,,,,\n";
    const auto ids = core::ApplicationImporter(temp.db()).import(good, 1);
    ASSERT_TRUE(ids) << ids.message().toStdString();
    const core::ApplicationRepository repository(temp.db());
    const auto first = repository.application(ids->at(0)).value();
    EXPECT_EQ(first.partners.front().kind, core::PartnerKind::University);
    EXPECT_EQ(first.frameworks.front().kind, core::FrameworkKind::Other);
    EXPECT_EQ(first.frameworks.front().state, core::FrameworkState::Formed);
    const auto second = repository.application(ids->at(1)).value();
    EXPECT_EQ(second.partners.front().kind, core::PartnerKind::Npo);
    EXPECT_EQ(second.frameworks.front().kind, core::FrameworkKind::CentralCityArea);
    EXPECT_EQ(second.frameworks.front().state, core::FrameworkState::Forming);
    const auto third = repository.application(ids->at(2)).value();
    EXPECT_EQ(third.partners.front().kind, core::PartnerKind::Public);
    EXPECT_EQ(third.frameworks.front().kind, core::FrameworkKind::SettlementArea);
    const auto fourth = repository.application(ids->at(3)).value();
    ASSERT_EQ(fourth.partners.size(), 1);
    EXPECT_EQ(fourth.partners.front().kind, core::PartnerKind::Other); // empty: その他
    EXPECT_TRUE(fourth.frameworks.isEmpty());

    test::TempDatabase other;
    const QByteArray bad = header + "2018-05-30 09:00,132063,A,友人,,,\n"
                                    "2018-05-30 09:00,132080,,,定住自立圏,Y,\n"
                                    "2018-05-30 09:00,131016,,,広域,Z,形成中\n";
    const auto refused = core::ApplicationImporter(other.db()).import(bad, 1);
    ASSERT_FALSE(refused);
    const QString message = refused.message();
    EXPECT_TRUE(message.contains(u"Line 2: “友人” in partner_kind is not one of 企業、"_s))
        << message.toStdString();
    EXPECT_TRUE(
        message.contains(u"Line 3: framework_state is empty: it is one of 形成済み、形成中"_s))
        << message.toStdString();
    EXPECT_TRUE(message.contains(u"Line 4: “広域” in framework_kind"_s)) << message.toStdString();
    expectNothingStored(other.db());
}

TEST(ApplicationImporter, BadLinesOfAMacintoshCsvAreNamed)
{
    // Excel for the Mac's "CSV (Macintosh)" ends lines with CR alone.
    test::TempDatabase temp;
    QByteArray csv = kEnglishHeader +
                     "2018-05-30 09:00,131016,,,A,yes,yes,yes,no,no,no,no,no,\n"    // 2 ok
                     "someday,131016,,,B,yes,yes,yes,no,no,no,no,no,\n"             // 3
                     "2018-05-30 09:00,131016,,,C,maybe,yes,yes,no,no,no,no,no,\n"; // 4
    csv.replace('\n', '\r');
    const auto result = core::ApplicationImporter(temp.db()).import(csv, 1);
    ASSERT_FALSE(result);
    const QString message = result.message();
    for (int line : {3, 4})
        EXPECT_TRUE(message.contains(u"Line %1:"_s.arg(line))) << message.toStdString();
    EXPECT_FALSE(message.contains(u"Line 1:"_s)) << message.toStdString();
    EXPECT_FALSE(message.contains(u"Line 2:"_s)) << message.toStdString();
    expectNothingStored(temp.db());
}

TEST(ApplicationImporter, MalformedFilesAreRefused)
{
    test::TempDatabase temp;
    const core::ApplicationImporter importer(temp.db());
    // An unclosed quote.
    EXPECT_FALSE(importer.import(kEnglishHeader + "2018-05-30 09:00,131016,,\"open\n", 1));
    // An unknown column.
    EXPECT_FALSE(importer.import("received_at,lead,colour\n2018-05-30 09:00,131016,red\n", 1));
    // A missing required column.
    const auto missing = importer.import("received_at,note\n2018-05-30 09:00,x\n", 1);
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.message().contains(u"lead"_s));
    // Bytes that are neither UTF-8 nor CP932.
    EXPECT_FALSE(importer.import(QByteArray("received_at,lead\n\xff\xff,1\n"), 1));
    // A header and nothing else.
    EXPECT_FALSE(importer.import(kEnglishHeader, 1));
    // Forcing UTF-8 on CP932 bytes.
    EXPECT_FALSE(importer.import(readFixture(u"tests/fixtures/applications-cp932.csv"_s), 1,
                                 core::TextEncoding::Utf8));
    expectNothingStored(temp.db());
}

TEST(ApplicationImporter, ANulByteRefusesItsLineInsteadOfCuttingTheValue)
{
    test::TempDatabase temp;
    QByteArray csv = kEnglishHeader + "2018-05-30 09:00,131016,,,山田";
    csv.append('\0');
    csv.append(" 太郎,yes,yes,yes,no,no,no,no,no,\n");
    const auto result = core::ApplicationImporter(temp.db()).import(csv, 1);
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.message().contains(u"Line 2:"_s)) << result.message().toStdString();
    EXPECT_TRUE(result.message().contains(u"NUL"_s)) << result.message().toStdString();
    expectNothingStored(temp.db());
}
