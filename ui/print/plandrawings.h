// PlanDrawings: the pictures of a plan and of a municipality's year, drawn with QPainter alone
// (Qt GUI) so that the Plans page shows them on screen and the plan and the casebook print them
// at print resolution from the same code: the promotion system as an organisation chart, the
// roadmap as a Gantt chart over fiscal years, and the track through the program's year as a
// timeline. Each is drawn on a canvas 1400 units wide; its height follows what it shows.
#pragma once

#include "core/plans/plan.h"
#include "core/reports/monthlyreport.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>

#include <functional>
#include <optional>

class QPainter;

namespace iotdesk::ui {

// What the timeline of a municipality's year shows, April to March (index 0 is April).
struct YearTrack
{
    int fiscalYear = 0;
    struct Meeting
    {
        int month = 0;     // 0..11
        QString label;     // 第1回 / 1st
        bool kept = false; // attended every day, or hosted
        bool ahead = false;
    };
    QList<Meeting> meetings;
    QList<int> consultations = QList<int>(12, 0);
    // Per month: the report's status as a mark (✓ received, ✗ overdue, empty).
    QStringList reports = QStringList(12);
    struct Milestone
    {
        QString title;
        QList<std::optional<core::MilestoneState>> states =
            QList<std::optional<core::MilestoneState>>(12);
    };
    QList<Milestone> milestones;
};

class PlanDrawings
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::ui::PlanDrawings)

public:
    static constexpr double kWidth = 1400;

    // The height each drawing needs on the 1400-unit canvas.
    static double orgChartHeight(const core::Plan &plan);
    static double roadmapHeight(const core::Plan &plan);
    static double trackHeight(const YearTrack &track);

    // Each draws into `area` of `painter`, whose units are the canvas's.
    // The promotion system: each member under the one it reports to; the lead department and
    // the person responsible drawn bold with a star.
    static void paintOrgChart(QPainter &painter, const QRectF &area, const core::Plan &plan,
                              bool japanese);
    // The milestones as bars (start to due) or diamonds over the fiscal years they span, the
    // fiscal year of each one's budget request marked ¥; coloured by `states` (the latest
    // reported state by milestone id) when given.
    static void paintRoadmap(QPainter &painter, const QRectF &area, const core::Plan &plan,
                             bool japanese, const QHash<qint64, core::MilestoneState> &states = {});
    static void paintTrack(QPainter &painter, const QRectF &area, const YearTrack &track,
                           bool japanese);

    static QColor stateColour(core::MilestoneState state);
    // A drawing as an image `pixelWidth` wide.
    static QImage image(int pixelWidth, double height,
                        const std::function<void(QPainter &, const QRectF &)> &paint);
};

} // namespace iotdesk::ui
