// MonthlyReport: what a selected municipality reports about one month of its work: when and
// how it came, the month's activities, progress against the plan's milestones, issues and
// risks, next month's plans, the support it asks for, and the reviewer's comment. Its status
// follows from the dates: not yet due, due, overdue, received, reviewed.
#pragma once

#include "core/foundation/valueset.h"
#include "core/storage/changehistory.h"

#include <QDate>
#include <QString>

#include <optional>

namespace iotdesk::core {

enum class ReportStatus
{
    NotYetDue, // the month is not over
    Due,       // the month is over, the due day not yet passed
    Overdue,   // the due day passed without the report
    Received,
    Reviewed,
};

// How a report came; None until it has.
enum class ReportChannel
{
    None,
    Email,
    Post,
    Fax,
    Meeting,
    Other,
};
template <> const ValueSet<ReportChannel> &valueSet<ReportChannel>();

// How a milestone of the municipality's plan stands in a month's report.
enum class MilestoneState
{
    NotStarted,
    OnTrack,
    Delayed,
    Done,
};
template <> const ValueSet<MilestoneState> &valueSet<MilestoneState>();

// A milestone of the plan as a report gives it: no state when the report says nothing of it.
struct MilestoneProgress
{
    qint64 milestoneId = 0;
    QString title; // the plan's, read with it
    QDate dueOn;
    std::optional<MilestoneState> state;
    QString note;
    bool operator==(const MilestoneProgress &) const = default;
};

struct MonthlyReport
{
    qint64 id = 0;
    qint64 applicationId = 0;
    QDate month; // its first day
    QDate dueOn;
    std::optional<QDate> receivedOn;
    ReportChannel channel = ReportChannel::None;
    QString activities;
    QString progress;
    QString issues;
    QString nextPlans;
    QString supportRequested;
    QString reviewerComment;
    std::optional<QDate> reviewedOn;
    QString reviewedBy;
    bool cancelled = false;
    // The plan's milestones with this month's states (read with a single report only).
    QList<MilestoneProgress> milestones;
    int delayedMilestones = 0; // read with every report
    RecordVersion version;     // as read; an update from it is refused if it changed since

    // Read with the report: the municipality (the application's lead).
    QString code6;
    QString name;

    ReportStatus status(QDate today) const
    {
        if (reviewedOn)
            return ReportStatus::Reviewed;
        if (receivedOn)
            return ReportStatus::Received;
        if (today > dueOn)
            return ReportStatus::Overdue;
        if (today >= month.addMonths(1))
            return ReportStatus::Due;
        return ReportStatus::NotYetDue;
    }
    // Received after its due day.
    bool late() const { return receivedOn && *receivedOn > dueOn; }

    bool operator==(const MonthlyReport &) const = default;
};

// What the user changed between `opened` and `mine`, put onto `theirs` (reapplyEdit over the
// fields of the report dialog).
inline MonthlyReport reapplyEdit(const MonthlyReport &opened, const MonthlyReport &mine,
                                 MonthlyReport theirs)
{
    return reapplyEdit(opened, mine, std::move(theirs), &MonthlyReport::receivedOn,
                       &MonthlyReport::channel, &MonthlyReport::activities,
                       &MonthlyReport::progress, &MonthlyReport::issues, &MonthlyReport::nextPlans,
                       &MonthlyReport::supportRequested, &MonthlyReport::reviewerComment,
                       &MonthlyReport::reviewedOn, &MonthlyReport::reviewedBy,
                       &MonthlyReport::milestones);
}

} // namespace iotdesk::core
