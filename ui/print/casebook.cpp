#include "ui/print/casebook.h"

#include "ui/print/plandocument.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

int fiscalMonth(int fiscalYear, QDate date)
{
    return core::DateFormatter::fiscalMonth(fiscalYear, date);
}

} // namespace

Casebook::Casebook(core::CasebookData data, core::DateFormatter dates, bool japanese)
    : m_data(std::move(data))
    , m_dates(dates)
    , m_japanese(japanese)
{}

YearTrack Casebook::trackOf(const core::CasebookData &data, const core::CasebookChapter &chapter)
{
    YearTrack track;
    track.fiscalYear = data.program.fiscalYear;
    const core::MunicipalitySummary &m = chapter.summary;
    for (int i = 0; i < data.meetings.size() && i < m.commitments.cells.size(); ++i) {
        const core::ProgramMeeting &meeting = data.meetings[i];
        const core::CommitmentCell &cell = m.commitments.cells[i];
        const QDate day = cell.heldOn.isValid() ? cell.heldOn : meeting.plannedStart;
        const int month = fiscalMonth(track.fiscalYear, day);
        if (month < 0 || month > 11)
            continue;
        track.meetings.append({month,
                               meeting.kind == core::MeetingKind::FinalMeeting
                                   ? tr("Final")
                                   : tr("No. %1").arg(meeting.seq),
                               cell.state == core::CommitmentState::Kept,
                               cell.state == core::CommitmentState::Pending});
    }
    track.consultations = m.consultationsByMonth;
    track.consultations.resize(12);
    for (const core::MonthlyReport &r : m.reports) {
        const int month = fiscalMonth(track.fiscalYear, r.month);
        if (month < 0 || month > 11)
            continue;
        const core::ReportStatus status = r.status(data.asOf);
        track.reports[month] = r.receivedOn                            ? u"✓"_s
                               : status == core::ReportStatus::Overdue ? u"✗"_s
                                                                       : QString();
    }
    for (const core::PlanMilestone &milestone : chapter.plan.milestones) {
        YearTrack::Milestone row;
        row.title = milestone.title;
        for (const auto &s : chapter.milestoneHistory) {
            const int month = fiscalMonth(track.fiscalYear, s.month);
            if (s.progress.milestoneId == milestone.id && month >= 0 && month < 12)
                row.states[month] = s.progress.state;
        }
        track.milestones.append(row);
    }
    return track;
}

PrintedDocument Casebook::document() const
{
    const core::Program &program = m_data.program;
    const QString fiscalYear = m_japanese
                                   ? core::DateFormatter::eraFiscalYearLabel(program.fiscalYear)
                                   : u"FY%1"_s.arg(program.fiscalYear);
    const QString programName = m_japanese ? program.nameJa : program.nameEn;
    const QString title = tr("Points for regional IoT implementation planning");
    QString html = u"<html><body><h1 align='center'>"_s + esc(title) +
                   u"</h1><h2 align='center'>"_s +
                   esc(tr("~ hints from the tracks of %n local government(s) ~", "",
                          int(m_data.chapters.size()))) +
                   u"</h2><p align='center'>"_s + esc(fiscalYear + u"　"_s + programName) +
                   u"<br>"_s + esc(tr("as of %1").arg(m_dates.date(m_data.asOf))) + u"</p>"_s;
    // The contents.
    html += u"<h3>"_s + esc(tr("Contents")) + u"</h3><ol>"_s;
    for (const core::CasebookChapter &c : m_data.chapters)
        html += u"<li>"_s + esc(c.summary.name) + u"</li>"_s;
    html += u"<li>"_s + esc(tr("Lessons by phase")) + u"</li></ol>"_s;

    QList<PlanDocument> plans;
    for (int i = 0; i < m_data.chapters.size(); ++i) {
        const core::CasebookChapter &c = m_data.chapters[i];
        PlanDocument plan(c.plan, c.version, m_dates, m_japanese);
        plan.setMilestoneStates(c.latestStates);
        html += u"<h2>"_s + esc(u"%1. "_s.arg(i + 1) + c.summary.name) + u"</h2><p>"_s +
                esc(c.plan.header.title) + (c.plan.header.title.isEmpty() ? QString() : u"<br>"_s) +
                u"<i>"_s + esc(plan.versionLabel(m_data.asOf)) + u"</i></p>"_s;
        html += plan.body(u"chapter%1"_s.arg(i), 3, true);
        html += u"<h3>"_s + esc(tr("The track through the year")) +
                u"</h3><p><img src='chapter%1-track' width='%2'></p>"_s.arg(i).arg(
                    QLatin1StringView(PrintedDocument::kFullWidth));
        html += u"<p>"_s +
                esc(tr("%1 consultations this fiscal year; %2 of %3 monthly reports received.")
                        .arg(c.summary.consultations)
                        .arg(std::count_if(
                            c.summary.reports.cbegin(), c.summary.reports.cend(),
                            [](const core::MonthlyReport &r) { return r.receivedOn.has_value(); }))
                        .arg(c.summary.reports.size())) +
                u"</p>"_s;
        html += u"<h3>"_s + esc(tr("Lessons learned")) + u"</h3>"_s;
        if (c.lessons.isEmpty()) {
            html += u"<p>—</p>"_s;
        } else {
            html += u"<ul>"_s;
            for (const core::Lesson &l : c.lessons) {
                html += u"<li><b>"_s +
                        esc(m_japanese ? core::japaneseName(l.phase) : core::englishName(l.phase)) +
                        u"</b>: "_s + esc(l.lesson) + u"</li>"_s;
            }
            html += u"</ul>"_s;
        }
        plans.append(plan);
    }

    // The lessons by phase across the municipalities.
    html += u"<h2>"_s + esc(tr("Lessons by phase")) + u"</h2>"_s;
    if (m_data.lessons.isEmpty())
        html += u"<p>"_s + esc(tr("No lesson has been approved for publication yet.")) + u"</p>"_s;
    for (const core::KnowhowPhase phase : core::allValues<core::KnowhowPhase>()) {
        QString items;
        for (const core::Lesson &l : m_data.lessons) {
            if (l.phase != phase)
                continue;
            items += u"<li>"_s + esc(l.lesson) +
                     (l.municipality.isEmpty() ? QString()
                                               : u" <i>("_s + esc(l.municipality) + u")</i>"_s) +
                     u"</li>"_s;
        }
        if (!items.isEmpty()) {
            html += u"<h3>"_s +
                    esc(m_japanese ? core::japaneseName(phase) : core::englishName(phase)) +
                    u"</h3><ul>"_s + items + u"</ul>"_s;
        }
    }
    html += u"</body></html>"_s;

    PrintedDocument document(fiscalYear + u" "_s + title, html);
    document.setWholeWords(true);
    document.setRunningHeader(fiscalYear + u"　"_s + programName + u"　"_s + title);
    for (int i = 0; i < m_data.chapters.size(); ++i) {
        plans[i].addCharts(document, u"chapter%1"_s.arg(i));
        const YearTrack track = trackOf(m_data, m_data.chapters[i]);
        const bool japanese = m_japanese;
        document.addChart(u"chapter%1-track"_s.arg(i), [track, japanese](int width) {
            return PlanDrawings::image(width, PlanDrawings::trackHeight(track),
                                       [&](QPainter &p, const QRectF &area) {
                                           PlanDrawings::paintTrack(p, area, track, japanese);
                                       });
        });
    }
    return document;
}

} // namespace iotdesk::ui
