#include "ui/print/plandocument.h"

#include "core/foundation/japantime.h"
#include "core/plans/planrepository.h"
#include "ui/print/plandrawings.h"

#include <QLocale>

#include <functional>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString multiline(const QString &text)
{
    return esc(text).replace(u'\n', u"<br>"_s);
}

// A full-width table with its head; the columns `shares` per cent wide.
QString table(const QStringList &headers, const QList<int> &shares, const QList<QStringList> &rows,
              const QList<QString> &rowStyles = {})
{
    QString html = u"<table width='100%' border='1' cellspacing='0' cellpadding='3'><thead><tr "
                   "style='background:#e8eef7'>"_s;
    for (qsizetype c = 0; c < headers.size(); ++c)
        html += u"<th width='%1%'>"_s.arg(shares.value(c)) + esc(headers[c]) + u"</th>"_s;
    html += u"</tr></thead><tbody>"_s;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString style = rowStyles.value(r);
        html += style.isEmpty() ? u"<tr>"_s : u"<tr style='%1'>"_s.arg(style);
        for (const QString &cell : rows[r])
            html += u"<td>"_s + multiline(cell) + u"</td>"_s;
        html += u"</tr>"_s;
    }
    return html + u"</tbody></table>"_s;
}

QString heading(int level, const QString &text)
{
    return u"<h%1>"_s.arg(level) + esc(text) + u"</h%1>"_s.arg(level);
}

} // namespace

PlanDocument::PlanDocument(core::Plan plan, std::optional<core::PlanVersion> version,
                           core::DateFormatter dates, bool japanese)
    : m_plan(std::move(plan))
    , m_version(std::move(version))
    , m_dates(dates)
    , m_japanese(japanese)
{}

QString PlanDocument::yen(double amount, bool japanese)
{
    const QString digits = QLocale(QLocale::English).toString(qRound64(amount));
    return japanese ? digits + u"円"_s : (amount < 0 ? u"−¥"_s + digits.mid(1) : u"¥"_s + digits);
}

QString PlanDocument::versionLabel(QDate asOf) const
{
    if (!m_version)
        return tr("The plan as it stands on %1").arg(m_dates.date(asOf));
    const core::PlanStage stage = m_version->stage;
    return tr("%1 version (no. %2) of %3")
        .arg(m_japanese ? core::japaneseName(stage) : core::englishName(stage))
        .arg(m_version->seq)
        .arg(m_dates.date(m_version->frozenOn));
}

QString PlanDocument::body(const QString &prefix, int level, bool brief) const
{
    const core::Plan &plan = m_plan;
    const auto name = [this](auto value) {
        return m_japanese ? core::japaneseName(value) : core::englishName(value);
    };
    QString html;
    QStringList fields;
    for (const core::PlanField f : plan.header.fields)
        fields.append(name(f));
    html += u"<p><b>"_s + esc(tr("Fields:")) + u"</b> "_s +
            esc(fields.isEmpty() ? tr("not given") : fields.join(m_japanese ? u"、"_s : u", "_s)) +
            u"</p>"_s;
    if (!brief) {
        for (const core::PlanSection &s : plan.sections) {
            if (s.body.trimmed().isEmpty())
                continue;
            html += heading(level, s.heading) + u"<p>"_s + multiline(s.body) + u"</p>"_s;
        }
    }

    // From the vision to the solutions, as nested lists.
    html += heading(level, tr("From the vision to the solutions"));
    const QList<qint64> loose = plan.loose();
    const std::function<QString(qint64)> tree = [&](qint64 parent) -> QString {
        const QList<core::PlanNode> children = plan.children(parent);
        if (children.isEmpty())
            return QString();
        QString list = u"<ul>"_s;
        for (const core::PlanNode &n : children) {
            list += u"<li><b>"_s + esc(name(n.kind)) + u"</b>: "_s + esc(n.text);
            if (n.kind == core::PlanNodeKind::Solution) {
                QStringList technologies;
                for (const core::Technology t : n.technologies)
                    technologies.append(name(t));
                QStringList details;
                if (!technologies.isEmpty())
                    details.append(tr("technology: %1").arg(technologies.join(u", "_s)));
                if (!n.dataUsed.isEmpty())
                    details.append(tr("data: %1").arg(n.dataUsed));
                if (!n.partner.isEmpty())
                    details.append(tr("partner: %1").arg(n.partner));
                if (!details.isEmpty())
                    list += u" <i>("_s + esc(details.join(u"; "_s)) + u")</i>"_s;
            }
            if (loose.contains(n.id)) {
                list += u" <span style='color:#c62828'>⚑ "_s +
                        esc(n.kind == core::PlanNodeKind::Solution ? tr("answers no issue")
                                                                   : tr("nothing under it yet")) +
                        u"</span>"_s;
            }
            list += tree(n.id) + u"</li>"_s;
        }
        return QString(list + u"</ul>"_s);
    };
    const QString nodes = tree(0);
    html += nodes.isEmpty() ? u"<p>—</p>"_s : nodes;

    // The promotion system.
    html += heading(level, tr("Promotion system"));
    if (!plan.members.isEmpty()) {
        html += u"<p><img src='%1-system' width='%2'></p>"_s.arg(
            prefix, QLatin1StringView(PrintedDocument::kFullWidth));
        QList<QStringList> rows;
        for (const core::PlanMember &m : plan.members) {
            QString above;
            for (const core::PlanMember &o : plan.members) {
                if (o.id == m.parentId)
                    above = o.name;
            }
            rows.append({(m.lead ? u"★ "_s : QString()) + m.name, name(m.kind), m.role, above});
        }
        html +=
            table({tr("Member"), tr("Kind"), tr("Role"), tr("Reports to")}, {30, 20, 30, 20}, rows);
    } else {
        html += u"<p>—</p>"_s;
    }

    // The roadmap and the KPIs.
    html += heading(level, tr("Roadmap"));
    if (!plan.milestones.isEmpty()) {
        html += u"<p><img src='%1-roadmap' width='%2'></p>"_s.arg(
            prefix, QLatin1StringView(PrintedDocument::kFullWidth));
        QList<QStringList> rows;
        QList<QString> styles;
        for (const core::PlanMilestone &m : plan.milestones) {
            const auto state = m_states.constFind(m.id);
            rows.append(
                {m.title, m.startsOn ? m_dates.date(*m.startsOn) : QString(), m_dates.date(m.dueOn),
                 m.budgetFiscalYear
                     ? (m_japanese ? core::DateFormatter::eraFiscalYearLabel(*m.budgetFiscalYear)
                                   : u"FY%1"_s.arg(*m.budgetFiscalYear))
                     : QString(),
                 state != m_states.cend() ? name(*state) : QString()});
            styles.append(state != m_states.cend() && *state == core::MilestoneState::Delayed
                              ? u"background:#fde2e1"_s
                              : QString());
        }
        html += table(
            {tr("Milestone"), tr("Start"), tr("Due"), tr("Budget request"), tr("Latest state")},
            {28, 19, 19, 17, 17}, rows, styles);
    } else {
        html += u"<p>—</p>"_s;
    }
    html += heading(level, tr("KPIs"));
    if (!plan.kpis.isEmpty()) {
        QList<QStringList> rows;
        const auto value = [this](const std::optional<double> &v, const std::optional<int> &year) {
            if (!v)
                return QString();
            const QString number = QLocale().toString(*v, 'g', 12);
            return year ? tr("%1 (%2)").arg(
                              number, m_japanese ? core::DateFormatter::eraFiscalYearLabel(*year)
                                                 : u"FY%1"_s.arg(*year))
                        : number;
        };
        for (const core::PlanKpi &k : plan.kpis) {
            rows.append({k.indicator, k.unit, value(k.baselineValue, k.baselineYear),
                         value(k.targetValue, k.targetYear)});
        }
        html += table({tr("Indicator"), tr("Unit"), tr("Baseline"), tr("Target")}, {40, 14, 23, 23},
                      rows);
    } else {
        html += u"<p>—</p>"_s;
    }

    // Cost-effectiveness.
    html += heading(level, tr("Cost-effectiveness"));
    const core::CostBenefitEvaluation e = plan.evaluation();
    const int fy = plan.header.firstFiscalYear;
    const auto fiscal = [this](int year) {
        return m_japanese ? core::DateFormatter::eraFiscalYearLabel(year) : u"FY%1"_s.arg(year);
    };
    const auto payback = [&](const std::optional<int> &year) {
        return year ? tr("year %1 (%2)").arg(*year).arg(fiscal(fy + *year))
                    : tr("not within the period");
    };
    html += u"<p>"_s +
            esc(tr("Evaluated over years 0 to %1 (%2 to %3) at a discount rate of %4; year 0 "
                   "is not discounted.")
                    .arg(plan.header.periodYears)
                    .arg(fiscal(fy), fiscal(fy + plan.header.periodYears),
                         core::PlanRepository::rateText(plan.header.discountBasisPoints))) +
            u"</p>"_s;
    html += table({tr("Present value of benefits"), tr("Present value of costs"), tr("NPV"),
                   tr("B/C"), tr("Payback"), tr("Discounted payback")},
                  {18, 18, 16, 10, 19, 19},
                  {{yen(e.presentBenefits, m_japanese), yen(e.presentCosts, m_japanese),
                    yen(e.npv, m_japanese), e.bc ? QLocale().toString(*e.bc, 'f', 2) : u"—"_s,
                    payback(e.paybackYear), payback(e.discountedPaybackYear)}},
                  {e.npv < 0 ? u"background:#fde2e1"_s : QString()});
    if (!brief && !plan.amounts.isEmpty()) {
        QList<QStringList> rows;
        for (const core::PlanAmount &a : plan.amounts) {
            rows.append({tr("year %1 (%2)").arg(a.year).arg(fiscal(fy + a.year)), name(a.kind),
                         a.item, yen(double(a.yen), m_japanese),
                         a.isCost() ? name(a.bearer) : QString(), a.basis});
        }
        html += u"<p><b>"_s + esc(tr("Costs and benefits")) + u"</b></p>"_s +
                table({tr("Year"), tr("Kind"), tr("Item"), tr("Amount"), tr("Borne by"),
                       tr("How it was reckoned")},
                      {15, 15, 22, 15, 13, 20}, rows);
        QList<QStringList> years;
        for (const core::YearFigures &y : e.years) {
            years.append({tr("year %1 (%2)").arg(y.year).arg(fiscal(fy + y.year)),
                          yen(double(y.cost), m_japanese), yen(double(y.benefit), m_japanese),
                          QLocale().toString(y.discountFactor, 'f', 4),
                          yen(double(y.cumulativeNet), m_japanese),
                          yen(y.cumulativePresentNet, m_japanese)});
        }
        html += u"<p><b>"_s + esc(tr("Year by year")) + u"</b></p>"_s +
                table({tr("Year"), tr("Costs"), tr("Benefits"), tr("Discount factor"),
                       tr("Cumulative net"), tr("Cumulative net, discounted")},
                      {18, 16, 16, 14, 18, 18}, years);
    }
    QList<QStringList> sensitivity;
    for (const core::SensitivityCase &s : e.sensitivity) {
        const QString change =
            (s.changePercent > 0 ? u"+"_s : QString()) + QString::number(s.changePercent) + u"%"_s;
        sensitivity.append(
            {s.varied == core::SensitivityCase::Varied::Benefits ? tr("Benefits %1").arg(change)
                                                                 : tr("Costs %1").arg(change),
             yen(s.npv, m_japanese), s.bc ? QLocale().toString(*s.bc, 'f', 2) : u"—"_s});
    }
    html += u"<p><b>"_s + esc(tr("Sensitivity")) + u"</b></p>"_s +
            table({tr("Case"), tr("NPV"), tr("B/C")}, {40, 35, 25}, sensitivity);

    html += heading(level, tr("Risks and counter-measures"));
    if (!plan.risks.isEmpty()) {
        QList<QStringList> rows;
        for (const core::PlanRisk &r : plan.risks)
            rows.append({r.risk, r.countermeasure});
        html += table({tr("Risk"), tr("Counter-measure")}, {50, 50}, rows);
    } else {
        html += u"<p>—</p>"_s;
    }
    return html;
}

void PlanDocument::addCharts(PrintedDocument &document, const QString &prefix) const
{
    const core::Plan plan = m_plan;
    const bool japanese = m_japanese;
    const QHash<qint64, core::MilestoneState> states = m_states;
    document.addChart(prefix + u"-system"_s, [plan, japanese](int width) {
        return PlanDrawings::image(width, PlanDrawings::orgChartHeight(plan),
                                   [&](QPainter &p, const QRectF &area) {
                                       PlanDrawings::paintOrgChart(p, area, plan, japanese);
                                   });
    });
    document.addChart(prefix + u"-roadmap"_s, [plan, japanese, states](int width) {
        return PlanDrawings::image(width, PlanDrawings::roadmapHeight(plan),
                                   [&](QPainter &p, const QRectF &area) {
                                       PlanDrawings::paintRoadmap(p, area, plan, japanese, states);
                                   });
    });
}

PrintedDocument PlanDocument::document(const core::Program &program) const
{
    const QString title =
        m_plan.header.title.isEmpty()
            ? tr("Regional IoT implementation plan of %1").arg(m_plan.municipality)
            : m_plan.municipality + u"　"_s + m_plan.header.title;
    const QString html = u"<html><body><h1 align='center'>"_s + esc(title) +
                         u"</h1><p align='center'>"_s +
                         esc(versionLabel(core::JapanTime::today())) + u"</p>"_s +
                         body(u"plan"_s, 2, false) + u"</body></html>"_s;
    PrintedDocument document(title, html);
    document.setWholeWords(true);
    document.setRunningHeader((m_japanese
                                   ? core::DateFormatter::eraFiscalYearLabel(program.fiscalYear)
                                   : u"FY%1"_s.arg(program.fiscalYear)) +
                              u"　"_s + (m_japanese ? program.nameJa : program.nameEn));
    addCharts(document, u"plan"_s);
    return document;
}

} // namespace iotdesk::ui
