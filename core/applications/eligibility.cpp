#include "core/applications/eligibility.h"

namespace iotdesk::core {

QString Eligibility::priorProgramName(PriorProgram program)
{
    switch (program) {
    case PriorProgram::IctTownPeopleJobs:
        return tr("ICT Town, People and Jobs Creation Promotion Program (FY2014 supplementary, "
                  "FY2016 initial, FY2016 supplementary)");
    case PriorProgram::DataSmartCity:
        return tr("Data-Driven Smart City Development Promotion Program (FY2017)");
    case PriorProgram::RegionalIotImplementation:
        return tr("Regional IoT Implementation Promotion Program (FY2017)");
    case PriorProgram::IotServiceCreation:
        return tr("IoT Service Creation Support Program (FY2015 supplementary, FY2016 "
                  "supplementary, FY2017 initial)");
    }
    return {};
}

QString Eligibility::statusName(EligibilityStatus status)
{
    switch (status) {
    case EligibilityStatus::Eligible:
        return tr("Eligible");
    case EligibilityStatus::Ineligible:
        return tr("Ineligible");
    case EligibilityStatus::Incomplete:
        return tr("Incomplete");
    }
    return {};
}

EligibilityResult Eligibility::evaluate(const EligibilityAnswers &answers)
{
    EligibilityResult result;
    const auto commitment = [&result](const std::optional<bool> &answer, const QString &missing,
                                      const QString &failing) {
        if (!answer.has_value())
            result.missingAnswers.append(missing);
        else if (!*answer)
            result.failingReasons.append(failing);
    };
    commitment(answers.reportsMonthly, tr("Commitment to report monthly"),
               tr("Does not commit to reporting its activities about monthly."));
    commitment(answers.hostsWorkshop2, tr("Commitment to host workshop 2"),
               tr("Does not commit to hosting workshop 2 in its own area."));
    commitment(answers.attendsCentralMeetings,
               tr("Commitment to attend workshops 1 and 3 and the final meeting"),
               tr("Does not commit to attending workshops 1 and 3 and the final meeting in "
                  "Tokyo."));
    for (int i = 0; i < kPriorProgramCount; ++i) {
        const QString program = priorProgramName(PriorProgram(i));
        const std::optional<bool> &used = answers.usedPriorProgram[std::size_t(i)];
        if (!used.has_value())
            result.missingAnswers.append(tr("Use of %1").arg(program));
        else if (*used)
            result.failingReasons.append(
                tr("Has introduced regional IoT through %1.").arg(program));
    }
    if (!answers.hasComprehensiveAgreement.has_value()) {
        result.missingAnswers.append(tr("Comprehensive regional partnership agreement"));
    } else if (*answers.hasComprehensiveAgreement) {
        result.failingReasons.append(tr("Has a comprehensive regional partnership agreement with "
                                        "a private company for ICT/IoT."));
    }
    if (!result.failingReasons.isEmpty())
        result.status = EligibilityStatus::Ineligible;
    else if (!result.missingAnswers.isEmpty())
        result.status = EligibilityStatus::Incomplete;
    else
        result.status = EligibilityStatus::Eligible;
    return result;
}

} // namespace iotdesk::core
