#include "core/selection/reviewranking.h"

#include <gtest/gtest.h>

using namespace iotdesk;

TEST(ReviewRanking, MeansPerViewpointAndTotal)
{
    const QList<core::ReviewScore> scores = {
        {1, 10, 5, 4, 3, {}},
        {1, 11, 3, 4, 5, {}}, // application 1: means 4, 4, 4 -> 12
        {2, 10, 5, 5, 5, {}}, // application 2: 15
    };
    const auto ranked = core::ReviewRanking::rank({1, 2, 3}, scores);
    ASSERT_EQ(ranked.size(), 3);
    EXPECT_EQ(ranked[0].applicationId, 2);
    EXPECT_DOUBLE_EQ(ranked[0].total, 15);
    EXPECT_EQ(ranked[0].rank, 1);
    EXPECT_EQ(ranked[1].applicationId, 1);
    EXPECT_DOUBLE_EQ(ranked[1].meanProactiveness, 4);
    EXPECT_DOUBLE_EQ(ranked[1].meanSpread, 4);
    EXPECT_EQ(ranked[1].scoredBy, 2);
    EXPECT_EQ(ranked[1].rank, 2);
    // Application 3 has no score yet: last, without a rank.
    EXPECT_EQ(ranked[2].applicationId, 3);
    EXPECT_EQ(ranked[2].rank, 0);
    EXPECT_EQ(ranked[2].scoredBy, 0);
}

TEST(ReviewRanking, TiesShareARankAndAreMarked)
{
    const QList<core::ReviewScore> scores = {
        {1, 10, 4, 4, 4, {}},
        {2, 10, 5, 5, 5, {}},
        {3, 10, 5, 4, 3, {}},
        {4, 10, 3, 3, 3, {}},
        // 4 + 4 + 4 = 12 for both 1 and 3; means of 1/3 steps compare equal
        {5, 10, 4, 4, 4, {}},
        {5, 11, 4, 4, 4, {}},
        {5, 12, 4, 4, 4, {}},
    };
    const auto ranked = core::ReviewRanking::rank({1, 2, 3, 4, 5}, scores);
    ASSERT_EQ(ranked.size(), 5);
    EXPECT_EQ(ranked[0].rank, 1);
    EXPECT_FALSE(ranked[0].tied);
    for (int i = 1; i <= 3; ++i) {
        EXPECT_EQ(ranked[i].rank, 2);
        EXPECT_TRUE(ranked[i].tied);
    }
    EXPECT_EQ(ranked[4].rank, 5); // 1, 2, 2, 2, 5
    EXPECT_FALSE(ranked[4].tied);
}
