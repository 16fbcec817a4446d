// SelectionPage: the selection meeting's board. Eligible applications ranked by score (ties
// visible), the count per regional bureau as a table and a bar chart against the limits,
// warnings where the decisions break the cap or a limit, the balanced proposal with what it
// changes against the plain ranking and why, and the decision per application.
#pragma once

#include "core/applications/application.h"
#include "core/foundation/dateformatter.h"
#include "core/selection/reviewranking.h"
#include "ui/print/selectedlistreport.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/page.h"

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QBoxLayout;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace iotdesk::core {
class BureauBalanceModel;
class Database;
class SelectionBoardModel;
} // namespace iotdesk::core

namespace iotdesk::ui {

class ProgramSelector;

class StateColorProxyModel;
class WriteAccess;

class SelectionPage : public Page
{
    Q_OBJECT

public:
    SelectionPage(const core::Database &db, QUndoStack *undoStack, WriteAccess &writes,
                  QWidget *parent = nullptr);
    ~SelectionPage() override;

    // The work behind the controls; each returns what went wrong, or an empty string.
    QString setBureauLimit(int limit); // -1: none
    // One bureau's own limit, instead of the limit per bureau; -1 takes it away.
    QString setBureauOwnLimit(int bureauId, int limit);
    // Selects the balanced proposal as decided on `decidedOn` (today when not given).
    QString selectProposal(QDate decidedOn = {});
    // The lead local government of the application under the cursor (for Ctrl+L).
    QString governmentInView() const override;
    // Reviews, each one undoable step.
    QString recordScore(const core::ReviewScore &score);
    QString recordConflict(qint64 applicationId, qint64 reviewerId, const QString &reason);
    QString withdrawConflict(qint64 applicationId, qint64 reviewerId, const QString &reason);
    // The published list of the selected applicants, as the report prints it.
    // The published list, or why it cannot be read: never an empty list in its place.
    core::Result<SelectedListReport> publishedList() const;
    QString savePublishedList(const QString &pdfPath) const;
    QString savePublishedCsv(const QString &csvPath) const;
    // A decision taken on `decidedOn` (today when not given).
    QString decide(qint64 applicationId, core::Decision decision, const QString &rationale,
                   const QString &overrideReason, QDate decidedOn = {});

    // Reads the board again (also done whenever the page is shown or the data changes).
    void reload() override;

protected:
    void dateStyleChanged() override;
    QString errorTitle() const override;
    bool isStale() const override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The constructor's steps.
    void createWidgets();
    void createLayout();
    void createConnections();
    // Wide: the bureaus' table and chart beside the board. Narrow (a 1024-pixel screen): the
    // board takes the whole width and the bureaus are a tab beside the proposal below it.
    void arrange(bool narrow);
    void arrangeForWidth();
    void fitBureauTable();
    void retranslate();
    void updateChart();
    void updateProposal();
    // The lead local government of a proposed application, for the lists that name them.
    QString proposedName(qint64 applicationId) const;
    // What Select the Proposal… will do, for the dialog that asks its day.
    QString proposalExplanation() const;
    void openDecisionDialog();
    void openScoreDialog();
    qint64 programId() const;

    const core::Database &m_db;
    QUndoStack *m_undoStack;
    WriteAccess &m_writes;
    CommandRunner m_commands;
    core::SelectionBoardModel *m_board = nullptr;
    core::BureauBalanceModel *m_bureaus = nullptr;
    StateColorProxyModel *m_sortedBoard = nullptr;
    StateColorProxyModel *m_sortedBureaus = nullptr;
    QLabel *m_programLabel = nullptr;
    ProgramSelector *m_programs = nullptr;
    QLabel *m_limitLabel = nullptr;
    QSpinBox *m_limit = nullptr;
    QLabel *m_cap = nullptr;
    QTableView *m_boardView = nullptr;
    QTableView *m_bureauView = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_warnings = nullptr;
    QTextBrowser *m_proposal = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_lower = nullptr;
    QWidget *m_balance = nullptr;
    QBoxLayout *m_balanceLayout = nullptr;
    bool m_narrow = false;
    QPushButton *m_decide = nullptr;
    QPushButton *m_selectProposal = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_reviewers = nullptr;
    QPushButton *m_score = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_saveCsv = nullptr;
};

} // namespace iotdesk::ui
