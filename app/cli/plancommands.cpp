// The plan commands of iotdesk-cli: a selected municipality's plan shown, its costs, benefits
// and milestones added, its settings, its cost-effectiveness evaluated, versions frozen; and
// the know-how register.
#include "commandline.h"
#include "core/foundation/japantime.h"
#include "core/plans/knowhowrepository.h"
#include "core/plans/planrepository.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}
QJsonValue optionalNumber(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject evaluationJson(const core::Plan &plan)
{
    const core::CostBenefitEvaluation e = plan.evaluation();
    QJsonArray years;
    for (const core::YearFigures &y : e.years) {
        years.append(QJsonObject{{u"year"_s, y.year},
                                 {u"fiscal_year"_s, plan.header.firstFiscalYear + y.year},
                                 {u"cost"_s, y.cost},
                                 {u"benefit"_s, y.benefit},
                                 {u"discount_factor"_s, y.discountFactor},
                                 {u"present_cost"_s, y.presentCost},
                                 {u"present_benefit"_s, y.presentBenefit},
                                 {u"cumulative_net"_s, y.cumulativeNet},
                                 {u"cumulative_present_net"_s, y.cumulativePresentNet}});
    }
    QJsonArray sensitivity;
    for (const core::SensitivityCase &s : e.sensitivity) {
        sensitivity.append(QJsonObject{
            {u"varied"_s,
             s.varied == core::SensitivityCase::Varied::Benefits ? u"benefits"_s : u"costs"_s},
            {u"change_percent"_s, s.changePercent},
            {u"npv"_s, s.npv},
            {u"bc"_s, optionalNumber(s.bc)}});
    }
    const auto fiscal = [&plan](const std::optional<int> &year) {
        return year ? QJsonValue(plan.header.firstFiscalYear + *year) : QJsonValue();
    };
    return {{u"code6"_s, plan.code6},
            {u"municipality"_s, plan.municipality},
            {u"first_fiscal_year"_s, plan.header.firstFiscalYear},
            {u"period_years"_s, plan.header.periodYears},
            {u"discount_rate_percent"_s, plan.header.discountBasisPoints / 100.0},
            {u"present_value_benefits"_s, e.presentBenefits},
            {u"present_value_costs"_s, e.presentCosts},
            {u"npv"_s, e.npv},
            {u"bc"_s, optionalNumber(e.bc)},
            {u"payback_year"_s, optionalNumber(e.paybackYear)},
            {u"payback_fiscal_year"_s, fiscal(e.paybackYear)},
            {u"discounted_payback_year"_s, optionalNumber(e.discountedPaybackYear)},
            {u"discounted_payback_fiscal_year"_s, fiscal(e.discountedPaybackYear)},
            {u"years"_s, years},
            {u"sensitivity"_s, sensitivity}};
}

QString yen(double amount)
{
    return QLocale(QLocale::English).toString(qRound64(amount)) + u"円"_s;
}

} // namespace

QList<Command> CommandLine::planCommands()
{
    return {
        {"plan show", "plan show --lg LG [--version V] [--json] [--program ID]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Shows the plan of a selected municipality as it is now, or a frozen "
                           "version of it (--version takes its number or draft, midterm, final "
                           "for the newest of that stage)."),
         &CommandLine::planShow},
        {"plan set",
         "plan set --lg LG [--period N] [--discount-rate PERCENT] [--first-year FY] "
         "[--title TEXT] [--fields F,F] [--program ID]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Sets the plan's evaluation period (years 0 to N), discount rate (0 to "
                           "20%; 4 and 4% both mean 4%), first fiscal year (year 0), title and "
                           "fields."),
         &CommandLine::planSet},
        {"plan cost add",
         "plan cost add --lg LG --year N --kind initial|running --item TEXT --yen N "
         "[--bearer B] [--basis TEXT] [--program ID]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Adds a cost of the plan in year N of its evaluation period, borne by "
                           "the municipality unless --bearer (municipality, national_subsidy, "
                           "prefecture, partner, other) says otherwise."),
         &CommandLine::planCostAdd},
        {"plan benefit add",
         "plan benefit add --lg LG --year N --item TEXT --yen N [--kind K] [--basis TEXT] "
         "[--program ID]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Adds a benefit of the plan in year N, quantified as hours_saved, "
                           "costs_avoided, revenue, damage_reduced or other (the default)."),
         &CommandLine::planBenefitAdd},
        {"plan milestone add",
         "plan milestone add --lg LG --title TEXT --due DATE [--start DATE] [--budget-year FY] "
         "[--program ID]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Adds a milestone to the plan's roadmap; the monthly reports record "
                           "its state."),
         &CommandLine::planMilestoneAdd},
        {"plan evaluate", "plan evaluate --lg LG [--json] [--program ID]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Evaluates the plan's cost-effectiveness: present values of benefits "
                           "and costs, NPV, B/C, the payback year undiscounted and discounted, and "
                           "the sensitivity to benefits and costs ±10% and ±20%."),
         &CommandLine::planEvaluate},
        {"plan freeze", "plan freeze --lg LG --as draft|midterm|final [--on DATE] [--program ID]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Keeps the plan as it is now as a version of that stage, dated --on "
                           "(today unless given)."),
         &CommandLine::planFreeze},
        {"knowhow add",
         "knowhow add --phase P --lesson TEXT [--lg LG] [--consultation ID | --report ID | "
         "--session ID] [--approved] [--program ID]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Registers a lesson learned in a phase (issues, solutions, promotion, "
                           "cost, consensus, procurement, operation, other), of a municipality, "
                           "from where it came; --approved approves it for publication."),
         &CommandLine::knowhowAdd},
        {"knowhow list", "knowhow list [--approved] [--json] [--program ID]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Lists the program's lessons learned by phase; --approved only those "
                           "approved for publication."),
         &CommandLine::knowhowList},
    };
}

std::optional<CommandLine::PlanInUse>
CommandLine::openPlan(QCommandLineParser &parser, const QStringList &arguments, int &failure)
{
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption government(u"lg"_s, {}, u"LG"_s);
    parser.addOptions({program, government});
    failure = UsageError;
    if (!parseOptions(parser, arguments))
        return std::nullopt;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(government)) {
        failure = usageError();
        return std::nullopt;
    }
    auto opened = openProgram(parser.value(program));
    if (opened.failure != Success) {
        failure = opened.failure;
        return std::nullopt;
    }
    const QString code6 = governmentCode(*opened.db, parser.value(government));
    if (code6.isEmpty()) {
        failure = lookupFailure();
        return std::nullopt;
    }
    const auto application = core::PlanRepository(*opened.db).applicationOf(opened.id, code6);
    if (!application) {
        m_err << application.message() << '\n';
        failure = lookupExitCode(application.error());
        return std::nullopt;
    }
    return PlanInUse{std::move(opened.db), opened.id, *application};
}

int CommandLine::planShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption version(u"version"_s, {}, u"V"_s);
    parser.addOptions({json, version});
    int failure = Success;
    auto opened = openPlan(parser, arguments, failure);
    if (!opened)
        return failure;
    core::PlanRepository plans(*opened->db);
    const auto versions = plans.versions(opened->applicationId);
    if (!versions) {
        m_err << versions.message() << '\n';
        return Problems;
    }
    core::Result<core::Plan> plan = plans.plan(opened->applicationId);
    std::optional<core::PlanVersion> shown;
    if (parser.isSet(version)) {
        const QString wanted = parser.value(version);
        for (const core::PlanVersion &v : *versions) {
            if (QString::number(v.seq) == wanted || core::storedName(v.stage) == wanted)
                shown = v;
        }
        if (!shown) {
            m_err << tr("The plan has no version “%1”: it has %n version(s).", "",
                        int(versions->size()))
                         .arg(wanted)
                  << '\n';
            return UsageError;
        }
        plan = plans.frozenPlan(shown->id);
    }
    if (!plan) {
        m_err << plan.message() << '\n';
        return Problems;
    }
    QJsonArray versionList;
    for (const core::PlanVersion &v : *versions) {
        versionList.append(
            QJsonObject{{u"version"_s, v.seq},
                        {u"stage"_s, core::storedName(v.stage)},
                        {u"frozen_on"_s, v.frozenOn.toString(Qt::ISODate)},
                        {u"frozen_by"_s, v.frozenBy},
                        {u"presentation_slot"_s, v.slotId ? QJsonValue(v.slotId) : QJsonValue()}});
    }
    if (parser.isSet(json)) {
        QJsonObject object = core::PlanRepository::toJson(*plan);
        object.insert(u"version"_s, shown ? QJsonValue(shown->seq) : QJsonValue());
        object.insert(u"versions"_s, versionList);
        object.insert(u"evaluation"_s, evaluationJson(*plan));
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    const core::Plan &p = *plan;
    m_out << p.municipality << ' ' << (p.header.title.isEmpty() ? tr("(no title)") : p.header.title)
          << '\n';
    if (shown) {
        m_out << tr("Version %1 (%2), %3")
                     .arg(shown->seq)
                     .arg(core::shownName(shown->stage), shown->frozenOn.toString(Qt::ISODate))
              << '\n';
    }
    QStringList fields;
    for (const core::PlanField f : p.header.fields)
        fields.append(core::shownName(f));
    m_out << tr("Fields: %1").arg(fields.join(u", "_s)) << '\n';
    m_out << tr("Evaluation: FY%1, years 0 to %2, discount rate %3")
                 .arg(p.header.firstFiscalYear)
                 .arg(p.header.periodYears)
                 .arg(core::PlanRepository::rateText(p.header.discountBasisPoints))
          << '\n';
    const std::function<void(qint64, int)> tree = [&](qint64 parent, int depth) {
        for (const core::PlanNode &n : p.children(parent)) {
            m_out << QString(depth * 2 + 2, u' ') << core::shownName(n.kind) << ": " << n.text
                  << (p.loose().contains(n.id) ? tr("  ⚑ loose") : QString()) << '\n';
            tree(n.id, depth + 1);
        }
    };
    m_out << tr("From vision to solutions:") << '\n';
    tree(0, 0);
    m_out << tr("Promotion system:") << '\n';
    for (const core::PlanMember &m : p.members) {
        m_out << "  " << core::shownName(m.kind) << ": " << m.name
              << (m.role.isEmpty() ? QString() : u" — "_s + m.role)
              << (m.lead ? tr(" (lead)") : QString()) << '\n';
    }
    m_out << tr("Milestones:") << '\n';
    for (const core::PlanMilestone &m : p.milestones)
        m_out << "  " << m.dueOn.toString(Qt::ISODate) << ' ' << m.title << '\n';
    m_out << tr("KPIs:") << '\n';
    for (const core::PlanKpi &k : p.kpis)
        m_out << "  " << k.indicator << '\n';
    m_out << tr("Costs and benefits:") << '\n';
    for (const core::PlanAmount &a : p.amounts) {
        m_out << "  " << tr("year %1").arg(a.year) << '\t' << core::shownName(a.kind) << '\t'
              << a.item << '\t' << yen(a.yen) << '\n';
    }
    m_out << tr("Risks:") << '\n';
    for (const core::PlanRisk &r : p.risks)
        m_out << "  " << r.risk
              << (r.countermeasure.isEmpty() ? QString() : u" → "_s + r.countermeasure) << '\n';
    m_out << tr("Versions: %1").arg(versions->size()) << '\n';
    for (const core::PlanVersion &v : *versions) {
        m_out << "  " << v.seq << '\t' << core::shownName(v.stage) << '\t'
              << v.frozenOn.toString(Qt::ISODate) << '\n';
    }
    return Success;
}

int CommandLine::planSet(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption period(u"period"_s, {}, u"N"_s);
    const QCommandLineOption rate(u"discount-rate"_s, {}, u"PERCENT"_s);
    const QCommandLineOption firstYear(u"first-year"_s, {}, u"FY"_s);
    const QCommandLineOption title(u"title"_s, {}, u"TEXT"_s);
    const QCommandLineOption fields(u"fields"_s, {}, u"F,F"_s);
    parser.addOptions({period, rate, firstYear, title, fields});
    int failure = Success;
    auto opened = openPlan(parser, arguments, failure);
    if (!opened)
        return failure;
    core::PlanRepository plans(*opened->db);
    const auto plan = plans.plan(opened->applicationId);
    if (!plan) {
        m_err << plan.message() << '\n';
        return Problems;
    }
    core::PlanHeader header = plan->header;
    const auto number = [&](const QCommandLineOption &option, int &into) {
        bool ok = false;
        into = parser.value(option).toInt(&ok);
        if (!ok)
            m_err << tr("--%1 takes a whole number.").arg(option.names().front()) << '\n';
        return ok;
    };
    if (parser.isSet(period) && !number(period, header.periodYears))
        return UsageError;
    if (parser.isSet(firstYear) && !number(firstYear, header.firstFiscalYear))
        return UsageError;
    if (parser.isSet(rate)) {
        const auto basisPoints = core::PlanRepository::parseRate(parser.value(rate));
        if (!basisPoints) {
            m_err << tr("--discount-rate takes a percentage from 0 to 20, such as 4 or 4% (not "
                        "“%1”).")
                         .arg(parser.value(rate))
                  << '\n';
            return UsageError;
        }
        header.discountBasisPoints = *basisPoints;
    }
    if (parser.isSet(title))
        header.title = parser.value(title);
    if (parser.isSet(fields)) {
        header.fields.clear();
        for (const QString &name : parser.value(fields).split(u',', Qt::SkipEmptyParts)) {
            const auto field = namedValue<core::PlanField>(u"fields"_s, name.trimmed());
            if (!field)
                return UsageError;
            header.fields.append(*field);
        }
    }
    if (auto r = plans.setHeader(header); !r) {
        m_err << r.message() << '\n';
        return Problems;
    }
    m_out << tr("The plan of %1 is set: FY%2, years 0 to %3, discount rate %4.")
                 .arg(plan->municipality)
                 .arg(header.firstFiscalYear)
                 .arg(header.periodYears)
                 .arg(core::PlanRepository::rateText(header.discountBasisPoints))
          << '\n';
    return Success;
}

int CommandLine::planAmountAdd(const QStringList &arguments, bool cost)
{
    QCommandLineParser parser;
    const QCommandLineOption year(u"year"_s, {}, u"N"_s);
    const QCommandLineOption kind(u"kind"_s, {}, u"K"_s);
    const QCommandLineOption item(u"item"_s, {}, u"TEXT"_s);
    const QCommandLineOption amount(u"yen"_s, {}, u"N"_s);
    const QCommandLineOption bearer(u"bearer"_s, {}, u"B"_s, u"municipality"_s);
    const QCommandLineOption basis(u"basis"_s, {}, u"TEXT"_s);
    parser.addOptions({year, kind, item, amount, basis});
    if (cost)
        parser.addOption(bearer);
    int failure = Success;
    auto opened = openPlan(parser, arguments, failure);
    if (!opened)
        return failure;
    if (!parser.isSet(year) || !parser.isSet(item) || !parser.isSet(amount) ||
        (cost && !parser.isSet(kind)))
        return usageError();
    core::PlanAmount a;
    bool ok = false;
    a.year = parser.value(year).toInt(&ok);
    if (!ok) {
        m_err << tr("--year takes the year of the evaluation period, a whole number from 0.")
              << '\n';
        return UsageError;
    }
    a.yen = QString(parser.value(amount)).remove(u',').remove(u'_').toLongLong(&ok);
    if (!ok) {
        m_err << tr("--yen takes an amount in yen, a whole number (not “%1”).")
                     .arg(parser.value(amount))
              << '\n';
        return UsageError;
    }
    const QString kindName = parser.isSet(kind) ? parser.value(kind) : u"other"_s;
    const auto k = namedValue<core::AmountKind>(u"kind"_s, kindName);
    if (!k)
        return UsageError;
    a.kind = *k;
    if (a.isCost() != cost) {
        m_err << (cost ? tr("A cost is initial or running.")
                       : tr("A benefit is hours_saved, costs_avoided, revenue, damage_reduced or "
                            "other."))
              << '\n';
        return UsageError;
    }
    if (cost) {
        const auto b = namedValue<core::CostBearer>(u"bearer"_s, parser.value(bearer));
        if (!b)
            return UsageError;
        a.bearer = *b;
    }
    a.item = parser.value(item);
    a.basis = parser.value(basis);
    core::PlanRepository plans(*opened->db);
    const auto id = plans.add(opened->applicationId, a);
    if (!id) {
        m_err << id.message() << '\n';
        return Problems;
    }
    m_out << (cost ? tr("Cost %1 added: year %2, %3, %4.")
                   : tr("Benefit %1 added: year %2, %3, %4."))
                 .arg(*id)
                 .arg(a.year)
                 .arg(a.item.trimmed(), yen(a.yen))
          << '\n';
    return Success;
}

int CommandLine::planCostAdd(const QStringList &arguments)
{
    return planAmountAdd(arguments, true);
}

int CommandLine::planBenefitAdd(const QStringList &arguments)
{
    return planAmountAdd(arguments, false);
}

int CommandLine::planMilestoneAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption title(u"title"_s, {}, u"TEXT"_s);
    const QCommandLineOption due(u"due"_s, {}, u"DATE"_s);
    const QCommandLineOption start(u"start"_s, {}, u"DATE"_s);
    const QCommandLineOption budgetYear(u"budget-year"_s, {}, u"FY"_s);
    parser.addOptions({title, due, start, budgetYear});
    int failure = Success;
    auto opened = openPlan(parser, arguments, failure);
    if (!opened)
        return failure;
    core::PlanMilestone m;
    m.title = parser.value(title);
    m.dueOn = QDate::fromString(parser.value(due), Qt::ISODate);
    if (!parser.isSet(title) || !m.dueOn.isValid())
        return usageError();
    if (parser.isSet(start)) {
        m.startsOn = QDate::fromString(parser.value(start), Qt::ISODate);
        if (!m.startsOn->isValid()) {
            m_err << tr("--start takes a date, YYYY-MM-DD.") << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(budgetYear)) {
        bool ok = false;
        m.budgetFiscalYear = parser.value(budgetYear).toInt(&ok);
        if (!ok) {
            m_err << tr("--budget-year takes a fiscal year, such as 2019.") << '\n';
            return UsageError;
        }
    }
    core::PlanRepository plans(*opened->db);
    const auto plan = plans.plan(opened->applicationId);
    if (plan)
        m.position = int(plan->milestones.size());
    const auto id = plans.add(opened->applicationId, m);
    if (!id) {
        m_err << id.message() << '\n';
        return Problems;
    }
    m_out << tr("Milestone %1 added: %2, due %3.")
                 .arg(*id)
                 .arg(m.title.trimmed(), m.dueOn.toString(Qt::ISODate))
          << '\n';
    return Success;
}

int CommandLine::planEvaluate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    parser.addOption(json);
    int failure = Success;
    auto opened = openPlan(parser, arguments, failure);
    if (!opened)
        return failure;
    const auto plan = core::PlanRepository(*opened->db).plan(opened->applicationId);
    if (!plan) {
        m_err << plan.message() << '\n';
        return Problems;
    }
    if (parser.isSet(json)) {
        m_out << QString::fromUtf8(QJsonDocument(evaluationJson(*plan)).toJson());
        return Success;
    }
    const core::CostBenefitEvaluation e = plan->evaluation();
    const auto payback = [&](const std::optional<int> &year) {
        return year ? tr("year %1 (FY%2)").arg(*year).arg(plan->header.firstFiscalYear + *year)
                    : tr("not within the period");
    };
    m_out << plan->municipality << '\n'
          << tr("Period: years 0 to %1 (FY%2–FY%3), discount rate %4")
                 .arg(plan->header.periodYears)
                 .arg(plan->header.firstFiscalYear)
                 .arg(plan->header.firstFiscalYear + plan->header.periodYears)
                 .arg(core::PlanRepository::rateText(plan->header.discountBasisPoints))
          << '\n'
          << tr("Present value of benefits: %1").arg(yen(e.presentBenefits)) << '\n'
          << tr("Present value of costs:    %1").arg(yen(e.presentCosts)) << '\n'
          << tr("NPV: %1").arg(yen(e.npv)) << '\n'
          << tr("B/C: %1").arg(e.bc ? QString::number(*e.bc, 'f', 2) : tr("none (no costs)"))
          << '\n'
          << tr("Pays back: %1; discounted: %2")
                 .arg(payback(e.paybackYear), payback(e.discountedPaybackYear))
          << '\n'
          << tr("Sensitivity:") << '\n';
    for (const core::SensitivityCase &s : e.sensitivity) {
        m_out << "  "
              << (s.varied == core::SensitivityCase::Varied::Benefits ? tr("benefits %1%")
                                                                      : tr("costs %1%"))
                     .arg(s.changePercent > 0 ? u"+"_s + QString::number(s.changePercent)
                                              : QString::number(s.changePercent))
              << '\t' << tr("NPV %1").arg(yen(s.npv)) << '\t'
              << tr("B/C %1").arg(s.bc ? QString::number(*s.bc, 'f', 2) : u"—"_s) << '\n';
    }
    return Success;
}

int CommandLine::planFreeze(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption stage(u"as"_s, {}, u"STAGE"_s);
    const QCommandLineOption on(u"on"_s, {}, u"DATE"_s);
    parser.addOptions({stage, on});
    int failure = Success;
    auto opened = openPlan(parser, arguments, failure);
    if (!opened)
        return failure;
    if (!parser.isSet(stage))
        return usageError();
    const auto s = namedValue<core::PlanStage>(u"as"_s, parser.value(stage));
    if (!s)
        return UsageError;
    const QDate date = parser.isSet(on) ? QDate::fromString(parser.value(on), Qt::ISODate)
                                        : core::JapanTime::today();
    if (!date.isValid()) {
        m_err << tr("--on takes a date, YYYY-MM-DD.") << '\n';
        return UsageError;
    }
    core::PlanRepository plans(*opened->db);
    const auto id = plans.freeze(opened->applicationId, *s, date);
    if (!id) {
        m_err << id.message() << '\n';
        return Problems;
    }
    const auto versions = plans.versions(opened->applicationId);
    m_out << tr("Version %1 of the plan frozen as %2 on %3.")
                 .arg(versions && !versions->isEmpty() ? versions->back().seq : 0)
                 .arg(core::shownName(*s), date.toString(Qt::ISODate))
          << '\n';
    return Success;
}

int CommandLine::knowhowAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption government(u"lg"_s, {}, u"LG"_s);
    const QCommandLineOption phase(u"phase"_s, {}, u"P"_s);
    const QCommandLineOption lesson(u"lesson"_s, {}, u"TEXT"_s);
    const QCommandLineOption consultation(u"consultation"_s, {}, u"ID"_s);
    const QCommandLineOption report(u"report"_s, {}, u"ID"_s);
    const QCommandLineOption session(u"session"_s, {}, u"ID"_s);
    const QCommandLineOption approved(u"approved"_s);
    parser.addOptions(
        {program, government, phase, lesson, consultation, report, session, approved});
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(phase) || !parser.isSet(lesson))
        return usageError();
    const auto p = namedValue<core::KnowhowPhase>(u"phase"_s, parser.value(phase));
    if (!p)
        return UsageError;
    const auto [db, programId, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
    core::Lesson l;
    l.programId = programId;
    l.phase = *p;
    l.lesson = parser.value(lesson);
    l.approved = parser.isSet(approved);
    if (parser.isSet(government)) {
        const QString code6 = governmentCode(*db, parser.value(government));
        if (code6.isEmpty())
            return lookupFailure();
        const auto application = core::PlanRepository(*db).applicationOf(programId, code6);
        if (!application) {
            m_err << application.message() << '\n';
            return lookupExitCode(application.error());
        }
        l.applicationId = *application;
    }
    for (const auto &[option, field] :
         {std::pair{&consultation, &l.consultationId}, std::pair{&report, &l.reportId},
          std::pair{&session, &l.sessionId}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *field = parser.value(*option).toLongLong(&ok);
        if (!ok || *field <= 0) {
            m_err << tr("--%1 takes an id.").arg(option->names().front()) << '\n';
            return UsageError;
        }
    }
    const auto id = core::KnowhowRepository(*db).add(l);
    if (!id) {
        m_err << id.message() << '\n';
        return id.error().code() == core::ErrorCode::NotFound ? UsageError : Problems;
    }
    m_out << tr("Lesson %1 registered (%2).").arg(*id).arg(core::shownName(l.phase)) << '\n';
    return Success;
}

int CommandLine::knowhowList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption approved(u"approved"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOptions({program, approved, json});
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (!parser.positionalArguments().isEmpty())
        return usageError();
    const auto [db, programId, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
    const auto lessons = core::KnowhowRepository(*db).lessons(programId, parser.isSet(approved));
    if (!lessons) {
        m_err << lessons.message() << '\n';
        return Problems;
    }
    QJsonArray array;
    for (const core::Lesson &l : *lessons) {
        const QString source = l.consultationId ? u"consultation %1"_s.arg(l.consultationId)
                               : l.reportId     ? u"report %1"_s.arg(l.reportId)
                               : l.sessionId    ? u"session %1"_s.arg(l.sessionId)
                                                : QString();
        array.append(QJsonObject{{u"id"_s, l.id},
                                 {u"phase"_s, core::storedName(l.phase)},
                                 {u"code6"_s, l.code6},
                                 {u"municipality"_s, l.municipality},
                                 {u"lesson"_s, l.lesson},
                                 {u"source"_s, source},
                                 {u"approved"_s, l.approved}});
        if (!parser.isSet(json)) {
            m_out << l.id << '\t' << core::shownName(l.phase) << '\t'
                  << (l.municipality.isEmpty() ? u"—"_s : l.municipality) << '\t' << l.lesson
                  << (l.approved ? tr("\t✓ approved") : QString()) << '\n';
        }
    }
    if (parser.isSet(json))
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace iotdesk::cli
