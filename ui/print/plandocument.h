// PlanDocument: a municipality's plan on A4 — its fields and sections, the tree from the vision
// to the solutions, the promotion system's chart and members, the roadmap's Gantt chart and
// milestones, the KPIs, the cost-effectiveness (present values, NPV, B/C, payback, the amounts
// year by year and the sensitivity) and the risks. The casebook prints the same parts in each
// municipality's chapter (body()). Text in the interface language, dates in the user's style.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/plans/plan.h"
#include "core/programs/program.h"
#include "core/reports/monthlyreport.h"
#include "ui/print/printeddocument.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace iotdesk::ui {

class PlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::ui::PlanDocument)

public:
    PlanDocument(core::Plan plan, std::optional<core::PlanVersion> version,
                 core::DateFormatter dates, bool japanese);

    // The latest reported state of each milestone (the roadmap colours them).
    void setMilestoneStates(const QHash<qint64, core::MilestoneState> &states)
    {
        m_states = states;
    }

    // The plan's parts as HTML, its headings at `level` (2 or 3); the charts it refers to are
    // named after `prefix` and added to the document by addCharts(). `brief` leaves out the
    // sections' text and the amounts year by year (the casebook's chapter).
    QString body(const QString &prefix, int level, bool brief) const;
    void addCharts(PrintedDocument &document, const QString &prefix) const;
    // The plan alone, under the program's running header.
    PrintedDocument document(const core::Program &program) const;
    // "Final version 3 of 20 March 2019", or "as it stands on …".
    QString versionLabel(QDate asOf) const;

    // 1,234,567円 / ¥1,234,567.
    static QString yen(double amount, bool japanese);

private:
    core::Plan m_plan;
    std::optional<core::PlanVersion> m_version;
    core::DateFormatter m_dates;
    bool m_japanese;
    QHash<qint64, core::MilestoneState> m_states;
};

} // namespace iotdesk::ui
