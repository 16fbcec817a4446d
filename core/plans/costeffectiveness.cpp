#include "core/plans/costeffectiveness.h"

#include <cmath>

namespace iotdesk::core {

std::optional<double> CostEffectiveness::bc(double presentBenefits, double presentCosts)
{
    if (presentCosts <= 0)
        return std::nullopt;
    return presentBenefits / presentCosts;
}

CostBenefitEvaluation CostEffectiveness::evaluate(const CostBenefitInput &input)
{
    CostBenefitEvaluation result;
    const double rate = input.discountBasisPoints / 10000.0;
    qint64 cumulative = 0;
    double cumulativePresent = 0;
    qint64 spent = 0; // nothing pays back before something was spent
    for (int year = 0; year <= input.periodYears; ++year) {
        YearFigures figures;
        figures.year = year;
        figures.cost = input.costs.value(year);
        figures.benefit = input.benefits.value(year);
        figures.discountFactor = 1.0 / std::pow(1.0 + rate, year);
        figures.presentCost = figures.cost * figures.discountFactor;
        figures.presentBenefit = figures.benefit * figures.discountFactor;
        cumulative += figures.benefit - figures.cost;
        cumulativePresent += figures.presentBenefit - figures.presentCost;
        figures.cumulativeNet = cumulative;
        figures.cumulativePresentNet = cumulativePresent;
        result.presentBenefits += figures.presentBenefit;
        result.presentCosts += figures.presentCost;
        spent += figures.cost;
        if (!result.paybackYear && spent > 0 && cumulative >= 0)
            result.paybackYear = year;
        // A present value summed from rounded parts may miss zero by a rounding error of the
        // sum itself; a cent is far below any amount a plan states.
        if (!result.discountedPaybackYear && spent > 0 && cumulativePresent >= -0.005)
            result.discountedPaybackYear = year;
        result.years.append(figures);
    }
    result.npv = npv(result.presentBenefits, result.presentCosts);
    result.bc = bc(result.presentBenefits, result.presentCosts);
    for (const auto varied : {SensitivityCase::Varied::Benefits, SensitivityCase::Varied::Costs}) {
        for (const int step : kSensitivitySteps) {
            const double factor = 1.0 + step / 100.0;
            const bool benefits = varied == SensitivityCase::Varied::Benefits;
            const double b = result.presentBenefits * (benefits ? factor : 1.0);
            const double c = result.presentCosts * (benefits ? 1.0 : factor);
            result.sensitivity.append({varied, step, npv(b, c), bc(b, c)});
        }
    }
    return result;
}

} // namespace iotdesk::core
