// The balanced proposal must be the true optimum: checked against brute force (every subset)
// on random cases, plus the worked examples a coordinator would recognise.
#include "core/selection/selectionoptimizer.h"

#include <QRandomGenerator>
#include <QSet>

#include <gtest/gtest.h>

#include <bit>
#include <numeric>
#include <tuple>

using namespace iotdesk;
using namespace Qt::StringLiterals;

namespace {

struct Best
{
    qint64 points = -1;
    qint64 rankSum = 0;
    qint64 positionSum = 0;

    auto operator<=>(const Best &) const = default;
};

// Every subset, the way nobody would do it for real: the reference the optimiser must match.
Best bruteForce(const QList<core::SelectionCandidate> &candidates,
                const core::SelectionLimits &limits)
{
    Best best;
    const int n = int(candidates.size());
    for (quint32 mask = 0; mask < (1u << n); ++mask) {
        if (std::popcount(mask) > limits.cap)
            continue;
        QHash<int, int> perBureau;
        Best value{0, 0, 0};
        bool allowed = true;
        for (int i = 0; i < n && allowed; ++i) {
            if (!(mask & (1u << i)))
                continue;
            const auto &c = candidates[i];
            const int limit = limits.limitFor(c.bureauId);
            if (limit >= 0 && ++perBureau[c.bureauId] > limit)
                allowed = false;
            value.points += core::SelectionOptimizer::points(c.score);
            value.rankSum += c.rank;
            value.positionSum += c.position;
        }
        if (!allowed)
            continue;
        // More points, then fewer rank and place sums.
        if (best.points < 0 || std::tuple(value.points, -value.rankSum, -value.positionSum) >
                                   std::tuple(best.points, -best.rankSum, -best.positionSum))
            best = value;
    }
    return best;
}

} // namespace

TEST(SelectionOptimizer, MatchesBruteForceOnRandomCases)
{
    QRandomGenerator random(2018061);
    for (int round = 0; round < 400; ++round) {
        SCOPED_TRACE(round);
        const int n = 1 + int(random.bounded(14));
        QList<core::SelectionCandidate> candidates;
        for (int i = 0; i < n; ++i) {
            // Means of 1..3 reviewers on three 1-5 viewpoints: many ties, as in real reviews.
            const int reviewers = 1 + int(random.bounded(3));
            const int sum =
                int(random.bounded(3 * 5 * reviewers - 3 * reviewers + 1)) + 3 * reviewers;
            candidates.append({100 + i, 1 + int(random.bounded(4)), double(sum) / reviewers, 0, 0});
        }
        // Ranks as the ranking gives them: equal scores share a rank, places are unique.
        QList<qsizetype> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return candidates[a].score > candidates[b].score;
        });
        for (int r = 0; r < n; ++r) {
            auto &c = candidates[order[r]];
            c.position = r + 1;
            c.rank = r > 0 && candidates[order[r - 1]].score == c.score
                         ? candidates[order[r - 1]].rank
                         : r + 1;
        }

        core::SelectionLimits limits;
        limits.cap = int(random.bounded(n + 2));
        limits.perBureau = int(random.bounded(5)) - 1; // -1 (none) .. 3
        if (random.bounded(2) == 0)
            limits.byBureau.insert(1, int(random.bounded(3)));

        const auto proposal = core::SelectionOptimizer::propose(candidates, limits);
        const Best best = bruteForce(candidates, limits);
        Best found{0, 0, 0};
        QSet<qint64> unique;
        for (qint64 id : proposal.selected) {
            for (const auto &c : candidates) {
                if (c.id == id) {
                    found.points += core::SelectionOptimizer::points(c.score);
                    found.rankSum += c.rank;
                    found.positionSum += c.position;
                }
            }
            unique.insert(id);
        }
        EXPECT_EQ(unique.size(), proposal.selected.size());
        EXPECT_EQ(found.points, best.points);
        EXPECT_EQ(found.rankSum, best.rankSum);
        EXPECT_EQ(found.positionSum, best.positionSum);
        // Only a full bureau keeps a candidate of the plain ranking out.
        for (const auto &change : proposal.dropped)
            EXPECT_TRUE(change.reason.contains(u"limit"_s)) << change.reason.toStdString();
        EXPECT_TRUE(
            core::SelectionOptimizer::violations(proposal.selected, candidates, limits).isEmpty());
    }
}

TEST(SelectionOptimizer, LimitsReshapeThePlainRanking)
{
    // Cap 3, at most one per bureau. The plain ranking 1, 2, 3 puts two in bureau 1; the
    // proposal keeps 1 and 3 and fills the third place with 5 from bureau 3.
    const QList<core::SelectionCandidate> candidates = {
        {1, 1, 10.0, 1}, {2, 1, 9.5, 2}, {3, 2, 9.0, 3}, {4, 2, 8.0, 4}, {5, 3, 1.0, 5}};
    core::SelectionLimits limits;
    limits.cap = 3;
    limits.perBureau = 1;
    const auto proposal = core::SelectionOptimizer::propose(candidates, limits);
    EXPECT_EQ(proposal.selected, (QList<qint64>{1, 3, 5}));
    EXPECT_DOUBLE_EQ(proposal.total, 20.0);
    EXPECT_EQ(proposal.plainRanking, (QList<qint64>{1, 2, 3}));
    ASSERT_EQ(proposal.dropped.size(), 1);
    EXPECT_EQ(proposal.dropped[0].id, 2);
    EXPECT_FALSE(proposal.dropped[0].reason.isEmpty());
    ASSERT_EQ(proposal.added.size(), 1);
    EXPECT_EQ(proposal.added[0].id, 5);
}

TEST(SelectionOptimizer, WithoutLimitsItIsThePlainRanking)
{
    const QList<core::SelectionCandidate> candidates = {
        {1, 1, 12.0, 2}, {2, 1, 13.0, 1}, {3, 1, 11.0, 3}, {4, 2, 10.0, 4}};
    core::SelectionLimits limits;
    limits.cap = 2;
    const auto proposal = core::SelectionOptimizer::propose(candidates, limits);
    EXPECT_EQ(proposal.selected, (QList<qint64>{2, 1}));
    EXPECT_TRUE(proposal.added.isEmpty());
    EXPECT_TRUE(proposal.dropped.isEmpty());
}

TEST(SelectionOptimizer, TiesGoToTheBetterRank)
{
    const QList<core::SelectionCandidate> candidates = {
        {1, 1, 12.0, 1}, {2, 2, 11.0, 2}, {3, 3, 11.0, 3}};
    core::SelectionLimits limits;
    limits.cap = 2;
    EXPECT_EQ(core::SelectionOptimizer::propose(candidates, limits).selected,
              (QList<qint64>{1, 2}));
}

TEST(SelectionOptimizer, ViolationsNameTheCapAndTheBureau)
{
    const QList<core::SelectionCandidate> candidates = {
        {1, 1, 12.0, 1}, {2, 1, 11.0, 2}, {3, 2, 10.0, 3}};
    core::SelectionLimits limits;
    limits.cap = 2;
    limits.perBureau = 1;
    const auto found = core::SelectionOptimizer::violations({1, 2, 3}, candidates, limits);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].bureauId, 0);
    EXPECT_EQ(found[0].selected, 3);
    EXPECT_EQ(found[1].bureauId, 1);
    EXPECT_EQ(found[1].selected, 2);
    EXPECT_EQ(found[1].limit, 1);
}

TEST(SelectionOptimizer, EqualScoresFollowTheRankingOrder)
{
    // Five applications with the same score share rank 1; with room for three and no limit,
    // the proposal is the ranking's first three and changes nothing.
    QList<core::SelectionCandidate> candidates;
    for (int i = 0; i < 5; ++i)
        candidates.append({10 + i, 1 + i, 8.67, 1, 5 - i});
    core::SelectionLimits limits;
    limits.cap = 3;
    const auto proposal = core::SelectionOptimizer::propose(candidates, limits);
    EXPECT_EQ(proposal.selected, QList<qint64>({14, 13, 12}));
    EXPECT_EQ(proposal.plainRanking, proposal.selected);
    EXPECT_TRUE(proposal.added.isEmpty());
    EXPECT_TRUE(proposal.dropped.isEmpty());
}
