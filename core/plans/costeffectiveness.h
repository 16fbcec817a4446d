// CostEffectiveness: the evaluation of a plan's costs and benefits (費用対効果) as workshop 2
// teaches it and Japanese public-works cost–benefit manuals do it. Year 0 is the plan's first
// fiscal year and is not discounted; year t is discounted by (1 + r)^t; a period of N years
// covers years 0 to N. A pure function of the amounts per year: no database, no clock.
#pragma once

#include <QList>

#include <optional>

namespace iotdesk::core {

// What the evaluation is given: the plan's amounts in yen, added up per year.
struct CostBenefitInput
{
    int periodYears = 10;          // N: years 0..N are evaluated
    int discountBasisPoints = 400; // r in hundredths of a percent (4% = 400)
    QList<qint64> costs;           // index = year; missing years are 0
    QList<qint64> benefits;
};

struct YearFigures
{
    int year = 0;
    qint64 cost = 0;
    qint64 benefit = 0;
    double discountFactor = 1; // 1 / (1 + r)^year
    double presentCost = 0;
    double presentBenefit = 0;
    qint64 cumulativeNet = 0;        // undiscounted, years 0..year
    double cumulativePresentNet = 0; // discounted
};

// NPV and B/C with benefits and costs scaled by their factors (one of them 1).
struct SensitivityCase
{
    enum class Varied
    {
        Benefits,
        Costs
    };
    Varied varied = Varied::Benefits;
    int changePercent = 0; // -20, -10, +10, +20
    double npv = 0;
    std::optional<double> bc;
};

struct CostBenefitEvaluation
{
    QList<YearFigures> years; // 0..N
    double presentBenefits = 0;
    double presentCosts = 0;
    double npv = 0;           // presentBenefits - presentCosts
    std::optional<double> bc; // none when there is no cost
    // The first year whose cumulative net (undiscounted, discounted) is ≥ 0 once something
    // was spent; none when the plan does not pay back within the period or has no cost.
    std::optional<int> paybackYear;
    std::optional<int> discountedPaybackYear;
    QList<SensitivityCase> sensitivity; // benefits -20..+20, then costs -20..+20
};

class CostEffectiveness
{
public:
    static constexpr int kMaxDiscountBasisPoints = 2000; // 20%
    static constexpr int kMaxPeriodYears = 50;
    static constexpr int kDefaultDiscountBasisPoints = 400;
    static constexpr int kDefaultPeriodYears = 10;
    static constexpr int kSensitivitySteps[] = {-20, -10, 10, 20};

    static CostBenefitEvaluation evaluate(const CostBenefitInput &input);
    // NPV and B/C of the given present values with each side scaled.
    static double npv(double presentBenefits, double presentCosts)
    {
        return presentBenefits - presentCosts;
    }
    static std::optional<double> bc(double presentBenefits, double presentCosts);
};

} // namespace iotdesk::core
