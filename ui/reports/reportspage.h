// ReportsPage: the monthly progress reports. The Schedule tab is the grid of municipalities by
// months, coloured by status, with the chosen report below it; Enter or a double-click opens
// the report to record its receipt, content and review (undoable). The Overdue tab lists the
// municipalities with overdue reports and writes each a ready Japanese reminder, as a mailto:
// link or on the clipboard. Both tables export as CSV or Excel.
#pragma once

#include "core/applications/confirmationmail.h"
#include "core/foundation/dateformatter.h"
#include "core/reports/monthlyreport.h"
#include "ui/print/printeddocument.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/page.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QUndoStack;

namespace iotdesk::core {
class Database;
class ReportGridModel;
} // namespace iotdesk::core

namespace iotdesk::ui {

class ProgramSelector;
class StoredFilesPanel;
class WriteAccess;

class ReportsPage : public Page
{
    Q_OBJECT

public:
    ReportsPage(const core::Database &db, QUndoStack *undoStack, WriteAccess &writes,
                QWidget *parent = nullptr);
    ~ReportsPage() override;

    qint64 programId() const;

    // The work behind the controls; what went wrong, or an empty string.
    QString saveReport(const core::MonthlyReport &changed);
    // The reminder for one municipality's overdue reports.
    core::MailDraft reminderFor(qint64 applicationId) const;
    // The grid or the overdue list as CSV or Excel (by the file's suffix).
    QString exportTable(const QString &path, bool overdue) const;
    // A program's grid with the cursor on a month (the dashboard's reports chart).
    void showMonth(qint64 programId, QDate month);
    // The progress summary of the municipality under the cursor.
    PrintedDocument municipalitySummary() const;
    // The local government of the row under the cursor (for Ctrl+L).
    QString governmentInView() const override;
    // The report under the cursor in a dialog.
    void openCurrentReport();
    void reload() override;

protected:
    void dateStyleChanged() override;
    QString errorTitle() const override;
    bool isStale() const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDetails();
    void fillOverdue();
    void sendReminder(bool clipboard);

    const core::Database &m_db;
    WriteAccess &m_writes;
    CommandRunner m_commands;
    core::ReportGridModel *m_grid = nullptr;
    bool m_reloading = false;

    QLabel *m_programLabel = nullptr;
    ProgramSelector *m_programs = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_export = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_gridView = nullptr;
    QLabel *m_legend = nullptr;
    QTextBrowser *m_details = nullptr;
    StoredFilesPanel *m_attachments = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_summaryButton = nullptr;
    QTableWidget *m_overdue = nullptr;
    QPushButton *m_mail = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace iotdesk::ui
