// Eligibility: the three conditions of the call for applications (募集対象). An application is
// eligible when every condition holds, ineligible when any fails (with every failing reason),
// and incomplete while answers are missing (with which ones).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace iotdesk::core {

// The four earlier MIC programs through which an applicant must not have introduced IoT.
enum class PriorProgram
{
    IctTownPeopleJobs,         // ICTまち・ひと・しごと創生推進事業
    DataSmartCity,             // データ利活用型スマートシティ整備推進事業
    RegionalIotImplementation, // 地域IoT実装推進事業
    IotServiceCreation,        // IoTサービス創出支援事業
};
constexpr int kPriorProgramCount = 4;

struct EligibilityAnswers
{
    // Condition 1, the commitments (意向). True: the applicant commits to it.
    std::optional<bool> reportsMonthly;
    std::optional<bool> hostsWorkshop2;
    std::optional<bool> attendsCentralMeetings; // workshops 1 and 3 and the final meeting
    // Condition 2. True: IoT was introduced through that program (which excludes).
    std::array<std::optional<bool>, kPriorProgramCount> usedPriorProgram;
    // Condition 3. True: a comprehensive regional partnership agreement (地域包括連携協定)
    // with a private company for ICT/IoT exists (which excludes).
    std::optional<bool> hasComprehensiveAgreement;

    bool operator==(const EligibilityAnswers &) const = default;
};

enum class EligibilityStatus
{
    Eligible,
    Ineligible,
    Incomplete
};

struct EligibilityResult
{
    EligibilityStatus status = EligibilityStatus::Incomplete;
    QStringList failingReasons;
    QStringList missingAnswers;
};

class Eligibility
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::Eligibility)

public:
    static EligibilityResult evaluate(const EligibilityAnswers &answers);
    // The program's name with the fiscal years the call names.
    static QString priorProgramName(PriorProgram program);
    static QString statusName(EligibilityStatus status);
};

} // namespace iotdesk::core
