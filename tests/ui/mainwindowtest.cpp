#include "ui/shell/mainwindow.h"

#include "core/applications/applicationlistmodel.h"
#include "core/applications/applicationrepository.h"
#include "core/consultations/consultationlistmodel.h"
#include "core/consultations/consultationrepository.h"
#include "core/foundation/japantime.h"
#include "core/foundation/modelroles.h"
#include "core/foundation/userfolders.h"
#include "core/meetings/attendancemodel.h"
#include "core/meetings/commitmentmodel.h"
#include "core/meetings/meetingrepository.h"
#include "core/meetings/presentationslotmodel.h"
#include "core/meetings/sessionlistmodel.h"
#include "core/municipalities/contactrepository.h"
#include "core/municipalities/localgovernmentmodel.h"
#include "core/overview/dashboarddata.h"
#include "core/plans/planrepository.h"
#include "core/programs/programrepository.h"
#include "core/programs/yearcalendarmodel.h"
#include "core/reports/reportgridmodel.h"
#include "core/reports/reportrepository.h"
#include "core/selection/reviewrepository.h"
#include "core/storage/backupstore.h"
#include "pagefixture.h"
#include "sampledata.h"
#include "testsupport.h"
#include "ui/applications/applicationspage.h"
#include "ui/consultations/consultationdialog.h"
#include "ui/consultations/consultationspage.h"
#include "ui/meetings/meetingspage.h"
#include "ui/municipalities/municipalitiespage.h"
#include "ui/overview/dashboardpage.h"
#include "ui/plans/planspage.h"
#include "ui/programs/programpage.h"
#include "ui/reports/reportspage.h"
#include "ui/selection/decisiondialog.h"
#include "ui/selection/reviewersdialog.h"
#include "ui/selection/selectionpage.h"
#include "ui/shell/globalsearchdialog.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/dateprompt.h"
#include "ui/widgets/optionaldateedit.h"
#include "ui/widgets/programselector.h"
#include "ui/widgets/translations.h"
#include "ui/widgets/writeaccess.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QCalendarWidget>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        core::UserFolders::openSettings().clear();
        m_translations.apply(core::Language::English);
        m_window = std::make_unique<ui::MainWindow>(&m_translations);
        m_window->show();
        ASSERT_TRUE(m_window->openDatabase(m_dir.filePath(u"ui.sqlite"_s), false));
    }
    void TearDown() override
    {
        m_window.reset();
        m_translations.apply(core::Language::English);
    }

    QTemporaryDir m_dir;
    ui::Translations m_translations;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace

namespace {

// A page's table by its object name, and the model it shows.
template <typename Model> Model *modelOf(const QWidget *page, const QString &table)
{
    auto *view = page->findChild<QTableView *>(table);
    EXPECT_NE(view, nullptr) << "no " << table.toStdString();
    return view ? qobject_cast<Model *>(view->model()) : nullptr;
}

} // namespace

TEST_F(MainWindowTest, TheProgramChosenOnAPageIsEveryPagesAndTheNextStarts)
{
    const QString path = m_window->database()->path();
    const auto next = core::ProgramRepository(*m_window->database()).createNextFiscalYear(1);
    ASSERT_TRUE(next) << next.message().toStdString();
    ASSERT_TRUE(m_window->openDatabase(path, false));
    m_window->waitForDailyCheck();
    QCoreApplication::processEvents();
    m_window->showPage(ui::MainWindow::ApplicationsPageIndex);
    auto *applications = m_window->applicationsPage()->findChild<ui::ProgramSelector *>();
    ASSERT_NE(applications, nullptr);
    EXPECT_EQ(applications->programId(), *next) << "nothing chosen yet: the newest";
    // Last year's program, chosen on one page...
    const int fy2018 = applications->findData(qint64(1));
    ASSERT_GE(fy2018, 0);
    applications->setCurrentIndex(fy2018);
    emit applications->activated(fy2018);
    // ...is the one the next page shows, and the one the next start opens on.
    m_window->showPage(ui::MainWindow::MeetingsPageIndex);
    EXPECT_EQ(m_window->meetingsPage()->programId(), 1);
    m_window->showPage(ui::MainWindow::ReportsPageIndex);
    EXPECT_EQ(m_window->reportsPage()->programId(), 1);
    m_window.reset();
    m_window = std::make_unique<ui::MainWindow>(&m_translations);
    m_window->show();
    ASSERT_TRUE(m_window->openDatabase(path, false));
    m_window->waitForDailyCheck();
    QCoreApplication::processEvents();
    m_window->showPage(ui::MainWindow::ApplicationsPageIndex);
    EXPECT_EQ(m_window->applicationsPage()->findChild<ui::ProgramSelector *>()->programId(), 1);
    EXPECT_EQ(m_window->dashboardPage()->programId(), 1);
}

TEST_F(MainWindowTest, OpensWithBothPages)
{
    EXPECT_TRUE(m_window->isVisible());
    ASSERT_NE(m_window->database(), nullptr);
    EXPECT_EQ(m_window->navigation()->count(), ui::MainWindow::PageCount);
    EXPECT_EQ(m_window->navigation()->item(0)->text(), u"Dashboard");
    EXPECT_EQ(m_window->navigation()->item(1)->text(), u"Municipalities");
    EXPECT_EQ(m_window->navigation()->item(2)->text(), u"Program");
    EXPECT_TRUE(m_window->windowTitle().contains(u"ui.sqlite"_s));
    // Every page fits a 1280-pixel screen (a stacked widget takes the widest page's minimum).
    EXPECT_LE(m_window->minimumSizeHint().width(), 1280);
}

TEST_F(MainWindowTest, LanguageSwitchRetranslatesVisibleLabels)
{
    ui::MunicipalitiesPage *page = m_window->municipalitiesPage();
    const QString englishHeader =
        page->model()->headerData(core::LocalGovernmentModel::Name, Qt::Horizontal).toString();
    EXPECT_EQ(englishHeader, u"Name");
    m_window->setLanguage(core::Language::Japanese);
    // Widgets receive LanguageChange as posted events.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(m_window->navigation()->item(1)->text(), u"市区町村");
    EXPECT_EQ(m_window->navigation()->item(2)->text(), u"事業");
    EXPECT_EQ(
        page->model()->headerData(core::LocalGovernmentModel::Name, Qt::Horizontal).toString(),
        u"名称");
    EXPECT_EQ(
        page->model()->data(page->model()->index(0, core::LocalGovernmentModel::Kind)).toString(),
        u"都道府県");
    auto *bureaus = page->findChild<QComboBox *>(u"bureauFilter"_s);
    ASSERT_NE(bureaus, nullptr);
    EXPECT_EQ(bureaus->itemText(1), u"北海道総合通信局");
    EXPECT_TRUE(m_window->menuBar()->actions().front()->text().contains(u"ファイル"_s));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"キャンセル");
    m_window->setLanguage(core::Language::English);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(m_window->navigation()->item(1)->text(), u"Municipalities");
    EXPECT_EQ(bureaus->itemText(1), u"Hokkaido Bureau of Telecommunications");
    // Qt's own strings come back in English too.
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel");
}

TEST(MainWindowRefusal, DamagedFileIsNotOpened)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.sqlite"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const QByteArray before = test::fileDigest(path);
    ui::Translations translations;
    ui::MainWindow window(&translations);
    EXPECT_FALSE(window.openDatabase(path, false));
    EXPECT_EQ(window.database(), nullptr);
    EXPECT_EQ(test::fileDigest(path), before);
}

TEST(Translations, QtsOwnDialogsSpeakJapanese)
{
    ui::Translations translations;
    ASSERT_TRUE(translations.apply(core::Language::Japanese));
    // From qtbase_ja, and from the supplement for what Debian's catalogue lacks (the file
    // dialog's "Type" column).
    EXPECT_EQ(QCoreApplication::translate("QFileDialog", "Look in:"), u"アドレス:");
    EXPECT_EQ(
        QCoreApplication::translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        u"フォルダ");
    ASSERT_TRUE(translations.apply(core::Language::English));
    EXPECT_EQ(
        QCoreApplication::translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        u"Folder");
}

TEST(PreferencesDialog, ShowsLabelledFieldsAndReturnsTheChoices)
{
    ui::Translations translations;
    translations.apply(core::Language::Japanese);
    ui::PreferencesDialog dialog;
    dialog.setValues(core::Language::English, core::DateStyle::WesternJapanese, u"佐藤"_s, 5);
    dialog.show();
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QStringList texts;
    for (const QLabel *label : labels)
        texts.append(label->text());
    EXPECT_TRUE(texts.contains(u"言語(&L):"_s)) << texts.join(u" | "_s).toStdString();
    EXPECT_TRUE(texts.contains(u"日付の表記(&D):"_s));
    EXPECT_EQ(dialog.language(), core::Language::English);
    EXPECT_EQ(dialog.dateStyle(), core::DateStyle::WesternJapanese);
    EXPECT_EQ(dialog.userName(), u"佐藤");
    EXPECT_EQ(dialog.backupsToKeep(), 5);
    // Following the language is a choice of its own: OK keeps it, it never freezes to 和暦.
    dialog.setValues(core::Language::Japanese, std::nullopt, {}, 7);
    EXPECT_FALSE(dialog.dateStyle().has_value());
    if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR"); !folder.isEmpty())
        dialog.grab().save(folder + u"/preferences-ja.png"_s);
    translations.apply(core::Language::English);
}

// Twenty scored applications and the balanced proposal on the Selection page: with them, in
// both languages, the window still fits a 1280-pixel screen (the board itself is the page's
// test). The user guide's pictures of the board are taken here (scripts/screenshots).
TEST_F(MainWindowTest, SelectionBoardFitsTheScreenAcrossTwentyApplications)
{
    ASSERT_NO_FATAL_FAILURE(test::addTwentyScoredApplications(*m_window->database()));
    m_window->showPage(ui::MainWindow::SelectionPageIndex);
    ui::SelectionPage *page = m_window->selectionPage();
    page->reload();
    ASSERT_TRUE(page->setBureauLimit(2).isEmpty());
    ASSERT_TRUE(page->selectProposal(QDate(2018, 6, 15)).isEmpty());
    for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
        m_translations.apply(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
        EXPECT_LE(m_window->minimumSizeHint().width(), 1280) << int(language);
    }

    if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        m_window->resize(1280, 800);
        for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
            m_translations.apply(language);
            QTest::qWait(300); // layouts and the chart's scene settle through posted events
            const QString name = language == core::Language::Japanese ? u"ja"_s : u"en"_s;
            m_window->grab().save(folder + u"/"_s + name + u"-selection.png"_s);
        }
    }
}

// A fiscal year's monthly reports, one recorded: with them, in both languages, every page still
// fits a 1280-pixel screen (the grid itself is the page's test). The user guide's pictures of
// the Reports page and the progress summary are made here (scripts/screenshots).
TEST_F(MainWindowTest, MonthlyReportGridWithDataFitsTheScreen)
{
    qint64 program = 0;
    ASSERT_NO_FATAL_FAILURE(test::addFuchuSelectedInFiscal2026(*m_window->database(), &program));
    m_window->showPage(ui::MainWindow::ReportsPageIndex);
    ui::ReportsPage *page = m_window->reportsPage();
    ASSERT_NE(page, nullptr);
    auto *selector = page->findChild<QComboBox *>();
    selector->setCurrentIndex(selector->findData(program));
    auto *grid = page->findChild<core::ReportGridModel *>(u"reportGridModel"_s);
    ASSERT_NE(grid, nullptr);
    const QModelIndex july = grid->index(0, core::ReportGridModel::FirstMonth + 3);
    ASSERT_NE(grid->reportAt(july), nullptr);
    core::MonthlyReport report = *grid->reportAt(july);
    report.receivedOn = QDate(2026, 8, 7);
    report.channel = core::ReportChannel::Email;
    report.activities = u"庁内推進体制の設置"_s;
    ASSERT_EQ(page->saveReport(report), QString());

    // With data, in both languages, every page still fits a 1280-pixel screen.
    for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
        m_translations.apply(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
        EXPECT_LE(m_window->minimumSizeHint().width(), 1280) << int(language);
    }

    if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        m_window->resize(1280, 800);
        page->findChild<QTableView *>(u"reportGrid"_s)->setCurrentIndex(grid->indexOf(report.id));
        for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
            m_translations.apply(language);
            QTest::qWait(200);
            const QString name = language == core::Language::Japanese ? u"ja"_s : u"en"_s;
            m_window->grab().save(folder + u"/"_s + name + u"-reports.png"_s);
        }
        m_translations.apply(core::Language::Japanese);
        m_window->showPage(ui::MainWindow::DashboardPageIndex);
        auto *choice = m_window->dashboardPage()->findChild<QComboBox *>();
        choice->setCurrentIndex(choice->findData(program));
        EXPECT_TRUE(m_window->dashboardPage()->summary().writePdf(folder + u"/summary.pdf"_s));
        m_translations.apply(core::Language::English);
    }
}

// A bar of the dashboard opens the list behind it (what the bars count, and what a bar asks
// for, is the page's test).
TEST_F(MainWindowTest, DashboardChartsOpenTheirLists)
{
    const core::Database &db = *m_window->database();
    ASSERT_NO_FATAL_FAILURE(test::addDashboardSample(db));

    m_window->showPage(ui::MainWindow::DashboardPageIndex);
    ui::DashboardPage *page = m_window->dashboardPage();
    ASSERT_NE(page, nullptr);
    page->reload();

    // August's e-mail bar (set 1 of the channels, month index 4): the consultation list,
    // filtered to August and e-mail.
    page->openBar(ui::DashboardPage::ConsultationChart, 1, 4);
    EXPECT_EQ(m_window->navigation()->currentRow(), ui::MainWindow::ConsultationsPageIndex);
    const auto *consultations =
        m_window->consultationsPage()->findChild<core::ConsultationListModel *>(
            u"consultationList"_s);
    ASSERT_NE(consultations, nullptr);
    EXPECT_EQ(consultations->rowCount(), 1);
    // July's reports: the Reports page with July chosen.
    m_window->showPage(ui::MainWindow::DashboardPageIndex);
    page->openBar(ui::DashboardPage::ReportChart, 2, 3);
    EXPECT_EQ(m_window->navigation()->currentRow(), ui::MainWindow::ReportsPageIndex);
    const auto *grid =
        m_window->reportsPage()->findChild<core::ReportGridModel *>(u"reportGridModel"_s);
    ASSERT_NE(grid, nullptr);
    const QModelIndex current =
        m_window->reportsPage()->findChild<QTableView *>(u"reportGrid"_s)->currentIndex();
    EXPECT_EQ(grid->monthOf(current.column()), QDate(2018, 7, 1));
    // Workshop 1's attendance: the Meetings page on its session.
    page->openBar(ui::DashboardPage::AttendanceChart, 0, 0);
    EXPECT_EQ(m_window->navigation()->currentRow(), ui::MainWindow::MeetingsPageIndex);
    const auto *sessions =
        modelOf<core::SessionListModel>(m_window->meetingsPage(), u"sessionTable"_s);
    EXPECT_EQ(
        sessions->at(sessions->rowOf(m_window->meetingsPage()->currentSessionId())).meeting.seq, 1);

    if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        m_window->resize(1280, 800);
        m_window->showPage(ui::MainWindow::DashboardPageIndex);
        for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
            m_translations.apply(language);
            QTest::qWait(400);
            const QString name = language == core::Language::Japanese ? u"ja"_s : u"en"_s;
            m_window->grab().save(folder + u"/"_s + name + u"-dashboard.png"_s);
        }
    }
}

// The dashboard's key figures stay on one line under the program on the common screens, in
// both languages, the months under the bars and the legends whole (how the figures wrap when
// narrower, and what the legends say, is the page's test).
TEST_F(MainWindowTest, DashboardFiguresOnOneLine)
{
    const core::Database &db = *m_window->database();
    core::Application a;
    a.programId = 1;
    a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
    a.members = {{u"132063"_s, true}};
    a.decision = core::Decision::Selected;
    a.overrideReason = u"テスト"_s;
    a.decidedAt = QDateTime(QDate(2018, 6, 29), QTime(6, 0), Qt::UTC);
    ASSERT_TRUE(core::ApplicationRepository(db).create(a));
    m_window->showPage(ui::MainWindow::DashboardPageIndex);
    ui::DashboardPage *page = m_window->dashboardPage();
    page->reload();
    auto *figures = page->findChild<QLabel *>(u"dashboardFigures"_s);
    ASSERT_NE(figures, nullptr);
    for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
        m_translations.apply(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        for (const QSize size : {QSize(1024, 768), QSize(1366, 768)}) {
            m_window->resize(size);
            QTest::qWait(100);
            ASSERT_EQ(m_window->width(), size.width()) << int(language);
            const QString text = figures->text();
            EXPECT_EQ(figures->heightForWidth(figures->width()), figures->heightForWidth(100000))
                << size.width() << " " << text.toStdString();
            // Twelve months under the bars, however narrow (shortened, never dropped).
            for (const QString &monthly : {u"reportChart"_s, u"consultationChart"_s}) {
                auto *view = page->findChild<QChartView *>(monthly);
                ASSERT_NE(view, nullptr) << monthly.toStdString();
                const auto axes = view->chart()->axes(Qt::Horizontal);
                ASSERT_FALSE(axes.isEmpty());
                const auto *months = qobject_cast<const QBarCategoryAxis *>(axes.front());
                ASSERT_NE(months, nullptr);
                EXPECT_EQ(months->count(), 12) << size.width();
            }
            // The legends are whole, however many lines they take.
            const auto legends = page->findChildren<QLabel *>(u"chartLegend"_s);
            ASSERT_EQ(legends.size(), ui::DashboardPage::ChartCount);
            for (int i = 0; i < legends.size(); ++i) {
                const QLabel *legend = legends[i];
                if (legend->isVisible()) {
                    EXPECT_GE(legend->height(), legend->heightForWidth(legend->width())) << i;
                }
            }
            if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR");
                !folder.isEmpty()) {
                m_window->grab().save(
                    folder + u"/%1-dashboard-%2.png"_s
                                 .arg(language == core::Language::Japanese ? u"ja"_s : u"en"_s)
                                 .arg(size.width()));
            }
        }
    }
}

// Every table page exports the table in view as it is shown.
TEST_F(MainWindowTest, TableInViewExportsAsShown)
{
    m_window->showPage(ui::MainWindow::MunicipalitiesPageIndex);
    QCoreApplication::processEvents();
    ASSERT_NE(m_window->tableInView(), nullptr);
    const QString csv = m_dir.filePath(u"municipalities.csv"_s);
    ASSERT_EQ(m_window->exportTableInView(csv), QString());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    EXPECT_EQ(lines.size(), 1788 + 2) << "a heading, every government, and the final line end";
    EXPECT_TRUE(lines.front().startsWith("\xEF\xBB\xBF"));
    const QString xlsx = m_dir.filePath(u"municipalities.xlsx"_s);
    EXPECT_EQ(m_window->exportTableInView(xlsx), QString());
    EXPECT_TRUE(test::zipMember(xlsx, u"xl/worksheets/sheet1.xml"_s).contains(u"檮原町"_s));
    EXPECT_FALSE(m_window->exportTableInView(m_dir.filePath(u"table.txt"_s)).isEmpty())
        << "an unknown format is refused";

    // The program's meetings page: its session table.
    m_window->showPage(ui::MainWindow::MeetingsPageIndex);
    QCoreApplication::processEvents();
    const QString sessions = m_dir.filePath(u"sessions.csv"_s);
    ASSERT_EQ(m_window->exportTableInView(sessions), QString());
    QFile written(sessions);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(written.readAll()).contains(u"Workshop 1"_s));
}

TEST_F(MainWindowTest, EveryPageFollowsChangesMadeElsewhere)
{
    // A new fiscal year made on the Program page is offered at once on the other pages.
    QTest::mouseClick(m_window->programPage()->findChild<QPushButton *>(u"newFiscalYear"_s),
                      Qt::LeftButton);
    for (QWidget *page : std::initializer_list<QWidget *>{m_window->applicationsPage(),
                                                          m_window->selectionPage()}) {
        auto *programs = page->findChild<ui::ProgramSelector *>();
        ASSERT_NE(programs, nullptr);
        EXPECT_EQ(programs->count(), 2) << page->metaObject()->className();
    }
    m_window->undoStack()->undo();
    EXPECT_EQ(m_window->applicationsPage()->findChild<ui::ProgramSelector *>()->count(), 1);

    // A consultation logged by another program on the same file (iotdesk-cli) appears on the
    // open Consultations page without any action in this window.
    m_window->showPage(ui::MainWindow::ConsultationsPageIndex);
    const auto *list = test::child<core::ConsultationListModel>(m_window->consultationsPage(),
                                                                u"consultationList"_s);
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->rowCount(), 0);
    auto other =
        test::openOrDie(m_window->database()->path(), core::OpenOptions{.dailyBackup = false});
    const qint64 consultant = core::ContactRepository(*other)
                                  .add({0,
                                        core::ContactKind::Consultant,
                                        u"支援 次郎"_s,
                                        {},
                                        {},
                                        {},
                                        {},
                                        {},
                                        {},
                                        true,
                                        {}})
                                  .value();
    core::Consultation c;
    c.occurredAt = QDateTime(QDate(2018, 7, 2), QTime(1, 0), Qt::UTC);
    c.lgCode6 = u"394050"_s;
    c.consultantId = consultant;
    c.channel = core::Channel::Phone;
    c.direction = core::Direction::Incoming;
    c.summary = u"別のウィンドウから記録"_s;
    ASSERT_TRUE(core::ConsultationRepository(*other).create(c));
    EXPECT_TRUE(QTest::qWaitFor([&] { return list->rowCount() == 1; }, 3000));
}

TEST_F(MainWindowTest, CtrlLAsksWhoTheUserIsOnceAndLogsUnderThatName)
{
    const core::Database &db = *m_window->database();
    core::ContactRepository contacts(db);
    // Two consultants; the first in the list is not the user.
    ASSERT_TRUE(contacts.add(
        {0, core::ContactKind::Consultant, u"安藤 一郎"_s, {}, {}, {}, {}, {}, {}, true, {}}));
    ASSERT_TRUE(contacts.add(
        {0, core::ContactKind::Consultant, u"支援 次郎"_s, {}, {}, {}, {}, {}, {}, true, {}}));
    m_window->showPage(ui::MainWindow::ConsultationsPageIndex);
    QString offered;
    bool asked = false;
    QTimer::singleShot(0, [&] {
        auto *question = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(question, nullptr);
        asked = true;
        question->setTextValue(u"支援 次郎"_s);
        QTimer::singleShot(0, [&] {
            auto *dialog =
                qobject_cast<ui::ConsultationDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr);
            offered = dialog->consultantField()->currentText();
            dialog->reject();
        });
        question->accept();
    });
    m_window->logConsultationAction()->trigger();
    EXPECT_TRUE(asked);
    EXPECT_EQ(offered, u"支援 次郎");
    EXPECT_EQ(core::Preferences().userName(), u"支援 次郎");
    EXPECT_EQ(db.userName(), u"支援 次郎");

    // Known now: the next Ctrl+L goes straight to the entry.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::ConsultationDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        offered = dialog->consultantField()->currentText();
        dialog->reject();
    });
    offered.clear();
    m_window->logConsultationAction()->trigger();
    EXPECT_EQ(offered, u"支援 次郎");
}

namespace {

// The controls of the page in view that lie (partly) outside the window: each named by its
// class, object name or text.
QStringList controlsOutside(ui::MainWindow &window)
{
    QStringList outside;
    auto *pages = window.navigation()->parentWidget()->findChild<QStackedWidget *>(
        QString(), Qt::FindDirectChildrenOnly);
    QWidget *page = pages->currentWidget();
    const QRect visible = window.rect();
    for (QWidget *control : page->findChildren<QWidget *>()) {
        if (!control->isVisibleTo(&window) || control->width() <= 0)
            continue;
        if (!qobject_cast<QAbstractButton *>(control) && !qobject_cast<QComboBox *>(control) &&
            !qobject_cast<QLineEdit *>(control) && !qobject_cast<QAbstractItemView *>(control))
            continue;
        // Inside a scroll area, a control is reachable by scrolling.
        bool scrolled = false;
        for (QWidget *parent = control->parentWidget(); parent && parent != page;
             parent = parent->parentWidget()) {
            if (qobject_cast<QAbstractScrollArea *>(parent) &&
                !qobject_cast<QAbstractItemView *>(parent)) {
                scrolled = true;
                break;
            }
        }
        if (scrolled)
            continue;
        const QRect area(control->mapTo(&window, QPoint(0, 0)), control->size());
        // A table may be cut at its edge (it scrolls); its top-left corner must show.
        const bool fits = qobject_cast<QAbstractItemView *>(control)
                              ? visible.contains(area.topLeft() + QPoint(20, 20))
                              : visible.contains(area);
        if (!fits) {
            const auto *button = qobject_cast<QAbstractButton *>(control);
            outside.append(QString::fromLatin1(control->metaObject()->className()) + u' ' +
                           (button ? button->text() : control->objectName()) + u" at "_s +
                           QString::number(area.x()) + u',' + QString::number(area.y()) + u' ' +
                           QString::number(area.width()) + u'x' + QString::number(area.height()));
        }
    }
    return outside;
}

// The tables a meeting looks at whole (the selection board, the report grid): every column in
// view and as wide as its cells, nothing scrolled sideways.
QStringList tablesCutSideways(const QWidget &window)
{
    QStringList cut;
    for (const QString &name : {u"selectionBoard"_s, u"reportGrid"_s}) {
        const auto *table = window.findChild<QTableView *>(name);
        if (!table || !table->isVisible())
            continue;
        if (table->horizontalScrollBar()->maximum() > 0)
            cut.append(name + u" scrolls sideways"_s);
        const auto *cells = static_cast<const QAbstractItemView *>(table);
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            if (table->columnWidth(column) < cells->sizeHintForColumn(column))
                cut.append(name + u" column "_s + QString::number(column) + u" is cut"_s);
        }
    }
    return cut;
}

} // namespace

TEST_F(MainWindowTest, EveryPageFitsAnOfficeLaptopInBothLanguages)
{
    ASSERT_TRUE(m_window->applicationsPage()
                    ->importFile(test::sourcePath(u"docs/samples/applications-sample.csv"_s))
                    .isEmpty());
    for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
        m_translations.apply(language);
        const QSize minimum = m_window->minimumSizeHint();
        EXPECT_LE(minimum.width(), 1000) << int(language);
        EXPECT_LE(minimum.height(), 680) << int(language);
        m_window->resize(1024, 768 - 40); // a 1024×768 screen less the title bar
        for (int page = 0; page < ui::MainWindow::PageCount; ++page) {
            m_window->showPage(ui::MainWindow::PageIndex(page));
            QCoreApplication::processEvents();
            EXPECT_EQ(controlsOutside(*m_window), QStringList())
                << "page " << page << " language " << int(language);
            EXPECT_EQ(tablesCutSideways(*m_window), QStringList())
                << "page " << page << " language " << int(language);
        }
    }
    m_translations.apply(core::Language::English);
}

namespace {

QPushButton *buttonNamed(QWidget *page, const QString &text)
{
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

// Answers the next "on which day?" question with `day`.
// `explanation` receives what the prompt says above the day, if it says anything.
void answerDatePrompt(QDate day, bool *asked, QString *explanation = nullptr)
{
    QTimer::singleShot(0, [day, asked, explanation] {
        auto *prompt = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(prompt, nullptr);
        ASSERT_EQ(prompt->objectName(), u"datePrompt");
        if (explanation) {
            const auto *text = prompt->findChild<QLabel *>(u"explanation"_s);
            *explanation = text ? text->text() : QString();
        }
        prompt->findChild<QDateEdit *>(u"day"_s)->setDate(day);
        *asked = true;
        prompt->accept();
    });
}

} // namespace

// FY2018 from an empty file, recorded after the fact as coordinators do: every step through
// the window, with what the user sees checked at each seam between the features.
TEST_F(MainWindowTest, AYearInTheLifeOfTheProgram)
{
    const core::Database &db = *m_window->database();
    // Ctrl+digit goes to a page; the window is active again after each dialog closed.
    const auto page = [this](Qt::Key digit, ui::MainWindow::PageIndex expected) {
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), digit, Qt::ControlModifier);
        EXPECT_EQ(m_window->navigation()->currentRow(), int(expected));
    };

    // Applications: Ctrl+4, the sample CSV imported, the window says how many.
    page(Qt::Key_4, ui::MainWindow::ApplicationsPageIndex);
    ui::ApplicationsPage *applications = m_window->applicationsPage();
    ASSERT_EQ(applications->importFile(test::sourcePath(u"docs/samples/applications-sample.csv"_s)),
              QString());
    EXPECT_EQ(m_window->statusBar()->currentMessage(), u"2 applications imported.");
    QTableView *applicationTable = test::child<QTableView>(applications, u"applicationTable"_s);
    const auto *applicationList =
        test::child<core::ApplicationListModel>(applications, u"applicationList"_s);
    ASSERT_EQ(applicationTable->model()->rowCount(), 2);
    const qint64 fuchu = applicationList->at(0).application.id;
    const qint64 yusuhara = applicationList->at(1).application.id;

    // The receipt confirmation, recorded a day after it was sent.
    applicationTable->selectRow(0);
    bool asked = false;
    answerDatePrompt(QDate(2018, 5, 22), &asked);
    QTest::mouseClick(buttonNamed(applications, u"Record Confirmation Sent…"_s), Qt::LeftButton);
    EXPECT_TRUE(asked);
    EXPECT_EQ(core::ApplicationRepository(db).application(fuchu)->confirmationSentOn,
              QDate(2018, 5, 22));

    // The applicant's contact person is a person of Fuchu from now on.
    const auto fuchuPeople = core::ContactRepository(db).ofGovernment(u"132063"_s).value();
    ASSERT_EQ(fuchuPeople.size(), 1);
    EXPECT_EQ(fuchuPeople.front().name, u"山田 太郎");
    const qint64 yamada = fuchuPeople.front().id;

    // Review: a reviewer and two scores on the Selection page (Ctrl+5).
    page(Qt::Key_5, ui::MainWindow::SelectionPageIndex);
    ui::SelectionPage *selection = m_window->selectionPage();
    ui::CommandRunner runner(m_window->undoStack(), {});
    ui::ReviewersDialog reviewers(db, runner, 1);
    ASSERT_EQ(reviewers.addReviewer(u"総務 花子"_s, core::ReviewerAffiliation::Mic, 0), QString());
    const qint64 reviewer = core::ReviewRepository(db).reviewers(1)->front().id;
    ASSERT_EQ(selection->recordScore({fuchu, reviewer, 4, 4, 4, {}}), QString());
    ASSERT_EQ(selection->recordScore({yusuhara, reviewer, 5, 4, 4, {}}), QString());

    // The selection meeting of 15 June 2018, entered months later: Select the Proposal… asks
    // the day and names the applications it will select.
    asked = false;
    QString explanation;
    answerDatePrompt(QDate(2018, 6, 15), &asked, &explanation);
    QPushButton *propose = buttonNamed(selection, u"Select the Proposal…"_s);
    ASSERT_NE(propose, nullptr);
    ASSERT_TRUE(propose->isEnabled());
    QTest::mouseClick(propose, Qt::LeftButton);
    EXPECT_TRUE(asked);
    EXPECT_TRUE(explanation.contains(u"These 2 applications"_s)) << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(u"府中市"_s) && explanation.contains(u"檮原町"_s))
        << explanation.toStdString();
    for (const qint64 id : {fuchu, yusuhara}) {
        const core::Application decided = core::ApplicationRepository(db).application(id).value();
        EXPECT_EQ(decided.decision, core::Decision::Selected);
        EXPECT_EQ(core::JapanTime::dayOf(decided.decidedAt), QDate(2018, 6, 15));
    }

    // Monthly reports (Ctrl+8): both municipalities report from July 2018; July is due on
    // 10 August. The page is not empty and says so.
    page(Qt::Key_8, ui::MainWindow::ReportsPageIndex);
    ui::ReportsPage *reports = m_window->reportsPage();
    core::ReportGridModel *grid = test::child<core::ReportGridModel>(reports, u"reportGridModel"_s);
    ASSERT_EQ(grid->rowCount(), 2);
    const QModelIndex july = grid->index(0, core::ReportGridModel::FirstMonth + 3);
    ASSERT_NE(grid->reportAt(july), nullptr);
    EXPECT_EQ(grid->reportAt(july)->month, QDate(2018, 7, 1));
    EXPECT_EQ(grid->reportAt(july)->dueOn, QDate(2018, 8, 10));
    EXPECT_EQ(grid->index(0, core::ReportGridModel::FirstMonth + 2).data().toString(), QString())
        << "nothing for June, the month of the decision";
    // July and August received.
    for (const auto &[column, received] :
         {std::pair{3, QDate(2018, 8, 7)}, std::pair{4, QDate(2018, 9, 10)}}) {
        core::MonthlyReport report =
            *grid->reportAt(grid->index(0, core::ReportGridModel::FirstMonth + column));
        report.receivedOn = received;
        report.channel = core::ReportChannel::Email;
        report.activities = u"推進体制の検討"_s;
        ASSERT_EQ(reports->saveReport(report), QString());
    }
    EXPECT_EQ(grid->index(0, core::ReportGridModel::FirstMonth + 3)
                  .data(core::StateRole)
                  .value<core::RowState>(),
              core::RowState::Done);
    // A report received before its month is refused with the reason, nothing changes.
    {
        core::MonthlyReport early =
            *grid->reportAt(grid->index(1, core::ReportGridModel::FirstMonth + 5));
        early.receivedOn = QDate(2018, 8, 1);
        EXPECT_NE(reports->saveReport(early), QString());
    }

    // Meetings (Ctrl+7): the first workshop in Tokyo dated; the applicant's contact person is
    // offered and registered; attendance marked by keyboard.
    page(Qt::Key_7, ui::MainWindow::MeetingsPageIndex);
    ui::MeetingsPage *meetings = m_window->meetingsPage();
    auto *sessions = modelOf<core::SessionListModel>(meetings, u"sessionTable"_s);
    qint64 workshop = 0;
    for (int row = 0; row < sessions->rowCount(); ++row) {
        core::MeetingSession s = sessions->at(row).session;
        if (sessions->at(row).meeting.seq == 1 && s.applicationId == 0) {
            workshop = s.id;
            s.firstDay = QDate(2018, 7, 24);
            s.venueName = u"総務省 第1会議室"_s;
            ASSERT_EQ(meetings->saveSession(s), QString());
            break;
        }
    }
    ASSERT_NE(workshop, 0);
    bool offered = false;
    for (const core::Contact &c : core::MeetingRepository(db).candidates(workshop, false).value())
        offered = offered || c.id == yamada;
    EXPECT_TRUE(offered) << "the applicant's contact person is offered for registration";
    meetings->selectSession(workshop);
    ASSERT_EQ(meetings->addParticipants(workshop, {yamada}), QString());
    meetings->findChild<QTabWidget *>(u"sessionTabs"_s)->setCurrentIndex(3);
    auto *attendance = meetings->findChild<QTableView *>(u"attendanceTable"_s);
    auto *marks = modelOf<core::AttendanceModel>(meetings, u"attendanceTable"_s);
    ASSERT_EQ(marks->rowCount(), 1);
    attendance->setFocus();
    attendance->setCurrentIndex(marks->index(0, core::AttendanceModel::FirstDay));
    attendance->selectionModel()->select(attendance->currentIndex(),
                                         QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(attendance, Qt::Key_A);
    EXPECT_EQ(marks->attendedCount(), 1);
    // The cell under the cursor stays where it was for the next key.
    EXPECT_EQ(attendance->currentIndex().column(), int(core::AttendanceModel::FirstDay));
    QTest::keyClick(attendance, Qt::Key_Right);
    QTest::keyClick(attendance, Qt::Key_X);
    EXPECT_EQ(marks->attendedCount(), 1) << "day 1 kept, day 2 absent";

    // A consultant's call with Ctrl+L: the applicant's contact person is known at once.
    core::Preferences().setUserName(u"支援 次郎"_s);
    m_window->database()->setUserName(u"支援 次郎"_s);
    QString department;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::ConsultationDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        const auto type = [dialog](const QString &text) {
            QInputMethodEvent input;
            input.setCommitString(text);
            QCoreApplication::sendEvent(dialog->focusWidget(), &input);
        };
        dialog->activateWindow();
        QApplication::setActiveWindow(dialog);
        dialog->governmentField()->setFocus();
        type(u"132063"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        type(u"山田 太郎"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        if (auto *edit = qobject_cast<QLineEdit *>(dialog->focusWidget()))
            department = edit->text();
        EXPECT_EQ(dialog->consultantField()->currentText(), u"支援 次郎");
        dialog->summaryField()->setFocus();
        type(u"推進体制の要綱案について相談"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        if (dialog->isVisible()) {
            ADD_FAILURE() << dialog->messageLabel()->text().toStdString();
            dialog->done(QDialog::Rejected);
        }
    });
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    EXPECT_EQ(department, u"企画課")
        << "the application's contact person, known with his department";

    // Found again from the Consultations page (Ctrl+6) by a word of the summary.
    page(Qt::Key_6, ui::MainWindow::ConsultationsPageIndex);
    ui::ConsultationsPage *consultations = m_window->consultationsPage();
    QInputMethodEvent search;
    search.setCommitString(u"要綱案"_s);
    auto *searchField = test::child<QLineEdit>(consultations, u"consultationSearch"_s);
    const auto *consultationList =
        test::child<core::ConsultationListModel>(consultations, u"consultationList"_s);
    QCoreApplication::sendEvent(searchField, &search);
    QTest::keyClick(searchField, Qt::Key_Return);
    ASSERT_EQ(consultationList->rowCount(), 1);
    EXPECT_EQ(consultationList->at(0).counterpart, u"山田 太郎");

    // The plan (Ctrl+9): Fuchu's plan grows from the draft at workshop 2 to the mid-term
    // version at workshop 3 and the final one in March; a milestone is reported delayed on the
    // way; the lessons go into the casebook.
    page(Qt::Key_9, ui::MainWindow::PlansPageIndex);
    ui::PlansPage *plans = m_window->plansPage();
    plans->showPlan(1, fuchu);
    ASSERT_EQ(plans->plan().header.applicationId, fuchu);
    EXPECT_EQ(plans->plan().header.id, 0) << "reading the plan writes nothing";
    // The title typed on the Outline tab and saved with its button.
    auto *title = test::child<QLineEdit>(plans, u"planTitle"_s);
    title->setText(u"鳥獣被害対策IoT実装計画"_s);
    QTest::mouseClick(test::child<QPushButton>(plans, u"saveOutline"_s), Qt::LeftButton);
    EXPECT_EQ(core::PlanRepository(db).plan(fuchu)->header.title, u"鳥獣被害対策IoT実装計画");
    // From the vision to a solution; an issue without one is flagged until it has one.
    const auto addNode = [&](core::PlanNodeKind kind, const QString &text, qint64 parent) {
        core::PlanNode n;
        n.kind = kind;
        n.text = text;
        n.parentId = parent;
        EXPECT_EQ(plans->addItem(n), QString()) << text.toStdString();
        for (const core::PlanNode &stored : plans->plan().nodes) {
            if (stored.text == text)
                return stored.id;
        }
        return qint64(0);
    };
    const qint64 vision = addNode(core::PlanNodeKind::Vision, u"鳥獣被害のない農村"_s, 0);
    const qint64 current = addNode(core::PlanNodeKind::Current, u"見回りは人手"_s, vision);
    const qint64 problem = addNode(core::PlanNodeKind::Problem, u"被害が増え続ける"_s, current);
    const qint64 issue = addNode(core::PlanNodeKind::Issue, u"罠の作動が分からない"_s, problem);
    EXPECT_EQ(plans->plan().loose(), QList<qint64>{issue});
    addNode(core::PlanNodeKind::Solution, u"罠センサーとLPWA"_s, issue);
    EXPECT_TRUE(plans->plan().loose().isEmpty());
    core::PlanMember lead;
    lead.name = u"農林課"_s;
    lead.lead = true;
    ASSERT_EQ(plans->addItem(lead), QString());
    core::PlanMilestone trial;
    trial.title = u"実証実験の開始"_s;
    trial.startsOn = QDate(2018, 10, 1);
    trial.dueOn = QDate(2018, 12, 1);
    trial.budgetFiscalYear = 2019;
    ASSERT_EQ(plans->addItem(trial), QString());
    core::PlanAmount sensors;
    sensors.kind = core::AmountKind::Initial;
    sensors.item = u"センサー設置"_s;
    sensors.yen = 1'000'000;
    sensors.bearer = core::CostBearer::NationalSubsidy;
    ASSERT_EQ(plans->addItem(sensors), QString());
    for (int year = 1; year <= 4; ++year) {
        core::PlanAmount saved;
        saved.kind = core::AmountKind::HoursSaved;
        saved.year = year;
        saved.item = u"見回り時間の削減"_s;
        saved.yen = 350'000;
        ASSERT_EQ(plans->addItem(saved), QString());
    }
    core::PlanHeader header = plans->plan().header;
    header.periodYears = 4;
    ASSERT_EQ(plans->setHeader(header), QString());
    EXPECT_NEAR(plans->plan().evaluation().npv, 270'463.33, 0.01);
    EXPECT_EQ(plans->plan().evaluation().discountedPaybackYear, 4);
    // A negative amount is refused with the reason and changes nothing.
    core::PlanAmount negative = sensors;
    negative.yen = -1;
    EXPECT_NE(plans->addItem(negative), QString());
    EXPECT_EQ(plans->plan().amounts.size(), 5);
    // The draft at workshop 2, the mid-term version at workshop 3.
    ASSERT_EQ(plans->freeze(core::PlanStage::Draft, QDate(2018, 8, 20)), QString());
    core::PlanRisk risk;
    risk.risk = u"山間部で電波が届かない"_s;
    risk.countermeasure = u"中継器を置く"_s;
    ASSERT_EQ(plans->addItem(risk), QString());
    ASSERT_EQ(plans->freeze(core::PlanStage::Midterm, QDate(2018, 10, 25)), QString());
    const auto versions = core::PlanRepository(db).versions(fuchu).value();
    ASSERT_EQ(versions.size(), 2);
    const auto changes =
        core::PlanRepository::compare(core::PlanRepository(db).frozenPlan(versions[0].id).value(),
                                      core::PlanRepository(db).frozenPlan(versions[1].id).value());
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].label, u"山間部で電波が届かない");
    // September's report: the trial is delayed; the grid marks it and the dashboard counts it.
    {
        ui::ReportsPage *reportsPage = m_window->reportsPage();
        page(Qt::Key_8, ui::MainWindow::ReportsPageIndex);
        core::ReportGridModel *reportGrid =
            test::child<core::ReportGridModel>(reportsPage, u"reportGridModel"_s);
        const QModelIndex september = reportGrid->index(0, core::ReportGridModel::FirstMonth + 5);
        ASSERT_NE(reportGrid->reportAt(september), nullptr);
        core::MonthlyReport report =
            core::ReportRepository(db).report(reportGrid->reportAt(september)->id).value();
        ASSERT_EQ(report.milestones.size(), 1);
        report.receivedOn = QDate(2018, 10, 9);
        report.channel = core::ReportChannel::Email;
        report.activities = u"推進体制の検討を継続"_s;
        report.milestones[0].state = core::MilestoneState::Delayed;
        report.milestones[0].note = u"センサーの納入待ち"_s;
        ASSERT_EQ(reportsPage->saveReport(report), QString());
        EXPECT_TRUE(reportGrid->index(0, core::ReportGridModel::FirstMonth + 5)
                        .data()
                        .toString()
                        .contains(u"▲"_s));
        const auto overview = core::DashboardData::load(db, 1, core::JapanTime::today()).value();
        ASSERT_EQ(overview.milestones.size(), 1);
        EXPECT_EQ(overview.milestones[0].delayed, 1);
    }
    // The final version in March, and a lesson approved for the casebook.
    page(Qt::Key_9, ui::MainWindow::PlansPageIndex);
    ASSERT_EQ(plans->freeze(core::PlanStage::Final, QDate(2019, 3, 25)), QString());
    core::Lesson lesson;
    lesson.programId = 1;
    lesson.applicationId = fuchu;
    lesson.phase = core::KnowhowPhase::Promotion;
    lesson.lesson = u"猟友会を早くから巻き込む"_s;
    lesson.approved = true;
    ASSERT_EQ(plans->addLesson(lesson), QString());
    m_translations.apply(core::Language::Japanese);
    const QString casebookPdf = m_dir.filePath(u"casebook.pdf"_s);
    ASSERT_TRUE(plans->casebook().writePdf(casebookPdf));
    const QString casebookText = test::pdfText(casebookPdf);
    for (const QString &expected : {u"府中市"_s, u"猟友会を早くから巻き込む"_s, u"実証実験の開始"_s,
                                    u"罠センサーとLPWA"_s, u"山間部で電波が届かない"_s})
        EXPECT_TRUE(casebookText.contains(expected)) << expected.toStdString();
    m_translations.apply(core::Language::English);

    // The progress summary for reporting upward, in Japanese, from the Dashboard (Ctrl+1).
    page(Qt::Key_1, ui::MainWindow::DashboardPageIndex);
    m_translations.apply(core::Language::Japanese);
    const QString pdf = m_dir.filePath(u"summary.pdf"_s);
    ASSERT_TRUE(m_window->dashboardPage()->summary().writePdf(pdf));
    const QString text = test::pdfText(pdf);
    EXPECT_TRUE(text.contains(u"府中市"_s));
    EXPECT_TRUE(text.contains(u"梼原町"_s) || text.contains(u"檮原町"_s));
    EXPECT_TRUE(text.contains(u"推進体制の検討"_s)) << "the latest report's content";

    // With a year of data every page still fits an office laptop, in both languages, and the
    // board and the grid show every column whole at 1024×768.
    m_window->resize(1024, 768 - 40);
    for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
        m_translations.apply(language);
        for (int shown = 0; shown < ui::MainWindow::PageCount; ++shown) {
            m_window->showPage(ui::MainWindow::PageIndex(shown));
            QCoreApplication::processEvents();
            const QSize minimum = m_window->minimumSizeHint();
            EXPECT_LE(minimum.width(), 1000) << "page " << shown << " language " << int(language);
            EXPECT_LE(minimum.height(), 680) << "page " << shown << " language " << int(language);
            EXPECT_EQ(tablesCutSideways(*m_window), QStringList())
                << "page " << shown << " language " << int(language);
        }
    }
    m_translations.apply(core::Language::English);
}

TEST_F(MainWindowTest, CtrlKFindsAndOpensFromAnywhere)
{
    ASSERT_EQ(m_window->applicationsPage()->importFile(
                  test::sourcePath(u"docs/samples/applications-sample.csv"_s)),
              QString());
    m_window->showPage(ui::MainWindow::ProgramPageIndex);
    QString listed;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::GlobalSearchDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        QInputMethodEvent input;
        input.setCommitString(u"梼原"_s);
        QCoreApplication::sendEvent(dialog->searchField(), &input);
        dialog->search();
        for (int row = 0; row < dialog->results()->count(); ++row)
            listed += dialog->results()->item(row)->text() + u'\n';
        // ↓ from the text moves in the results: the first is the town, the second its
        // application.
        QTest::keyClick(dialog->searchField(), Qt::Key_Down);
        QTest::keyClick(dialog->searchField(), Qt::Key_Return);
        if (dialog->isVisible()) {
            ADD_FAILURE() << "Enter did not open the result";
            dialog->reject();
        }
    });
    m_window->findAction()->trigger();
    EXPECT_TRUE(listed.contains(u"Local government"_s)) << listed.toStdString();
    EXPECT_TRUE(listed.contains(u"Application"_s)) << listed.toStdString();
    EXPECT_EQ(m_window->navigation()->currentRow(), ui::MainWindow::ApplicationsPageIndex);
    const QModelIndex current =
        test::child<QTableView>(m_window->applicationsPage(), u"applicationTable"_s)
            ->currentIndex();
    ASSERT_TRUE(current.isValid());
    const QString lead =
        current.siblingAtColumn(core::ApplicationListModel::Lead).data().toString();
    EXPECT_TRUE(lead.contains(u"梼原町"_s) || lead.contains(u"檮原町"_s)) << lead.toStdString();
}

TEST(OptionalDateEdit, TheFirstStepFromEmptyIsToday)
{
    ui::OptionalDateEdit edit(u"no date"_s);
    EXPECT_FALSE(edit.optionalDate().isValid());
    edit.show();
    edit.setFocus();
    QTest::keyClick(&edit, Qt::Key_Up);
    EXPECT_EQ(edit.optionalDate(), core::JapanTime::today()) << "not 2001-01-01";
    QTest::keyClick(&edit, Qt::Key_Up);
    EXPECT_EQ(edit.optionalDate(), core::JapanTime::today().addDays(1)) << "then a day at a time";
}

TEST(DatePrompt, ATypedDateIsTheDateTyped)
{
    std::optional<QDate> answered;
    QTimer::singleShot(0, [] {
        auto *prompt = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(prompt, nullptr);
        auto *day = prompt->findChild<QDateEdit *>(u"day"_s);
        prompt->activateWindow();
        QApplication::setActiveWindow(prompt);
        day->setFocus();
        day->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(day, u"2018-06-15"_s);
        QTest::keyClick(day, Qt::Key_Return);
    });
    answered = ui::askDate(nullptr, u"Day"_s, u"Decided on:"_s);
    ASSERT_TRUE(answered.has_value());
    EXPECT_EQ(*answered, QDate(2018, 6, 15));
}

TEST(DateField, TypedAsWrittenInEveryStyle)
{
    // As a user types a day into a date prompt (the year selected), whatever the style shows.
    for (const core::DateStyle style : {core::DateStyle::Iso, core::DateStyle::JapaneseEra}) {
        ui::DateField::setStyle(style);
        for (const QString &typed :
             {u"20180615"_s, u"2018-06-15"_s, u"2018/6/15"_s, u"2018-6-15"_s, u"2018.06.15"_s}) {
            ui::DateField field(QDate(2026, 12, 1));
            field.show();
            field.setFocus();
            field.setSelectedSection(QDateTimeEdit::YearSection);
            QTest::keyClicks(&field, typed);
            QTest::keyClick(&field, Qt::Key_Tab);
            EXPECT_EQ(field.date(), QDate(2018, 6, 15))
                << typed.toStdString() << " in style " << int(style) << ": "
                << field.text().toStdString();
            // The same over the whole text selected (Ctrl+A).
            ui::DateField all(QDate(2026, 12, 1));
            all.show();
            all.setFocus();
            QTest::keyClick(&all, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(&all, typed);
            QTest::keyClick(&all, Qt::Key_Tab);
            EXPECT_EQ(all.date(), QDate(2018, 6, 15))
                << "Ctrl+A, " << typed.toStdString() << " in style " << int(style) << ": "
                << all.text().toStdString();
        }
    }
    ui::DateField::setStyle(core::DateStyle::Iso);
}

TEST_F(MainWindowTest, OpeningAPopupIsNotTypingSomething)
{
    ASSERT_EQ(m_window->applicationsPage()->importFile(
                  test::sourcePath(u"docs/samples/applications-sample.csv"_s)),
              QString());
    const core::Application application =
        test::child<core::ApplicationListModel>(m_window->applicationsPage(), u"applicationList"_s)
            ->at(0)
            .application;
    ui::DecisionDialog dialog(*m_window->database(), application, u"府中市"_s);
    dialog.show();
    EXPECT_FALSE(dialog.hasUnsavedInput());
    // Open and close the decision's list and the date's calendar, change nothing.
    auto *decision = dialog.findChild<QComboBox *>();
    ASSERT_NE(decision, nullptr);
    decision->showPopup();
    decision->hidePopup();
    auto *day = dialog.findChild<QDateEdit *>();
    ASSERT_NE(day, nullptr);
    day->calendarWidget()->show();
    day->calendarWidget()->hide();
    EXPECT_FALSE(dialog.hasUnsavedInput());
    decision->setCurrentIndex(decision->findData(u"not_selected"_s));
    EXPECT_TRUE(dialog.hasUnsavedInput());
}

TEST_F(MainWindowTest, DateFieldsFollowTheDateStyle)
{
    ui::DateField field(QDate(2018, 6, 15));
    EXPECT_EQ(field.text(), u"2018-06-15") << "English: ISO while dates follow the language";
    m_translations.apply(core::Language::Japanese); // era dates: the nearest a field can show
    QCoreApplication::processEvents();
    EXPECT_EQ(field.text(), u"2018年6月15日");
    ui::DateField later(QDate(2019, 7, 1));
    EXPECT_EQ(later.text(), u"2019年7月1日") << "fields made later too";
    ui::DateTimeField moment;
    moment.setDateTime(QDateTime(QDate(2018, 5, 21), QTime(10, 15)));
    EXPECT_EQ(moment.text(), u"2018年5月21日 10:15");
    m_translations.apply(core::Language::English);
    QCoreApplication::processEvents();
    EXPECT_EQ(field.text(), u"2018-06-15");
    EXPECT_EQ(moment.text(), u"2018-05-21 10:15");
}

TEST_F(MainWindowTest, LeavingAnEditedSessionOffersToSaveIt)
{
    m_window->showPage(ui::MainWindow::MeetingsPageIndex);
    ui::MeetingsPage *page = m_window->meetingsPage();
    auto *sessions = modelOf<core::SessionListModel>(page, u"sessionTable"_s);
    ASSERT_GT(sessions->rowCount(), 0);
    core::MeetingSession s = sessions->at(0).session;
    s.firstDay = QDate(2018, 7, 24);
    s.venueName = u"総務省 第1会議室"_s;
    ASSERT_EQ(page->saveSession(s), QString());
    page->selectSession(s.id);
    QLineEdit *venue = nullptr;
    for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
        if (edit->text() == u"総務省 第1会議室")
            venue = edit;
    }
    ASSERT_NE(venue, nullptr);
    venue->setFocus();
    venue->selectAll();
    QTest::keyClicks(venue, u"Room 2"_s);
    ASSERT_TRUE(page->hasUnsavedEdits());
    // Leaving the page asks; Save stores what was typed and lets the user go.
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        box->button(QMessageBox::Save)->click();
    });
    m_window->showPage(ui::MainWindow::DashboardPageIndex);
    EXPECT_EQ(m_window->navigation()->currentRow(), int(ui::MainWindow::DashboardPageIndex));
    EXPECT_FALSE(page->hasUnsavedEdits());
    EXPECT_EQ(core::MeetingRepository(*m_window->database()).session(s.id)->session.venueName,
              u"Room 2");
}

TEST_F(MainWindowTest, TheDaysCheckRunsBehindTheWindowAndABannerSaysSo)
{
    const QString path = m_window->database()->path();
    // A new file is not checked; the next day's first open is (no daily backup yet).
    EXPECT_FALSE(m_window->accessBanner()->isVisible());
    ASSERT_TRUE(m_window->openDatabase(m_dir.filePath(u"other.sqlite"_s), false));
    ASSERT_TRUE(m_window->openDatabase(path, false));
    EXPECT_EQ(m_window->database()->access(), core::Access::HeldForCheck);
    EXPECT_TRUE(m_window->accessBanner()->isVisible());
    EXPECT_TRUE(m_window->accessBanner()->text().contains(u"Checking"_s));
    m_window->waitForDailyCheck();
    EXPECT_EQ(m_window->database()->access(), core::Access::ReadWrite);
    EXPECT_FALSE(m_window->accessBanner()->isVisible());
    EXPECT_TRUE(m_window->logConsultationAction()->isEnabled());
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"daily check"_s))
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_FALSE(core::BackupStore(path).list().isEmpty()) << "today's backup, after the check";

    // Read-only: said above the pages, and a change is refused with a plain message.
    ASSERT_TRUE(m_window->openDatabase(path, false, true));
    EXPECT_EQ(m_window->database()->access(), core::Access::ReadOnly);
    EXPECT_TRUE(m_window->accessBanner()->isVisible());
    EXPECT_TRUE(m_window->accessBanner()->text().contains(u"Read-only"_s));
    EXPECT_FALSE(m_window->logConsultationAction()->isEnabled()) << "nothing could be saved";
    const QString refused = m_window->applicationsPage()->importFile(
        test::sourcePath(u"docs/samples/applications-sample.csv"_s));
    EXPECT_TRUE(refused.contains(u"read-only"_s)) << refused.toStdString();
}

TEST_F(MainWindowTest, AFileOpenedReadOnlyGetsNoBackupBesideIt)
{
    const QString path = m_window->database()->path();
    // The day's first open of the file, read-only: no check that ends with a backup.
    ASSERT_TRUE(m_window->openDatabase(m_dir.filePath(u"other.sqlite"_s), false));
    ASSERT_TRUE(m_window->openDatabase(path, false, true));
    EXPECT_EQ(m_window->database()->access(), core::Access::ReadOnly);
    m_window->waitForDailyCheck();
    EXPECT_TRUE(core::BackupStore(path).list().isEmpty());
    EXPECT_TRUE(m_window->accessBanner()->text().contains(u"Read-only"_s));
}

namespace {

// A button's text as the user reads it: without its mnemonic.
QString plainText(const QString &text)
{
    return QString(text).replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
}

// Whether a cell of the view's first rows can be edited.
bool hasEditableCell(const QAbstractItemView &view)
{
    const QAbstractItemModel *model = view.model();
    for (int row = 0; model && row < std::min(model->rowCount(view.rootIndex()), 200); ++row) {
        for (int column = 0; column < model->columnCount(view.rootIndex()); ++column) {
            if (model->index(row, column, view.rootIndex()).flags() & Qt::ItemIsEditable)
                return true;
        }
    }
    return false;
}

// What in `root` offers to change the open file: an enabled button (other than those whose
// text is in `readingButtons`), a field that takes typing (other than those named in
// `readingFields`), a table whose cells open an editor or whose rows are dragged. Empty when
// only reading is offered. A control added later that writes, and is not guarded, shows here.
QStringList changesOffered(const QWidget *root, const QStringList &readingButtons,
                           const QStringList &readingFields = {})
{
    QStringList offered;
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        const QString text = plainText(button->text());
        if (!text.isEmpty() && button->window() == root->window() && button->isEnabled() &&
            !readingButtons.contains(text))
            offered << u"button “%1”"_s.arg(text);
    }
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        if (widget->window() != root->window() || qobject_cast<const QHeaderView *>(widget))
            continue; // popups (a combo box's list, a calendar) and headers are no input
        const QString name =
            QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        // A spin box's or combo box's own line edit is judged with its owner.
        const QObject *owner = widget->parent();
        bool typed = false;
        if (const auto *line = qobject_cast<const QLineEdit *>(widget)) {
            typed = !line->isReadOnly() && !qobject_cast<const QAbstractSpinBox *>(owner) &&
                    !qobject_cast<const QComboBox *>(owner);
        } else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget)) {
            typed = !spin->isReadOnly();
        } else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget)) {
            typed = !plain->isReadOnly();
        } else if (const auto *rich = qobject_cast<const QTextEdit *>(widget)) {
            typed = !rich->isReadOnly();
        }
        if (typed && widget->isEnabled() && !readingFields.contains(widget->objectName()))
            offered << u"field "_s + name;
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
            if (view->editTriggers() != QAbstractItemView::NoEditTriggers && hasEditableCell(*view))
                offered << u"cells of "_s + name;
            if (view->dragDropMode() != QAbstractItemView::NoDragDrop)
                offered << u"rows dragged in "_s + name;
        }
    }
    return offered;
}

// Every button of `root` with one of `texts` is disabled; each text names at least one.
void expectDisabled(const QWidget *root, const QStringList &texts)
{
    for (const QString &text : texts) {
        int found = 0;
        for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
            if (plainText(button->text()) != text)
                continue;
            ++found;
            EXPECT_FALSE(button->isEnabled()) << text.toStdString();
        }
        EXPECT_GT(found, 0) << "no button " << text.toStdString();
    }
}

QAbstractButton *firstButton(const QWidget *root, const QString &text)
{
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (plainText(button->text()) == text)
            return button;
    }
    return nullptr;
}

// What a disabled control's tooltip says, as the user sees it on hovering.
QString tooltipOf(QWidget *widget)
{
    QToolTip::hideText();
    QHelpEvent help(QEvent::ToolTip, QPoint(2, 2), widget->mapToGlobal(QPoint(2, 2)));
    QApplication::sendEvent(widget, &help);
    return QToolTip::text();
}

// Fails, and closes it, if a modal dialog opens within the next moment (a way in that should
// have been refused).
void failOnAnyDialog(const char *what)
{
    QTimer::singleShot(0, [what] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            ADD_FAILURE() << what << " opened " << dialog->windowTitle().toStdString();
            dialog->done(QDialog::Rejected);
        }
    });
}

struct FilledFile
{
    qint64 workshop = 0; // a session with a participant, an agenda and a timetable
};

// A program with something on every page: two applications (one with a request), a reviewer
// and scores, both selected on 15 June 2018 (so there are reports and sessions), a workshop in
// Tokyo with a participant, an agenda and a presentation timetable, a consultant, a logged
// consultation with an open follow-up, a report received.
FilledFile fillEveryPage(ui::MainWindow &window)
{
    FilledFile filled;
    const core::Database &db = *window.database();
    ui::ApplicationsPage *applications = window.applicationsPage();
    EXPECT_EQ(applications->importFile(test::sourcePath(u"docs/samples/applications-sample.csv"_s)),
              QString());
    const auto *applicationList =
        test::child<core::ApplicationListModel>(applications, u"applicationList"_s);
    const qint64 fuchu = applicationList->at(0).application.id;
    const qint64 yusuhara = applicationList->at(1).application.id;
    EXPECT_TRUE(core::ReviewRepository(db).addRequest({0,
                                                       fuchu,
                                                       core::RequestKind::Documents,
                                                       QDate(2018, 5, 25),
                                                       u"追加資料"_s,
                                                       {},
                                                       {},
                                                       core::RequestStatus::Open}));
    const auto reviewer = core::ReviewRepository(db).addReviewer(
        {0, 1, u"総務 花子"_s, core::ReviewerAffiliation::Mic, 0, true});
    EXPECT_TRUE(reviewer);
    ui::SelectionPage *selection = window.selectionPage();
    EXPECT_EQ(selection->recordScore({fuchu, reviewer.value(), 4, 4, 4, {}}), QString());
    EXPECT_EQ(selection->recordScore({yusuhara, reviewer.value(), 5, 4, 4, {}}), QString());
    EXPECT_EQ(selection->selectProposal(QDate(2018, 6, 15)), QString());

    core::Contact consultant;
    consultant.kind = core::ContactKind::Consultant;
    consultant.name = u"支援 次郎"_s;
    const auto consultantId = core::ContactRepository(db).add(consultant);
    EXPECT_TRUE(consultantId);
    core::Consultation call;
    call.occurredAt = QDateTime::currentDateTimeUtc().addDays(-1);
    call.lgCode6 = u"132063"_s;
    call.consultantId = consultantId.value();
    call.channel = core::Channel::Phone;
    call.direction = core::Direction::Incoming;
    call.durationMinutes = 20;
    call.summary = u"推進体制の要綱案について相談"_s;
    call.followUps = {
        {0, 0, u"資料送付"_s, core::JapanTime::today().addDays(7), consultantId.value(), {}}};
    EXPECT_EQ(window.consultationsPage()->logConsultation(call), QString());

    ui::MeetingsPage *meetings = window.meetingsPage();
    window.showPage(ui::MainWindow::MeetingsPageIndex);
    const qint64 yamada = core::ContactRepository(db).ofGovernment(u"132063"_s).value().front().id;
    auto *sessions = modelOf<core::SessionListModel>(meetings, u"sessionTable"_s);
    for (int row = 0; row < sessions->rowCount(); ++row) {
        core::MeetingSession s = sessions->at(row).session;
        if (sessions->at(row).meeting.seq == 1 && s.applicationId == 0) {
            filled.workshop = s.id;
            s.firstDay = QDate(2018, 7, 24);
            s.venueName = u"総務省 第1会議室"_s;
            s.consultantIds = {consultantId.value()};
            EXPECT_EQ(meetings->saveSession(s), QString());
            break;
        }
    }
    EXPECT_NE(filled.workshop, 0);
    meetings->selectSession(filled.workshop);
    EXPECT_EQ(meetings->addParticipants(filled.workshop, {yamada}), QString());
    EXPECT_EQ(meetings->saveAgenda(filled.workshop,
                                   {{0, 1, QTime(10, 0), QTime(12, 0), u"開会"_s, u"総務省"_s}}),
              QString());
    EXPECT_EQ(meetings->generateSlots({}), QString());
    EXPECT_EQ(meetings->saveSlots(
                  filled.workshop,
                  modelOf<core::PresentationSlotModel>(meetings, u"slotTable"_s)->timetable()),
              QString());

    window.showPage(ui::MainWindow::ReportsPageIndex);
    ui::ReportsPage *reports = window.reportsPage();
    const auto *grid = test::child<core::ReportGridModel>(reports, u"reportGridModel"_s);
    core::MonthlyReport july =
        *grid->reportAt(grid->index(0, core::ReportGridModel::FirstMonth + 3));
    july.receivedOn = QDate(2018, 8, 7);
    july.channel = core::ReportChannel::Email;
    july.activities = u"推進体制の検討"_s;
    EXPECT_EQ(reports->saveReport(july), QString());
    return filled;
}

// The pages of `window` with a row chosen wherever a button waits for one.
void chooseRowsOnEveryPage(ui::MainWindow &window, qint64 workshop)
{
    test::child<QTableView>(window.applicationsPage(), u"applicationTable"_s)->selectRow(0);
    window.selectionPage()->findChild<QTableView *>(u"selectionBoard"_s)->selectRow(0);
    auto *consultationTabs =
        test::child<QTabWidget>(window.consultationsPage(), u"consultationTabs"_s);
    consultationTabs->setCurrentIndex(1); // the follow-ups are read
    consultationTabs->setCurrentIndex(0);
    window.consultationsPage()->table()->selectRow(0);
    ui::MeetingsPage *meetings = window.meetingsPage();
    window.showPage(ui::MainWindow::MeetingsPageIndex);
    meetings->selectSession(workshop);
    auto *attendance = meetings->findChild<QTableView *>(u"attendanceTable"_s);
    attendance->setCurrentIndex(attendance->model()->index(0, core::AttendanceModel::FirstDay));
    attendance->selectionModel()->select(attendance->currentIndex(),
                                         QItemSelectionModel::ClearAndSelect);
    meetings->findChild<QTableView *>(u"slotTable"_s)->selectRow(0);
    window.showPage(ui::MainWindow::ReportsPageIndex);
}

// What only reads, page by page: these stay enabled whatever the file allows.
const QStringList kReadingOnApplications = {u"Requests…"_s, u"Write Receipt Confirmation…"_s,
                                            u"Copy Confirmation Text"_s, u"Open"_s, u"Save As…"_s};
const QStringList kReadingOnSelection = {u"Reviewers…"_s, u"Published List…"_s,
                                         u"Save List as PDF…"_s, u"Save List as CSV…"_s};
const QStringList kReadingOnConsultations = {
    u"Open follow-ups"_s, u"Clear Filters"_s, u"Timeline…"_s,           u"People…"_s,
    u"Export CSV…"_s,     u"Export Excel…"_s, u"By local government"_s, u"By consultant"_s};
const QStringList kReadingFieldsOnConsultations = {u"consultationSearch"_s, u"governmentFilter"_s,
                                                   u"consultationFrom"_s,   u"consultationTo"_s,
                                                   u"hoursFrom"_s,          u"hoursTo"_s};
const QStringList kReadingOnMeetings = {u"Export Calendar…"_s,
                                        u"Export Attendance…"_s,
                                        u"Consultants…"_s,
                                        u"Open"_s,
                                        u"Save As…"_s,
                                        u"Print Attendance Sheet…"_s,
                                        u"Print Participant List…"_s,
                                        u"Print Timetable…"_s};
const QStringList kReadingOnReports = {
    u"Export…"_s, u"Municipality Summary"_s, u"Write Reminder…"_s, u"Copy Reminder"_s, u"Open"_s,
    u"Save As…"_s};

// And what writes: each must be disabled while the file cannot be written.
const QStringList kWritingOnProgram = {u"New Fiscal Year from This Program"_s, u"Add Meeting"_s,
                                       u"Remove Meeting"_s};
const QStringList kWritingOnApplications = {u"New Application…"_s,
                                            u"Import from CSV…"_s,
                                            u"Import from Mail…"_s,
                                            u"Edit…"_s,
                                            u"Record Confirmation Sent…"_s,
                                            u"Add Files…"_s,
                                            u"Remove"_s};
const QStringList kWritingOnSelection = {u"Score…"_s, u"Decide…"_s, u"Select the Proposal…"_s};
const QStringList kWritingOnConsultations = {
    u"Log Consultation…"_s, u"Edit…"_s, u"Delete"_s,
    u"Import Mail…"_s,      u"Done"_s,  u"Done & Schedule Next…"_s};
const QStringList kWritingOnMeetings = {u"fixed"_s,
                                        u"Save"_s,
                                        u"Revert"_s,
                                        u"Add"_s,
                                        u"Remove"_s,
                                        u"Save Agenda"_s,
                                        u"Add Files…"_s,
                                        u"Register People…"_s,
                                        u"Attended (A)"_s,
                                        u"Absent (X)"_s,
                                        u"Excused… (E)"_s,
                                        u"Registered (R)"_s,
                                        u"Generate from the Selected List…"_s,
                                        u"Move Up"_s,
                                        u"Move Down"_s,
                                        u"Add Break"_s,
                                        u"Save Timetable"_s};
const QStringList kWritingOnReports = {u"Open Report…"_s, u"Add Files…"_s, u"Remove"_s};

// Every page offers reading only, the window's own writing actions are off, and a way in
// without a button (Enter on a row, a key in a table, a drop) does nothing but say why.
void expectReadingOnly(ui::MainWindow &window, const QString &reason)
{
    EXPECT_FALSE(window.logConsultationAction()->isEnabled());
    EXPECT_FALSE(window.importMailAction()->isEnabled());
    EXPECT_FALSE(window.undoAction()->isEnabled());
    EXPECT_FALSE(window.redoAction()->isEnabled());
    EXPECT_TRUE(window.findAction()->isEnabled()) << "finding is reading";

    EXPECT_EQ(changesOffered(window.dashboardPage(), {u"Progress Summary"_s}), QStringList());
    EXPECT_EQ(changesOffered(window.municipalitiesPage(), {}, {u"municipalitySearch"_s}),
              QStringList());
    EXPECT_EQ(changesOffered(window.programPage(), {}), QStringList());
    expectDisabled(window.programPage(), kWritingOnProgram);
    EXPECT_TRUE(window.programPage()->findChild<QLineEdit *>(u"programNameJa"_s)->isReadOnly());
    EXPECT_TRUE(window.programPage()->findChild<QComboBox *>(u"programSelector"_s)->isEnabled())
        << "any program is read";
    EXPECT_EQ(changesOffered(window.applicationsPage(), kReadingOnApplications), QStringList());
    expectDisabled(window.applicationsPage(), kWritingOnApplications);
    EXPECT_EQ(changesOffered(window.selectionPage(), kReadingOnSelection), QStringList());
    expectDisabled(window.selectionPage(), kWritingOnSelection);
    EXPECT_EQ(changesOffered(window.consultationsPage(), kReadingOnConsultations,
                             kReadingFieldsOnConsultations),
              QStringList());
    expectDisabled(window.consultationsPage(), kWritingOnConsultations);
    EXPECT_EQ(changesOffered(window.meetingsPage(), kReadingOnMeetings), QStringList());
    expectDisabled(window.meetingsPage(), kWritingOnMeetings);
    EXPECT_EQ(changesOffered(window.reportsPage(), kReadingOnReports), QStringList());
    expectDisabled(window.reportsPage(), kWritingOnReports);
    // What reads is there to use.
    for (const auto &[page, reading] :
         {std::pair<QWidget *, QStringList>{window.applicationsPage(), kReadingOnApplications},
          {window.selectionPage(), kReadingOnSelection},
          {window.consultationsPage(), kReadingOnConsultations},
          {window.meetingsPage(), kReadingOnMeetings},
          {window.reportsPage(), kReadingOnReports}}) {
        for (const QString &text : reading) {
            const QAbstractButton *button = firstButton(page, text);
            ASSERT_NE(button, nullptr) << text.toStdString();
            EXPECT_TRUE(button->isEnabled()) << text.toStdString();
        }
    }

    // A disabled control says why, in the banner's words.
    window.showPage(ui::MainWindow::ApplicationsPageIndex);
    EXPECT_EQ(tooltipOf(firstButton(window.applicationsPage(), u"New Application…"_s)), reason);
    window.showPage(ui::MainWindow::ProgramPageIndex);
    EXPECT_TRUE(tooltipOf(window.programPage()->findChild<QSpinBox *>(u"reportDueDay"_s))
                    .startsWith(reason));

    // Enter on a row opens no form; a key in the attendance marks nothing and says why.
    window.showPage(ui::MainWindow::ApplicationsPageIndex);
    failOnAnyDialog("Enter on an application");
    QTest::keyClick(test::child<QTableView>(window.applicationsPage(), u"applicationTable"_s),
                    Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(window.statusBar()->currentMessage(), reason);
    window.showPage(ui::MainWindow::MeetingsPageIndex);
    ui::MeetingsPage *meetings = window.meetingsPage();
    meetings->findChild<QTabWidget *>(u"sessionTabs"_s)->setCurrentIndex(3);
    auto *marks = modelOf<core::AttendanceModel>(meetings, u"attendanceTable"_s);
    const int attended = marks->attendedCount();
    window.statusBar()->clearMessage();
    QTest::keyClick(meetings->findChild<QTableView *>(u"attendanceTable"_s), Qt::Key_A);
    EXPECT_EQ(marks->attendedCount(), attended);
    EXPECT_EQ(window.statusBar()->currentMessage(), reason);
    // The consultant's tick on the session stays as it is.
    auto *ticks = meetings->findChild<QListWidget *>(u"sessionConsultants"_s);
    ASSERT_NE(ticks, nullptr);
    ASSERT_GT(ticks->count(), 0);
    const Qt::CheckState tick = ticks->item(0)->checkState();
    ticks->setCurrentRow(0);
    QTest::keyClick(ticks, Qt::Key_Space);
    EXPECT_EQ(ticks->item(0)->checkState(), tick);
    EXPECT_FALSE(meetings->hasUnsavedEdits());
    // Saved mails dropped on the page are not taken.
    QMimeData mails;
    mails.setUrls({QUrl::fromLocalFile(
        test::sourcePath(u"tests/fixtures/mail/application-iso-2022-jp.eml"_s))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mails, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.applicationsPage(), &enter);
    EXPECT_FALSE(enter.isAccepted());
}

} // namespace

TEST_F(MainWindowTest, AReadOnlyFileIsReadOnEveryPageAndChangedOnNone)
{
    const QString path = m_window->database()->path();
    const FilledFile filled = fillEveryPage(*m_window);

    // The first open of a day in read-only mode: read without writing anything, the day's
    // backup included.
    ASSERT_TRUE(m_window->openDatabase(path, false, true));
    ASSERT_EQ(m_window->database()->access(), core::Access::ReadOnly);
    EXPECT_TRUE(core::BackupStore(path).list().isEmpty());
    ui::WriteAccess *writes = m_window->writeAccess();
    EXPECT_EQ(writes->state(), ui::WriteAccess::State::ReadOnly);
    EXPECT_TRUE(writes->reason().contains(u"read-only"_s));
    EXPECT_FALSE(m_window->restoreAction()->isEnabled()) << "restoring would replace the file";
    chooseRowsOnEveryPage(*m_window, filled.workshop);
    expectReadingOnly(*m_window, writes->reason());

    // Ctrl+L opens nothing.
    failOnAnyDialog("Ctrl+L");
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QCoreApplication::processEvents();

    // The lists of the dialogs that read and write are read; their forms are not offered.
    bool looked = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->objectName(), u"requestsDialog");
        EXPECT_EQ(dialog->findChild<QTableWidget *>()->rowCount(), 1);
        EXPECT_EQ(changesOffered(dialog, {u"Close"_s}), QStringList());
        expectDisabled(dialog, {u"Ask"_s, u"Record Answer"_s});
        looked = true;
        dialog->done(QDialog::Rejected);
    });
    m_window->showPage(ui::MainWindow::ApplicationsPageIndex);
    QTest::mouseClick(firstButton(m_window->applicationsPage(), u"Requests…"_s), Qt::LeftButton);
    EXPECT_TRUE(looked);
    looked = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->objectName(), u"reviewersDialog");
        EXPECT_EQ(changesOffered(dialog, {u"Close"_s}), QStringList());
        expectDisabled(dialog, {u"Add"_s, u"Active / Inactive"_s});
        looked = true;
        dialog->done(QDialog::Rejected);
    });
    m_window->showPage(ui::MainWindow::SelectionPageIndex);
    QTest::mouseClick(firstButton(m_window->selectionPage(), u"Reviewers…"_s), Qt::LeftButton);
    EXPECT_TRUE(looked);
    looked = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->objectName(), u"peopleDialog");
        EXPECT_GT(dialog->findChild<QTableWidget *>()->rowCount(), 0);
        EXPECT_EQ(changesOffered(dialog, {u"Close"_s}, {u"peopleGovernment"_s}), QStringList());
        expectDisabled(dialog, {u"New Person"_s});
        looked = true;
        dialog->done(QDialog::Rejected);
    });
    m_window->showPage(ui::MainWindow::ConsultationsPageIndex);
    QTest::mouseClick(firstButton(m_window->consultationsPage(), u"People…"_s), Qt::LeftButton);
    EXPECT_TRUE(looked);

    // And in Japanese the reason is Japanese.
    m_translations.apply(core::Language::Japanese);
    QCoreApplication::processEvents(); // the language change is posted to the window
    EXPECT_EQ(writes->reason(), u"読み取り専用のため変更できません。");
    EXPECT_TRUE(m_window->accessBanner()->text().contains(u"読み取り専用"_s))
        << m_window->accessBanner()->text().toStdString();
    m_translations.apply(core::Language::English);
}

TEST_F(MainWindowTest, WritingComesBackWhenTheDaysCheckHasPassed)
{
    const QString path = m_window->database()->path();
    const FilledFile filled = fillEveryPage(*m_window);
    // The next day's first open: the check runs behind the window and writes are held.
    ASSERT_TRUE(m_window->openDatabase(m_dir.filePath(u"other.sqlite"_s), false));
    ASSERT_TRUE(m_window->openDatabase(path, false));
    ASSERT_EQ(m_window->database()->access(), core::Access::HeldForCheck);
    ui::WriteAccess *writes = m_window->writeAccess();
    ASSERT_EQ(writes->state(), ui::WriteAccess::State::HeldForCheck);
    // No event is processed until the check is waited for: its end arrives as an event.
    ui::ProgramPage *program = m_window->programPage();
    ui::ApplicationsPage *applications = m_window->applicationsPage();
    ui::MeetingsPage *meetings = m_window->meetingsPage();
    QTableView *applicationTable = test::child<QTableView>(applications, u"applicationTable"_s);
    QAbstractButton *newApplication = firstButton(applications, u"New Application…"_s);
    QAbstractButton *edit = firstButton(applications, u"Edit…"_s);
    EXPECT_FALSE(newApplication->isEnabled());
    EXPECT_FALSE(edit->isEnabled());
    EXPECT_TRUE(program->findChild<QLineEdit *>(u"programNameJa"_s)->isReadOnly());
    EXPECT_EQ(program->findChild<QTableView *>(u"meetingTable"_s)->editTriggers(),
              QAbstractItemView::NoEditTriggers);
    EXPECT_EQ(meetings->findChild<QTableView *>(u"slotTable"_s)->dragDropMode(),
              QAbstractItemView::NoDragDrop);
    EXPECT_FALSE(m_window->logConsultationAction()->isEnabled());
    EXPECT_FALSE(m_window->restoreAction()->isEnabled());
    m_window->showPage(ui::MainWindow::ApplicationsPageIndex);
    EXPECT_EQ(tooltipOf(newApplication), writes->reason());
    EXPECT_TRUE(writes->reason().contains(u"check"_s));
    // The application chosen while held: Edit… waits for the file and for a row, both.
    applicationTable->clearSelection();
    applicationTable->setCurrentIndex({});
    EXPECT_FALSE(edit->isEnabled());

    m_window->waitForDailyCheck();
    ASSERT_EQ(m_window->database()->access(), core::Access::ReadWrite);
    EXPECT_TRUE(writes->writable());
    // The same pages, not made again: everything that writes is offered.
    EXPECT_EQ(m_window->programPage(), program);
    EXPECT_EQ(m_window->applicationsPage(), applications);
    EXPECT_TRUE(newApplication->isEnabled());
    EXPECT_FALSE(edit->isEnabled()) << "no application is chosen";
    applicationTable->selectRow(0);
    EXPECT_TRUE(edit->isEnabled());
    EXPECT_FALSE(program->findChild<QLineEdit *>(u"programNameJa"_s)->isReadOnly());
    EXPECT_NE(program->findChild<QTableView *>(u"meetingTable"_s)->editTriggers(),
              QAbstractItemView::NoEditTriggers);
    EXPECT_EQ(meetings->findChild<QTableView *>(u"slotTable"_s)->dragDropMode(),
              QAbstractItemView::InternalMove);
    EXPECT_TRUE(m_window->logConsultationAction()->isEnabled());
    EXPECT_TRUE(m_window->restoreAction()->isEnabled());
    EXPECT_FALSE(m_window->undoAction()->isEnabled()) << "nothing to undo yet";
    chooseRowsOnEveryPage(*m_window, filled.workshop);
    for (QWidget *page : {static_cast<QWidget *>(program), static_cast<QWidget *>(applications),
                          static_cast<QWidget *>(meetings)}) {
        for (const QString &text : page == program        ? kWritingOnProgram
                                   : page == applications ? kWritingOnApplications
                                                          : kWritingOnMeetings) {
            // Save, Revert and Save Timetable wait for something to save; Remove for a row.
            if (text == u"Save" || text == u"Revert" || text == u"Save Timetable" ||
                text == u"Remove")
                continue;
            const QAbstractButton *button = firstButton(page, text);
            ASSERT_NE(button, nullptr) << text.toStdString();
            EXPECT_TRUE(button->isEnabled()) << text.toStdString();
        }
    }
    EXPECT_TRUE(firstButton(m_window->consultationsPage(), u"Done"_s)->isEnabled())
        << "an open follow-up";
    // The consultant's tick is a change again, and a saved one is undone with Ctrl+Z.
    m_window->showPage(ui::MainWindow::MeetingsPageIndex);
    auto *ticks = meetings->findChild<QListWidget *>(u"sessionConsultants"_s);
    ASSERT_NE(ticks, nullptr);
    ticks->setCurrentRow(0);
    const Qt::CheckState tick = ticks->item(0)->checkState();
    QTest::keyClick(ticks, Qt::Key_Space);
    EXPECT_NE(ticks->item(0)->checkState(), tick);
    EXPECT_TRUE(meetings->hasUnsavedEdits());
    QTest::mouseClick(firstButton(meetings, u"Save"_s), Qt::LeftButton);
    EXPECT_FALSE(meetings->hasUnsavedEdits());
    EXPECT_TRUE(m_window->undoAction()->isEnabled());

    // Were it held again (damage found), undo's shortcut would do nothing, and only the
    // remedy — restoring a backup — would be offered.
    writes->setState(ui::WriteAccess::State::Damaged);
    EXPECT_FALSE(m_window->undoAction()->isEnabled());
    EXPECT_TRUE(m_window->restoreAction()->isEnabled());
    EXPECT_FALSE(newApplication->isEnabled());
    const int index = m_window->undoStack()->index();
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_window->undoStack()->index(), index);
    writes->setState(ui::WriteAccess::State::Writable);
    EXPECT_TRUE(m_window->undoAction()->isEnabled());
    EXPECT_TRUE(newApplication->isEnabled());
}
