// The commands of the Plans page without a window: an item added, changed and removed and each
// undone and redone under the same id; the settings; a freeze taken back; a lesson.
#include "core/undo/plancommands.h"

#include "commandfixture.h"
#include "core/plans/knowhowrepository.h"
#include "core/plans/planrepository.h"

using namespace Qt::StringLiterals;
using namespace iotdesk;
using test::CommandTest;
using test::kProgram;

TEST_F(CommandTest, PlanItemsAddedChangedRemovedAndBack)
{
    const qint64 app = application(u"132063"_s, core::Decision::Selected);
    core::PlanRepository plans(temp.db());
    core::PlanAmount cost;
    cost.kind = core::AmountKind::Initial;
    cost.item = u"センサー"_s;
    cost.yen = 1'000;
    cost.bearer = core::CostBearer::Municipality;
    using AmountCommand = undo::PlanItemCommand<core::PlanAmount>;
    auto *add = new AmountCommand(temp.db(), app, AmountCommand::Step::Add, {}, cost);
    ASSERT_TRUE(push(add));
    const qint64 id = add->itemId();
    EXPECT_EQ(stack.undoText(), u"Add to the Plan: センサー");
    undo();
    EXPECT_TRUE(plans.plan(app)->amounts.isEmpty());
    redo();
    ASSERT_EQ(plans.plan(app)->amounts.size(), 1);
    EXPECT_EQ(plans.plan(app)->amounts[0].id, id) << "brought back under its id";

    const core::PlanAmount before = plans.item<core::PlanAmount>(id).value();
    core::PlanAmount after = before;
    after.yen = 2'000;
    ASSERT_TRUE(
        push(new AmountCommand(temp.db(), app, AmountCommand::Step::Change, before, after)));
    undo();
    EXPECT_EQ(plans.item<core::PlanAmount>(id)->yen, 1'000);
    redo();
    EXPECT_EQ(plans.item<core::PlanAmount>(id)->yen, 2'000);

    ASSERT_TRUE(push(new AmountCommand(temp.db(), app, AmountCommand::Step::Remove,
                                       plans.item<core::PlanAmount>(id).value(), {})));
    EXPECT_TRUE(plans.plan(app)->amounts.isEmpty());
    undo();
    EXPECT_EQ(plans.item<core::PlanAmount>(id)->yen, 2'000);
    // A bad item is refused and leaves the stack as it was.
    core::PlanAmount negative = cost;
    negative.yen = -1;
    EXPECT_FALSE(push(new AmountCommand(temp.db(), app, AmountCommand::Step::Add, {}, negative)));
    EXPECT_EQ(errors.size(), 1);
}

TEST_F(CommandTest, PlanSettingsAndFreezeBack)
{
    const qint64 app = application(u"132063"_s, core::Decision::Selected);
    core::PlanRepository plans(temp.db());
    const core::PlanHeader before = plans.plan(app)->header;
    core::PlanHeader after = before;
    after.discountBasisPoints = 250;
    ASSERT_TRUE(push(new undo::SetPlanHeaderCommand(temp.db(), before, after)));
    EXPECT_EQ(plans.plan(app)->header.discountBasisPoints, 250);
    undo();
    EXPECT_EQ(plans.plan(app)->header.discountBasisPoints, 400);
    redo();
    EXPECT_EQ(plans.plan(app)->header.discountBasisPoints, 250);

    ASSERT_TRUE(push(new undo::FreezePlanCommand(temp.db(), app, u"府中市"_s,
                                                 core::PlanStage::Draft, QDate(2018, 8, 1))));
    EXPECT_EQ(plans.versions(app)->size(), 1);
    undo();
    EXPECT_TRUE(plans.versions(app)->isEmpty());
    redo();
    EXPECT_EQ(plans.versions(app)->size(), 1);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(CommandTest, LessonRegisteredAndBack)
{
    core::KnowhowRepository knowhow(temp.db());
    core::Lesson l;
    l.programId = kProgram;
    l.phase = core::KnowhowPhase::Cost;
    l.lesson = u"効果は時間で数える"_s;
    auto *add = new undo::LessonCommand(temp.db(), undo::LessonCommand::Step::Add, {}, l);
    ASSERT_TRUE(push(add));
    undo();
    EXPECT_TRUE(knowhow.lessons(kProgram)->isEmpty());
    redo();
    ASSERT_EQ(knowhow.lessons(kProgram)->size(), 1);
    EXPECT_EQ(knowhow.lessons(kProgram)->at(0).id, add->itemId());
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}
