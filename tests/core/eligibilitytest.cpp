#include "core/applications/eligibility.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

core::EligibilityAnswers allGood()
{
    core::EligibilityAnswers answers;
    answers.reportsMonthly = true;
    answers.hostsWorkshop2 = true;
    answers.attendsCentralMeetings = true;
    for (auto &used : answers.usedPriorProgram)
        used = false;
    answers.hasComprehensiveAgreement = false;
    return answers;
}

} // namespace

TEST(Eligibility, AllConditionsHold)
{
    const auto result = core::Eligibility::evaluate(allGood());
    EXPECT_EQ(result.status, core::EligibilityStatus::Eligible);
    EXPECT_TRUE(result.failingReasons.isEmpty());
    EXPECT_TRUE(result.missingAnswers.isEmpty());
}

TEST(Eligibility, EveryFailingReasonIsListed)
{
    core::EligibilityAnswers answers = allGood();
    answers.hostsWorkshop2 = false;
    answers.usedPriorProgram[std::size_t(core::PriorProgram::DataSmartCity)] = true;
    answers.usedPriorProgram[std::size_t(core::PriorProgram::IotServiceCreation)] = true;
    answers.hasComprehensiveAgreement = true;
    const auto result = core::Eligibility::evaluate(answers);
    EXPECT_EQ(result.status, core::EligibilityStatus::Ineligible);
    ASSERT_EQ(result.failingReasons.size(), 4);
    EXPECT_TRUE(result.failingReasons[0].contains(u"workshop 2"_s));
    EXPECT_TRUE(result.failingReasons[1].contains(u"FY2017"_s));
    EXPECT_TRUE(result.failingReasons[2].contains(u"FY2015 supplementary"_s));
    EXPECT_TRUE(result.failingReasons[3].contains(u"partnership agreement"_s));
}

TEST(Eligibility, MissingAnswersMakeItIncomplete)
{
    core::EligibilityAnswers answers = allGood();
    answers.attendsCentralMeetings.reset();
    answers.usedPriorProgram[0].reset();
    const auto result = core::Eligibility::evaluate(answers);
    EXPECT_EQ(result.status, core::EligibilityStatus::Incomplete);
    ASSERT_EQ(result.missingAnswers.size(), 2);
    EXPECT_TRUE(result.missingAnswers[1].contains(u"FY2014 supplementary"_s));
    EXPECT_EQ(core::Eligibility::evaluate(core::EligibilityAnswers{}).missingAnswers.size(), 8);
}

TEST(Eligibility, AFailureOutweighsMissingAnswers)
{
    core::EligibilityAnswers answers;
    answers.reportsMonthly = false;
    const auto result = core::Eligibility::evaluate(answers);
    EXPECT_EQ(result.status, core::EligibilityStatus::Ineligible);
    EXPECT_EQ(result.failingReasons.size(), 1);
    EXPECT_EQ(result.missingAnswers.size(), 7); // still shown, so the rest can be asked
}
