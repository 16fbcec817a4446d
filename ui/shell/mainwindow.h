// MainWindow: the desk. A navigation list on the left, one page per item on the right, the
// menus, and the one open database with its undo stack. The pages come from one list (title,
// icon, user guide section, how to make the page); the window talks to them through Page. Opening a
// file that is refused (damaged, too new, not a database) says why and offers another file or a
// backup.
#pragma once

#include "core/foundation/preferences.h"
#include "core/foundation/result.h"
#include "core/overview/globalsearch.h"
#include "core/storage/database.h"
#include "core/storage/serveraddress.h"
#include "ui/shell/passwordkeychain.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAbstractItemView;
class QAction;
class QLabel;
class QThread;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoStack;

namespace iotdesk::ui {

class ApplicationsPage;
class ConsultationsPage;
class DashboardPage;
class MeetingsPage;
class MunicipalitiesPage;
class Page;
class ProgramPage;
class PlansPage;
class ReportsPage;
class SelectionPage;
class Translations;
class WriteAccess;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The pages in the order of the navigation (and of Ctrl+1 … Ctrl+9).
    enum PageIndex
    {
        DashboardPageIndex,
        MunicipalitiesPageIndex,
        ProgramPageIndex,
        ApplicationsPageIndex,
        SelectionPageIndex,
        ConsultationsPageIndex,
        MeetingsPageIndex,
        ReportsPageIndex,
        PlansPageIndex,
        PageCount
    };

    explicit MainWindow(Translations *translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`, replacing the open database. When the file is refused the user is asked
    // what to do (unless `interactive` is false); returns whether a database is open after.
    // `readOnly`: opened without writing a byte (File ▸ Open Read-Only).
    bool openDatabase(const QString &path, bool interactive = true, bool readOnly = false);
    // The team's database on a server. An address without a password uses the one kept in the
    // system keychain, else PGPASSWORD or ~/.pgpass. Interactive: a failure offers Retry,
    // Connect to Another… and Open a Local File…, and a refused or missing password is asked for.
    bool connectToServer(core::ServerAddress address, bool interactive = true,
                         PasswordKeeping keeping = PasswordKeeping::AsItIs);
    core::Database *database() const { return m_database.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Whether the open file can be written now; every page follows it.
    WriteAccess *writeAccess() const { return m_writeAccess; }
    // The pages of the open database (nullptr while none is open).
    Page *page(PageIndex index) const;
    MunicipalitiesPage *municipalitiesPage() const;
    ProgramPage *programPage() const;
    ApplicationsPage *applicationsPage() const;
    SelectionPage *selectionPage() const;
    ConsultationsPage *consultationsPage() const;
    MeetingsPage *meetingsPage() const;
    ReportsPage *reportsPage() const;
    PlansPage *plansPage() const;
    DashboardPage *dashboardPage() const;
    QAction *logConsultationAction() const { return m_logAction; }
    QAction *importMailAction() const { return m_importMailAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *restoreAction() const { return m_restoreAction; }
    QAction *findAction() const { return m_findAction; }
    // Opens what Ctrl+K found on its page.
    void openSearchHit(const core::SearchHit &hit);
    // The local government the current page shows (a selected municipality, an application's
    // lead, the consultation list's); empty if none.
    QString governmentInView() const;
    // The table the current page shows (the one with the focus, else the largest), and its
    // export as Excel or CSV (by the path's suffix): what went wrong, or an empty string.
    QAbstractItemView *tableInView() const;
    QString exportTableInView(const QString &path) const;
    QListWidget *navigation() const { return m_navigation; }
    void showPage(PageIndex index);
    // The user guide's section (an anchor in its HTML) for a page, and Help ▸ User Guide (F1):
    // the guide opened at the section of the page in view.
    static QString helpAnchor(PageIndex index);
    void showUserGuide();
    // Help ▸ Open Log Folder: the folder of the log file, in the system's file manager.
    void openLogFolder();
    // Applies a language as Settings ▸ Preferences does.
    void setLanguage(core::Language language);
    // The line above the pages that says the file is read-only, being checked, or damaged
    // (hidden otherwise).
    QLabel *accessBanner() const { return m_accessBanner; }
    // Waits for the day's check of the open file, if one runs (for tests and closing).
    void waitForDailyCheck();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    enum class FailureChoice
    {
        OpenAnother,
        Restore,
        CreateNew,
        Cancel
    };

    core::DateStyle dateStyle() const;
    void createActions();
    void createMenus();
    void retranslate();
    void installDatabase(std::unique_ptr<core::Database> database);
    void closeDatabase();
    // Every page's typed input saved or discarded as the user says; false (with the page in
    // view) when the user goes on editing.
    bool resolveUnsavedEdits();
    // Asks the user for their name when no name is set yet (before logging a consultation).
    void askUserNameOnce();
    // Ctrl+K: the search over every kind of record, and opening what it found.
    void findAnything();
    // Gives every page the date style of the preferences and the interface language.
    void applyDateStyle();
    FailureChoice askAfterFailure(const QString &path, const core::Error &error);
    bool restoreInto(const QString &databasePath);
    void updateStatus();
    // The day's full check and backup in a worker thread; writes are allowed when it passed.
    void startDailyCheck();
    // The banner and the WriteAccess every page follows, from the file's access and the day's
    // check.
    void showAccess();
    void updateUndoActions();
    void fillRecentMenu();
    void newFile();
    void openFile(bool readOnly);
    // Opens with `open` under the wait cursor and installs what it opened; else its error.
    using Opener = std::function<core::Result<std::unique_ptr<core::Database>>()>;
    std::optional<core::Error> openAndInstall(const Opener &open);
    void connectWithDialog(const core::ServerAddress &preset = {});
    // After a successful connection to `address` (with its password as typed).
    void keepPassword(const core::ServerAddress &address, PasswordKeeping keeping);
    void backUpNow();
    void restoreBackup();
    void editPreferences();
    void about();

    Translations *m_translations;
    core::Preferences m_preferences;
    std::unique_ptr<core::Database> m_database;
    // Why the team database's connection is lost, while it is (empty: it answers).
    QString m_connectionProblem;
    QUndoStack *m_undoStack = nullptr;
    WriteAccess *m_writeAccess = nullptr;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<Page *> m_pageList; // by PageIndex
    QLabel *m_statusPath = nullptr;
    QLabel *m_statusUser = nullptr;
    QLabel *m_accessBanner = nullptr;
    QThread *m_dailyCheck = nullptr;
    QString m_damage; // what the day's check found, while the file stays held

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openReadOnlyAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_exportTableAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QAction *m_logFolderAction = nullptr;
    QAction *m_logAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_importMailAction = nullptr;
    QMenu *m_consultationMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace iotdesk::ui
