// Plans: made by the first change, edited item by item with history and versions, checked
// (the tree's order, the period, negative amounts), frozen as versions and compared; the
// milestones' states in the monthly reports; the know-how register.
#include "core/applications/applicationrepository.h"
#include "core/meetings/meetingrepository.h"
#include "core/plans/knowhowrepository.h"
#include "core/plans/planrepository.h"
#include "core/reports/reportrepository.h"
#include "core/storage/changehistory.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

constexpr qint64 kProgram = 1; // FY2018

class Plans : public ::testing::Test
{
protected:
    void SetUp() override
    {
        core::Application a;
        a.programId = kProgram;
        a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
        a.members = {{u"132063"_s, true}};
        a.decision = core::Decision::Selected;
        a.overrideReason = u"テスト"_s;
        a.decidedAt = QDateTime(QDate(2018, 6, 29), QTime(6, 0), Qt::UTC);
        const auto id = applications.create(a);
        ASSERT_TRUE(id) << id.message().toStdString();
        application = *id;
    }

    core::PlanAmount cost(int year, qint64 yen)
    {
        core::PlanAmount a;
        a.kind = year == 0 ? core::AmountKind::Initial : core::AmountKind::Running;
        a.year = year;
        a.item = u"センサー"_s;
        a.yen = yen;
        a.bearer = core::CostBearer::Municipality;
        return a;
    }
    core::PlanAmount benefit(int year, qint64 yen)
    {
        core::PlanAmount a;
        a.kind = core::AmountKind::HoursSaved;
        a.year = year;
        a.item = u"見回り時間の削減"_s;
        a.yen = yen;
        return a;
    }
    qint64 node(core::PlanNodeKind kind, const QString &text, qint64 parent = 0)
    {
        core::PlanNode n;
        n.kind = kind;
        n.text = text;
        n.parentId = parent;
        const auto id = plans.add(application, n);
        EXPECT_TRUE(id) << id.message().toStdString();
        return id ? *id : 0;
    }

    test::TempDatabase temp;
    core::ApplicationRepository applications{temp.db()};
    core::PlanRepository plans{temp.db()};
    qint64 application = 0;
};

} // namespace

TEST_F(Plans, ReadingWritesNothingAndTheFirstChangeMakesThePlan)
{
    auto plan = plans.plan(application);
    ASSERT_TRUE(plan) << plan.message().toStdString();
    EXPECT_EQ(plan->header.id, 0);
    EXPECT_EQ(plan->header.firstFiscalYear, 2019);
    EXPECT_EQ(plan->header.periodYears, 10);
    EXPECT_EQ(plan->header.discountBasisPoints, 400);
    EXPECT_EQ(plan->sections.size(), 7);
    EXPECT_EQ(plan->code6, u"132063");
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM plans"_s).toInt(), 0);

    ASSERT_TRUE(plans.add(application, cost(0, 1'000'000)));
    plan = plans.plan(application);
    EXPECT_NE(plan->header.id, 0);
    EXPECT_EQ(plan->sections.size(), 7);
    EXPECT_EQ(plan->amounts.size(), 1);
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM plans"_s).toInt(), 1);
}

TEST_F(Plans, OnlyASelectedApplicationHasAPlan)
{
    core::Application a;
    a.programId = kProgram;
    a.receivedAt = QDateTime(QDate(2018, 5, 22), QTime(1, 0), Qt::UTC);
    a.members = {{u"394050"_s, true}};
    const qint64 other = applications.create(a).value();
    EXPECT_EQ(plans.plan(other).error().code(), core::ErrorCode::NotFound);
    EXPECT_FALSE(plans.add(other, cost(0, 1)));
    EXPECT_EQ(plans.applicationOf(kProgram, u"394050"_s).error().code(), core::ErrorCode::NotFound);
    EXPECT_EQ(plans.applicationOf(kProgram, u"132063"_s).value(), application);
}

TEST_F(Plans, TheEvaluationFollowsTheAmountsAndTheSettings)
{
    ASSERT_TRUE(plans.add(application, cost(0, 1'000'000)));
    for (int year = 1; year <= 4; ++year)
        ASSERT_TRUE(plans.add(application, benefit(year, 350'000)));
    auto header = plans.plan(application)->header;
    header.periodYears = 4;
    ASSERT_TRUE(plans.setHeader(header));
    const auto e = plans.plan(application)->evaluation();
    EXPECT_NEAR(e.npv, 270'463.33, 0.01);
    EXPECT_EQ(e.paybackYear, 3);
    EXPECT_EQ(e.discountedPaybackYear, 4);
}

TEST_F(Plans, BadAmountsAndSettingsAreRefusedAndChangeNothing)
{
    ASSERT_TRUE(plans.add(application, cost(0, 100)));
    auto negative = cost(1, -5);
    EXPECT_EQ(plans.add(application, negative).error().code(), core::ErrorCode::Invalid);
    EXPECT_EQ(plans.add(application, cost(11, 5)).error().code(), core::ErrorCode::Invalid);
    auto noBearer = cost(1, 5);
    noBearer.bearer = core::CostBearer::None;
    EXPECT_FALSE(plans.add(application, noBearer));
    auto header = plans.plan(application)->header;
    header.discountBasisPoints = 2001;
    EXPECT_EQ(plans.setHeader(header).error().code(), core::ErrorCode::Invalid);
    ASSERT_TRUE(plans.add(application, cost(9, 5)));
    header = plans.plan(application)->header;
    header.periodYears = 5;
    const auto shorter = plans.setHeader(header);
    ASSERT_FALSE(shorter);
    EXPECT_TRUE(shorter.message().contains(u"year 9"_s)) << shorter.message().toStdString();
    const auto plan = plans.plan(application).value();
    EXPECT_EQ(plan.header.periodYears, 10);
    EXPECT_EQ(plan.header.discountBasisPoints, 400);
    EXPECT_EQ(plan.amounts.size(), 2);
}

TEST_F(Plans, RatesAreTypedAsPercent)
{
    EXPECT_EQ(core::PlanRepository::parseRate(u"4"_s), 400);
    EXPECT_EQ(core::PlanRepository::parseRate(u"4%"_s), 400);
    EXPECT_EQ(core::PlanRepository::parseRate(u" 2.5 %"_s), 250);
    EXPECT_EQ(core::PlanRepository::parseRate(u"0"_s), 0);
    EXPECT_EQ(core::PlanRepository::parseRate(u"20"_s), 2000);
    EXPECT_FALSE(core::PlanRepository::parseRate(u"21"_s));
    EXPECT_FALSE(core::PlanRepository::parseRate(u"-1"_s));
    EXPECT_FALSE(core::PlanRepository::parseRate(u"four"_s));
    EXPECT_FALSE(core::PlanRepository::parseRate(u"0.04"_s).value_or(0) == 400);
}

TEST_F(Plans, TheTreeGoesFromTheVisionToTheSolutions)
{
    const qint64 vision = node(core::PlanNodeKind::Vision, u"鳥獣被害のない農村"_s);
    const qint64 current = node(core::PlanNodeKind::Current, u"見回りに頼っている"_s, vision);
    const qint64 problem = node(core::PlanNodeKind::Problem, u"被害が年々増える"_s, current);
    const qint64 issue = node(core::PlanNodeKind::Issue, u"出没が分からない"_s, problem);
    // A solution straight under a problem is refused: it answers an issue.
    core::PlanNode wrong;
    wrong.kind = core::PlanNodeKind::Solution;
    wrong.text = u"罠センサー"_s;
    wrong.parentId = problem;
    const auto refused = plans.add(application, wrong);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), core::ErrorCode::Invalid);
    // An issue without a solution, and a solution without an issue, show as loose.
    EXPECT_EQ(plans.plan(application)->loose(), QList<qint64>{issue});
    const qint64 loose = node(core::PlanNodeKind::Solution, u"ドローン"_s);
    EXPECT_EQ(plans.plan(application)->loose(), (QList<qint64>{issue, loose}));
    const qint64 solution = node(core::PlanNodeKind::Solution, u"罠センサー"_s, issue);
    EXPECT_EQ(plans.plan(application)->loose(), QList<qint64>{loose});
    // An entry with entries under it stays until they are moved or removed.
    const auto issueNode = plans.item<core::PlanNode>(issue).value();
    EXPECT_EQ(plans.remove(issueNode).error().code(), core::ErrorCode::Invalid);
    ASSERT_TRUE(plans.remove(plans.item<core::PlanNode>(solution).value()));
    ASSERT_TRUE(plans.remove(plans.item<core::PlanNode>(issue).value()));
}

TEST_F(Plans, AnItemChangedBySomeoneElseIsNotOverwritten)
{
    const qint64 id = plans.add(application, cost(0, 100)).value();
    auto mine = plans.item<core::PlanAmount>(id).value();
    {
        auto other = temp.openAnother();
        other->setUserName(u"someone"_s);
        core::PlanRepository theirs(*other);
        auto item = theirs.item<core::PlanAmount>(id).value();
        item.yen = 200;
        ASSERT_TRUE(theirs.update(item));
    }
    mine.yen = 300;
    EXPECT_EQ(plans.update(mine).error().code(), core::ErrorCode::Conflict);
    EXPECT_EQ(plans.item<core::PlanAmount>(id)->yen, 200);
    mine = plans.item<core::PlanAmount>(id).value();
    mine.yen = 300;
    ASSERT_TRUE(plans.update(mine));
    const auto history =
        core::ChangeHistory::entries(temp.db().connection(), u"plan_amount"_s, QString::number(id));
    ASSERT_TRUE(history);
    EXPECT_EQ(history->size(), 3); // created, 200, 300
}

TEST_F(Plans, AMemberReportsToNoOneBelowIt)
{
    core::PlanMember top;
    top.name = u"企画課"_s;
    top.lead = true;
    const qint64 topId = plans.add(application, top).value();
    core::PlanMember under;
    under.name = u"農林課"_s;
    under.parentId = topId;
    const qint64 underId = plans.add(application, under).value();
    auto cycle = plans.item<core::PlanMember>(topId).value();
    cycle.parentId = underId;
    EXPECT_EQ(plans.update(cycle).error().code(), core::ErrorCode::Invalid);
    core::PlanMember secondLead;
    secondLead.name = u"総務課"_s;
    secondLead.lead = true;
    EXPECT_EQ(plans.add(application, secondLead).error().code(), core::ErrorCode::Invalid);
}

TEST_F(Plans, VersionsAreFrozenAndCompared)
{
    const qint64 first = plans.add(application, cost(0, 1'000'000)).value();
    core::PlanMilestone open;
    open.title = u"条例の制定"_s;
    open.dueOn = QDate(2019, 3, 31);
    ASSERT_TRUE(plans.add(application, open)); // no budget year
    const qint64 draft =
        plans.freeze(application, core::PlanStage::Draft, QDate(2018, 8, 20)).value();
    auto changed = plans.item<core::PlanAmount>(first).value();
    changed.yen = 900'000;
    ASSERT_TRUE(plans.update(changed));
    core::PlanRisk risk;
    risk.risk = u"電波が届かない"_s;
    risk.countermeasure = u"中継器を置く"_s;
    ASSERT_TRUE(plans.add(application, risk));
    const qint64 midterm =
        plans.freeze(application, core::PlanStage::Midterm, QDate(2018, 10, 25)).value();
    const auto versions = plans.versions(application).value();
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions[0].seq, 1);
    EXPECT_EQ(versions[1].stage, core::PlanStage::Midterm);
    EXPECT_EQ(versions[1].frozenOn, QDate(2018, 10, 25));
    // The draft stays as it was frozen.
    const auto before = plans.frozenPlan(draft).value();
    EXPECT_EQ(before.amounts.value(0).yen, 1'000'000);
    EXPECT_FALSE(before.milestones.value(0).budgetFiscalYear) << "an empty year stays empty";
    EXPECT_TRUE(core::PlanRepository::compare(before, before).isEmpty());
    const auto after = plans.frozenPlan(midterm).value();
    const auto changes = core::PlanRepository::compare(before, after);
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[0].kind, core::PlanChange::Kind::Changed);
    EXPECT_EQ(changes[0].field, u"yen");
    EXPECT_EQ(changes[0].before, u"1000000");
    EXPECT_EQ(changes[0].after, u"900000");
    EXPECT_EQ(changes[1].kind, core::PlanChange::Kind::Added);
    EXPECT_EQ(changes[1].label, u"電波が届かない");
    // A kind is compared by its name.
    auto running = plans.item<core::PlanAmount>(first).value();
    running.kind = core::AmountKind::Running;
    ASSERT_TRUE(plans.update(running));
    const auto kinds = core::PlanRepository::compare(after, plans.plan(application).value());
    ASSERT_EQ(kinds.size(), 1);
    EXPECT_EQ(kinds[0].before, u"Initial cost");
    EXPECT_EQ(kinds[0].after, u"Running cost");
    // Only the newest version is taken back (undo of a freeze).
    EXPECT_FALSE(plans.unfreeze(draft));
    ASSERT_TRUE(plans.unfreeze(midterm));
    EXPECT_EQ(plans.versions(application)->size(), 1);
}

TEST_F(Plans, ReportsRecordTheMilestonesStates)
{
    core::PlanMilestone m;
    m.title = u"実証実験の開始"_s;
    m.dueOn = QDate(2018, 11, 30);
    m.budgetFiscalYear = 2019;
    const qint64 milestone = plans.add(application, m).value();
    core::ReportRepository reports(temp.db());
    auto report = reports.reportFor(kProgram, u"132063"_s, QDate(2018, 9, 1)).value();
    ASSERT_EQ(report.milestones.size(), 1);
    EXPECT_FALSE(report.milestones[0].state);
    report.receivedOn = QDate(2018, 10, 5);
    report.channel = core::ReportChannel::Email;
    report.milestones[0].state = core::MilestoneState::Delayed;
    report.milestones[0].note = u"機器の納入が遅れた"_s;
    ASSERT_TRUE(reports.update(report));
    report = reports.report(report.id).value();
    EXPECT_EQ(report.milestones[0].state, core::MilestoneState::Delayed);
    EXPECT_EQ(report.milestones[0].note, u"機器の納入が遅れた");
    EXPECT_EQ(report.delayedMilestones, 1);
    // A milestone in a report stays.
    EXPECT_EQ(plans.remove(plans.item<core::PlanMilestone>(milestone).value()).error().code(),
              core::ErrorCode::Invalid);
    // A note without a state is refused.
    report.milestones[0].state.reset();
    EXPECT_EQ(reports.update(report).error().code(), core::ErrorCode::Invalid);
}

TEST_F(Plans, KnowhowIsRegisteredAndApproved)
{
    core::KnowhowRepository knowhow(temp.db());
    core::Lesson l;
    l.programId = kProgram;
    l.applicationId = application;
    l.phase = core::KnowhowPhase::Promotion;
    l.lesson = u"農協を早くから巻き込む"_s;
    const qint64 id = knowhow.add(l).value();
    EXPECT_TRUE(knowhow.lessons(kProgram, true)->isEmpty());
    auto stored = knowhow.lesson(id).value();
    EXPECT_EQ(stored.code6, u"132063");
    stored.approved = true;
    ASSERT_TRUE(knowhow.update(stored));
    EXPECT_EQ(knowhow.lessons(kProgram, true)->size(), 1);
    core::Lesson empty = l;
    empty.lesson = u"  "_s;
    EXPECT_EQ(knowhow.add(empty).error().code(), core::ErrorCode::Invalid);
    core::Lesson twoSources = l;
    twoSources.reportId = 1;
    twoSources.sessionId = 1;
    EXPECT_EQ(knowhow.add(twoSources).error().code(), core::ErrorCode::Invalid);
    core::Lesson missing = l;
    missing.consultationId = 999999;
    EXPECT_EQ(knowhow.add(missing).error().code(), core::ErrorCode::NotFound);
}

// The mid-term version is linked to the municipality's slot of the mid-term presentation
// (workshop 3 in Tokyo), and offered with that day.
TEST_F(Plans, TheMidtermVersionIsLinkedToItsPresentation)
{
    core::MeetingRepository meetings(temp.db());
    qint64 workshop3 = 0;
    for (const core::SessionSummary &s : meetings.sessions(kProgram).value()) {
        if (s.meeting.seq == 3 && !s.session.applicationId)
            workshop3 = s.session.id;
    }
    ASSERT_NE(workshop3, 0);
    auto session = meetings.session(workshop3).value().session;
    session.firstDay = QDate(2018, 10, 25);
    ASSERT_TRUE(meetings.updateSession(session));
    core::PresentationSlot slot;
    slot.start = QTime(10, 0);
    slot.applicationId = application;
    slot.title = u"中間発表"_s;
    ASSERT_TRUE(meetings.setPresentationSlots(workshop3, {slot}));
    EXPECT_EQ(plans.suggestedFreezeDate(application, core::PlanStage::Midterm, QDate(2026, 12, 1))
                  .value(),
              QDate(2018, 10, 25));
    // The final version of a past program is offered at the end of its March, a draft never
    // after the program's year.
    EXPECT_EQ(
        plans.suggestedFreezeDate(application, core::PlanStage::Final, QDate(2026, 12, 1)).value(),
        QDate(2019, 3, 31));
    EXPECT_EQ(
        plans.suggestedFreezeDate(application, core::PlanStage::Draft, QDate(2018, 8, 1)).value(),
        QDate(2018, 8, 1));
    ASSERT_TRUE(plans.freeze(application, core::PlanStage::Midterm, QDate(2018, 10, 25)));
    const auto versions = plans.versions(application).value();
    ASSERT_EQ(versions.size(), 1);
    EXPECT_EQ(versions[0].slotId, meetings.presentationSlots(workshop3)->value(0).id);
}
