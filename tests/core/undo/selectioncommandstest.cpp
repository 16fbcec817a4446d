// The commands of the Selection page and its reviewers dialog, without a window.
#include "commandfixture.h"
#include "core/programs/programrepository.h"
#include "core/selection/reviewrepository.h"
#include "core/undo/addreviewercommand.h"
#include "core/undo/declareconflictcommand.h"
#include "core/undo/savescorecommand.h"
#include "core/undo/setbureaulimitcommand.h"
#include "core/undo/setbureauownlimitcommand.h"
#include "core/undo/setrevieweractivecommand.h"
#include "core/undo/withdrawconflictcommand.h"

using namespace Qt::StringLiterals;
using namespace iotdesk;
using test::CommandTest;
using test::kProgram;

namespace {

class SelectionCommands : public CommandTest
{
protected:
    qint64 reviewer(const QString &name)
    {
        const auto id = core::ReviewRepository(temp.db()).addReviewer(
            {0, kProgram, name, core::ReviewerAffiliation::Mic, 0, true});
        EXPECT_TRUE(id) << id.message().toStdString();
        return id ? *id : 0;
    }

    std::optional<core::ReviewScore> scoreOf(qint64 application, qint64 reviewer)
    {
        return core::ReviewRepository(temp.db()).score(application, reviewer).value();
    }
};

} // namespace

TEST_F(SelectionCommands, BureauLimitsChangeAndComeBack)
{
    core::ProgramRepository programs(temp.db());
    const auto before = programs.selectionLimits(kProgram).value();
    const std::optional<int> old =
        before.perBureau < 0 ? std::nullopt : std::optional<int>(before.perBureau);
    ASSERT_TRUE(push(new undo::SetBureauLimitCommand(temp.db(), kProgram, old, 2)));
    EXPECT_EQ(programs.selectionLimits(kProgram)->perBureau, 2);
    undo();
    EXPECT_EQ(programs.selectionLimits(kProgram)->perBureau, before.perBureau);
    redo();
    EXPECT_EQ(programs.selectionLimits(kProgram)->perBureau, 2);

    ASSERT_TRUE(push(new undo::SetBureauOwnLimitCommand(temp.db(), kProgram, 3, std::nullopt, 4)));
    EXPECT_EQ(programs.selectionLimits(kProgram)->byBureau.value(3, -1), 4);
    undo();
    EXPECT_EQ(programs.selectionLimits(kProgram)->byBureau.value(3, -1), -1);
    redo();
    EXPECT_EQ(programs.selectionLimits(kProgram)->byBureau.value(3, -1), 4);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    // A negative limit is refused and leaves the one in force.
    EXPECT_FALSE(push(new undo::SetBureauLimitCommand(temp.db(), kProgram, 2, -3)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(programs.selectionLimits(kProgram)->perBureau, 2);
}

TEST_F(SelectionCommands, ScoresEnteredCorrectedAndTakenBack)
{
    const qint64 app = application(u"132063"_s);
    const qint64 hanako = reviewer(u"総務 花子"_s);
    const core::ReviewScore first{app, hanako, 4, 3, 5, u"意欲が高い"_s};
    ASSERT_TRUE(push(new undo::SaveScoreCommand(temp.db(), first, std::nullopt)));
    ASSERT_TRUE(scoreOf(app, hanako));
    EXPECT_EQ(scoreOf(app, hanako)->proactiveness, 4);
    undo();
    EXPECT_FALSE(scoreOf(app, hanako)) << "no score before: none after undo";
    redo();
    ASSERT_TRUE(scoreOf(app, hanako));

    const core::ReviewScore corrected{app, hanako, 2, 3, 5, {}};
    ASSERT_TRUE(push(new undo::SaveScoreCommand(temp.db(), corrected, first)));
    EXPECT_EQ(scoreOf(app, hanako)->proactiveness, 2);
    undo();
    EXPECT_EQ(scoreOf(app, hanako)->proactiveness, 4);
    redo();
    EXPECT_EQ(scoreOf(app, hanako)->proactiveness, 2);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    // Out of range: refused, the score stays.
    EXPECT_FALSE(
        push(new undo::SaveScoreCommand(temp.db(), {app, hanako, 6, 3, 3, {}}, corrected)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(scoreOf(app, hanako)->proactiveness, 2);

    // Scored again by someone else: the correction can no longer be undone over it.
    auto other = temp.openAnother();
    other->setUserName(u"鈴木 花子"_s);
    ASSERT_TRUE(core::ReviewRepository(*other).setScore({app, hanako, 5, 5, 5, u"再評価"_s}));
    undo();
    ASSERT_EQ(errors.size(), 2);
    EXPECT_TRUE(errors.back().contains(u"鈴木 花子"_s)) << errors.back().toStdString();
    EXPECT_EQ(scoreOf(app, hanako)->proactiveness, 5) << "their score stays";
}

TEST_F(SelectionCommands, ConflictsDeclaredAndWithdrawn)
{
    const qint64 app = application(u"132063"_s);
    const qint64 jiro = reviewer(u"支援 次郎"_s);
    core::ReviewRepository reviews(temp.db());
    const core::ReviewScore score{app, jiro, 3, 3, 3, {}};
    ASSERT_TRUE(reviews.setScore(score));

    // Declaring withdraws the score; undo brings it back.
    const core::ReviewConflict conflict{app, jiro, u"提案に関与"_s};
    ASSERT_TRUE(push(new undo::DeclareConflictCommand(temp.db(), conflict, score)));
    EXPECT_FALSE(scoreOf(app, jiro));
    EXPECT_FALSE(reviews.setScore(score)) << "a conflicted reviewer cannot score";
    undo();
    ASSERT_TRUE(scoreOf(app, jiro));
    EXPECT_EQ(scoreOf(app, jiro)->spread, 3);
    redo();
    EXPECT_FALSE(scoreOf(app, jiro));

    ASSERT_TRUE(push(new undo::WithdrawConflictCommand(temp.db(), conflict)));
    EXPECT_TRUE(reviews.setScore(score)) << "withdrawn: the reviewer may score again";
    ASSERT_TRUE(reviews.removeScore(app, jiro));
    undo();
    EXPECT_FALSE(reviews.setScore(score)) << "declared again on undo";
    redo();
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    // A conflict of a reviewer who does not exist is refused.
    EXPECT_FALSE(
        push(new undo::DeclareConflictCommand(temp.db(), {app, 999, u"x"_s}, std::nullopt)));
    EXPECT_EQ(errors.size(), 1);
}

TEST_F(SelectionCommands, ReviewersAddedAndSetInactive)
{
    core::ReviewRepository reviews(temp.db());
    auto *added = new undo::AddReviewerCommand(
        temp.db(), {0, kProgram, u"関東 一郎"_s, core::ReviewerAffiliation::Bureau, 3, true});
    EXPECT_EQ(added->text(), u"Add reviewer 関東 一郎");
    ASSERT_TRUE(push(added));
    ASSERT_EQ(reviews.reviewers(kProgram)->size(), 1);
    undo();
    EXPECT_TRUE(reviews.reviewers(kProgram)->isEmpty());
    redo();
    ASSERT_EQ(reviews.reviewers(kProgram)->size(), 1);

    const core::Reviewer stored = reviews.reviewers(kProgram)->front();
    ASSERT_TRUE(push(new undo::SetReviewerActiveCommand(temp.db(), stored, false)));
    EXPECT_FALSE(reviews.reviewers(kProgram)->front().active);
    undo();
    EXPECT_TRUE(reviews.reviewers(kProgram)->front().active);
    redo();
    EXPECT_FALSE(reviews.reviewers(kProgram)->front().active);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    // A bureau reviewer without a bureau is refused.
    EXPECT_FALSE(push(new undo::AddReviewerCommand(
        temp.db(), {0, kProgram, u"x"_s, core::ReviewerAffiliation::Bureau, 0, true})));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(reviews.reviewers(kProgram)->size(), 1);
}
