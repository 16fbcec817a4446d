// Plan: the regional IoT implementation plan (地域IoT実装計画) of one selected application and
// its promotion system (推進体制). It is thought from the problem, not from the technology: a
// future vision (将来像), the current state (現状) beside it, the problems (問題) of the gap, the
// issues (課題) behind them, the solutions (解決策) of the issues. Around that tree: the plan's
// own sections of text, the fields, the members of the promotion system, the roadmap's
// milestones, KPIs, costs and benefits per year (evaluated by CostEffectiveness) and risks.
// Each part is a list of items edited one at a time, each with its own version.
#pragma once

#include "core/foundation/valueset.h"
#include "core/plans/costeffectiveness.h"
#include "core/storage/changehistory.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace iotdesk::core {

// 分野: a plan may cover several.
enum class PlanField
{
    Agriculture,
    Forestry,
    Fisheries,
    Tourism,
    DisasterPrevention,
    MedicalCare,
    Childcare,
    Education,
    Transport,
    Administration,
    EnvironmentEnergy,
    RegionalRevitalisation,
    Other,
};
template <> const ValueSet<PlanField> &valueSet<PlanField>();

enum class Technology
{
    Sensors,
    Lpwa,
    Cameras,
    Drones,
    Gis,
    Cloud,
    Ai,
    Apps,
    Other,
};
template <> const ValueSet<Technology> &valueSet<Technology>();

enum class PlanNodeKind
{
    Vision,
    Current,
    Problem,
    Issue,
    Solution,
};
template <> const ValueSet<PlanNodeKind> &valueSet<PlanNodeKind>();

enum class MemberKind
{
    Department,
    Person,
    Partner,
    Residents,
    Neighbour,
    Other,
};
template <> const ValueSet<MemberKind> &valueSet<MemberKind>();

// A cost is initial or running; a benefit is quantified as one of the rest.
enum class AmountKind
{
    Initial,
    Running,
    HoursSaved,
    CostsAvoided,
    Revenue,
    DamageReduced,
    Other,
};
template <> const ValueSet<AmountKind> &valueSet<AmountKind>();

// Who bears a cost.
enum class CostBearer
{
    None, // a benefit's
    Municipality,
    NationalSubsidy,
    Prefecture,
    Partner,
    Other,
};
template <> const ValueSet<CostBearer> &valueSet<CostBearer>();

enum class PlanStage
{
    Draft,
    Midterm,
    Final,
};
template <> const ValueSet<PlanStage> &valueSet<PlanStage>();

struct PlanSection
{
    qint64 id = 0;
    int position = 0;
    QString heading;
    QString body;
    RecordVersion version{};
    bool operator==(const PlanSection &) const = default;
};

struct PlanNode
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: none
    PlanNodeKind kind = PlanNodeKind::Vision;
    int position = 0;
    QString text;
    // A solution's:
    QList<Technology> technologies;
    QString dataUsed;
    QString partner;
    RecordVersion version{};
    bool operator==(const PlanNode &) const = default;

    // The kind a node of `kind` hangs under; nullopt: none (a vision).
    static std::optional<PlanNodeKind> parentKind(PlanNodeKind kind);
};

struct PlanMember
{
    qint64 id = 0;
    qint64 parentId = 0; // the member it reports to; 0: the top
    int position = 0;
    MemberKind kind = MemberKind::Department;
    QString name;
    qint64 contactId = 0; // a person of the registry; 0: none
    QString role;
    bool lead = false; // the lead department, the person responsible
    RecordVersion version{};
    bool operator==(const PlanMember &) const = default;
};

struct PlanMilestone
{
    qint64 id = 0;
    int position = 0;
    QString title;
    std::optional<QDate> startsOn;
    QDate dueOn;
    std::optional<int> budgetFiscalYear;
    RecordVersion version{};
    bool operator==(const PlanMilestone &) const = default;
};

struct PlanKpi
{
    qint64 id = 0;
    int position = 0;
    QString indicator;
    QString unit;
    std::optional<double> baselineValue;
    std::optional<int> baselineYear;
    std::optional<double> targetValue;
    std::optional<int> targetYear;
    RecordVersion version{};
    bool operator==(const PlanKpi &) const = default;
};

struct PlanAmount
{
    qint64 id = 0;
    AmountKind kind = AmountKind::Initial;
    int year = 0; // 0..period
    QString item;
    qint64 yen = 0;
    QString basis;                        // how it was reckoned
    CostBearer bearer = CostBearer::None; // a cost's
    RecordVersion version{};
    bool operator==(const PlanAmount &) const = default;

    bool isCost() const { return kind == AmountKind::Initial || kind == AmountKind::Running; }
};

struct PlanRisk
{
    qint64 id = 0;
    int position = 0;
    QString risk;
    QString countermeasure;
    RecordVersion version{};
    bool operator==(const PlanRisk &) const = default;
};

// The plan's own settings.
struct PlanHeader
{
    qint64 id = 0; // 0: the application has no plan yet
    qint64 applicationId = 0;
    QString title;
    int firstFiscalYear = 0;
    int periodYears = CostEffectiveness::kDefaultPeriodYears;
    int discountBasisPoints = CostEffectiveness::kDefaultDiscountBasisPoints;
    QList<PlanField> fields;
    RecordVersion version{};
    bool operator==(const PlanHeader &) const = default;
};

struct Plan
{
    PlanHeader header;
    QList<PlanSection> sections;
    QList<PlanNode> nodes;
    QList<PlanMember> members;
    QList<PlanMilestone> milestones;
    QList<PlanKpi> kpis;
    QList<PlanAmount> amounts;
    QList<PlanRisk> risks;

    // Read with the plan: the municipality (the application's lead) and its program.
    QString code6;
    QString municipality;
    qint64 programId = 0;

    // The amounts added up per year of the period, evaluated.
    CostBenefitInput costBenefitInput() const;
    CostBenefitEvaluation evaluation() const
    {
        return CostEffectiveness::evaluate(costBenefitInput());
    }
    // Issues without a solution, solutions without an issue, problems without an issue.
    QList<qint64> loose() const;
    QList<PlanNode> children(qint64 parentId) const;
};

// A frozen version of a plan: when, by whom, at which stage; the plan as it stood.
struct PlanVersion
{
    qint64 id = 0;
    int seq = 0;
    PlanStage stage = PlanStage::Draft;
    QDate frozenOn;
    QDateTime frozenAt;
    QString frozenBy;
    qint64 slotId = 0; // the presentation slot of a mid-term version; 0: none
};

// One difference between two versions of a plan.
struct PlanChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    Kind kind = Kind::Changed;
    QString part; // "header", "section", "node", ...
    qint64 itemId = 0;
    QString label; // what the item is called (a heading, an item's text)
    QString field; // a Changed one's
    QString before;
    QString after;
};

} // namespace iotdesk::core

namespace iotdesk::core {

// What the user changed between `opened` and `mine`, put onto `theirs` (after a Conflict).
inline PlanSection reapplyEdit(const PlanSection &opened, const PlanSection &mine,
                               PlanSection theirs)
{
    return reapplyEdit(opened, mine, std::move(theirs), &PlanSection::position,
                       &PlanSection::heading, &PlanSection::body);
}
inline PlanNode reapplyEdit(const PlanNode &opened, const PlanNode &mine, PlanNode theirs)
{
    return reapplyEdit(opened, mine, std::move(theirs), &PlanNode::parentId, &PlanNode::position,
                       &PlanNode::text, &PlanNode::technologies, &PlanNode::dataUsed,
                       &PlanNode::partner);
}
inline PlanMember reapplyEdit(const PlanMember &opened, const PlanMember &mine, PlanMember theirs)
{
    return reapplyEdit(opened, mine, std::move(theirs), &PlanMember::parentId,
                       &PlanMember::position, &PlanMember::kind, &PlanMember::name,
                       &PlanMember::contactId, &PlanMember::role, &PlanMember::lead);
}
inline PlanMilestone reapplyEdit(const PlanMilestone &opened, const PlanMilestone &mine,
                                 PlanMilestone theirs)
{
    return reapplyEdit(opened, mine, std::move(theirs), &PlanMilestone::position,
                       &PlanMilestone::title, &PlanMilestone::startsOn, &PlanMilestone::dueOn,
                       &PlanMilestone::budgetFiscalYear);
}
inline PlanKpi reapplyEdit(const PlanKpi &opened, const PlanKpi &mine, PlanKpi theirs)
{
    return reapplyEdit(opened, mine, std::move(theirs), &PlanKpi::position, &PlanKpi::indicator,
                       &PlanKpi::unit, &PlanKpi::baselineValue, &PlanKpi::baselineYear,
                       &PlanKpi::targetValue, &PlanKpi::targetYear);
}
inline PlanAmount reapplyEdit(const PlanAmount &opened, const PlanAmount &mine, PlanAmount theirs)
{
    return reapplyEdit(opened, mine, std::move(theirs), &PlanAmount::kind, &PlanAmount::year,
                       &PlanAmount::item, &PlanAmount::yen, &PlanAmount::basis,
                       &PlanAmount::bearer);
}
inline PlanRisk reapplyEdit(const PlanRisk &opened, const PlanRisk &mine, PlanRisk theirs)
{
    return reapplyEdit(opened, mine, std::move(theirs), &PlanRisk::position, &PlanRisk::risk,
                       &PlanRisk::countermeasure);
}
inline PlanHeader reapplyEdit(const PlanHeader &opened, const PlanHeader &mine, PlanHeader theirs)
{
    return reapplyEdit(opened, mine, std::move(theirs), &PlanHeader::title,
                       &PlanHeader::firstFiscalYear, &PlanHeader::periodYears,
                       &PlanHeader::discountBasisPoints, &PlanHeader::fields);
}

} // namespace iotdesk::core
