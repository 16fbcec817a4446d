// The commands of the Applications page and its dialogs, without a window.
#include "commandfixture.h"
#include "core/applications/applicationrepository.h"
#include "core/selection/reviewrepository.h"
#include "core/undo/addapplicationcommand.h"
#include "core/undo/askapplicantcommand.h"
#include "core/undo/decideapplicationcommand.h"
#include "core/undo/editapplicationcommand.h"
#include "core/undo/importapplicationscommand.h"
#include "core/undo/recordanswercommand.h"
#include "core/undo/recordconfirmationcommand.h"
#include "core/undo/takeinapplicationmailscommand.h"

using namespace Qt::StringLiterals;
using namespace iotdesk;
using test::CommandTest;
using test::kProgram;

namespace {

core::Application draft(const QString &lead)
{
    core::Application a;
    a.programId = kProgram;
    a.receivedAt = QDateTime(QDate(2018, 5, 22), QTime(2, 0), Qt::UTC);
    a.members = {{lead, true}};
    return a;
}

} // namespace

TEST_F(CommandTest, AddApplicationStoresUndoesAndRedoes)
{
    auto *command = new undo::AddApplicationCommand(temp.db(), draft(u"132063"_s));
    EXPECT_EQ(command->text(), u"New application");
    ASSERT_TRUE(push(command));
    const qint64 id = command->applicationId();
    EXPECT_GT(id, 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM applications"_s), 1);
    undo();
    EXPECT_EQ(count(u"SELECT count(*) FROM applications"_s), 0);
    redo();
    EXPECT_EQ(count(u"SELECT count(*) FROM applications"_s), 1);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(CommandTest, AddApplicationThatFailsLeavesNothing)
{
    core::Application nowhere = draft(u"132063"_s);
    nowhere.programId = 999;
    EXPECT_FALSE(push(new undo::AddApplicationCommand(temp.db(), nowhere)));
    EXPECT_EQ(stack.count(), 0) << "a failed step is not kept";
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM applications"_s), 0);
}

TEST_F(CommandTest, ImportAndTakeInApplicationsAsOneStep)
{
    auto *imported =
        new undo::ImportApplicationsCommand(temp.db(), {draft(u"132063"_s), draft(u"011002"_s)});
    EXPECT_EQ(imported->text(), u"Import 2 application(s)");
    ASSERT_TRUE(push(imported));
    EXPECT_EQ(imported->ids().size(), 2);
    EXPECT_EQ(count(u"SELECT count(*) FROM applications"_s), 2);
    undo();
    EXPECT_EQ(count(u"SELECT count(*) FROM applications"_s), 0);
    EXPECT_TRUE(imported->ids().isEmpty());
    redo();
    EXPECT_EQ(count(u"SELECT count(*) FROM applications"_s), 2);

    auto *mails = new undo::TakeInApplicationMailsCommand(temp.db(), {draft(u"012025"_s)});
    EXPECT_EQ(mails->text(), u"Take in 1 application mail(s)");
    ASSERT_TRUE(push(mails));
    EXPECT_EQ(count(u"SELECT count(*) FROM applications"_s), 3);
    undo();
    EXPECT_EQ(count(u"SELECT count(*) FROM applications"_s), 2);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    // One application that cannot be stored: none of them is.
    core::Application nowhere = draft(u"131016"_s);
    nowhere.programId = 999;
    EXPECT_FALSE(
        push(new undo::ImportApplicationsCommand(temp.db(), {draft(u"472018"_s), nowhere})));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM applications"_s), 2);
}

TEST_F(CommandTest, EditAndConfirmAnApplication)
{
    const qint64 id = application(u"132063"_s);
    core::ApplicationRepository applications(temp.db());
    const core::Application before = applications.application(id).value();
    core::Application changed = before;
    changed.note = u"電話で補足あり"_s;
    ASSERT_TRUE(push(new undo::EditApplicationCommand(temp.db(), before, changed)));
    EXPECT_EQ(applications.application(id)->note, u"電話で補足あり");
    undo();
    EXPECT_EQ(applications.application(id)->note, before.note);
    redo();
    EXPECT_EQ(applications.application(id)->note, u"電話で補足あり");

    auto *confirmed = new undo::RecordConfirmationCommand(
        temp.db(), applications.application(id).value(), QDate(2018, 5, 23), u"府中市"_s);
    EXPECT_EQ(confirmed->text(), u"Receipt confirmed for 府中市");
    ASSERT_TRUE(push(confirmed));
    EXPECT_EQ(applications.application(id)->confirmationSentOn, QDate(2018, 5, 23));
    undo();
    EXPECT_FALSE(applications.application(id)->confirmationSentOn.has_value());
    redo();
    EXPECT_EQ(applications.application(id)->confirmationSentOn, QDate(2018, 5, 23));
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    // An edit of an application that is gone fails and changes nothing.
    core::Application ghost = changed;
    ghost.id = 999;
    EXPECT_FALSE(push(new undo::EditApplicationCommand(temp.db(), ghost, ghost)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(applications.application(id)->note, u"電話で補足あり");
}

// Two people edit the same application: the edit from the older read is refused naming the
// other, and the first person's undo is refused once the other changed the application.
TEST_F(CommandTest, AnApplicationChangedBySomeoneElseIsNotOverwritten)
{
    const qint64 id = application(u"132063"_s);
    core::ApplicationRepository applications(temp.db());
    const core::Application opened = applications.application(id).value();
    core::Application mine = opened;
    mine.note = u"電話で補足あり"_s;
    ASSERT_TRUE(push(new undo::EditApplicationCommand(temp.db(), opened, mine)));

    auto other = temp.openAnother();
    other->setUserName(u"関東総合通信局 山本"_s);
    core::ApplicationRepository theirs(*other);
    core::Application stale = opened; // read before the edit above
    stale.bureauOpinion = u"推薦する"_s;
    const auto refused = theirs.update(stale);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), core::ErrorCode::Conflict);
    core::Application fresh = theirs.application(id).value();
    fresh.bureauOpinion = u"推薦する"_s;
    ASSERT_TRUE(theirs.update(fresh));

    undo();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.front().contains(u"関東総合通信局 山本 changed this record"_s))
        << errors.front().toStdString();
    EXPECT_EQ(applications.application(id)->note, u"電話で補足あり") << "not undone";
    EXPECT_EQ(applications.application(id)->bureauOpinion, u"推薦する");
}

TEST_F(CommandTest, DecideAnApplication)
{
    const qint64 id = application(u"132063"_s);
    core::ApplicationRepository applications(temp.db());
    const core::Application before = applications.application(id).value();
    core::Application decided = before;
    decided.decision = core::Decision::NotSelected;
    decided.decisionRationale = u"要件を満たさない"_s;
    decided.decidedAt = QDateTime(QDate(2018, 6, 29), QTime(6, 0), Qt::UTC);
    auto *command = new undo::DecideApplicationCommand(temp.db(), before, decided);
    EXPECT_TRUE(command->text().startsWith(u"Decision: "_s)) << command->text().toStdString();
    ASSERT_TRUE(push(command));
    EXPECT_EQ(applications.application(id)->decision, core::Decision::NotSelected);
    undo();
    EXPECT_TRUE(applications.application(id)->decision == core::Decision::None);
    redo();
    EXPECT_EQ(applications.application(id)->decision, core::Decision::NotSelected);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    // A decision that is not one: refused, nothing changes.
    core::Application refused = applications.application(id).value();
    refused.decision = static_cast<core::Decision>(99);
    EXPECT_FALSE(push(new undo::DecideApplicationCommand(
        temp.db(), applications.application(id).value(), refused)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(applications.application(id)->decision, core::Decision::NotSelected);
}

TEST_F(CommandTest, AskTheApplicantAndRecordTheAnswer)
{
    const qint64 id = application(u"132063"_s);
    core::ReviewRepository reviews(temp.db());
    const core::ReviewRequest request{
        0,  id, core::RequestKind::Documents, QDate(2018, 6, 1), u"予算書の写し"_s,
        {}, {}, core::RequestStatus::Open};
    auto *asked = new undo::AskApplicantCommand(temp.db(), request);
    ASSERT_TRUE(push(asked));
    EXPECT_GT(asked->requestId(), 0);
    ASSERT_EQ(reviews.requests(id)->size(), 1);
    undo();
    EXPECT_TRUE(reviews.requests(id)->isEmpty());
    redo();
    ASSERT_EQ(reviews.requests(id)->size(), 1);

    const core::ReviewRequest open = reviews.requests(id)->front();
    ASSERT_TRUE(
        push(new undo::RecordAnswerCommand(temp.db(), open, QDate(2018, 6, 5), u" 送付済み "_s)));
    EXPECT_EQ(reviews.requests(id)->front().status, core::RequestStatus::Answered);
    EXPECT_EQ(reviews.requests(id)->front().answer, u"送付済み");
    undo();
    EXPECT_EQ(reviews.requests(id)->front().status, core::RequestStatus::Open);
    redo();
    EXPECT_EQ(reviews.requests(id)->front().answeredOn, QDate(2018, 6, 5));
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    // A request with no question is refused.
    core::ReviewRequest empty = request;
    empty.question.clear();
    EXPECT_FALSE(push(new undo::AskApplicantCommand(temp.db(), empty)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(reviews.requests(id)->size(), 1);
}
