// The cost-effectiveness evaluation against cases worked by hand (4% unless said, year 0 not
// discounted, a period of N years covering years 0..N):
//   factors 1, 1/1.04 = 0.961538, 1/1.04² = 0.924556, 1/1.04³ = 0.888996, 1/1.04⁴ = 0.854804;
//   their sum over years 1..3 is 2.775091, over years 1..4 3.629895.
#include "core/plans/costeffectiveness.h"

#include <gtest/gtest.h>

using namespace iotdesk::core;

namespace {

constexpr double kYen = 0.01;

CostBenefitInput input(int period, int basisPoints, QList<qint64> costs, QList<qint64> benefits)
{
    return {period, basisPoints, std::move(costs), std::move(benefits)};
}

} // namespace

// ¥1,000,000 at the start, ¥350,000 a year of benefits from year 1: the undiscounted net turns
// positive in year 3 (−1,000,000 + 3 × 350,000 = +50,000), the discounted one only in year 4
// (350,000 × 2.775091 = 971,282 < 1,000,000; × 3.629895 = 1,270,463).
TEST(CostEffectiveness, PaysBackLaterOnceDiscounted)
{
    const auto e = CostEffectiveness::evaluate(
        input(4, 400, {1'000'000}, {0, 350'000, 350'000, 350'000, 350'000}));
    EXPECT_NEAR(e.presentCosts, 1'000'000, kYen);
    EXPECT_NEAR(e.presentBenefits, 1'270'463.33, kYen);
    EXPECT_NEAR(e.npv, 270'463.33, kYen);
    ASSERT_TRUE(e.bc);
    EXPECT_NEAR(*e.bc, 1.270463, 1e-6);
    EXPECT_EQ(e.paybackYear, 3);
    EXPECT_EQ(e.discountedPaybackYear, 4);
    ASSERT_EQ(e.years.size(), 5);
    EXPECT_EQ(e.years[0].cumulativeNet, -1'000'000);
    EXPECT_EQ(e.years[3].cumulativeNet, 50'000);
    EXPECT_NEAR(e.years[3].cumulativePresentNet, -28'718.14, kYen);
    EXPECT_NEAR(e.years[4].discountFactor, 0.854804, 1e-6);
}

// Running costs every year beside the initial one: ¥1,000,000 + ¥100,000 × 3.629895 of costs,
// ¥400,000 × 3.629895 of benefits.
TEST(CostEffectiveness, RunningCostsAreDiscountedWithTheirYears)
{
    const auto e =
        CostEffectiveness::evaluate(input(4, 400, {1'000'000, 100'000, 100'000, 100'000, 100'000},
                                          {0, 400'000, 400'000, 400'000, 400'000}));
    EXPECT_NEAR(e.presentCosts, 1'362'989.52, kYen);
    EXPECT_NEAR(e.presentBenefits, 1'451'958.09, kYen);
    EXPECT_NEAR(e.npv, 88'968.57, kYen);
    EXPECT_NEAR(*e.bc, 1.065275, 1e-6);
    EXPECT_EQ(e.paybackYear, 4); // −1,000,000 + 4 × 300,000 = +200,000
    EXPECT_EQ(e.discountedPaybackYear, 4);
}

// ¥2,000,000 and ¥200,000 a year against ¥300,000 a year for three years: a negative NPV
// (832,527 − 2,555,018) and no year in which it pays back.
TEST(CostEffectiveness, NegativeNpvNeverPaysBack)
{
    const auto e = CostEffectiveness::evaluate(
        input(3, 400, {2'000'000, 200'000, 200'000, 200'000}, {0, 300'000, 300'000, 300'000}));
    EXPECT_NEAR(e.presentBenefits, 832'527.31, kYen);
    EXPECT_NEAR(e.presentCosts, 2'555'018.21, kYen);
    EXPECT_NEAR(e.npv, -1'722'490.90, kYen);
    EXPECT_NEAR(*e.bc, 0.325840, 1e-6);
    EXPECT_FALSE(e.paybackYear);
    EXPECT_FALSE(e.discountedPaybackYear);
    EXPECT_EQ(e.years.back().cumulativeNet, -1'700'000);
}

// Year 0 is not discounted, whatever the rate; a rate of 0 adds the amounts up.
TEST(CostEffectiveness, YearZeroIsNotDiscountedAndZeroRateAddsUp)
{
    auto e = CostEffectiveness::evaluate(input(0, 2000, {500}, {800}));
    EXPECT_DOUBLE_EQ(e.presentCosts, 500);
    EXPECT_DOUBLE_EQ(e.presentBenefits, 800);
    EXPECT_EQ(e.paybackYear, 0);
    EXPECT_EQ(e.years.size(), 1);

    e = CostEffectiveness::evaluate(input(2, 0, {900, 100, 100}, {0, 600, 600}));
    EXPECT_DOUBLE_EQ(e.presentCosts, 1100);
    EXPECT_DOUBLE_EQ(e.presentBenefits, 1200);
    EXPECT_EQ(e.paybackYear, 2);
    EXPECT_EQ(e.discountedPaybackYear, 2);
}

// A benefit that exactly covers a cost a year later pays back in that year, even though the
// present value of 104 at 4% is 100 only up to rounding.
TEST(CostEffectiveness, ExactlyCoveredCountsAsPaidBack)
{
    const auto e = CostEffectiveness::evaluate(input(1, 400, {100}, {0, 104}));
    EXPECT_NEAR(e.npv, 0, 1e-9);
    EXPECT_EQ(e.paybackYear, 1);
    EXPECT_EQ(e.discountedPaybackYear, 1);
}

// Amounts after the period are outside the evaluation.
TEST(CostEffectiveness, OnlyThePeriodCounts)
{
    const auto e = CostEffectiveness::evaluate(input(1, 0, {100, 0, 5000}, {0, 50, 9999}));
    EXPECT_DOUBLE_EQ(e.presentCosts, 100);
    EXPECT_DOUBLE_EQ(e.presentBenefits, 50);
    EXPECT_FALSE(e.paybackYear);
}

// No cost: B/C has no value; NPV is the benefits.
TEST(CostEffectiveness, NoCostHasNoRatio)
{
    const auto e = CostEffectiveness::evaluate(input(2, 400, {}, {0, 104}));
    EXPECT_FALSE(e.bc);
    EXPECT_NEAR(e.npv, 100, 1e-9);
    EXPECT_FALSE(e.paybackYear) << "nothing spent, nothing to pay back";
    EXPECT_FALSE(CostEffectiveness::evaluate(input(3, 400, {}, {})).paybackYear);
}

// Benefits and costs each ±10% and ±20% of the PaysBackLaterOnceDiscounted case.
TEST(CostEffectiveness, Sensitivity)
{
    const auto e = CostEffectiveness::evaluate(
        input(4, 400, {1'000'000}, {0, 350'000, 350'000, 350'000, 350'000}));
    ASSERT_EQ(e.sensitivity.size(), 8);
    const auto &benefitsLess20 = e.sensitivity[0];
    EXPECT_EQ(benefitsLess20.varied, SensitivityCase::Varied::Benefits);
    EXPECT_EQ(benefitsLess20.changePercent, -20);
    EXPECT_NEAR(benefitsLess20.npv, 1'016'370.66 - 1'000'000, kYen);
    EXPECT_NEAR(*benefitsLess20.bc, 1.016371, 1e-6);
    const auto &costsMore20 = e.sensitivity[7];
    EXPECT_EQ(costsMore20.varied, SensitivityCase::Varied::Costs);
    EXPECT_EQ(costsMore20.changePercent, 20);
    EXPECT_NEAR(costsMore20.npv, 70'463.33, kYen);
    EXPECT_NEAR(*costsMore20.bc, 1.058719, 1e-6); // 1,270,463.33 / 1,200,000
    const auto &costsLess10 = e.sensitivity[5];
    EXPECT_EQ(costsLess10.changePercent, -10);
    EXPECT_NEAR(costsLess10.npv, 370'463.33, kYen);
}
