// ConsultationsPage: where the consultants live all year. The Log tab is the consultation list
// (a million rows, filtered and searched in SQL) with the selected consultation below it, its
// search words highlighted; the Follow-ups tab lists what is still to do, coloured by due date;
// the Hours tab sums the time spent per month, by local government or by consultant. Logging,
// editing, deleting and completing follow-ups are undoable; mails are imported from .eml files.
#pragma once

#include "core/consultations/consultation.h"
#include "core/consultations/consultationquery.h"
#include "core/documents/mailimporter.h"
#include "core/foundation/dateformatter.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/page.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QTimer;
class QUndoStack;

namespace iotdesk::core {
class ConsultationListModel;
class Database;
} // namespace iotdesk::core

namespace iotdesk::ui {

class WriteAccess;

class ConsultationsPage : public Page
{
    Q_OBJECT

public:
    ConsultationsPage(const core::Database &db, QUndoStack *undoStack, WriteAccess &writes,
                      QWidget *parent = nullptr);

    // The list's view: the window exports it as the page shows it.
    QTableView *table() const { return m_table; }
    // The page's tabs, in their order.
    enum class Tab
    {
        Log,
        FollowUps,
        Hours,
    };
    void showTab(Tab tab);

    void setFilter(const core::ConsultationFilter &filter);
    // One consultation in view: the log of its local government with its row current.
    void showConsultation(qint64 id, const QString &code6);
    // The People dialog for a local government's people (the consultants when empty).
    void showPeopleOf(const QString &code6);
    // The local government the page shows: the filter's, else the selected consultation's.
    QString governmentInView() const override;

    // The work behind the buttons; they return what went wrong (empty when done).
    QString logConsultation(const core::Consultation &consultation);
    QString editConsultation(const core::Consultation &changed);
    QString deleteConsultation(qint64 id);
    QString completeFollowUp(qint64 followUpId, QDate doneOn,
                             const std::optional<core::FollowUp> &next = std::nullopt);
    QString importMails(const QList<core::MailImportItem> &items);
    QString exportList(const QString &path, bool excel);
    // The new-consultation dialog with its defaults; `code6` the government in view.
    void openLogDialog(const QString &code6);
    // A local government's consultations, newest first, as the timeline shows them.
    QString timelineHtml(const QString &code6) const;
    void reload() override;

signals:
    // What an action did, for the status bar.
    void statusMessage(const QString &message);

protected:
    void dateStyleChanged() override;
    QString errorTitle() const override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    // Saved mails dropped on the page are imported.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

public slots:
    // Asks for .eml files and logs them.
    void importMailFiles();
    // The people of the government in view (or the consultants), to correct or add.
    void showPeople();
    // Shows what the files hold and logs them once the user agrees.
    void importMailPaths(const QStringList &paths);

private:
    // The constructor's steps.
    void createWidgets();
    void createLayout();
    QWidget *createLogTab();
    QWidget *createFollowUpsTab();
    QWidget *createHoursTab();
    void createConnections();
    void createShortcuts();
    void retranslate();
    // What the buttons under the lists do.
    void deleteCurrent();
    void completeCurrentFollowUp();
    void completeCurrentFollowUpAndPlanTheNext();
    void applyFilters();
    void updateDetails();
    void updateStatus();
    void reloadCurrentTab();
    void reloadFollowUps();
    void reloadHours();
    void fillConsultants();
    void applyColumnWidths();
    qint64 currentId() const;
    qint64 currentFollowUpId() const;
    void editCurrent();
    void showTimeline();
    core::Consultation defaults(const QString &code6) const;

    const core::Database &m_db;
    QUndoStack *m_undoStack;
    WriteAccess &m_writes;
    CommandRunner m_commands;
    core::ConsultationListModel *m_model = nullptr;
    QTimer *m_searchDelay = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_government = nullptr;
    QComboBox *m_consultant = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_topic = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_log = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_timeline = nullptr;
    QPushButton *m_people = nullptr;
    QPushButton *m_importMail = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportXlsx = nullptr;

    QComboBox *m_owner = nullptr;
    QTableWidget *m_followUps = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_doneNext = nullptr;

    QRadioButton *m_byGovernment = nullptr;
    QRadioButton *m_byConsultant = nullptr;
    QDateEdit *m_hoursFrom = nullptr;
    QDateEdit *m_hoursTo = nullptr;
    QTableWidget *m_hours = nullptr;
};

} // namespace iotdesk::ui
