#include "core/programs/programrepository.h"

#include "core/storage/changehistory.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

TEST(ProgramRepository, Fy2018IsSeededAsTheCallDescribesIt)
{
    test::TempDatabase temp;
    const auto programs = core::ProgramRepository(temp.db()).programs();
    ASSERT_TRUE(programs);
    ASSERT_EQ(programs->size(), 1);
    const core::Program &p = programs->front();
    EXPECT_EQ(p.nameJa, u"地域IoT実装のための計画策定・推進体制構築支援事業");
    EXPECT_EQ(p.fiscalYear, 2018);
    EXPECT_EQ(p.applicationStart, QDate(2018, 5, 14));
    EXPECT_EQ(p.applicationEnd, QDate(2018, 6, 8));
    EXPECT_EQ(p.selectionCap, 10);
    EXPECT_EQ(p.contactEmail, u"chiiki-iot-keikaku@ml.soumu.go.jp");
    EXPECT_EQ(p.contactPhone, u"03-5253-5756");
    ASSERT_EQ(p.meetings.size(), 4);
    EXPECT_EQ(p.meetings[0].days, 2);
    EXPECT_EQ(p.meetings[1].kind, core::MeetingKind::LocalWorkshop);
    EXPECT_EQ(p.meetings[2].days, 2);
    EXPECT_EQ(p.meetings[3].kind, core::MeetingKind::FinalMeeting);
    EXPECT_EQ(p.meetings[3].days, 1);
    EXPECT_EQ(p.meetings[3].plannedEnd, QDate(2019, 3, 31));
    EXPECT_EQ(p.meetings[0].placeJa, u"東京");
}

TEST(ProgramRepository, UpdateWritesOnlyChangesAndRecordsThem)
{
    test::TempDatabase temp;
    temp.db().setUserName(u"coordinator"_s);
    core::ProgramRepository repository(temp.db());
    core::Program p = repository.program(1).value();
    p.selectionCap = 12;
    p.meetings[0].placeJa = u"東京都千代田区"_s;
    ASSERT_TRUE(repository.update(p));
    const core::Program stored = repository.program(1).value();
    EXPECT_EQ(stored, p);

    const auto history = core::ChangeHistory::entries(temp.db().connection());
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2);
    const core::HistoryEntry &cap = history->at(1);
    EXPECT_EQ(cap.entity, u"program");
    EXPECT_EQ(cap.field, u"selection_cap");
    EXPECT_EQ(cap.oldValue.toInt(), 10);
    EXPECT_EQ(cap.newValue.toInt(), 12);
    EXPECT_EQ(cap.changedBy, u"coordinator");
    EXPECT_TRUE(cap.changedAt.isValid());
    EXPECT_EQ(history->at(0).field, u"place_ja");
}

TEST(ProgramRepository, BadValuesChangeNothing)
{
    test::TempDatabase temp;
    core::ProgramRepository repository(temp.db());
    const core::Program original = repository.program(1).value();
    const QList<std::function<void(core::Program &)>> breakers = {
        [](core::Program &p) { p.applicationEnd = p.applicationStart.addDays(-1); },
        [](core::Program &p) { p.selectionCap = 0; },
        [](core::Program &p) { p.nameJa = u"  "_s; },
        [](core::Program &p) { p.fiscalYear = 1999; },
        [](core::Program &p) { p.contactEmail = u"not an address"_s; },
        [](core::Program &p) { p.meetings[0].plannedEnd = p.meetings[0].plannedStart.addDays(-1); },
        [](core::Program &p) { p.meetings[0].days = 0; },
        [](core::Program &p) {
            p.meetings[3].plannedEnd = p.meetings[3].plannedStart;
            p.meetings[3].days = 2;
        },
        [](core::Program &p) { p.meetings[1].seq = p.meetings[0].seq; },
    };
    for (qsizetype i = 0; i < breakers.size(); ++i) {
        SCOPED_TRACE(i);
        core::Program changed = original;
        breakers[i](changed);
        const auto result = repository.update(changed);
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().code(), core::ErrorCode::Invalid);
        EXPECT_FALSE(result.message().isEmpty());
        EXPECT_EQ(repository.program(1).value(), original);
    }
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM history"_s).toInt(), 0);
}

TEST(ProgramRepository, MeetingsCanBeAddedReorderedAndRemoved)
{
    test::TempDatabase temp;
    core::ProgramRepository repository(temp.db());
    core::Program p = repository.program(1).value();
    std::swap(p.meetings[0].seq, p.meetings[1].seq);
    core::ProgramMeeting extra = p.meetings[2];
    extra.id = 0;
    extra.seq = 5;
    extra.nameJa = u"研修会兼相談会（第4回）"_s;
    p.meetings.append(extra);
    p.meetings.removeAt(3);
    ASSERT_TRUE(repository.update(p));
    const core::Program stored = repository.program(1).value();
    ASSERT_EQ(stored.meetings.size(), 4);
    EXPECT_EQ(stored.meetings[0].kind, core::MeetingKind::LocalWorkshop); // seq 1 now
    EXPECT_EQ(stored.meetings.back().nameJa, u"研修会兼相談会（第4回）");
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM program_meetings WHERE kind = "
                                      "'final_meeting'"_s)
                  .toInt(),
              0);
}

TEST(ProgramRepository, NewFiscalYearCopiesSettingsOneYearLater)
{
    test::TempDatabase temp;
    core::ProgramRepository repository(temp.db());
    const auto id = repository.createNextFiscalYear(1);
    ASSERT_TRUE(id) << id.message().toStdString();
    const core::Program next = repository.program(id.value()).value();
    EXPECT_EQ(next.fiscalYear, 2019);
    EXPECT_EQ(next.applicationStart, QDate(2019, 5, 14));
    EXPECT_EQ(next.applicationEnd, QDate(2019, 6, 8));
    EXPECT_EQ(next.selectionCap, 10);
    ASSERT_EQ(next.meetings.size(), 4);
    EXPECT_EQ(next.meetings[3].plannedEnd, QDate(2020, 3, 31));
    EXPECT_NE(next.meetings[0].id, repository.program(1)->meetings[0].id);
    // The same year twice is refused.
    const auto again = repository.createNextFiscalYear(1);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), core::ErrorCode::Invalid);
    EXPECT_EQ(repository.count().value(), 2);
    EXPECT_EQ(repository.programs()->front().fiscalYear, 2019);
    ASSERT_TRUE(repository.remove(id.value()));
    EXPECT_EQ(repository.count().value(), 1);
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM program_meetings"_s).toInt(), 4);
}

TEST(ProgramRepository, EmptyOptionalTextIsStoredAsEmptyNotNull)
{
    test::TempDatabase temp;
    core::ProgramRepository repository(temp.db());
    core::Program p = repository.program(1).value();
    p.nameEn = QString(); // a cleared field arrives as a null QString
    p.contactFax = QString();
    p.meetings[0].placeEn = QString();
    const auto saved = repository.update(p);
    ASSERT_TRUE(saved) << saved.message().toStdString();
    EXPECT_TRUE(repository.program(1)->nameEn.isEmpty());
    EXPECT_EQ(
        test::scalar(temp.db(), u"SELECT count(*) FROM programs WHERE name_en = ''"_s).toInt(), 1);
}
