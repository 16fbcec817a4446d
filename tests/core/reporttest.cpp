// Monthly progress reports: the schedule and its due days (weekends, holidays, the New Year
// closure), kept in step with the selection, status over time, the months without any
// contact, and the checks on what is recorded.
#include "core/applications/applicationrepository.h"
#include "core/consultations/consultationrepository.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/contactrepository.h"
#include "core/programs/businesscalendar.h"
#include "core/programs/programrepository.h"
#include "core/reports/reportrepository.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

constexpr qint64 kProgram = 1; // FY2018, due day 10

class Reports : public ::testing::Test
{
protected:
    // Selected on 29 June 2018 (Japan time): reports for July 2018 to March 2019.
    qint64 selected(const QString &lead)
    {
        core::Application a;
        a.programId = kProgram;
        a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
        a.members = {{lead, true}};
        a.decision = core::Decision::Selected;
        a.overrideReason = u"テスト"_s;
        a.decidedAt = QDateTime(QDate(2018, 6, 29), QTime(6, 0), Qt::UTC);
        const auto id = applications.create(a);
        EXPECT_TRUE(id) << id.message().toStdString();
        return id ? *id : 0;
    }

    void decide(qint64 id, core::Decision decision)
    {
        auto a = applications.application(id).value();
        a.decision = decision;
        a.overrideReason = decision == core::Decision::Selected ? u"テスト"_s : QString();
        ASSERT_TRUE(applications.update(a));
    }

    core::MonthlyReport reportOf(qint64 application, QDate month)
    {
        for (const core::MonthlyReport &r : reports.reports(kProgram).value()) {
            if (r.applicationId == application && r.month == month)
                return r;
        }
        ADD_FAILURE() << "no report for " << month.toString().toStdString();
        return {};
    }

    test::TempDatabase temp;
    core::ApplicationRepository applications{temp.db()};
    core::ReportRepository reports{temp.db()};
};

} // namespace

TEST(ReportSchedule, DueDaysMoveToTheNextBusinessDay)
{
    test::TempDatabase temp;
    const auto calendar = core::BusinessCalendar::load(temp.db().connection()).value();
    // July's report on 10 August 2018, a Friday.
    EXPECT_EQ(core::ReportRepository::dueDate(QDate(2018, 7, 1), 10, calendar), QDate(2018, 8, 10));
    // November's on 2 December (a Sunday): Monday the 3rd.
    EXPECT_EQ(core::ReportRepository::dueDate(QDate(2018, 11, 1), 2, calendar), QDate(2018, 12, 3));
    // December's on 2 January: the New Year closure runs to the 3rd, so Friday the 4th.
    EXPECT_EQ(core::ReportRepository::dueDate(QDate(2018, 12, 1), 2, calendar), QDate(2019, 1, 4));
    // August's on 24 September 2018, a substitute holiday: the 25th.
    EXPECT_EQ(core::ReportRepository::dueDate(QDate(2018, 8, 1), 24, calendar), QDate(2018, 9, 25));
    // A due day past the month's end is its last day: January's on 28 February 2019 (Thu).
    EXPECT_EQ(core::ReportRepository::dueDate(QDate(2019, 1, 1), 31, calendar), QDate(2019, 2, 28));
}

TEST_F(Reports, OneReportPerMonthFromTheMonthAfterSelection)
{
    const qint64 fuchu = selected(u"132063"_s);
    const auto list = reports.reports(kProgram).value();
    ASSERT_EQ(list.size(), 9);
    EXPECT_EQ(list.front().month, QDate(2018, 7, 1));
    EXPECT_EQ(list.front().dueOn, QDate(2018, 8, 10));
    EXPECT_EQ(list.back().month, QDate(2019, 3, 1));
    EXPECT_EQ(list.back().dueOn, QDate(2019, 4, 10));
    EXPECT_EQ(list.front().name, u"東京都府中市");
    EXPECT_EQ(list.front().applicationId, fuchu);
}

TEST_F(Reports, ScheduleFollowsTheSelectionWithoutLosingReceivedReports)
{
    const qint64 fuchu = selected(u"132063"_s);
    core::MonthlyReport july = reportOf(fuchu, QDate(2018, 7, 1));
    july.receivedOn = QDate(2018, 8, 9);
    july.channel = core::ReportChannel::Email;
    july.activities = u"庁内推進体制の設置"_s;
    ASSERT_TRUE(reports.update(july));
    const qint64 augustId = reportOf(fuchu, QDate(2018, 8, 1)).id;

    decide(fuchu, core::Decision::Withdrawn);
    const auto kept = reports.reports(kProgram).value();
    ASSERT_EQ(kept.size(), 1) << "only the report received stays in view";
    EXPECT_EQ(kept.front().activities, u"庁内推進体制の設置");
    EXPECT_TRUE(kept.front().cancelled);

    decide(fuchu, core::Decision::Selected);
    ASSERT_EQ(reports.reports(kProgram)->size(), 9);
    // An application with a report on record is not deleted with it.
    const auto removed = applications.remove(fuchu);
    ASSERT_FALSE(removed);
    EXPECT_EQ(removed.error().code(), core::ErrorCode::Invalid);
    EXPECT_EQ(reportOf(fuchu, QDate(2018, 8, 1)).id, augustId) << "the same reports come back";
    EXPECT_FALSE(reportOf(fuchu, QDate(2018, 7, 1)).cancelled);
}

TEST_F(Reports, DueDayChangeMovesOpenReportsOnly)
{
    const qint64 fuchu = selected(u"132063"_s);
    core::MonthlyReport july = reportOf(fuchu, QDate(2018, 7, 1));
    july.receivedOn = QDate(2018, 8, 20);
    july.channel = core::ReportChannel::Post;
    ASSERT_TRUE(reports.update(july));
    core::ProgramRepository programs(temp.db());
    core::Program program = programs.program(kProgram).value();
    program.reportDueDay = 24;
    ASSERT_TRUE(programs.update(program));
    EXPECT_EQ(reportOf(fuchu, QDate(2018, 8, 1)).dueOn, QDate(2018, 9, 25));
    EXPECT_EQ(reportOf(fuchu, QDate(2018, 7, 1)).dueOn, QDate(2018, 8, 10))
        << "a received report keeps the due date it was measured against";
    EXPECT_TRUE(reportOf(fuchu, QDate(2018, 7, 1)).late());
    // Taken back as not received, it is open again under the new rule: 24 August, a Friday.
    july = reportOf(fuchu, QDate(2018, 7, 1));
    july.receivedOn.reset();
    july.channel = core::ReportChannel::None;
    ASSERT_TRUE(reports.update(july));
    EXPECT_EQ(reportOf(fuchu, QDate(2018, 7, 1)).dueOn, QDate(2018, 8, 24));
    program.reportDueDay = 0;
    EXPECT_FALSE(programs.update(program));
}

TEST_F(Reports, StatusOverTime)
{
    const qint64 fuchu = selected(u"132063"_s);
    core::MonthlyReport july = reportOf(fuchu, QDate(2018, 7, 1));
    EXPECT_EQ(july.status(QDate(2018, 7, 20)), core::ReportStatus::NotYetDue);
    EXPECT_EQ(july.status(QDate(2018, 8, 1)), core::ReportStatus::Due);
    EXPECT_EQ(july.status(QDate(2018, 8, 10)), core::ReportStatus::Due) << "due day itself";
    EXPECT_EQ(july.status(QDate(2018, 8, 11)), core::ReportStatus::Overdue);
    july.receivedOn = QDate(2018, 8, 13);
    july.channel = core::ReportChannel::Fax;
    EXPECT_EQ(july.status(QDate(2018, 8, 20)), core::ReportStatus::Received);
    EXPECT_TRUE(july.late());
    july.reviewedOn = QDate(2018, 8, 14);
    july.reviewedBy = u"佐藤"_s;
    ASSERT_TRUE(reports.update(july));
    EXPECT_EQ(reports.report(july.id)->status(QDate(2018, 8, 20)), core::ReportStatus::Reviewed);
}

TEST_F(Reports, RecordsAreChecked)
{
    const qint64 fuchu = selected(u"132063"_s);
    core::MonthlyReport july = reportOf(fuchu, QDate(2018, 7, 1));
    core::MonthlyReport bad = july;
    bad.receivedOn = QDate(2018, 8, 9); // no channel
    EXPECT_FALSE(reports.update(bad));
    bad = july;
    bad.reviewedOn = QDate(2018, 8, 9); // not received
    EXPECT_FALSE(reports.update(bad));
    bad = july;
    bad.receivedOn = QDate(2018, 8, 9);
    bad.channel = core::ReportChannel::Email;
    bad.reviewedOn = QDate(2018, 8, 1); // before receipt
    const auto reviewedEarly = reports.update(bad);
    ASSERT_FALSE(reviewedEarly);
    EXPECT_TRUE(reviewedEarly.message().contains(u"review"_s));
    bad.reviewedOn.reset();
    bad.receivedOn = QDate(2018, 6, 30); // before the month began
    const auto receivedEarly = reports.update(bad);
    ASSERT_FALSE(receivedEarly);
    EXPECT_TRUE(receivedEarly.message().contains(u"2018-07"_s))
        << receivedEarly.message().toStdString();
    bad.receivedOn = QDate(2018, 7, 1); // the month's first day: fine
    EXPECT_TRUE(reports.validate(bad));
    // Received or reviewed on a day still to come: refused.
    const QDate tomorrow = core::JapanTime::today().addDays(1);
    bad.receivedOn = tomorrow;
    const auto receivedAhead = reports.update(bad);
    ASSERT_FALSE(receivedAhead);
    EXPECT_TRUE(receivedAhead.message().contains(tomorrow.toString(Qt::ISODate)));
    bad.receivedOn = QDate(2018, 8, 9);
    bad.reviewedOn = tomorrow;
    EXPECT_FALSE(reports.update(bad));
    bad.reviewedOn = core::JapanTime::today();
    EXPECT_TRUE(reports.validate(bad));
    bad.reviewedOn.reset();
    bad.receivedOn = QDate(2018, 6, 30);
    bad.channel = static_cast<core::ReportChannel>(99);
    EXPECT_FALSE(reports.update(bad));
    EXPECT_EQ(reports.report(july.id).value(), july) << "nothing changed";
    EXPECT_FALSE(reports.reportFor(kProgram, u"132063"_s, QDate(2018, 6, 1)))
        << "before the reporting period";
    EXPECT_EQ(reports.reportFor(kProgram, u"132063"_s, QDate(2018, 9, 1))->month,
              QDate(2018, 9, 1));
}

TEST_F(Reports, SilentMonthsHaveNeitherReportNorConsultation)
{
    const qint64 fuchu = selected(u"132063"_s);
    core::MonthlyReport july = reportOf(fuchu, QDate(2018, 7, 1));
    july.receivedOn = QDate(2018, 8, 9);
    july.channel = core::ReportChannel::Email;
    ASSERT_TRUE(reports.update(july));
    // A call on 31 August at 23:30 Japan time (14:30 UTC) counts for August.
    core::Consultation call;
    call.occurredAt = QDateTime(QDate(2018, 8, 31), QTime(14, 30), Qt::UTC);
    call.lgCode6 = u"132063"_s;
    call.channel = core::Channel::Phone;
    call.direction = core::Direction::Incoming;
    call.summary = u"進捗の相談"_s;
    ASSERT_TRUE(core::ConsultationRepository(temp.db()).create(call));
    const auto silent = reports.silentMonths(kProgram, QDate(2018, 11, 15));
    ASSERT_TRUE(silent) << silent.message().toStdString();
    // July reported, August contacted; September and October silent; November not over.
    EXPECT_EQ(*silent, (QSet<std::pair<qint64, QDate>>{{fuchu, QDate(2018, 9, 1)},
                                                       {fuchu, QDate(2018, 10, 1)}}));
}

// Two people record the same month's report: the second save, from the report as it was
// before the first, is refused naming the first, and the first's text stays; the same holds
// for a person of the registry.
TEST_F(Reports, AReportChangedSinceItWasReadIsNotOverwritten)
{
    const qint64 fuchu = selected(u"132063"_s);
    const core::MonthlyReport opened = reportOf(fuchu, QDate(2018, 7, 1));
    auto other = temp.openAnother();
    other->setUserName(u"事務局 田中"_s);
    core::MonthlyReport theirs = opened;
    theirs.receivedOn = QDate(2018, 8, 9);
    theirs.channel = core::ReportChannel::Email;
    theirs.activities = u"庁内推進体制の設置"_s;
    ASSERT_TRUE(core::ReportRepository(*other).update(theirs));

    core::MonthlyReport mine = opened;
    mine.receivedOn = QDate(2018, 8, 10);
    mine.channel = core::ReportChannel::Post;
    mine.activities = u"現地調査"_s;
    const auto refused = reports.update(mine);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), core::ErrorCode::Conflict);
    EXPECT_TRUE(refused.message().contains(u"事務局 田中"_s)) << refused.message().toStdString();
    EXPECT_EQ(reportOf(fuchu, QDate(2018, 7, 1)).activities, u"庁内推進体制の設置");

    core::ContactRepository people(temp.db());
    core::Contact person;
    person.kind = core::ContactKind::Consultant;
    person.name = u"支援 次郎"_s;
    const qint64 id = people.add(person).value();
    const core::Contact read = people.contact(id).value();
    core::Contact renamed = core::ContactRepository(*other).contact(id).value();
    renamed.phone = u"03-5253-5111"_s;
    ASSERT_TRUE(core::ContactRepository(*other).update(renamed));
    core::Contact stale = read;
    stale.email = u"jiro@example.jp"_s;
    const auto refusedPerson = people.update(stale);
    ASSERT_FALSE(refusedPerson);
    EXPECT_EQ(refusedPerson.error().code(), core::ErrorCode::Conflict);
    const core::Contact merged = core::reapplyEdit(read, stale, people.contact(id).value());
    ASSERT_TRUE(people.update(merged));
    EXPECT_EQ(people.contact(id)->phone, u"03-5253-5111");
    EXPECT_EQ(people.contact(id)->email, u"jiro@example.jp");
}
