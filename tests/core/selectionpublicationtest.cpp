#include "core/selection/selectionpublication.h"

#include "core/applications/applicationrepository.h"
#include "core/foundation/csvreader.h"
#include "core/foundation/csvwriter.h"
#include "core/foundation/japantime.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

TEST(CsvWriter, QuotesEverythingAndReadsBack)
{
    const QList<QStringList> rows = {{u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s, u"013"_s}};
    const QByteArray bytes = core::CsvWriter::document(rows);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.endsWith("\r\n"));
    const auto back = core::CsvReader::parse(bytes);
    ASSERT_TRUE(back);
    ASSERT_EQ(back->size(), 1);
    EXPECT_EQ(back->front().fields, rows.front());
}

TEST(SelectionPublication, SelectedOnlyInPrefectureOrder)
{
    test::TempDatabase temp;
    core::ApplicationRepository repository(temp.db());
    const auto make = [&](QList<core::ApplicationMember> members, core::Decision decision) {
        core::Application a;
        a.programId = 1;
        a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
        a.members = std::move(members);
        a.decision = decision;
        a.overrideReason = decision == core::Decision::Selected ? u"テスト"_s : QString();
        const auto id = repository.create(a);
        EXPECT_TRUE(id) << id.message().toStdString();
    };
    make({{u"394050"_s, true}, {u"394114"_s, false}, {u"382027"_s, false}},
         core::Decision::Selected);
    make({{u"132063"_s, true}}, core::Decision::Selected);
    make({{u"011002"_s, true}}, core::Decision::NotSelected);
    make({{u"012025"_s, true}}, core::Decision::None);
    const auto entries = core::SelectionPublication::entries(temp.db(), 1);
    ASSERT_TRUE(entries) << entries.message().toStdString();
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->at(0).name, u"府中市");
    EXPECT_EQ(entries->at(0).prefecture, u"東京都");
    EXPECT_EQ(entries->at(1).name, u"檮原町");
    // A joint member in another prefecture carries its prefecture's name.
    EXPECT_EQ(entries->at(1).jointMembers, (QStringList{u"津野町"_s, u"愛媛県今治市"_s}));
    const auto rows = core::SelectionPublication::csvRows(*entries);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0][0], u"都道府県");
    EXPECT_EQ(rows[2][2], u"津野町、愛媛県今治市");
}

TEST(SelectionPublication, DatedTheDayOfTheSelectionNotTheDayPrinted)
{
    test::TempDatabase temp;
    EXPECT_EQ(core::SelectionPublication::publishedOn(temp.db(), 1).value(),
              core::JapanTime::today())
        << "nothing selected yet";
    core::ApplicationRepository repository(temp.db());
    for (const QDate day : {QDate(2018, 7, 2), QDate(2018, 7, 9)}) {
        core::Application a;
        a.programId = 1;
        a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
        a.members = {{day.day() == 2 ? u"132063"_s : u"394050"_s, true}};
        a.decision = core::Decision::Selected;
        a.overrideReason = u"テスト"_s;
        a.decidedAt = core::JapanTime::momentOn(day);
        ASSERT_TRUE(repository.create(a));
    }
    EXPECT_EQ(core::SelectionPublication::publishedOn(temp.db(), 1).value(), QDate(2018, 7, 9));
}
