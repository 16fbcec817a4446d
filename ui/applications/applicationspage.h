// ApplicationsPage: the applications of a program as they arrive: the list with eligibility,
// receipt confirmation and review progress, the details of the selected one with the files
// its mail brought, CSV import, application mails (chosen or dropped on the page), the ready
// Japanese receipt confirmation mail, and the confirmation date. Every change is an undoable
// command.
#pragma once

#include "core/applications/application.h"
#include "core/documents/applicationmailimporter.h"
#include "core/foundation/dateformatter.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/page.h"

class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace iotdesk::core {
class ApplicationListModel;
class Database;
} // namespace iotdesk::core

namespace iotdesk::ui {

class ProgramSelector;
class StoredFilesPanel;
class StateColorProxyModel;
class WriteAccess;

class ApplicationsPage : public Page
{
    Q_OBJECT

public:
    // Which applications the list shows.
    enum class Show
    {
        All,
        ConfirmationDue, // receipt confirmation due today or overdue
        NotEligible,     // ineligible or incomplete
        ReviewOpen,      // reviewers still to score
        Undecided,
    };

    ApplicationsPage(const core::Database &db, QUndoStack *undoStack, WriteAccess &writes,
                     QWidget *parent = nullptr);

    void setShown(Show show);
    // The lead applicant of the selected application; empty if none is selected.
    QString leadCodeInView() const;
    // The work behind the buttons, for tests and shortcuts; they return what went wrong.
    QString importFile(const QString &path);
    // The application in view: its program chosen, its row current.
    void showApplication(qint64 programId, qint64 applicationId);
    QString markConfirmationSent(int row, QDate date);
    QString addApplication(const core::Application &application);
    QString editApplication(const core::Application &changed);
    QString confirmationMailText(int row) const;
    // Reads the mails, shows them for review (ApplicationMailDialog) and takes in what the
    // user confirms as one undoable step.
    void importApplicationMails(const QStringList &paths);
    // Takes in the reviewed mails; what went wrong, or an empty string.
    QString takeInApplicationMails(const QList<core::ApplicationMailItem> &items);

    // Reads the board again (also done whenever the page is shown or the data changes).
    void reload() override;

signals:
    // What an action did, for the status bar ("2 applications imported.").
    void statusMessage(const QString &message);

protected:
    void dateStyleChanged() override;
    QString errorTitle() const override;
    bool isStale() const override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void updateDetails();
    void updateButtons();
    int currentRow() const;
    void chooseImportFile();
    void chooseApplicationMails();
    void openApplicationDialog(bool createNew);
    void openConfirmationMail();
    void copyConfirmationMail();

    const core::Database &m_db;
    QUndoStack *m_undoStack;
    WriteAccess &m_writes;
    CommandRunner m_commands;
    core::ApplicationListModel *m_model = nullptr;
    StateColorProxyModel *m_sorted = nullptr;
    QLabel *m_programLabel = nullptr;
    ProgramSelector *m_programs = nullptr;
    QLabel *m_showLabel = nullptr;
    QComboBox *m_show = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_requests = nullptr;
    QPushButton *m_mail = nullptr;
    QPushButton *m_copyMail = nullptr;
    QPushButton *m_confirmed = nullptr;
    QPushButton *m_importMail = nullptr;
    StoredFilesPanel *m_mailFiles = nullptr;
};

} // namespace iotdesk::ui
