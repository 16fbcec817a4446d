#include "core/plans/planrepository.h"

#include "core/foundation/japantime.h"
#include "core/municipalities/localgovernment.h"
#include "core/storage/database.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

constexpr char kContext[] = "iotdesk::core::PlanRepository";

constexpr ValueName<PlanField> kFields[] = {
    {PlanField::Agriculture, u"agriculture",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Agriculture"), u"農業"},
    {PlanField::Forestry, u"forestry",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Forestry"), u"林業"},
    {PlanField::Fisheries, u"fisheries",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Fisheries"), u"水産業"},
    {PlanField::Tourism, u"tourism", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Tourism"),
     u"観光"},
    {PlanField::DisasterPrevention, u"disaster_prevention",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Disaster prevention"), u"防災"},
    {PlanField::MedicalCare, u"medical_care",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Medical and nursing care"), u"医療・介護"},
    {PlanField::Childcare, u"childcare",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Child-rearing"), u"子育て"},
    {PlanField::Education, u"education",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Education"), u"教育"},
    {PlanField::Transport, u"transport",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Transport"), u"交通"},
    {PlanField::Administration, u"administration",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Administration"), u"行政・庁内"},
    {PlanField::EnvironmentEnergy, u"environment_energy",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Environment and energy"),
     u"環境・エネルギー"},
    {PlanField::RegionalRevitalisation, u"regional_revitalisation",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Regional revitalisation"), u"地域活性化"},
    {PlanField::Other, u"other", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Other"),
     u"その他"},
};

constexpr ValueName<Technology> kTechnologies[] = {
    {Technology::Sensors, u"sensors", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Sensors"),
     u"センサー"},
    {Technology::Lpwa, u"lpwa",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "LPWA / LoRaWAN"), u"LPWA・LoRaWAN"},
    {Technology::Cameras, u"cameras", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Cameras"),
     u"カメラ"},
    {Technology::Drones, u"drones", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Drones"),
     u"ドローン"},
    {Technology::Gis, u"gis", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "GIS"), u"GIS"},
    {Technology::Cloud, u"cloud",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Cloud platform"), u"クラウド基盤"},
    {Technology::Ai, u"ai", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "AI"), u"AI"},
    {Technology::Apps, u"apps", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Apps"),
     u"アプリ"},
    {Technology::Other, u"other", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Other"),
     u"その他"},
};

constexpr ValueName<PlanNodeKind> kNodeKinds[] = {
    {PlanNodeKind::Vision, u"vision", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Vision"),
     u"将来像"},
    {PlanNodeKind::Current, u"current",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Current state"), u"現状"},
    {PlanNodeKind::Problem, u"problem",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Problem"), u"問題"},
    {PlanNodeKind::Issue, u"issue", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Issue"),
     u"課題"},
    {PlanNodeKind::Solution, u"solution",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Solution"), u"解決策"},
};

constexpr ValueName<MemberKind> kMemberKinds[] = {
    {MemberKind::Department, u"department",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Department"), u"庁内部署"},
    {MemberKind::Person, u"person", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Person"),
     u"担当者"},
    {MemberKind::Partner, u"partner", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Partner"),
     u"連携事業者・団体"},
    {MemberKind::Residents, u"residents",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Residents' group"), u"住民団体"},
    {MemberKind::Neighbour, u"neighbour",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Neighbouring municipality"),
     u"近隣自治体"},
    {MemberKind::Other, u"other", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Other"),
     u"その他"},
};

constexpr ValueName<AmountKind> kAmountKinds[] = {
    {AmountKind::Initial, u"initial",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Initial cost"), u"初期費用"},
    {AmountKind::Running, u"running",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Running cost"), u"運用費用"},
    {AmountKind::HoursSaved, u"hours_saved",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Work hours saved"), u"業務時間の削減"},
    {AmountKind::CostsAvoided, u"costs_avoided",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Costs avoided"), u"費用の削減"},
    {AmountKind::Revenue, u"revenue", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Revenue"),
     u"収入"},
    {AmountKind::DamageReduced, u"damage_reduced",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Damage reduced"), u"被害の軽減"},
    {AmountKind::Other, u"other",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Other benefit"), u"その他の効果"},
};

constexpr ValueName<CostBearer> kBearers[] = {
    {CostBearer::None, u"", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "—"), u"—"},
    {CostBearer::Municipality, u"municipality",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Municipality"), u"自治体"},
    {CostBearer::NationalSubsidy, u"national_subsidy",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "National subsidy"), u"国の補助"},
    {CostBearer::Prefecture, u"prefecture",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Prefecture"), u"都道府県"},
    {CostBearer::Partner, u"partner",
     QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Partner business"), u"連携事業者"},
    {CostBearer::Other, u"other", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Other"),
     u"その他"},
};

constexpr ValueName<PlanStage> kStages[] = {
    {PlanStage::Draft, u"draft", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Draft"),
     u"素案"},
    {PlanStage::Midterm, u"midterm", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Mid-term"),
     u"中間"},
    {PlanStage::Final, u"final", QT_TRANSLATE_NOOP("iotdesk::core::PlanRepository", "Final"),
     u"最終"},
};

template <typename E> QString joinStored(const QList<E> &values)
{
    QStringList names;
    for (const E value : values)
        names.append(storedName(value));
    return names.join(u',');
}

template <typename E> QList<E> splitStored(const QString &text)
{
    QList<E> values;
    for (const QString &name : text.split(u',', Qt::SkipEmptyParts)) {
        if (const auto value = fromStored<E>(name))
            values.append(*value);
        else
            warnUnknownStoredValue(name);
    }
    return values;
}

QVariant dateValue(const std::optional<QDate> &date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}
std::optional<QDate> optionalDate(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return QDate::fromString(value.toString(), Qt::ISODate);
}
template <typename T> QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}
std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}
std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}
QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Error invalid(const QString &message)
{
    return Error(ErrorCode::Invalid, message);
}

bool yearInRange(const std::optional<int> &year)
{
    return !year || (*year >= 1989 && *year <= 2200);
}

// How each part of a plan is stored: its table, the entity its history is kept under, its
// columns besides id and plan_id (in the order of values() and make()), and its checks.
template <typename Item> struct Part;

template <> struct Part<PlanSection>
{
    static inline const QString table = u"plan_sections"_s, entity = u"plan_section"_s,
                                order = u"position, id"_s;
    static constexpr auto list = &Plan::sections;
    static QStringList columns() { return {u"position"_s, u"heading"_s, u"body"_s}; }
    static QVariantList values(const PlanSection &s)
    {
        return {s.position, sqlText(s.heading.trimmed()), sqlText(s.body)};
    }
    static PlanSection make(const QVariantList &v)
    {
        PlanSection s;
        s.position = v[0].toInt();
        s.heading = v[1].toString();
        s.body = v[2].toString();
        return s;
    }
    static QString label(const PlanSection &s) { return s.heading; }
    static Result<void> check(const PlanSection &s, const Plan &)
    {
        if (s.heading.trimmed().isEmpty())
            return invalid(PlanRepository::tr("A section needs a heading."));
        return {};
    }
};

template <> struct Part<PlanNode>
{
    static inline const QString table = u"plan_nodes"_s, entity = u"plan_node"_s,
                                order = u"position, id"_s;
    static constexpr auto list = &Plan::nodes;
    static QStringList columns()
    {
        return {u"parent_id"_s,  u"kind"_s,      u"position"_s, u"text"_s,
                u"technology"_s, u"data_used"_s, u"partner"_s};
    }
    static QVariantList values(const PlanNode &n)
    {
        return {idOrNull(n.parentId),
                storedValue(n.kind),
                n.position,
                sqlText(n.text.trimmed()),
                sqlText(joinStored(n.technologies)),
                sqlText(n.dataUsed.trimmed()),
                sqlText(n.partner.trimmed())};
    }
    static PlanNode make(const QVariantList &v)
    {
        PlanNode n;
        n.parentId = v[0].toLongLong();
        n.kind = readStored(v[1], PlanNodeKind::Solution);
        n.position = v[2].toInt();
        n.text = v[3].toString();
        n.technologies = splitStored<Technology>(v[4].toString());
        n.dataUsed = v[5].toString();
        n.partner = v[6].toString();
        return n;
    }
    static QString label(const PlanNode &n) { return n.text; }
    static Result<void> check(const PlanNode &n, const Plan &plan)
    {
        if (!isKnown(n.kind))
            return invalid(PlanRepository::tr("Unknown kind of entry."));
        if (n.text.trimmed().isEmpty())
            return invalid(PlanRepository::tr("The entry needs a text."));
        const std::optional<PlanNodeKind> parentKind = PlanNode::parentKind(n.kind);
        const PlanNode *parent = nullptr;
        for (const PlanNode &other : plan.nodes) {
            if (other.id == n.parentId)
                parent = &other;
        }
        if (n.parentId && !parent)
            return invalid(PlanRepository::tr("The entry it should go under is not in this plan."));
        if (!parentKind && parent)
            return invalid(PlanRepository::tr("A vision stands at the top of the tree."));
        if (parentKind && parent && parent->kind != *parentKind) {
            return invalid(
                PlanRepository::tr("“%1” entries go under “%2” entries, not under "
                                   "“%3”.")
                    .arg(shownName(n.kind), shownName(*parentKind), shownName(parent->kind)));
        }
        if (parentKind && !parent && n.kind != PlanNodeKind::Solution) {
            return invalid(PlanRepository::tr("“%1” entries go under “%2” entries.")
                               .arg(shownName(n.kind), shownName(*parentKind)));
        }
        for (const Technology t : n.technologies) {
            if (!isKnown(t))
                return invalid(PlanRepository::tr("Unknown technology."));
        }
        if (n.kind != PlanNodeKind::Solution &&
            (!n.technologies.isEmpty() || !n.dataUsed.trimmed().isEmpty() ||
             !n.partner.trimmed().isEmpty()))
            return invalid(PlanRepository::tr("Only a solution has technologies, data and a "
                                              "partner."));
        return {};
    }
};

template <> struct Part<PlanMember>
{
    static inline const QString table = u"plan_members"_s, entity = u"plan_member"_s,
                                order = u"position, id"_s;
    static constexpr auto list = &Plan::members;
    static QStringList columns()
    {
        return {u"parent_id"_s,  u"position"_s, u"kind"_s, u"name"_s,
                u"contact_id"_s, u"role"_s,     u"lead"_s};
    }
    static QVariantList values(const PlanMember &m)
    {
        return {idOrNull(m.parentId),  m.position,
                storedValue(m.kind),   sqlText(m.name.trimmed()),
                idOrNull(m.contactId), sqlText(m.role.trimmed()),
                m.lead ? 1 : 0};
    }
    static PlanMember make(const QVariantList &v)
    {
        PlanMember m;
        m.parentId = v[0].toLongLong();
        m.position = v[1].toInt();
        m.kind = readStored(v[2], MemberKind::Other);
        m.name = v[3].toString();
        m.contactId = v[4].toLongLong();
        m.role = v[5].toString();
        m.lead = v[6].toInt() != 0;
        return m;
    }
    static QString label(const PlanMember &m) { return m.name; }
    static Result<void> check(const PlanMember &m, const Plan &plan)
    {
        if (!isKnown(m.kind))
            return invalid(PlanRepository::tr("Unknown kind of member."));
        if (m.name.trimmed().isEmpty())
            return invalid(PlanRepository::tr("A member needs a name."));
        if (m.lead && m.kind != MemberKind::Department && m.kind != MemberKind::Person)
            return invalid(PlanRepository::tr("Only a department leads, and only a person is "
                                              "responsible."));
        // Its superiors, up to the top: never itself.
        qint64 above = m.parentId;
        for (int steps = 0; above; ++steps) {
            if (above == m.id && m.id)
                return invalid(PlanRepository::tr("A member cannot report to itself or to "
                                                  "someone under it."));
            const auto found = std::find_if(plan.members.cbegin(), plan.members.cend(),
                                            [above](const PlanMember &o) { return o.id == above; });
            if (found == plan.members.cend()) {
                if (steps == 0)
                    return invalid(PlanRepository::tr("The member it reports to is not in this "
                                                      "plan."));
                break;
            }
            above = found->parentId;
            if (steps > plan.members.size())
                break;
        }
        for (const PlanMember &other : plan.members) {
            if (m.lead && other.lead && other.id != m.id && other.kind == m.kind) {
                return invalid(
                    m.kind == MemberKind::Department
                        ? PlanRepository::tr("%1 already leads the plan.").arg(other.name)
                        : PlanRepository::tr("%1 is already the person responsible.")
                              .arg(other.name));
            }
        }
        return {};
    }
};

template <> struct Part<PlanMilestone>
{
    static inline const QString table = u"plan_milestones"_s, entity = u"plan_milestone"_s,
                                order = u"position, due_on, id"_s;
    static constexpr auto list = &Plan::milestones;
    static QStringList columns()
    {
        return {u"position"_s, u"title"_s, u"starts_on"_s, u"due_on"_s, u"budget_fiscal_year"_s};
    }
    static QVariantList values(const PlanMilestone &m)
    {
        return {m.position, sqlText(m.title.trimmed()), dateValue(m.startsOn),
                dateValue(m.dueOn.isValid() ? std::optional(m.dueOn) : std::nullopt),
                optionalValue(m.budgetFiscalYear)};
    }
    static PlanMilestone make(const QVariantList &v)
    {
        PlanMilestone m;
        m.position = v[0].toInt();
        m.title = v[1].toString();
        m.startsOn = optionalDate(v[2]);
        m.dueOn = optionalDate(v[3]).value_or(QDate());
        m.budgetFiscalYear = optionalInt(v[4]);
        return m;
    }
    static QString label(const PlanMilestone &m) { return m.title; }
    static Result<void> check(const PlanMilestone &m, const Plan &)
    {
        if (m.title.trimmed().isEmpty())
            return invalid(PlanRepository::tr("A milestone needs a title."));
        if (!m.dueOn.isValid())
            return invalid(PlanRepository::tr("A milestone needs the date it is due."));
        if (m.startsOn && (!m.startsOn->isValid() || *m.startsOn > m.dueOn))
            return invalid(PlanRepository::tr("A milestone cannot start after it is due."));
        if (!yearInRange(m.budgetFiscalYear))
            return invalid(PlanRepository::tr("The budget's fiscal year must be between 1989 and "
                                              "2200."));
        return {};
    }
};

template <> struct Part<PlanKpi>
{
    static inline const QString table = u"plan_kpis"_s, entity = u"plan_kpi"_s,
                                order = u"position, id"_s;
    static constexpr auto list = &Plan::kpis;
    static QStringList columns()
    {
        return {u"position"_s,      u"indicator"_s,    u"unit"_s,       u"baseline_value"_s,
                u"baseline_year"_s, u"target_value"_s, u"target_year"_s};
    }
    static QVariantList values(const PlanKpi &k)
    {
        return {k.position,
                sqlText(k.indicator.trimmed()),
                sqlText(k.unit.trimmed()),
                optionalValue(k.baselineValue),
                optionalValue(k.baselineYear),
                optionalValue(k.targetValue),
                optionalValue(k.targetYear)};
    }
    static PlanKpi make(const QVariantList &v)
    {
        PlanKpi k;
        k.position = v[0].toInt();
        k.indicator = v[1].toString();
        k.unit = v[2].toString();
        k.baselineValue = optionalDouble(v[3]);
        k.baselineYear = optionalInt(v[4]);
        k.targetValue = optionalDouble(v[5]);
        k.targetYear = optionalInt(v[6]);
        return k;
    }
    static QString label(const PlanKpi &k) { return k.indicator; }
    static Result<void> check(const PlanKpi &k, const Plan &)
    {
        if (k.indicator.trimmed().isEmpty())
            return invalid(PlanRepository::tr("A KPI needs its indicator."));
        if (!yearInRange(k.baselineYear) || !yearInRange(k.targetYear))
            return invalid(PlanRepository::tr("A KPI's years must be between 1989 and 2200."));
        if (k.baselineYear && k.targetYear && *k.targetYear < *k.baselineYear)
            return invalid(PlanRepository::tr("A KPI's target year cannot come before its "
                                              "baseline year."));
        return {};
    }
};

template <> struct Part<PlanAmount>
{
    static inline const QString table = u"plan_amounts"_s, entity = u"plan_amount"_s,
                                order = u"year, side DESC, id"_s;
    static constexpr auto list = &Plan::amounts;
    static QStringList columns()
    {
        return {u"side"_s, u"year"_s, u"kind"_s, u"item"_s, u"yen"_s, u"basis"_s, u"bearer"_s};
    }
    static QVariantList values(const PlanAmount &a)
    {
        return {a.isCost() ? u"cost"_s : u"benefit"_s,
                a.year,
                storedValue(a.kind),
                sqlText(a.item.trimmed()),
                a.yen,
                sqlText(a.basis.trimmed()),
                storedValue(a.isCost() ? a.bearer : CostBearer::None)};
    }
    static PlanAmount make(const QVariantList &v)
    {
        PlanAmount a;
        a.year = v[1].toInt();
        a.kind = readStored(v[2], AmountKind::Other);
        a.item = v[3].toString();
        a.yen = v[4].toLongLong();
        a.basis = v[5].toString();
        a.bearer = v[6].isNull() ? CostBearer::None : readStored(v[6], CostBearer::Other);
        return a;
    }
    static QString label(const PlanAmount &a) { return a.item; }
    static Result<void> check(const PlanAmount &a, const Plan &plan)
    {
        if (!isKnown(a.kind) || !isKnown(a.bearer))
            return invalid(PlanRepository::tr("Unknown kind of cost or benefit."));
        if (a.item.trimmed().isEmpty())
            return invalid(PlanRepository::tr("A cost or benefit needs its item."));
        if (a.yen < 0)
            return invalid(PlanRepository::tr("An amount cannot be negative (%1 yen).").arg(a.yen));
        if (a.year < 0 || a.year > plan.header.periodYears) {
            return invalid(PlanRepository::tr("Year %1 is outside the evaluation period: years 0 "
                                              "to %2.")
                               .arg(a.year)
                               .arg(plan.header.periodYears));
        }
        if (a.isCost() && a.bearer == CostBearer::None)
            return invalid(PlanRepository::tr("A cost needs who bears it."));
        return {};
    }
};

template <> struct Part<PlanRisk>
{
    static inline const QString table = u"plan_risks"_s, entity = u"plan_risk"_s,
                                order = u"position, id"_s;
    static constexpr auto list = &Plan::risks;
    static QStringList columns() { return {u"position"_s, u"risk"_s, u"countermeasure"_s}; }
    static QVariantList values(const PlanRisk &r)
    {
        return {r.position, sqlText(r.risk.trimmed()), sqlText(r.countermeasure.trimmed())};
    }
    static PlanRisk make(const QVariantList &v)
    {
        PlanRisk r;
        r.position = v[0].toInt();
        r.risk = v[1].toString();
        r.countermeasure = v[2].toString();
        return r;
    }
    static QString label(const PlanRisk &r) { return r.risk; }
    static Result<void> check(const PlanRisk &r, const Plan &)
    {
        if (r.risk.trimmed().isEmpty())
            return invalid(PlanRepository::tr("A risk needs to be described."));
        return {};
    }
};

// The rows of a part of the plan `planId`, in its order, with their versions.
template <typename Item>
Result<QList<Item>> readPart(const QSqlDatabase &db, qint64 planId, bool withVersions = true)
{
    const QStringList columns = Part<Item>::columns();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Table and column names are the program's, never input.
    q.prepare(
        u"SELECT i.id, "_s + columns.join(u", "_s) + u", "_s +
        (withVersions ? ChangeHistory::versionColumn(Part<Item>::entity, u"i.id"_s) : u"0"_s) +
        u" FROM "_s + Part<Item>::table + u" i WHERE i.plan_id = ? ORDER BY "_s +
        Part<Item>::order);
    if (!execWith(q, {planId}))
        return storageError(q, Subject::Plan);
    QList<Item> items;
    while (q.next()) {
        QVariantList values;
        for (int i = 0; i < columns.size(); ++i)
            values.append(q.value(i + 1));
        Item item = Part<Item>::make(values);
        item.id = q.value(0).toLongLong();
        item.version.seen = q.value(columns.size() + 1).toLongLong();
        items.append(std::move(item));
    }
    return items;
}

// A part's items as JSON: each an object of its columns and id.
template <typename Item> QJsonArray partToJson(const QList<Item> &items)
{
    const QStringList columns = Part<Item>::columns();
    QJsonArray array;
    for (const Item &item : items) {
        QJsonObject object{{u"id"_s, item.id}};
        const QVariantList values = Part<Item>::values(item);
        for (int i = 0; i < columns.size(); ++i)
            // An empty optional value is null in the snapshot, never 0.
            object.insert(columns[i],
                          values[i].isNull() ? QJsonValue() : QJsonValue::fromVariant(values[i]));
        array.append(object);
    }
    return array;
}

template <typename Item> QList<Item> partFromJson(const QJsonArray &array)
{
    const QStringList columns = Part<Item>::columns();
    QList<Item> items;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        QVariantList values;
        for (const QString &column : columns)
            values.append(object.value(column).toVariant());
        Item item = Part<Item>::make(values);
        item.id = object.value(u"id"_s).toInteger();
        items.append(std::move(item));
    }
    return items;
}

QString shownValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

// A stored value as the plan's reader knows it: the shown names of the value sets (a kind,
// who bears a cost, technologies), ✓ for a lead.
template <typename Item> QString readableValue(const QString &column, const QString &stored)
{
    const auto names = [&stored](auto probe) {
        using E = decltype(probe);
        QStringList shown;
        for (const QString &name : stored.split(u',', Qt::SkipEmptyParts)) {
            const auto value = fromStored<E>(name);
            shown.append(value ? shownName(*value) : name);
        }
        return shown.join(u", "_s);
    };
    if (column == u"technology")
        return names(Technology{});
    if (column == u"bearer")
        return names(CostBearer{});
    if (column == u"lead")
        return stored == u"1" ? u"✓"_s : QString();
    if (column == u"kind") {
        if constexpr (std::is_same_v<Item, PlanAmount>)
            return names(AmountKind{});
        if constexpr (std::is_same_v<Item, PlanNode>)
            return names(PlanNodeKind{});
        if constexpr (std::is_same_v<Item, PlanMember>)
            return names(MemberKind{});
    }
    return stored;
}

template <typename Item>
void comparePart(const QString &part, const QList<Item> &before, const QList<Item> &after,
                 QList<PlanChange> &changes)
{
    const QStringList columns = Part<Item>::columns();
    for (const Item &old : before) {
        const auto found = std::find_if(after.cbegin(), after.cend(),
                                        [&old](const Item &i) { return i.id == old.id; });
        if (found == after.cend()) {
            changes.append({PlanChange::Kind::Removed,
                            part,
                            old.id,
                            Part<Item>::label(old),
                            {},
                            Part<Item>::label(old),
                            {}});
            continue;
        }
        const QVariantList a = Part<Item>::values(old);
        const QVariantList b = Part<Item>::values(*found);
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i] == u"position" || shownValue(a[i]) == shownValue(b[i]))
                continue;
            // What a reader understands: names instead of stored names, the entry above
            // instead of its id.
            const auto readable = [&](const QVariant &value, const QList<Item> &items) {
                if (columns[i] == u"parent_id") {
                    for (const Item &other : items) {
                        if (other.id == value.toLongLong())
                            return Part<Item>::label(other);
                    }
                    return value.toLongLong() ? shownValue(value) : QString();
                }
                return readableValue<Item>(columns[i], shownValue(value));
            };
            changes.append({PlanChange::Kind::Changed, part, old.id, Part<Item>::label(*found),
                            columns[i], readable(a[i], before), readable(b[i], after)});
        }
    }
    for (const Item &item : after) {
        if (std::none_of(before.cbegin(), before.cend(),
                         [&item](const Item &i) { return i.id == item.id; })) {
            changes.append({PlanChange::Kind::Added,
                            part,
                            item.id,
                            Part<Item>::label(item),
                            {},
                            {},
                            Part<Item>::label(item)});
        }
    }
}

const QString kPlanColumns =
    u"pl.id, a.id, pl.title, coalesce(pl.first_fiscal_year, pr.fiscal_year + 1), "
    "coalesce(pl.period_years, 10), coalesce(pl.discount_basis_points, 400), coalesce(pl.fields, "
    "''), "
    "g.code6, "_s +
    LocalGovernment::fullNameSql() + u", a.program_id, "_s +
    ChangeHistory::versionColumn(u"plan"_s, u"pl.id"_s) +
    u" FROM applications a JOIN programs pr ON pr.id = a.program_id JOIN application_members am "
    "ON am.application_id = a.id AND am.is_lead = 1 JOIN local_governments g ON g.code6 = "
    "am.lg_code6 JOIN prefectures p ON p.code = g.prefecture_code LEFT JOIN plans pl ON "
    "pl.application_id = a.id "_s;

} // namespace

// The value sets of a plan, each over its table above, in PlanRepository's context.
#define IOTDESK_PLAN_VALUE_SET(Enum, names)                                                        \
    template <> const ValueSet<Enum> &valueSet<Enum>()                                             \
    {                                                                                              \
        static constexpr ValueSet<Enum> set(kContext, names);                                      \
        return set;                                                                                \
    }
IOTDESK_PLAN_VALUE_SET(PlanField, kFields)
IOTDESK_PLAN_VALUE_SET(Technology, kTechnologies)
IOTDESK_PLAN_VALUE_SET(PlanNodeKind, kNodeKinds)
IOTDESK_PLAN_VALUE_SET(MemberKind, kMemberKinds)
IOTDESK_PLAN_VALUE_SET(AmountKind, kAmountKinds)
IOTDESK_PLAN_VALUE_SET(CostBearer, kBearers)
IOTDESK_PLAN_VALUE_SET(PlanStage, kStages)
#undef IOTDESK_PLAN_VALUE_SET

std::optional<PlanNodeKind> PlanNode::parentKind(PlanNodeKind kind)
{
    switch (kind) {
    case PlanNodeKind::Vision:
        return std::nullopt;
    case PlanNodeKind::Current:
        return PlanNodeKind::Vision;
    case PlanNodeKind::Problem:
        return PlanNodeKind::Current;
    case PlanNodeKind::Issue:
        return PlanNodeKind::Problem;
    case PlanNodeKind::Solution:
        return PlanNodeKind::Issue;
    }
    return std::nullopt;
}

CostBenefitInput Plan::costBenefitInput() const
{
    CostBenefitInput input;
    input.periodYears = header.periodYears;
    input.discountBasisPoints = header.discountBasisPoints;
    input.costs.fill(0, header.periodYears + 1);
    input.benefits.fill(0, header.periodYears + 1);
    for (const PlanAmount &a : amounts) {
        if (a.year < 0 || a.year > header.periodYears)
            continue;
        (a.isCost() ? input.costs : input.benefits)[a.year] += a.yen;
    }
    return input;
}

QList<PlanNode> Plan::children(qint64 parentId) const
{
    QList<PlanNode> found;
    for (const PlanNode &n : nodes) {
        if (n.parentId == parentId)
            found.append(n);
    }
    return found;
}

QList<qint64> Plan::loose() const
{
    QList<qint64> ids;
    for (const PlanNode &n : nodes) {
        const bool orphanSolution = n.kind == PlanNodeKind::Solution && !n.parentId;
        const bool childless = (n.kind == PlanNodeKind::Issue || n.kind == PlanNodeKind::Problem) &&
                               children(n.id).isEmpty();
        if (orphanSolution || childless)
            ids.append(n.id);
    }
    return ids;
}

QStringList PlanRepository::defaultSections()
{
    // A plan is a Japanese municipality's document: its headings are its text, in Japanese
    // whatever the language of the window that made it (users rename them as they like).
    return {u"計画の目的"_s, u"現状と将来像"_s, u"問題と課題"_s,          u"解決策"_s,
            u"推進体制"_s,   u"スケジュール"_s, u"費用対効果と成果指標"_s};
}

std::optional<int> PlanRepository::parseRate(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{1,2}(?:\\.\\d{1,2})?)\\s*%?\\s*$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int basisPoints = qRound(match.captured(1).toDouble() * 100);
    if (basisPoints < 0 || basisPoints > CostEffectiveness::kMaxDiscountBasisPoints)
        return std::nullopt;
    return basisPoints;
}

QString PlanRepository::rateText(int basisPoints)
{
    return QString::number(basisPoints / 100.0, 'g', 4) + u'%';
}

Result<QList<PlanRepository::Entry>> PlanRepository::entries(qint64 programId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, g.code6, "_s + LocalGovernment::fullNameSql() +
              u", coalesce(pl.id, 0), (SELECT count(*) FROM plan_versions v WHERE v.plan_id = "
              "pl.id), (SELECT v.stage FROM plan_versions v WHERE v.plan_id = pl.id ORDER BY v.seq "
              "DESC LIMIT 1) FROM applications a JOIN application_members am ON "
              "am.application_id = a.id AND am.is_lead = 1 JOIN local_governments g ON g.code6 = "
              "am.lg_code6 JOIN prefectures p ON p.code = g.prefecture_code LEFT JOIN plans pl "
              "ON pl.application_id = a.id WHERE a.program_id = ? AND a.decision = 'selected' "
              "ORDER BY g.code6"_s);
    if (!execWith(q, {programId}))
        return storageError(q, Subject::Plan);
    QList<Entry> entries;
    while (q.next()) {
        Entry e;
        e.applicationId = q.value(0).toLongLong();
        e.code6 = q.value(1).toString();
        e.municipality = q.value(2).toString();
        e.planId = q.value(3).toLongLong();
        e.versions = q.value(4).toInt();
        if (!q.value(5).isNull())
            e.latestStage = readStored(q.value(5), PlanStage::Draft);
        entries.append(e);
    }
    return entries;
}

Result<qint64> PlanRepository::applicationOf(qint64 programId, const QString &code6) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id FROM applications a JOIN application_members m ON m.application_id "
              "= a.id WHERE a.program_id = ? AND a.decision = 'selected' AND m.lg_code6 = ?"_s);
    if (!execWith(q, {programId, code6}))
        return storageError(q, Subject::Plan);
    if (!q.next()) {
        return Error(ErrorCode::NotFound,
                     tr("%1 has no selected application in this program: a plan is written for a "
                        "selected application.")
                         .arg(code6));
    }
    return q.value(0).toLongLong();
}

Result<Plan> PlanRepository::plan(qint64 applicationId) const
{
    return read(m_db.connection(), applicationId);
}

Result<Plan> PlanRepository::read(const QSqlDatabase &db, qint64 applicationId) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kPlanColumns + u"WHERE a.id = ? AND a.decision = 'selected'"_s);
    if (!execWith(q, {applicationId}))
        return storageError(q, Subject::Plan);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("Only a selected application has a plan."));
    Plan plan;
    plan.header.id = q.value(0).toLongLong();
    plan.header.applicationId = q.value(1).toLongLong();
    plan.header.title = q.value(2).toString();
    plan.header.firstFiscalYear = q.value(3).toInt();
    plan.header.periodYears = q.value(4).toInt();
    plan.header.discountBasisPoints = q.value(5).toInt();
    plan.header.fields = splitStored<PlanField>(q.value(6).toString());
    plan.code6 = q.value(7).toString();
    plan.municipality = q.value(8).toString();
    plan.programId = q.value(9).toLongLong();
    plan.header.version.seen = plan.header.id ? q.value(10).toLongLong() : 0;
    q.finish();
    if (!plan.header.id) {
        for (const QString &heading : defaultSections())
            plan.sections.append({0, int(plan.sections.size()), heading, {}, {}});
        return plan;
    }
    const auto fill = [&](auto list) -> Result<void> {
        using Item = typename std::remove_reference_t<decltype(plan.*list)>::value_type;
        auto items = readPart<Item>(db, plan.header.id);
        if (!items)
            return items.error();
        plan.*list = std::move(items).value();
        return {};
    };
    for (const auto &r :
         {fill(&Plan::sections), fill(&Plan::nodes), fill(&Plan::members), fill(&Plan::milestones),
          fill(&Plan::kpis), fill(&Plan::amounts), fill(&Plan::risks)}) {
        if (!r)
            return r.error();
    }
    return plan;
}

Result<qint64> PlanRepository::ensurePlan(const QSqlDatabase &db, qint64 applicationId)
{
    auto plan = read(db, applicationId);
    if (!plan)
        return plan.error();
    if (plan->header.id)
        return plan->header.id;
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO plans (application_id, first_fiscal_year, created_at) VALUES (?, "
                   "?, ?) RETURNING id"_s);
    if (!execWith(insert, {applicationId, plan->header.firstFiscalYear,
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}))
        return storageError(insert, Subject::Plan);
    const qint64 id = insertedId(insert);
    if (auto r = ChangeHistory::record(db, m_db.userName(), u"plan"_s, QString::number(id),
                                       u"created"_s, {}, plan->municipality);
        !r)
        return r.error();
    for (const PlanSection &section : std::as_const(plan->sections)) {
        if (auto r =
                execSql(db,
                        u"INSERT INTO plan_sections (plan_id, position, heading) VALUES (?, ?, "
                        "?)"_s,
                        {id, section.position, section.heading}, Subject::Plan);
            !r)
            return r.error();
    }
    return id;
}

Result<qint64> PlanRepository::setHeader(const PlanHeader &header)
{
    if (header.periodYears < 1 || header.periodYears > CostEffectiveness::kMaxPeriodYears)
        return invalid(tr("The evaluation period must be 1 to %1 years.")
                           .arg(CostEffectiveness::kMaxPeriodYears));
    if (header.discountBasisPoints < 0 ||
        header.discountBasisPoints > CostEffectiveness::kMaxDiscountBasisPoints)
        return invalid(tr("The discount rate must be between 0% and 20%."));
    if (header.firstFiscalYear < 1989 || header.firstFiscalYear > 2200)
        return invalid(tr("The plan's first fiscal year must be between 1989 and 2200."));
    for (const PlanField f : header.fields) {
        if (!isKnown(f))
            return invalid(tr("Unknown field."));
    }
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const bool existed = header.id != 0;
    const auto id = ensurePlan(db, header.applicationId);
    if (!id)
        return id.error();
    if (existed) {
        if (auto r = ChangeHistory::claim(db, u"plans"_s, u"plan"_s, *id, header.version,
                                          m_db.userName());
            !r)
            return r.error();
    }
    const auto stored = read(db, header.applicationId);
    if (!stored)
        return stored.error();
    for (const PlanAmount &a : stored->amounts) {
        if (a.year > header.periodYears) {
            return invalid(tr("“%1” is in year %2, outside a period of %3 years: change or "
                              "remove it first.")
                               .arg(a.item)
                               .arg(a.year)
                               .arg(header.periodYears));
        }
    }
    const PlanHeader &before = stored->header;
    QList<PlanField> fields;
    for (const PlanField f : header.fields) {
        if (!fields.contains(f))
            fields.append(f);
    }
    if (auto r =
            execSql(db,
                    u"UPDATE plans SET title = ?, first_fiscal_year = ?, period_years = ?, "
                    "discount_basis_points = ?, fields = ? WHERE id = ?"_s,
                    {sqlText(header.title.trimmed()), header.firstFiscalYear, header.periodYears,
                     header.discountBasisPoints, sqlText(joinStored(fields)), *id},
                    Subject::Plan);
        !r)
        return r.error();
    if (auto r = ChangeHistory::recordChanges(
            db, m_db.userName(), u"plan"_s, QString::number(*id),
            {{u"title"_s, before.title, header.title.trimmed()},
             {u"first_fiscal_year"_s, before.firstFiscalYear, header.firstFiscalYear},
             {u"period_years"_s, before.periodYears, header.periodYears},
             {u"discount_basis_points"_s, before.discountBasisPoints, header.discountBasisPoints},
             {u"fields"_s, joinStored(before.fields), joinStored(fields)}});
        !r)
        return r.error();
    return ChangeHistory::commitEdit(transaction.value(), db, u"plan"_s, *id);
}

template <typename Item>
Result<qint64> PlanRepository::planOf(const QSqlDatabase &db, qint64 id) const
{
    QSqlQuery q(db);
    // The table is the part's own name (Part<Item>), never input; the id is bound.
    q.prepare(u"SELECT p.application_id FROM "_s + Part<Item>::table +
              u" i JOIN plans p ON p.id = i.plan_id WHERE i.id = ?"_s);
    if (!execWith(q, {id}))
        return storageError(q, Subject::Plan);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("That entry of the plan is no longer there."));
    return q.value(0).toLongLong();
}

template <typename Item> Result<Item> PlanRepository::item(qint64 id) const
{
    const QSqlDatabase db = m_db.connection();
    const auto application = planOf<Item>(db, id);
    if (!application)
        return application.error();
    const auto plan = read(db, *application);
    if (!plan)
        return plan.error();
    for (const Item &i : (*plan).*Part<Item>::list) {
        if (i.id == id)
            return i;
    }
    return Error(ErrorCode::NotFound, tr("That entry of the plan is no longer there."));
}

template <typename Item> Result<qint64> PlanRepository::add(qint64 applicationId, const Item &item)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto planId = ensurePlan(db, applicationId);
    if (!planId)
        return planId.error();
    const auto plan = read(db, applicationId);
    if (!plan)
        return plan.error();
    if (auto r = Part<Item>::check(item, *plan); !r)
        return r.error();
    const QStringList columns = Part<Item>::columns();
    QSqlQuery insert(db);
    // Table and columns are the part's own names (Part<Item>); every value is bound.
    insert.prepare(u"INSERT INTO "_s + Part<Item>::table + u" (id, plan_id, "_s +
                   columns.join(u", "_s) + u") VALUES (?, ?"_s +
                   QString(u", ?"_s).repeated(columns.size()) + u") RETURNING id"_s);
    if (!execWith(insert, QVariantList{idOrNull(item.id), *planId} + Part<Item>::values(item)))
        return storageError(insert, Subject::Plan);
    const qint64 id = insertedId(insert);
    if (auto r = ChangeHistory::record(db, m_db.userName(), Part<Item>::entity, QString::number(id),
                                       u"created"_s, {}, Part<Item>::label(item).trimmed());
        !r)
        return r.error();
    if (auto r = transaction->commit(); !r)
        return r.error();
    return id;
}

template <typename Item> Result<qint64> PlanRepository::update(const Item &item)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r = ChangeHistory::claim(db, Part<Item>::table, Part<Item>::entity, item.id,
                                      item.version, m_db.userName());
        !r)
        return r.error();
    const auto application = planOf<Item>(db, item.id);
    if (!application)
        return application.error();
    const auto plan = read(db, *application);
    if (!plan)
        return plan.error();
    if (auto r = Part<Item>::check(item, *plan); !r)
        return r.error();
    const auto stored =
        std::find_if(((*plan).*Part<Item>::list).cbegin(), ((*plan).*Part<Item>::list).cend(),
                     [&item](const Item &i) { return i.id == item.id; });
    const QStringList columns = Part<Item>::columns();
    QStringList assignments;
    for (const QString &column : columns)
        assignments.append(column + u" = ?"_s);
    const QVariantList after = Part<Item>::values(item);
    if (auto r = execSql(db,
                         u"UPDATE "_s + Part<Item>::table + u" SET "_s + assignments.join(u", "_s) +
                             u" WHERE id = ?"_s,
                         after + QVariantList{item.id}, Subject::Plan);
        !r)
        return r.error();
    const QVariantList before = Part<Item>::values(*stored);
    QList<ChangeHistory::FieldChange> changes;
    for (int i = 0; i < columns.size(); ++i)
        changes.append({columns[i], before[i], after[i]});
    if (auto r = ChangeHistory::recordChanges(db, m_db.userName(), Part<Item>::entity,
                                              QString::number(item.id), changes);
        !r)
        return r.error();
    return ChangeHistory::commitEdit(transaction.value(), db, Part<Item>::entity, item.id);
}

template <typename Item> Result<void> PlanRepository::remove(const Item &item)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r = ChangeHistory::claim(db, Part<Item>::table, Part<Item>::entity, item.id,
                                      item.version, m_db.userName());
        !r)
        return r.error();
    const auto application = planOf<Item>(db, item.id);
    if (!application)
        return application.error();
    if constexpr (std::is_same_v<Item, PlanNode> || std::is_same_v<Item, PlanMember>) {
        QSqlQuery under(db);
        under.prepare(u"SELECT count(*) FROM "_s + Part<Item>::table + u" WHERE parent_id = ?"_s);
        if (!execWith(under, {item.id}) || !under.next())
            return storageError(under, Subject::Plan);
        if (const int count = under.value(0).toInt(); count > 0) {
            return invalid(tr("“%1” has %n entries under it: move or remove them first.", "", count)
                               .arg(Part<Item>::label(item)));
        }
    }
    if constexpr (std::is_same_v<Item, PlanMilestone>) {
        QSqlQuery reported(db);
        reported.prepare(u"SELECT count(*) FROM report_milestones WHERE milestone_id = ?"_s);
        if (!execWith(reported, {item.id}) || !reported.next())
            return storageError(reported, Subject::Plan);
        if (const int count = reported.value(0).toInt(); count > 0) {
            return invalid(tr("“%1” is in %n monthly reports: it stays, so that they keep "
                              "their record.",
                              "", count)
                               .arg(item.title));
        }
    }
    if (auto r = execSql(db, u"DELETE FROM "_s + Part<Item>::table + u" WHERE id = ?"_s, {item.id},
                         Subject::Plan);
        !r)
        return r;
    if (auto r =
            ChangeHistory::record(db, m_db.userName(), Part<Item>::entity, QString::number(item.id),
                                  u"deleted"_s, Part<Item>::label(item), {});
        !r)
        return r;
    return transaction->commit();
}

#define IOTDESK_PLAN_PART(Item)                                                                    \
    template Result<qint64> PlanRepository::add<Item>(qint64, const Item &);                       \
    template Result<qint64> PlanRepository::update<Item>(const Item &);                            \
    template Result<void> PlanRepository::remove<Item>(const Item &);                              \
    template Result<Item> PlanRepository::item<Item>(qint64) const;
IOTDESK_PLAN_PART(PlanSection)
IOTDESK_PLAN_PART(PlanNode)
IOTDESK_PLAN_PART(PlanMember)
IOTDESK_PLAN_PART(PlanMilestone)
IOTDESK_PLAN_PART(PlanKpi)
IOTDESK_PLAN_PART(PlanAmount)
IOTDESK_PLAN_PART(PlanRisk)
#undef IOTDESK_PLAN_PART

QJsonObject PlanRepository::toJson(const Plan &plan)
{
    QJsonArray fields;
    for (const PlanField f : plan.header.fields)
        fields.append(storedName(f));
    return {
        {u"application_id"_s, plan.header.applicationId},
        {u"code6"_s, plan.code6},
        {u"municipality"_s, plan.municipality},
        {u"title"_s, plan.header.title},
        {u"first_fiscal_year"_s, plan.header.firstFiscalYear},
        {u"period_years"_s, plan.header.periodYears},
        {u"discount_rate_percent"_s, plan.header.discountBasisPoints / 100.0},
        {u"fields"_s, fields},
        {u"sections"_s, partToJson(plan.sections)},
        {u"nodes"_s, partToJson(plan.nodes)},
        {u"members"_s, partToJson(plan.members)},
        {u"milestones"_s, partToJson(plan.milestones)},
        {u"kpis"_s, partToJson(plan.kpis)},
        {u"amounts"_s, partToJson(plan.amounts)},
        {u"risks"_s, partToJson(plan.risks)},
    };
}

Plan PlanRepository::fromJson(const QJsonObject &json)
{
    Plan plan;
    plan.header.applicationId = json.value(u"application_id"_s).toInteger();
    plan.code6 = json.value(u"code6"_s).toString();
    plan.municipality = json.value(u"municipality"_s).toString();
    plan.header.title = json.value(u"title"_s).toString();
    plan.header.firstFiscalYear = json.value(u"first_fiscal_year"_s).toInt();
    plan.header.periodYears = json.value(u"period_years"_s).toInt();
    plan.header.discountBasisPoints =
        qRound(json.value(u"discount_rate_percent"_s).toDouble() * 100);
    for (const QJsonValue &f : json.value(u"fields"_s).toArray()) {
        if (const auto field = fromStored<PlanField>(f.toString()))
            plan.header.fields.append(*field);
    }
    plan.sections = partFromJson<PlanSection>(json.value(u"sections"_s).toArray());
    plan.nodes = partFromJson<PlanNode>(json.value(u"nodes"_s).toArray());
    plan.members = partFromJson<PlanMember>(json.value(u"members"_s).toArray());
    plan.milestones = partFromJson<PlanMilestone>(json.value(u"milestones"_s).toArray());
    plan.kpis = partFromJson<PlanKpi>(json.value(u"kpis"_s).toArray());
    plan.amounts = partFromJson<PlanAmount>(json.value(u"amounts"_s).toArray());
    plan.risks = partFromJson<PlanRisk>(json.value(u"risks"_s).toArray());
    return plan;
}

QList<PlanChange> PlanRepository::compare(const Plan &before, const Plan &after)
{
    QList<PlanChange> changes;
    const auto header = [&](const QString &field, const QString &a, const QString &b) {
        if (a != b)
            changes.append({PlanChange::Kind::Changed, u"plan"_s, 0, {}, field, a, b});
    };
    header(u"title"_s, before.header.title, after.header.title);
    header(u"first_fiscal_year"_s, QString::number(before.header.firstFiscalYear),
           QString::number(after.header.firstFiscalYear));
    header(u"period_years"_s, QString::number(before.header.periodYears),
           QString::number(after.header.periodYears));
    header(u"discount_rate"_s, rateText(before.header.discountBasisPoints),
           rateText(after.header.discountBasisPoints));
    const auto fieldNames = [](const QList<PlanField> &fields) {
        QStringList names;
        for (const PlanField f : fields)
            names.append(shownName(f));
        return names.join(u", "_s);
    };
    header(u"fields"_s, fieldNames(before.header.fields), fieldNames(after.header.fields));
    comparePart(u"section"_s, before.sections, after.sections, changes);
    comparePart(u"node"_s, before.nodes, after.nodes, changes);
    comparePart(u"member"_s, before.members, after.members, changes);
    comparePart(u"milestone"_s, before.milestones, after.milestones, changes);
    comparePart(u"kpi"_s, before.kpis, after.kpis, changes);
    comparePart(u"amount"_s, before.amounts, after.amounts, changes);
    comparePart(u"risk"_s, before.risks, after.risks, changes);
    return changes;
}

Result<qint64> PlanRepository::freeze(qint64 applicationId, PlanStage stage, QDate on)
{
    if (!isKnown(stage))
        return invalid(tr("Unknown stage of a plan."));
    if (!on.isValid())
        return invalid(tr("A version needs its date."));
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto planId = ensurePlan(db, applicationId);
    if (!planId)
        return planId.error();
    auto plan = read(db, applicationId);
    if (!plan)
        return plan.error();
    QSqlQuery q(db);
    q.prepare(u"SELECT coalesce(max(seq), 0) + 1, coalesce(max(frozen_on), '') FROM plan_versions "
              "WHERE plan_id = ?"_s);
    if (!execWith(q, {*planId}) || !q.next())
        return storageError(q, Subject::Plan);
    const int seq = q.value(0).toInt();
    q.finish();
    QVariant slot(QMetaType::fromType<qint64>());
    if (stage == PlanStage::Midterm) {
        QSqlQuery s(db);
        s.prepare(u"SELECT ps.id FROM presentation_slots ps JOIN meeting_sessions ms ON ms.id = "
                  "ps.session_id JOIN program_meetings m ON m.id = ms.meeting_id WHERE "
                  "ps.application_id = ? ORDER BY m.seq DESC, ps.id LIMIT 1"_s);
        if (!execWith(s, {applicationId}))
            return storageError(s, Subject::Plan);
        if (s.next())
            slot = s.value(0);
    }
    const QByteArray snapshot = QJsonDocument(toJson(*plan)).toJson(QJsonDocument::Compact);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO plan_versions (plan_id, seq, stage, frozen_on, frozen_at, "
                   "frozen_by, slot_id, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    if (!execWith(insert, {*planId, seq, storedValue(stage), on.toString(Qt::ISODate),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                           sqlText(m_db.userName()), slot, QString::fromUtf8(snapshot)}))
        return storageError(insert, Subject::Plan);
    const qint64 id = insertedId(insert);
    if (auto r = ChangeHistory::record(
            db, m_db.userName(), u"plan"_s, QString::number(*planId), u"version"_s, {},
            u"%1 %2 %3"_s.arg(seq).arg(storedName(stage), on.toString(Qt::ISODate)));
        !r)
        return r.error();
    if (auto r = transaction->commit(); !r)
        return r.error();
    return id;
}

Result<void> PlanRepository::unfreeze(qint64 versionId)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(u"SELECT v.plan_id, v.seq, v.stage, v.frozen_on, (SELECT max(seq) FROM plan_versions "
              "o WHERE o.plan_id = v.plan_id) FROM plan_versions v WHERE v.id = ?"_s);
    if (!execWith(q, {versionId}))
        return storageError(q, Subject::Plan);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("That version of the plan is no longer there."));
    if (q.value(1).toInt() != q.value(4).toInt())
        return invalid(tr("Only the newest version can be taken back."));
    const qint64 planId = q.value(0).toLongLong();
    const QString what =
        u"%1 %2 %3"_s.arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    q.finish();
    if (auto r =
            execSql(db, u"DELETE FROM plan_versions WHERE id = ?"_s, {versionId}, Subject::Plan);
        !r)
        return r;
    if (auto r = ChangeHistory::record(db, m_db.userName(), u"plan"_s, QString::number(planId),
                                       u"version"_s, what, {});
        !r)
        return r;
    return transaction->commit();
}

Result<QList<PlanVersion>> PlanRepository::versions(qint64 applicationId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT v.id, v.seq, v.stage, v.frozen_on, v.frozen_at, v.frozen_by, "
              "coalesce(v.slot_id, 0) FROM plan_versions v JOIN plans p ON p.id = v.plan_id WHERE "
              "p.application_id = ? ORDER BY v.seq"_s);
    if (!execWith(q, {applicationId}))
        return storageError(q, Subject::Plan);
    QList<PlanVersion> versions;
    while (q.next()) {
        PlanVersion v;
        v.id = q.value(0).toLongLong();
        v.seq = q.value(1).toInt();
        v.stage = readStored(q.value(2), PlanStage::Draft);
        v.frozenOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        v.frozenAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        v.frozenBy = q.value(5).toString();
        v.slotId = q.value(6).toLongLong();
        versions.append(v);
    }
    return versions;
}

Result<Plan> PlanRepository::frozenPlan(qint64 versionId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT v.snapshot, p.application_id, a.program_id FROM plan_versions v JOIN plans "
              "p ON p.id = v.plan_id JOIN applications a ON a.id = p.application_id WHERE v.id = "
              "?"_s);
    if (!execWith(q, {versionId}))
        return storageError(q, Subject::Plan);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("That version of the plan is no longer there."));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(q.value(0).toByteArray(), &error);
    if (!document.isObject()) {
        return Error(
            ErrorCode::Damaged,
            tr("The stored version of the plan cannot be read: %1").arg(error.errorString()));
    }
    Plan plan = fromJson(document.object());
    plan.programId = q.value(2).toLongLong();
    return plan;
}

Result<QDate> PlanRepository::suggestedFreezeDate(qint64 applicationId, PlanStage stage,
                                                  QDate today) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT pr.fiscal_year, (SELECT ms.first_day FROM presentation_slots ps JOIN "
              "meeting_sessions ms ON ms.id = ps.session_id JOIN program_meetings m ON m.id = "
              "ms.meeting_id WHERE ps.application_id = a.id AND ms.first_day IS NOT NULL ORDER BY "
              "m.seq DESC LIMIT 1) FROM applications a JOIN programs pr ON pr.id = a.program_id "
              "WHERE a.id = ?"_s);
    if (!execWith(q, {applicationId}))
        return storageError(q, Subject::Plan);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("Only a selected application has a plan."));
    const QDate yearEnd(q.value(0).toInt() + 1, 3, 31);
    const QDate presented = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    if (stage == PlanStage::Midterm && presented.isValid())
        return presented;
    if (stage == PlanStage::Final && today > yearEnd)
        return yearEnd;
    return std::min(today, yearEnd);
}

} // namespace iotdesk::core
