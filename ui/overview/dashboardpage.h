// DashboardPage: the program at a glance, the first page. Five charts with their numbers on
// the bars: applications and selections per regional bureau, monthly reports on time / late /
// missing per month, consultations per month by channel, open follow-ups by age, attendance
// per meeting. Clicking a bar opens the list behind it (the page emits what to open; the main
// window goes there). The counts come from DashboardData's aggregate queries.
#pragma once

#include "core/consultations/consultationquery.h"
#include "core/foundation/dateformatter.h"
#include "core/overview/dashboarddata.h"
#include "ui/print/printeddocument.h"
#include "ui/widgets/page.h"

class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QPushButton;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class ProgramSelector;

class DashboardPage : public Page
{
    Q_OBJECT

public:
    enum ChartIndex
    {
        BureauChart,
        ReportChart,
        ConsultationChart,
        FollowUpChart,
        AttendanceChart,
        MilestoneChart,
        ChartCount
    };

    explicit DashboardPage(const core::Database &db, QWidget *parent = nullptr);

    qint64 programId() const;
    void reload() override;

    // The progress summary of the whole program, as the page prints it.
    PrintedDocument summary() const;
    // What a click on a bar asks for (the same as clicking it).
    void openBar(ChartIndex which, int setIndex, int barIndex);

signals:
    void selectionRequested();
    void reportsRequested(qint64 programId, QDate month);
    void consultationsRequested(const core::ConsultationFilter &filter);
    void followUpsRequested();
    void meetingRequested(qint64 programId, qint64 meetingId);
    void planRequested(qint64 programId, qint64 applicationId);

protected:
    void dateStyleChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildCharts();
    void retranslate();
    void setLegend(ChartIndex which, const QList<QBarSet *> &sets);
    void fitMonthLabels(ChartIndex which);

    const core::Database &m_db;
    core::DashboardData m_data;
    bool m_reloading = false;
    QLabel *m_programLabel = nullptr;
    ProgramSelector *m_programs = nullptr;
    QLabel *m_figures = nullptr;
    QPushButton *m_summary = nullptr;
    QList<QChart *> m_charts;
    QList<QChartView *> m_views;
    QList<QLabel *> m_legends; // under each chart
};

} // namespace iotdesk::ui
