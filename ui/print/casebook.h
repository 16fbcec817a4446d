// Casebook: what a program year learned, on A4, as MIC published it for FY2018
// (「地域IoT実装計画策定のポイント ～7地方公共団体の軌跡をヒントに～」): a title page and
// contents, a chapter per selected municipality — its fields, issues and solutions, the
// promotion system's chart, the roadmap, KPIs, the cost-effectiveness summary, its track through
// the year drawn as a timeline, and its approved lessons — then the approved lessons grouped
// by phase across the municipalities. Japanese or English with the interface.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/overview/casebookdata.h"
#include "ui/print/plandrawings.h"
#include "ui/print/printeddocument.h"

#include <QCoreApplication>

namespace iotdesk::ui {

class Casebook
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::ui::Casebook)

public:
    Casebook(core::CasebookData data, core::DateFormatter dates, bool japanese);

    PrintedDocument document() const;
    // A municipality's year as the timeline draws it.
    static YearTrack trackOf(const core::CasebookData &data, const core::CasebookChapter &chapter);

private:
    core::CasebookData m_data;
    core::DateFormatter m_dates;
    bool m_japanese;
};

} // namespace iotdesk::ui
