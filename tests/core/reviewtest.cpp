// Review and selection on a real file: reviewers, scores, conflicts of interest, requests,
// the regional limits and the board the selection meeting reads.
#include "core/applications/applicationrepository.h"
#include "core/foundation/japantime.h"
#include "core/programs/programrepository.h"
#include "core/selection/reviewrepository.h"
#include "core/selection/selectionboard.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

class Review : public ::testing::Test
{
protected:
    qint64 apply(const QString &code, bool eligible = true)
    {
        core::Application a;
        a.programId = 1;
        a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
        a.members = {{code, true}};
        a.answers.reportsMonthly = eligible;
        a.answers.hostsWorkshop2 = true;
        a.answers.attendsCentralMeetings = true;
        for (auto &used : a.answers.usedPriorProgram)
            used = false;
        a.answers.hasComprehensiveAgreement = false;
        const auto id = core::ApplicationRepository(m_temp.db()).create(a);
        EXPECT_TRUE(id) << id.message().toStdString();
        return id ? id.value() : 0;
    }

    qint64 reviewer(const QString &name,
                    core::ReviewerAffiliation affiliation = core::ReviewerAffiliation::Mic,
                    int bureau = 0)
    {
        const auto id = core::ReviewRepository(m_temp.db())
                            .addReviewer({0, 1, name, affiliation, bureau, true});
        EXPECT_TRUE(id) << id.message().toStdString();
        return id ? id.value() : 0;
    }

    test::TempDatabase m_temp;
};

} // namespace

TEST_F(Review, ScoresConflictsAndProgress)
{
    core::ReviewRepository reviews(m_temp.db());
    const qint64 app = apply(u"132063"_s);
    const qint64 mic = reviewer(u"総務 花子"_s);
    const qint64 bureau = reviewer(u"関東 一郎"_s, core::ReviewerAffiliation::Bureau, 3);
    const qint64 contractor = reviewer(u"支援 次郎"_s, core::ReviewerAffiliation::Contractor);
    EXPECT_FALSE(reviews.addReviewer(
        {0, 1, u"x"_s, core::ReviewerAffiliation::Bureau, 0, true})); // which bureau?
    EXPECT_FALSE(reviews.addReviewer({0, 1, u" "_s, core::ReviewerAffiliation::Mic, 0, true}));

    const auto names = [&] {
        QStringList owing;
        for (const core::Reviewer &r : reviews.stillToScore(app).value())
            owing << r.name;
        return owing;
    };
    EXPECT_EQ(names(), QStringList({u"総務 花子"_s, u"関東 一郎"_s, u"支援 次郎"_s}));
    ASSERT_TRUE(reviews.setScore({app, mic, 4, 3, 5, u"首長の意欲が高い"_s}));
    ASSERT_TRUE(reviews.setScore({app, bureau, 3, 3, 3, {}}));
    EXPECT_EQ(reviews.progress(app)->scored, 2);
    EXPECT_EQ(reviews.progress(app)->expected, 3);
    EXPECT_EQ(names(), QStringList{u"支援 次郎"_s});
    EXPECT_FALSE(reviews.setScore({app, contractor, 6, 3, 3, {}})); // out of range

    // The contractor declares a conflict: it cannot score, and is no longer expected to.
    ASSERT_TRUE(reviews.declareConflict({app, contractor, u"提案に関与"_s}));
    const auto refused = reviews.setScore({app, contractor, 5, 5, 5, {}});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.message().contains(u"提案に関与"_s));
    EXPECT_EQ(reviews.progress(app)->expected, 2);
    EXPECT_TRUE(names().isEmpty()); // a conflicted reviewer owes nothing
    // A conflict declared after scoring withdraws the score.
    ASSERT_TRUE(reviews.declareConflict({app, bureau, u"親族が勤務"_s}));
    EXPECT_EQ(reviews.progress(app)->scored, 1);
    EXPECT_EQ(reviews.scores(1)->size(), 1);
    EXPECT_EQ(reviews.scores(1)->front().comment, u"首長の意欲が高い");
    EXPECT_EQ(reviews.conflicts(1)->size(), 2);
    ASSERT_TRUE(reviews.withdrawConflict(app, contractor));
    EXPECT_TRUE(reviews.setScore({app, contractor, 5, 5, 5, {}}));
    // Replacing a score keeps one row per reviewer.
    EXPECT_TRUE(reviews.setScore({app, mic, 5, 5, 5, u"再評価"_s}));
    EXPECT_EQ(reviews.scores(1)->size(), 2);
    EXPECT_GE(
        test::scalar(m_temp.db(), u"SELECT count(*) FROM history WHERE field LIKE 'score:%'"_s)
            .toInt(),
        4);
}

// A review entered after the fact keeps its day; none before the application came (21 May
// 2018) or still to come.
// No lost score: a score given from an older read of that reviewer's score — first or a
// correction — is refused when someone else scored meanwhile, naming them; another reviewer's
// score of the same application is not a change of it.
TEST_F(Review, AScoreFromAnOlderReadIsRefusedNamingWhoScoredSince)
{
    core::ReviewRepository reviews(m_temp.db());
    const qint64 app = apply(u"132063"_s);
    const qint64 mic = reviewer(u"総務 花子"_s);
    const qint64 bureau = reviewer(u"関東 一郎"_s, core::ReviewerAffiliation::Bureau, 3);
    auto other = m_temp.openAnother();
    other->setUserName(u"鈴木 花子"_s);
    core::ReviewRepository theirs(*other);

    // Nobody has scored yet: the version of no score.
    const qint64 none = reviews.scoreVersion(app, mic).value();
    ASSERT_TRUE(theirs.setScore({app, bureau, 3, 3, 3, {}}));
    EXPECT_EQ(reviews.scoreVersion(app, mic).value(), none) << "another reviewer's score";
    ASSERT_TRUE(theirs.setScore({app, mic, 2, 2, 2, u"電話で聞き取り"_s}));
    const auto first = reviews.setScore({app, mic, 4, 3, 5, u"首長の意欲が高い"_s, {none}});
    ASSERT_FALSE(first);
    EXPECT_EQ(first.error().code(), core::ErrorCode::Conflict);
    EXPECT_TRUE(first.message().contains(u"鈴木 花子"_s)) << first.message().toStdString();
    EXPECT_EQ(reviews.score(app, mic)->value().proactiveness, 2) << "theirs stays";

    // A correction from the score as read now is saved; theirs from before it is refused.
    core::ReviewScore mine = reviews.score(app, mic)->value();
    const core::ReviewScore stale = mine;
    mine.proactiveness = 4;
    const auto saved = reviews.setScore(mine);
    ASSERT_TRUE(saved) << saved.message().toStdString();
    EXPECT_GT(*saved, *stale.version.seen);
    core::ReviewScore late = stale;
    late.comment = u"訂正"_s;
    const auto refused = theirs.setScore(late);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), core::ErrorCode::Conflict);
    // Removing it is checked the same way.
    EXPECT_FALSE(theirs.removeScore(app, mic, stale.version));
    EXPECT_TRUE(theirs.removeScore(app, mic, {*saved}));
    EXPECT_FALSE(reviews.score(app, mic)->has_value());
}

TEST_F(Review, ScoresAndConflictsKeepTheDayTheyWereGiven)
{
    core::ReviewRepository reviews(m_temp.db());
    const qint64 app = apply(u"132063"_s);
    const qint64 mic = reviewer(u"総務 花子"_s);
    const qint64 bureau = reviewer(u"関東 一郎"_s, core::ReviewerAffiliation::Bureau, 3);
    const auto at = [](QDate day) {
        return core::JapanTime::toUtc(day, QTime(15, 0));
    };
    const auto early = reviews.setScore({app, mic, 4, 4, 4, {}}, at(QDate(2018, 5, 20)));
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().code(), core::ErrorCode::Invalid);
    EXPECT_TRUE(early.message().contains(u"2018-05-20"_s)) << early.message().toStdString();
    EXPECT_FALSE(
        reviews.setScore({app, mic, 4, 4, 4, {}}, at(core::JapanTime::today().addDays(1))));
    EXPECT_FALSE(reviews.score(app, mic).value().has_value()) << "nothing stored";
    ASSERT_TRUE(reviews.setScore({app, mic, 4, 4, 4, {}}, at(QDate(2018, 6, 11))));
    EXPECT_EQ(test::scalar(m_temp.db(), u"SELECT scored_at FROM review_scores"_s).toString(),
              u"2018-06-11T06:00:00.000Z");
    EXPECT_FALSE(reviews.declareConflict({app, bureau, u"親族が勤務"_s}, at(QDate(2018, 5, 1))));
    ASSERT_TRUE(reviews.declareConflict({app, bureau, u"親族が勤務"_s}, at(QDate(2018, 6, 12))));
    EXPECT_TRUE(test::scalar(m_temp.db(), u"SELECT declared_at FROM review_conflicts"_s)
                    .toString()
                    .startsWith(u"2018-06-12T06:00"_s));
}

TEST_F(Review, RequestsForDocumentsAndHearings)
{
    core::ReviewRepository reviews(m_temp.db());
    const qint64 app = apply(u"132063"_s);
    core::ReviewRequest request{0,
                                app,
                                core::RequestKind::Hearing,
                                QDate(2018, 6, 12),
                                u"推進体制について説明をお願いします"_s,
                                {},
                                {},
                                core::RequestStatus::Open};
    const auto id = reviews.addRequest(request);
    ASSERT_TRUE(id);
    request.id = id.value();
    request.status = core::RequestStatus::Answered;
    EXPECT_FALSE(reviews.updateRequest(request)); // answered needs the date
    request.answeredOn = QDate(2018, 6, 11);
    EXPECT_FALSE(reviews.updateRequest(request)); // before the question
    request.answeredOn = QDate(2018, 6, 14);
    request.answer = u"6月14日にヒアリング実施"_s;
    ASSERT_TRUE(reviews.updateRequest(request));
    EXPECT_EQ(reviews.requests(app)->front(), request);
    EXPECT_FALSE(reviews.addRequest({0,
                                     app,
                                     static_cast<core::RequestKind>(9),
                                     QDate(2018, 6, 12),
                                     u"x"_s,
                                     {},
                                     {},
                                     core::RequestStatus::Open}));
    // Nothing is asked before the application came (21 May 2018).
    const auto early = reviews.addRequest({0,
                                           app,
                                           core::RequestKind::Documents,
                                           QDate(2018, 5, 20),
                                           u"x"_s,
                                           {},
                                           {},
                                           core::RequestStatus::Open});
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().code(), core::ErrorCode::Invalid);
    EXPECT_TRUE(early.message().contains(u"2018-05-21"_s)) << early.message().toStdString();
    request.askedOn = QDate(2018, 5, 1);
    request.answeredOn = QDate(2018, 5, 2);
    EXPECT_FALSE(reviews.updateRequest(request));
    EXPECT_TRUE(reviews.addRequest({0,
                                    app,
                                    core::RequestKind::Documents,
                                    QDate(2018, 5, 21),
                                    u"x"_s,
                                    {},
                                    {},
                                    core::RequestStatus::Open}));
}

TEST_F(Review, BoardRanksCountsPerBureauAndProposes)
{
    core::ReviewRepository reviews(m_temp.db());
    core::ProgramRepository programs(m_temp.db());
    const qint64 r1 = reviewer(u"A"_s);
    // Three in Kanto (bureau 3), one in Tohoku (2), one ineligible in Kyushu (10).
    const qint64 fuchu = apply(u"132063"_s);
    const qint64 chofu = apply(u"132080"_s);
    const qint64 akishima = apply(u"132071"_s);
    const qint64 sendai = apply(u"041009"_s);
    const qint64 fukuoka = apply(u"401307"_s, false);
    for (const auto &[app, score] : QList<std::pair<qint64, int>>{
             {fuchu, 5}, {chofu, 5}, {akishima, 4}, {sendai, 2}, {fukuoka, 5}}) {
        ASSERT_TRUE(reviews.setScore({app, r1, score, score, score, {}}));
    }
    core::Program program = programs.program(1).value();
    program.selectionCap = 3;
    ASSERT_TRUE(programs.update(program));
    ASSERT_TRUE(programs.setBureauLimit(1, 2));

    auto board = core::SelectionBoard::build(m_temp.db(), 1);
    ASSERT_TRUE(board) << board.message().toStdString();
    ASSERT_EQ(board->rows.size(), 5);
    // 府中 and 調布 tie at 15 with 福岡 (ineligible but scored); ranks are shared.
    EXPECT_EQ(board->rows[0].ranking.rank, 1);
    EXPECT_TRUE(board->rows[0].ranking.tied);
    EXPECT_EQ(board->limits.cap, 3);
    EXPECT_EQ(board->limits.perBureau, 2);
    // Kanto may have two: the proposal takes 府中, 調布 and then 仙台, not 昭島.
    EXPECT_EQ(board->proposal.selected.size(), 3);
    EXPECT_TRUE(board->proposal.selected.contains(sendai));
    EXPECT_FALSE(board->proposal.selected.contains(akishima));
    EXPECT_FALSE(board->proposal.selected.contains(fukuoka)); // never proposes the ineligible
    const auto kanto = std::find_if(board->bureaus.begin(), board->bureaus.end(),
                                    [](const core::BureauCount &b) { return b.bureauId == 3; });
    ASSERT_NE(kanto, board->bureaus.end());
    EXPECT_EQ(kanto->candidates, 3);
    EXPECT_EQ(kanto->limit, 2);

    // Deciding against the limit shows as a violation; an override on Kanto lifts it.
    core::ApplicationRepository applications(m_temp.db());
    for (qint64 id : {fuchu, chofu, akishima}) {
        core::Application a = applications.application(id).value();
        a.decision = core::Decision::Selected;
        ASSERT_TRUE(applications.update(a));
    }
    board = core::SelectionBoard::build(m_temp.db(), 1);
    ASSERT_EQ(board->violations.size(), 1);
    EXPECT_EQ(board->violations[0].bureauId, 3);
    ASSERT_TRUE(programs.setBureauOverride(1, 3, 3));
    board = core::SelectionBoard::build(m_temp.db(), 1);
    EXPECT_TRUE(board->violations.isEmpty());
    ASSERT_TRUE(programs.setBureauOverride(1, 3, std::nullopt));
    EXPECT_FALSE(programs.selectionLimits(1)->byBureau.contains(3));
    EXPECT_FALSE(programs.setBureauLimit(1, -1));
}
