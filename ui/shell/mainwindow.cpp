#include "ui/shell/mainwindow.h"

#include "core/datafile/datafile.h"
#include "core/documents/tablefilewriter.h"
#include "core/foundation/japantime.h"
#include "core/foundation/logging.h"
#include "core/foundation/modelroles.h"
#include "core/municipalities/contactrepository.h"
#include "core/storage/backupstore.h"
#include "core/storage/changenotifier.h"
#include "core/storage/dailycare.h"
#include "ui/applications/applicationspage.h"
#include "ui/consultations/consultationspage.h"
#include "ui/meetings/meetingspage.h"
#include "ui/municipalities/municipalitiespage.h"
#include "ui/overview/dashboardpage.h"
#include "ui/plans/planspage.h"
#include "ui/programs/programpage.h"
#include "ui/reports/reportspage.h"
#include "ui/selection/selectionpage.h"
#include "ui/shell/connectdialog.h"
#include "ui/shell/globalsearchdialog.h"
#include "ui/shell/helpwindow.h"
#include "ui/shell/passwordkeychain.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/restorebackupdialog.h"
#include "ui/widgets/calendarconventions.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/page.h"
#include "ui/widgets/translations.h"
#include "ui/widgets/windowsettings.h"
#include "ui/widgets/writeaccess.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QTime>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

const QString kGeometryKey = u"window/geometry"_s;
const QString kStateKey = u"window/state"_s;
const QString kPageKey = u"window/page"_s;
constexpr int kOtherProcessesPollMs = 1000;
const QString kFileFilter = u"*.sqlite"_s;

// What a page is made from.
struct PageParts
{
    core::Database &db;
    QUndoStack *undoStack;
    WriteAccess &writes;
    QWidget *parent;
};

// One entry of the navigation.
struct PageKind
{
    MainWindow::PageIndex index;
    const char *title; // translated in MainWindow's context
    QStyle::StandardPixmap icon;
    const char *helpAnchor; // the user guide's section (resources/help/*/index.html, <a name>)
    Page *(*create)(const PageParts &parts);
};

constexpr std::array<PageKind, MainWindow::PageCount> kPages = {{
    {MainWindow::DashboardPageIndex, QT_TRANSLATE_NOOP("iotdesk::ui::MainWindow", "Dashboard"),
     QStyle::SP_ComputerIcon, "dashboard",
     [](const PageParts &p) -> Page * {
         return new DashboardPage(p.db, p.parent);
     }},
    {MainWindow::MunicipalitiesPageIndex,
     QT_TRANSLATE_NOOP("iotdesk::ui::MainWindow", "Municipalities"), QStyle::SP_DirIcon,
     "municipalities",
     [](const PageParts &p) -> Page * {
         return new MunicipalitiesPage(p.db.connection(), p.parent);
     }},
    {MainWindow::ProgramPageIndex, QT_TRANSLATE_NOOP("iotdesk::ui::MainWindow", "Program"),
     QStyle::SP_FileDialogDetailedView, "program",
     [](const PageParts &p) -> Page * {
         return new ProgramPage(p.db, p.undoStack, p.writes, p.parent);
     }},
    {MainWindow::ApplicationsPageIndex,
     QT_TRANSLATE_NOOP("iotdesk::ui::MainWindow", "Applications"),
     QStyle::SP_FileDialogContentsView, "applications",
     [](const PageParts &p) -> Page * {
         return new ApplicationsPage(p.db, p.undoStack, p.writes, p.parent);
     }},
    {MainWindow::SelectionPageIndex, QT_TRANSLATE_NOOP("iotdesk::ui::MainWindow", "Selection"),
     QStyle::SP_DialogApplyButton, "selection",
     [](const PageParts &p) -> Page * {
         return new SelectionPage(p.db, p.undoStack, p.writes, p.parent);
     }},
    {MainWindow::ConsultationsPageIndex,
     QT_TRANSLATE_NOOP("iotdesk::ui::MainWindow", "Consultations"),
     QStyle::SP_MessageBoxInformation, "consultations",
     [](const PageParts &p) -> Page * {
         return new ConsultationsPage(p.db, p.undoStack, p.writes, p.parent);
     }},
    {MainWindow::MeetingsPageIndex, QT_TRANSLATE_NOOP("iotdesk::ui::MainWindow", "Meetings"),
     QStyle::SP_FileDialogListView, "meetings",
     [](const PageParts &p) -> Page * {
         return new MeetingsPage(p.db, p.undoStack, p.writes, p.parent);
     }},
    {MainWindow::ReportsPageIndex, QT_TRANSLATE_NOOP("iotdesk::ui::MainWindow", "Monthly Reports"),
     QStyle::SP_FileDialogInfoView, "reports",
     [](const PageParts &p) -> Page * {
         return new ReportsPage(p.db, p.undoStack, p.writes, p.parent);
     }},
    {MainWindow::PlansPageIndex, QT_TRANSLATE_NOOP("iotdesk::ui::MainWindow", "Plans"),
     QStyle::SP_FileDialogNewFolder, "plans",
     [](const PageParts &p) -> Page * {
         return new PlansPage(p.db, p.undoStack, p.writes, p.parent);
     }},
}};

// The list is the navigation: entry i is page i.
constexpr bool inNavigationOrder()
{
    for (std::size_t i = 0; i < kPages.size(); ++i) {
        if (std::size_t(kPages[i].index) != i)
            return false;
    }
    return true;
}

} // namespace

MainWindow::MainWindow(Translations *translations, QWidget *parent)
    : QMainWindow(parent)
    , m_translations(translations)
    , m_undoStack(new QUndoStack(this))
    , m_writeAccess(new WriteAccess(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_statusPath(new QLabel(this))
    , m_statusUser(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/iotdesk.svg"_s));
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    for (const PageKind &kind : kPages)
        new QListWidgetItem(style()->standardIcon(kind.icon), QString(), m_navigation);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({180, 1000});
    m_accessBanner = new QLabel(this);
    m_accessBanner->setObjectName(u"accessBanner"_s);
    m_accessBanner->setWordWrap(true);
    m_accessBanner->setMargin(6);
    m_accessBanner->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_accessBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
    // Permanent widgets: a passing message on the left never hides where the data lives.
    statusBar()->addPermanentWidget(m_statusPath);
    statusBar()->addPermanentWidget(m_statusUser);

    qApp->installEventFilter(new CalendarConventions(this));
    createActions();
    createMenus();
    // What writes from the window itself; the pages name their own. Restoring a backup
    // replaces the file whole: the remedy for a damaged one, so offered then too.
    m_writeAccess->guard(m_logAction, WriteAccess::Needs::Consultations);
    m_writeAccess->guard(m_importMailAction, WriteAccess::Needs::Consultations);
    m_writeAccess->guard(m_undoAction, WriteAccess::Needs::OwnSteps);
    m_writeAccess->guard(m_redoAction, WriteAccess::Needs::OwnSteps);
    m_writeAccess->guard(m_restoreAction, WriteAccess::Needs::Replacement);
    // A way in without a control (a double-click, a drop, a key) says why nothing happens.
    connect(m_writeAccess, &WriteAccess::refused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 8000); });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        // Leaving a page with unsaved edits asks first; "go on editing" stays.
        const int leaving = m_pages->currentIndex();
        if (auto *page = qobject_cast<Page *>(m_pages->currentWidget());
            page && row != leaving && !page->resolveUnsavedEdits()) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(leaving);
            return;
        }
        if (row >= 0 && row < m_pages->count())
            m_pages->setCurrentIndex(row);
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    // Every step done or undone is announced before the step returns, so the screen shows it.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (m_database)
            m_database->changes().poll();
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);

    QSettings settings = windowSettings();
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    // Never larger than the screen's free area (a 1366×768 laptop with a taskbar leaves about
    // 728 pixels; some offices still have 1024×768), whatever size was saved elsewhere.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1200, 760);
    const QSize wanted = settings.contains(kGeometryKey) ? size() : QSize(1200, 760);
    // The title bar and frame are the window manager's, outside this size.
    resize(wanted.boundedTo(available.shrunkBy(QMargins(0, 0, 8, 40))));
    retranslate();
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) + 24);
}

MainWindow::~MainWindow()
{
    closeDatabase();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFile);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] { openFile(false); });
    m_openReadOnlyAction = new QAction(this);
    connect(m_openReadOnlyAction, &QAction::triggered, this, [this] { openFile(true); });
    m_connectAction = new QAction(this);
    connect(m_connectAction, &QAction::triggered, this, [this] { connectWithDialog(); });
    m_backupAction = new QAction(this);
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backUpNow);
    m_restoreAction = new QAction(this);
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreBackup);
    m_exportTableAction = new QAction(this);
    m_exportTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportTableAction, &QAction::triggered, this, [this] {
        const QString path = FileChooser::saveFileName(
            this, tr("Export the Table"), m_navigation->currentItem()->text() + u".xlsx"_s,
            tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportTableInView(path); !error.isEmpty())
            QMessageBox::warning(this, tr("Export the Table"), error);
        else
            statusBar()->showMessage(tr("Written to %1.").arg(QDir::toNativeSeparators(path)),
                                     8000);
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);

    m_preferencesAction = new QAction(this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::editPreferences);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    m_userGuideAction = new QAction(this);
    m_userGuideAction->setObjectName(u"userGuide"_s);
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    m_userGuideAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    m_logFolderAction = new QAction(this);
    m_logFolderAction->setObjectName(u"openLogFolder"_s);
    connect(m_logFolderAction, &QAction::triggered, this, &MainWindow::openLogFolder);

    // From any page: the consultant's most frequent act.
    m_logAction = new QAction(this);
    m_logAction->setObjectName(u"logConsultation"_s);
    m_logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logAction->setShortcutContext(Qt::ApplicationShortcut);
    m_logAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    connect(m_logAction, &QAction::triggered, this, [this] {
        if (!consultationsPage())
            return;
        askUserNameOnce();
        consultationsPage()->openLogDialog(governmentInView());
    });
    // Ctrl+1 … Ctrl+9: the pages in the order of the navigation.
    static_assert(inNavigationOrder());
    for (int page = 0; page < int(kPages.size()) && page < 9; ++page) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        go->setShortcutContext(Qt::WindowShortcut);
        connect(go, &QAction::triggered, this, [this, page] {
            if (m_database)
                showPage(PageIndex(page));
        });
        addAction(go);
    }
    // Ctrl+K: find a local government, application, consultation, person or meeting from
    // anywhere, and open it on its page.
    m_findAction = new QAction(this);
    m_findAction->setObjectName(u"findAnything"_s);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_findAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::findAnything);
    m_importMailAction = new QAction(this);
    connect(m_importMailAction, &QAction::triggered, this, [this] {
        ConsultationsPage *consultations = consultationsPage();
        if (!consultations)
            return;
        showPage(ConsultationsPageIndex);
        // After the page is in view and the menu has closed.
        QMetaObject::invokeMethod(consultations, &ConsultationsPage::importMailFiles,
                                  Qt::QueuedConnection);
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openReadOnlyAction);
    m_fileMenu->addAction(m_connectAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportTableAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_consultationMenu = menuBar()->addMenu(QString());
    m_consultationMenu->addAction(m_logAction);
    m_consultationMenu->addAction(m_importMailAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_logAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_preferencesAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_userGuideAction);
    m_helpMenu->addAction(m_logFolderAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

core::DateStyle MainWindow::dateStyle() const
{
    return m_preferences.dateStyle(m_translations->language());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        applyDateStyle();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::applyDateStyle()
{
    const core::DateStyle style = dateStyle();
    DateField::setStyle(style);
    core::DateFormatter::setMessageStyle(style);
    for (Page *page : std::as_const(m_pageList))
        page->setDateStyle(style);
}

void MainWindow::retranslate()
{
    setWindowTitle(!m_database ? tr("IoT Desk")
                   : m_database->server()
                       ? tr("IoT Desk — %1").arg(m_database->server()->description())
                       : tr("IoT Desk — %1").arg(QFileInfo(m_database->path()).fileName()));
    for (const PageKind &kind : kPages)
        m_navigation->item(kind.index)->setText(tr(kind.title));
    m_consultationMenu->setTitle(tr("&Consultations"));
    m_logAction->setText(tr("&Log Consultation…"));
    m_logAction->setToolTip(tr("Log a phone call, mail, visit or meeting (Ctrl+L)"));
    m_findAction->setText(tr("&Find Anything…"));
    m_findAction->setToolTip(
        tr("A local government, application, consultation, person or meeting (Ctrl+K)"));
    m_importMailAction->setText(tr("&Import Mail…"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New…"));
    m_openAction->setText(tr("&Open…"));
    m_openReadOnlyAction->setText(tr("Open Rea&d-Only…"));
    m_openReadOnlyAction->setStatusTip(
        tr("Open a file to read, search, print and export it without changing a byte of it."));
    m_connectAction->setText(tr("Connect to &Team Database…"));
    m_connectAction->setStatusTip(
        tr("Work on the team's shared database on a PostgreSQL server instead of a local file."));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_backupAction->setText(tr("&Back Up Now"));
    m_exportTableAction->setText(tr("&Export Table…"));
    m_exportTableAction->setToolTip(tr("The table in view, as it is shown, as Excel or CSV."));
    m_restoreAction->setText(tr("&Restore from Backup…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_settingsMenu->setTitle(tr("Se&ttings"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_userGuideAction->setText(tr("User &Guide"));
    m_logFolderAction->setText(tr("Open &Log Folder"));
    m_aboutAction->setText(tr("&About IoT Desk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateUndoActions();
    updateStatus();
    showAccess(); // the banner in the new language
}

void MainWindow::updateUndoActions()
{
    // Undo and redo write too: not while the file cannot be written.
    m_writeAccess->setAvailable(m_undoAction, m_undoStack->canUndo());
    m_writeAccess->setAvailable(m_redoAction, m_undoStack->canRedo());
    m_undoAction->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText())
                                                 : tr("&Undo"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText())
                                                 : tr("&Redo"));
}

void MainWindow::updateStatus()
{
    const bool open = m_database != nullptr;
    // Backups are a local file's; a team database is backed up on its server.
    const bool file = open && !m_database->server();
    m_backupAction->setEnabled(file);
    m_writeAccess->setAvailable(m_restoreAction, file);
    m_writeAccess->setAvailable(m_logAction, open);
    m_writeAccess->setAvailable(m_importMailAction, open);
    if (!open) {
        m_statusPath->setText(tr("No database is open."));
        m_statusUser->clear();
        return;
    }
    if (const auto &server = m_database->server()) {
        // Where the data lives and as whom: the team database, the user, their role.
        m_statusPath->setText(tr("Team database %1 (schema version %2)")
                                  .arg(server->url())
                                  .arg(m_database->schemaVersion()));
        m_statusUser->setText(
            tr("User: %1 (%2)")
                .arg(m_database->userName(),
                     core::shownName(m_database->role().value_or(core::ServerRole::Viewer))));
        return;
    }
    m_statusPath->setText(tr("%1 (schema version %2)")
                              .arg(QDir::toNativeSeparators(m_database->path()))
                              .arg(m_database->schemaVersion()));
    m_statusUser->setText(tr("User: %1").arg(m_database->userName()));
}

void MainWindow::showPage(PageIndex index)
{
    m_navigation->setCurrentRow(index);
}

Page *MainWindow::page(PageIndex index) const
{
    return m_pageList.value(index);
}

MunicipalitiesPage *MainWindow::municipalitiesPage() const
{
    return static_cast<MunicipalitiesPage *>(page(MunicipalitiesPageIndex));
}

ProgramPage *MainWindow::programPage() const
{
    return static_cast<ProgramPage *>(page(ProgramPageIndex));
}

ApplicationsPage *MainWindow::applicationsPage() const
{
    return static_cast<ApplicationsPage *>(page(ApplicationsPageIndex));
}

SelectionPage *MainWindow::selectionPage() const
{
    return static_cast<SelectionPage *>(page(SelectionPageIndex));
}

ConsultationsPage *MainWindow::consultationsPage() const
{
    return static_cast<ConsultationsPage *>(page(ConsultationsPageIndex));
}

MeetingsPage *MainWindow::meetingsPage() const
{
    return static_cast<MeetingsPage *>(page(MeetingsPageIndex));
}

PlansPage *MainWindow::plansPage() const
{
    return static_cast<PlansPage *>(page(PlansPageIndex));
}

ReportsPage *MainWindow::reportsPage() const
{
    return static_cast<ReportsPage *>(page(ReportsPageIndex));
}

DashboardPage *MainWindow::dashboardPage() const
{
    return static_cast<DashboardPage *>(page(DashboardPageIndex));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Typed input is never thrown away without asking.
    if (!resolveUnsavedEdits()) {
        event->ignore();
        return;
    }
    QSettings settings = windowSettings();
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, m_navigation->currentRow());
    event->accept();
}

bool MainWindow::openDatabase(const QString &requestedPath, bool interactive, bool readOnly)
{
    // Another file (or the same one again) replaces the pages: unsaved edits are asked about.
    if (!resolveUnsavedEdits())
        return false;
    QString path = requestedPath;
    while (true) {
        // The open file is closed first: a restore or a reopen of the same file needs that.
        if (m_database && QFileInfo(m_database->path()) == QFileInfo(path))
            closeDatabase();
        core::OpenOptions options;
        options.backupsToKeep = m_preferences.backupsToKeep();
        // The day's full check runs behind the window (startDailyCheck), not before it.
        options.deferFullCheck = true;
        options.readOnly = readOnly;
        const auto failure = openAndInstall([&] { return core::openDatabase(path, options); });
        if (!failure)
            return true;
        if (!interactive)
            return false;
        switch (askAfterFailure(path, *failure)) {
        case FailureChoice::OpenAnother: {
            const QString other = FileChooser::openFileName(
                this, tr("Open IoT Desk File"), QFileInfo(path).absolutePath(),
                tr("IoT Desk files (%1);;All files (*)").arg(kFileFilter));
            if (other.isEmpty())
                return m_database != nullptr;
            path = other;
            break;
        }
        case FailureChoice::Restore:
            if (!restoreInto(path))
                return m_database != nullptr;
            break;
        case FailureChoice::CreateNew: {
            const QString created = FileChooser::saveFileName(
                this, tr("New IoT Desk File"), QFileInfo(path).absolutePath(),
                tr("IoT Desk files (%1)").arg(kFileFilter));
            if (created.isEmpty())
                return m_database != nullptr;
            path = created;
            break;
        }
        case FailureChoice::Cancel:
            return m_database != nullptr;
        }
    }
}

std::optional<core::Error> MainWindow::openAndInstall(const Opener &open)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = open();
    QApplication::restoreOverrideCursor();
    if (!opened)
        return opened.error();
    installDatabase(std::move(opened.value()));
    return std::nullopt;
}

bool MainWindow::connectToServer(core::ServerAddress address, bool interactive,
                                 PasswordKeeping keeping)
{
    if (!resolveUnsavedEdits())
        return false;
    while (true) {
        // `address` keeps the password as typed; the kept one is used for this attempt only,
        // so that a dialog opened after a refusal never shows it.
        core::ServerAddress attempt = address;
        if (attempt.password.isEmpty()) {
            if (const auto kept = PasswordKeychain::read(address); kept)
                attempt.password = *kept;
        }
        const auto failure =
            openAndInstall([&attempt] { return core::openServerDatabase(attempt); });
        if (!failure) {
            keepPassword(address, keeping);
            return true;
        }
        if (!interactive)
            return false;
        const bool loginRefused = failure->code() == core::ErrorCode::LoginRefused;
        // The connect dialog again, with the address tried (never a kept password); false when
        // the user gives up.
        const auto askAgain = [&] {
            ConnectDialog dialog(m_preferences.recentServers(), this);
            address.password.clear();
            dialog.setAddress(address);
            if (loginRefused)
                dialog.focusPassword();
            if (dialog.exec() != QDialog::Accepted)
                return false;
            address = dialog.address();
            keeping = dialog.passwordKeeping();
            return true;
        };
        // No password was given or kept: asking for it is no failure to explain.
        if (loginRefused && attempt.password.isEmpty()) {
            if (!askAgain())
                return m_database != nullptr;
            continue;
        }
        QMessageBox box(this);
        box.setIcon(QMessageBox::Critical);
        box.setWindowTitle(tr("Team Database Not Opened"));
        box.setText(tr("IoT Desk could not open the team database %1.").arg(address.description()));
        box.setInformativeText(failure->message());
        // A refused password is typed again in the dialog; any other failure may pass.
        QPushButton *retry = nullptr;
        if (!loginRefused)
            retry = box.addButton(tr("&Retry"), QMessageBox::AcceptRole);
        auto *another =
            box.addButton(loginRefused ? tr("Type the &Password…") : tr("Connect to &Another…"),
                          QMessageBox::ActionRole);
        auto *local = box.addButton(tr("Open a &Local File…"), QMessageBox::ActionRole);
        box.addButton(m_database ? QMessageBox::Cancel : QMessageBox::Close);
        box.setDefaultButton(retry ? retry : another);
        box.exec();
        if (retry && box.clickedButton() == retry)
            continue;
        if (box.clickedButton() == another) {
            if (!askAgain())
                return m_database != nullptr;
            continue;
        }
        if (box.clickedButton() == local)
            openFile(false);
        return m_database != nullptr;
    }
}

void MainWindow::keepPassword(const core::ServerAddress &address, PasswordKeeping keeping)
{
    std::optional<core::Error> failure;
    if (keeping == PasswordKeeping::Keep && !address.password.isEmpty())
        failure = PasswordKeychain::write(address, address.password);
    else if (keeping == PasswordKeeping::Forget)
        failure = PasswordKeychain::forget(address);
    if (failure) {
        statusBar()->showMessage(
            tr("The password was used for this connection only. %1").arg(failure->message()),
            15000);
    }
}

void MainWindow::connectWithDialog(const core::ServerAddress &preset)
{
    ConnectDialog dialog(m_preferences.recentServers(), this);
    // An address has a host by default (localhost): a preset is one that names a user.
    if (!preset.user.isEmpty())
        dialog.setAddress(preset);
    if (dialog.exec() == QDialog::Accepted)
        connectToServer(dialog.address(), true, dialog.passwordKeeping());
}

MainWindow::FailureChoice MainWindow::askAfterFailure(const QString &path, const core::Error &error)
{
    QMessageBox box(this);
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(tr("File Not Opened"));
    box.setText(tr("IoT Desk did not open %1.").arg(QDir::toNativeSeparators(path)));
    box.setInformativeText(error.message());
    auto *another = box.addButton(tr("Open Another File…"), QMessageBox::AcceptRole);
    QAbstractButton *restore = nullptr;
    if (!core::BackupStore(path).list().isEmpty() || QFileInfo::exists(path))
        restore = box.addButton(tr("Restore a Backup…"), QMessageBox::ActionRole);
    auto *create = box.addButton(tr("New File…"), QMessageBox::ActionRole);
    box.addButton(m_database ? QMessageBox::Cancel : QMessageBox::Close);
    box.setDefaultButton(another);
    box.exec();
    if (box.clickedButton() == another)
        return FailureChoice::OpenAnother;
    if (restore && box.clickedButton() == restore)
        return FailureChoice::Restore;
    if (box.clickedButton() == create)
        return FailureChoice::CreateNew;
    return FailureChoice::Cancel;
}

void MainWindow::installDatabase(std::unique_ptr<core::Database> database)
{
    closeDatabase();
    m_database = std::move(database);
    if (const auto &server = m_database->server()) {
        // On a server the history names the database user, whatever the Preferences say.
        m_preferences.addRecentServer(server->url());
    } else {
        m_database->setUserName(m_preferences.userName());
        m_preferences.addRecentFile(m_database->path());
    }

    // Commits of other windows and of iotdesk-cli on the same file show within a second.
    m_database->changes().setPollInterval(kOtherProcessesPollMs);
    // A team database's connection lost and found again: said above the pages while it is
    // gone, and in the status bar when it is back.
    m_connectionProblem.clear();
    connect(&m_database->changes(), &core::ChangeNotifier::connectionLost, this,
            [this](const QString &reason) {
                m_connectionProblem = reason;
                showAccess();
            });
    connect(&m_database->changes(), &core::ChangeNotifier::reconnected, this, [this] {
        m_connectionProblem.clear();
        showAccess();
        // Short enough for the status bar beside its permanent parts at 1024 pixels.
        statusBar()->showMessage(tr("Reconnected to the team database at %1.")
                                     .arg(QDateTime::currentDateTimeUtc()
                                              .toTimeZone(core::JapanTime::zone())
                                              .toString(u"HH:mm"_s)),
                                 30000);
    });
    // Whether the file can be written is known before the pages are made: they start with
    // their writing controls as the file allows.
    showAccess();
    const PageParts parts{*m_database, m_undoStack, *m_writeAccess, m_pages};
    for (const PageKind &kind : kPages) {
        Page *page = kind.create(parts);
        page->setHelpAnchor(QString::fromLatin1(kind.helpAnchor));
        m_pageList.append(page);
        m_pages->addWidget(page);
    }
    const auto showStatus = [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    };
    connect(applicationsPage(), &ApplicationsPage::statusMessage, this, showStatus);
    connect(consultationsPage(), &ConsultationsPage::statusMessage, this, showStatus);
    // Pages, date fields and the core's messages in the user's date style, as on any change.
    applyDateStyle();
    // A bar on the dashboard opens the list behind it.
    connect(dashboardPage(), &DashboardPage::selectionRequested, this,
            [this] { showPage(SelectionPageIndex); });
    connect(dashboardPage(), &DashboardPage::reportsRequested, this,
            [this](qint64 program, QDate month) {
                reportsPage()->showMonth(program, month);
                showPage(ReportsPageIndex);
            });
    connect(dashboardPage(), &DashboardPage::consultationsRequested, this,
            [this](const core::ConsultationFilter &filter) {
                consultationsPage()->setFilter(filter);
                consultationsPage()->showTab(ConsultationsPage::Tab::Log);
                showPage(ConsultationsPageIndex);
            });
    connect(dashboardPage(), &DashboardPage::followUpsRequested, this, [this] {
        consultationsPage()->showTab(ConsultationsPage::Tab::FollowUps);
        showPage(ConsultationsPageIndex);
    });
    connect(dashboardPage(), &DashboardPage::meetingRequested, this,
            [this](qint64 program, qint64 meeting) {
                meetingsPage()->showMeeting(program, meeting);
                showPage(MeetingsPageIndex);
            });
    connect(dashboardPage(), &DashboardPage::planRequested, this,
            [this](qint64 program, qint64 application) {
                plansPage()->showPlan(program, application);
                plansPage()->showTab(PlansPage::RoadmapTab);
                showPage(PlansPageIndex);
            });
    const int page = windowSettings().value(kPageKey, 0).toInt();
    m_navigation->setCurrentRow(page >= 0 && page < PageCount ? page : 0);
    m_pages->setCurrentIndex(m_navigation->currentRow());

    const core::OpenReport &report = m_database->openReport();
    if (report.versionBefore > 0 && report.versionBefore < m_database->schemaVersion()) {
        statusBar()->showMessage(tr("The file was upgraded from version %1; a copy of it as it "
                                    "was is in %2.")
                                     .arg(report.versionBefore)
                                     .arg(QDir::toNativeSeparators(report.upgradeBackup)),
                                 15000);
    } else if (!report.dailyBackupProblem.isEmpty()) {
        statusBar()->showMessage(
            tr("Today's backup could not be written: %1").arg(report.dailyBackupProblem), 30000);
    } else if (!report.dailyBackup.isEmpty()) {
        statusBar()->showMessage(tr("Today's backup was written to %1.")
                                     .arg(QDir::toNativeSeparators(report.dailyBackup)),
                                 8000);
    }
    // The day's check ends with the day's backup beside the file: not for a file opened
    // read-only (by choice or on read-only media), which is read without writing anything.
    if (report.fullCheckDue && m_database->access() == core::Access::HeldForCheck)
        startDailyCheck();
    retranslate();
}

QAbstractItemView *MainWindow::tableInView() const
{
    QWidget *page = m_pages->currentWidget();
    if (!page)
        return nullptr;
    // The table with the focus, else the largest one shown on the page.
    if (auto *focused = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
        focused && page->isAncestorOf(focused) && qobject_cast<QTableView *>(focused)) {
        return focused;
    }
    QAbstractItemView *largest = nullptr;
    int area = 0;
    for (QTableView *view : page->findChildren<QTableView *>()) {
        if (!view->isVisibleTo(page) || !view->model() || view->model()->columnCount() == 0)
            continue;
        const int size = view->width() * view->height();
        if (!largest || size > area) {
            largest = view;
            area = size;
        }
    }
    return largest;
}

QString MainWindow::exportTableInView(const QString &path) const
{
    QAbstractItemView *view = tableInView();
    if (!view)
        return tr("This page has no table to export.");
    // The consultation log is read in pages; it exports through its own streaming writer.
    if (ConsultationsPage *consultations = consultationsPage();
        consultations && view == consultations->table()) {
        const auto format = core::TableFileWriter::formatOf(path);
        if (!format)
            return tr("Choose a file ending in .xlsx or .csv.");
        return consultations->exportList(path, *format == core::TableFileWriter::Format::Xlsx);
    }
    const auto written = core::TableFileWriter::writeModel(*view->model(), path,
                                                           m_navigation->currentItem()->text());
    return written ? QString() : written.message();
}

QString MainWindow::governmentInView() const
{
    const auto *page = qobject_cast<const Page *>(m_pages->currentWidget());
    return page ? page->governmentInView() : QString();
}

void MainWindow::findAnything()
{
    if (!m_database)
        return;
    GlobalSearchDialog dialog(*m_database, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto hit = dialog.chosen())
        openSearchHit(*hit);
}

void MainWindow::openSearchHit(const core::SearchHit &hit)
{
    switch (hit.kind) {
    case core::SearchHit::Kind::Municipality:
        showPage(MunicipalitiesPageIndex);
        municipalitiesPage()->showGovernment(hit.code6);
        break;
    case core::SearchHit::Kind::Application:
        showPage(ApplicationsPageIndex);
        applicationsPage()->showApplication(hit.programId, hit.id);
        break;
    case core::SearchHit::Kind::Consultation:
        showPage(ConsultationsPageIndex);
        consultationsPage()->showConsultation(hit.id, hit.code6);
        break;
    case core::SearchHit::Kind::Person:
        showPage(ConsultationsPageIndex);
        consultationsPage()->showPeopleOf(hit.code6);
        break;
    case core::SearchHit::Kind::Meeting:
        showPage(MeetingsPageIndex);
        meetingsPage()->openSession(hit.programId, hit.id);
        break;
    }
}

void MainWindow::askUserNameOnce()
{
    if (!m_database || !m_preferences.userName().isEmpty())
        return;
    // Consultations are logged under the user's name: ask for it once instead of guessing.
    QStringList names;
    if (const auto consultants = core::ContactRepository(*m_database).consultants())
        for (const core::Contact &person : *consultants)
            names.append(person.name);
    bool ok = false;
    const QString name =
        QInputDialog::getItem(this, tr("Who Are You?"),
                              tr("Your name, as consultations and the history record it (Settings "
                                 "▸ Preferences changes it):"),
                              names, -1, true, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_preferences.setUserName(name);
    m_database->setUserName(name);
    updateStatus();
}

void MainWindow::waitForDailyCheck()
{
    if (!m_dailyCheck)
        return;
    m_dailyCheck->wait();
    // Its result is delivered by a queued call: let it arrive.
    QCoreApplication::sendPostedEvents(this);
    QCoreApplication::processEvents();
}

void MainWindow::startDailyCheck()
{
    auto result = std::make_shared<core::DailyCareResult>();
    const QString path = m_database->path();
    const int keep = m_preferences.backupsToKeep();
    m_dailyCheck =
        QThread::create([result, path, keep] { *result = core::DailyCare::run(path, keep); });
    connect(m_dailyCheck, &QThread::finished, this, [this, result, path] {
        m_dailyCheck->deleteLater();
        m_dailyCheck = nullptr;
        if (!m_database || m_database->path() != path)
            return; // another file is open now
        if (!result->problems.isEmpty()) {
            // Nothing is written into a damaged file: it stays held, and the banner says why.
            m_damage = result->problems.join(u"; "_s);
            showAccess();
            return;
        }
        if (auto released = m_database->releaseWrites(); !released) {
            m_damage = released.message();
            showAccess();
            return;
        }
        showAccess();
        statusBar()->showMessage(
            !result->backupProblem.isEmpty()
                ? tr("The file passed its daily check; today's backup could not be written: %1")
                      .arg(result->backupProblem)
            : !result->backup.isEmpty()
                ? tr("The file passed its daily check (%1 s); today's backup was written to %2.")
                      .arg(QLocale().toString(result->checkMs / 1000.0, 'f', 1),
                           QDir::toNativeSeparators(result->backup))
                : tr("The file passed its daily check (%1 s).")
                      .arg(QLocale().toString(result->checkMs / 1000.0, 'f', 1)),
            result->backupProblem.isEmpty() ? 8000 : 30000);
    });
    m_dailyCheck->start(QThread::LowPriority);
}

void MainWindow::showAccess()
{
    const core::Access access = m_database ? m_database->access() : core::Access::ReadWrite;
    QString text;
    bool alarm = false;
    if (!m_damage.isEmpty()) {
        text = tr("The daily check found damage in this file (%1). It stays read-only so that "
                  "nothing is written into it: restore a backup (File ▸ Restore from Backup).")
                   .arg(m_damage);
        alarm = true;
    } else if (!m_connectionProblem.isEmpty()) {
        // The driver's own words are for the tooltip: the line says what it means.
        text = tr("The connection to the team database is lost. IoT Desk connects again by "
                  "itself; until then nothing can be saved, and what you type stays in its "
                  "dialog.");
        alarm = true;
    } else if (access == core::Access::ReadOnly) {
        text = tr("Read-only: %1. You can read, search, print and export; changes cannot be "
                  "saved.")
                   .arg(m_database->openReport().readOnlyReason);
    } else if (access == core::Access::HeldForCheck) {
        text = tr("Checking the whole file, as on the first open of each day. You can read "
                  "now; changes can be saved as soon as the check has passed.");
    }
    // Every page's writing controls follow: disabled, with this reason in short as their
    // tooltip, while nothing can be saved; enabled again when the held check has passed.
    // On a team database the role narrows what can be written further (a file has no roles).
    m_writeAccess->setRole(m_database ? m_database->role() : std::nullopt);
    m_writeAccess->setState(!m_damage.isEmpty()                ? WriteAccess::State::Damaged
                            : access == core::Access::ReadOnly ? WriteAccess::State::ReadOnly
                            : access == core::Access::HeldForCheck
                                ? WriteAccess::State::HeldForCheck
                                : WriteAccess::State::Writable);
    m_accessBanner->setText(text);
    m_accessBanner->setToolTip(m_connectionProblem);
    m_accessBanner->setStyleSheet(alarm ? u"background: #f8d7d7; color: #8a1010;"_s
                                        : u"background: #fff4c2; color: #5a4500;"_s);
    m_accessBanner->setVisible(!text.isEmpty());
}

void MainWindow::closeDatabase()
{
    // The day's check reads the file on its own connections: it finishes first.
    if (m_dailyCheck)
        m_dailyCheck->wait();
    m_damage.clear();
    // Commands refer to the database: they go with it.
    m_undoStack->clear();
    qDeleteAll(m_pageList);
    m_pageList.clear();
    m_database.reset();
}

bool MainWindow::resolveUnsavedEdits()
{
    for (Page *page : std::as_const(m_pageList)) {
        if (!page->resolveUnsavedEdits()) {
            showPage(PageIndex(m_pageList.indexOf(page)));
            return false;
        }
    }
    return true;
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_preferences.recentFiles();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        action->setEnabled(QFileInfo::exists(file));
        connect(action, &QAction::triggered, this, [this, file] { openDatabase(file); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::newFile()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New IoT Desk File"),
        m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath(),
        tr("IoT Desk files (%1)").arg(kFileFilter), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".sqlite"_s;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("File Exists"),
            tr("%1 exists already. Use File ▸ Open to open it; a new file is never "
               "written over an existing one.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::openFile(bool readOnly)
{
    const QString path = FileChooser::openFileName(
        this, tr("Open IoT Desk File"),
        m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath(),
        tr("IoT Desk files (%1);;All files (*)").arg(kFileFilter));
    if (!path.isEmpty())
        openDatabase(path, true, readOnly);
}

void MainWindow::backUpNow()
{
    if (!m_database)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written =
        core::BackupStore(m_database->path()).create(*m_database, core::BackupKind::Manual);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::critical(this, tr("Backup Failed"), written.message());
        return;
    }
    statusBar()->showMessage(
        tr("Backup written to %1.").arg(QDir::toNativeSeparators(written.value())), 10000);
}

void MainWindow::restoreBackup()
{
    if (!m_database || !resolveUnsavedEdits())
        return;
    const QString path = m_database->path();
    if (restoreInto(path))
        openDatabase(path);
}

bool MainWindow::restoreInto(const QString &databasePath)
{
    RestoreBackupDialog dialog(databasePath, dateStyle(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return false;
    const bool wasOpen = m_database && QFileInfo(m_database->path()) == QFileInfo(databasePath);
    if (wasOpen)
        closeDatabase();
    const auto restored =
        core::BackupStore(databasePath).restore(dialog.selectedBackup(), databasePath);
    if (!restored) {
        QMessageBox::critical(this, tr("Not Restored"), restored.message());
        if (wasOpen)
            openDatabase(databasePath);
        return false;
    }
    return true;
}

void MainWindow::setLanguage(core::Language language)
{
    m_preferences.setLanguage(language);
    m_translations->apply(language);
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    dialog.setValues(m_preferences.language(), m_preferences.chosenDateStyle(),
                     m_preferences.userName(), m_preferences.backupsToKeep());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_preferences.setDateStyle(dialog.dateStyle());
    m_preferences.setUserName(dialog.userName());
    m_preferences.setBackupsToKeep(dialog.backupsToKeep());
    if (m_database)
        m_database->setUserName(dialog.userName());
    if (dialog.language() != m_translations->language())
        setLanguage(dialog.language()); // applies the date style with the language
    else
        applyDateStyle();
    updateStatus();
}

QString MainWindow::helpAnchor(PageIndex index)
{
    return index >= 0 && index < PageCount ? QString::fromLatin1(kPages[index].helpAnchor)
                                           : QString();
}

void MainWindow::showUserGuide()
{
    // One guide window, opened at the section of the page in view.
    auto *guide = findChild<HelpWindow *>();
    if (!guide)
        guide = new HelpWindow(this);
    const int page = m_navigation->currentRow();
    guide->showSection(page >= 0 && page < PageCount ? helpAnchor(PageIndex(page)) : QString());
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::openLogFolder()
{
    const QString file = core::LogFile::path();
    const QString folder = file.isEmpty() ? core::LogFile::defaultFolder() : QFileInfo(file).path();
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
        // No file manager to show it in: the user can still go there by hand.
        QMessageBox::information(this, tr("Log Folder"),
                                 tr("The log is kept in %1").arg(QDir::toNativeSeparators(folder)));
    }
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About IoT Desk"),
        tr("<h3>IoT Desk %1</h3>"
           "<p>The desk from which the Regional IoT Implementation Planning and "
           "Promotion-System Support Program of the Ministry of Internal Affairs and "
           "Communications is run: applications, selection, workshops, reports and "
           "consultations.</p>"
           "<p>Master data: local government codes and readings from Japan Post's postcode "
           "data and MIC's code list; holidays from the holiday_jp project (MIT).</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace iotdesk::ui
