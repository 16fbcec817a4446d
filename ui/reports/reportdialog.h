// ReportDialog: one monthly report: when and how it came, its five parts (activities, progress
// against the milestones, issues and risks, next month's plans, support requested) and the
// review, with the state of each of the plan's milestones that month. Checked by the repository's
// rules before it closes.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/reports/monthlyreport.h"
#include "ui/widgets/guardeddialog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class ReportDialog : public GuardedDialog
{
    Q_OBJECT

public:
    ReportDialog(const core::Database &db, const core::MonthlyReport &report,
                 const core::DateFormatter &dates, QDate today, QWidget *parent = nullptr);

    core::MonthlyReport report() const;
    QCheckBox *receivedField() const { return m_received; }
    QDateEdit *receivedOnField() const { return m_receivedOn; }
    QComboBox *channelField() const { return m_channel; }
    QPlainTextEdit *activitiesField() const { return m_parts.value(0); }
    QCheckBox *reviewedField() const { return m_reviewed; }
    // The plan's milestones: title, state (a combo box), note (a line edit).
    QTableWidget *milestonesField() const { return m_milestones; }

    void accept() override;
    // Shows `report` in place of what the fields hold (after a reload), with `note` above.
    void reload(const core::MonthlyReport &report, const QString &note);

private:
    const core::Database &m_db;
    core::MonthlyReport m_report;
    core::DateFormatter m_dates;
    QCheckBox *m_received = nullptr;
    QDateEdit *m_receivedOn = nullptr;
    QComboBox *m_channel = nullptr;
    QList<QPlainTextEdit *> m_parts;
    QPlainTextEdit *m_comment = nullptr;
    QCheckBox *m_reviewed = nullptr;
    QDateEdit *m_reviewedOn = nullptr;
    QLineEdit *m_reviewedBy = nullptr;
    QLabel *m_note = nullptr;
    QTableWidget *m_milestones = nullptr;

    void showMilestones(const QList<core::MilestoneProgress> &milestones);
};

} // namespace iotdesk::ui
