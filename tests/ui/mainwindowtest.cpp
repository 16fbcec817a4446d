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
#include "core/programs/programmeetingmodel.h"
#include "core/programs/programrepository.h"
#include "core/programs/yearcalendarmodel.h"
#include "core/reports/reportgridmodel.h"
#include "core/reports/reportrepository.h"
#include "core/selection/reviewrepository.h"
#include "core/selection/selectionboardmodel.h"
#include "core/storage/backupstore.h"
#include "core/storage/filestore.h"
#include "testsupport.h"
#include "ui/applications/applicationdialog.h"
#include "ui/applications/applicationmaildialog.h"
#include "ui/applications/applicationspage.h"
#include "ui/applications/requestsdialog.h"
#include "ui/consultations/consultationdialog.h"
#include "ui/consultations/consultationspage.h"
#include "ui/consultations/mailimportdialog.h"
#include "ui/meetings/meetingspage.h"
#include "ui/municipalities/contactsdialog.h"
#include "ui/municipalities/municipalitiespage.h"
#include "ui/overview/dashboardpage.h"
#include "ui/programs/programpage.h"
#include "ui/reports/reportspage.h"
#include "ui/selection/decisiondialog.h"
#include "ui/selection/reviewersdialog.h"
#include "ui/selection/scoredialog.h"
#include "ui/selection/selectionpage.h"
#include "ui/shell/globalsearchdialog.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/dateprompt.h"
#include "ui/widgets/governmentchooser.h"
#include "ui/widgets/optionaldateedit.h"
#include "ui/widgets/programselector.h"
#include "ui/widgets/rowlisteditor.h"
#include "ui/widgets/storedfilespanel.h"
#include "ui/widgets/translations.h"
#include "ui/widgets/writeaccess.h"

#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QCalendarWidget>
#include <QChart>
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
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
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

// Application mails dropped on the Applications page: reviewed in the dialog (Esashi's domain
// spells two towns, the user chooses), taken in as one undoable step, their files beside the
// details.
TEST_F(MainWindowTest, ApplicationMailsDroppedOnThePage)
{
    // A coordinator's screen: in Japanese.
    m_translations.apply(core::Language::Japanese);
    m_window->showPage(ui::MainWindow::ApplicationsPageIndex);
    ui::ApplicationsPage *page = m_window->applicationsPage();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->model()->rowCount(), 0);
    const QString furano = test::sourcePath(u"tests/fixtures/mail/application-iso-2022-jp.eml"_s);
    const QString esashi = test::sourcePath(u"tests/fixtures/mail/application-shift_jis.eml"_s);

    bool reviewed = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ui::ApplicationMailDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        QTableWidget *table = dialog->table();
        ASSERT_EQ(table->rowCount(), 2);
        EXPECT_EQ(table->item(0, ui::ApplicationMailDialog::Attachments)->text(),
                  u"応募様式_富良野市.pdf");
        EXPECT_EQ(table->item(0, ui::ApplicationMailDialog::Received)->text(), u"2018-05-21 10:15");
        auto *furanoLead =
            qobject_cast<QComboBox *>(table->cellWidget(0, ui::ApplicationMailDialog::Government));
        auto *esashiLead =
            qobject_cast<QComboBox *>(table->cellWidget(1, ui::ApplicationMailDialog::Government));
        ASSERT_NE(furanoLead, nullptr);
        ASSERT_NE(esashiLead, nullptr);
        EXPECT_TRUE(furanoLead->currentText().contains(u"富良野市"_s));
        // Two towns are えさし: OK is refused until one is chosen.
        ASSERT_EQ(esashiLead->count(), 2);
        esashiLead->setEditText({});
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::Ok)->click();
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_TRUE(dialog->messageLabel()->text().contains(u"application-shift_jis.eml"_s));
        esashiLead->setCurrentIndex(1);
        EXPECT_TRUE(esashiLead->currentText().contains(u"015148"_s));
        buttons->button(QDialogButtonBox::Ok)->click();
        reviewed = true;
    });
    poll.start();

    // Dropped from a file manager.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(furano), QUrl::fromLocalFile(esashi)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &drop);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reviewed; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->model()->rowCount() == 2; }, 5000));
    EXPECT_EQ(m_window->undoStack()->count(), 1);
    auto *told = page->findChild<QMessageBox *>(u"applicationMailsTakenIn"_s);
    ASSERT_NE(told, nullptr);
    EXPECT_EQ(told->text(), u"2件取り込みました。");
    told->close();

    // The list shows them; the details show the mail's files.
    page->table()->selectRow(0);
    EXPECT_TRUE(page->details()->toPlainText().contains(u"富良野市"_s));
    ASSERT_EQ(page->mailFiles()->table()->rowCount(), 1);
    EXPECT_EQ(page->mailFiles()->table()->item(0, 0)->text(), u"応募様式_富良野市.pdf");
    const core::Database &db = *m_window->database();
    EXPECT_EQ(test::scalar(db, u"SELECT group_concat(g.lg_code6, ' ') FROM (SELECT lg_code6 FROM "
                               "application_members ORDER BY lg_code6) AS g"_s)
                  .toString(),
              u"012297 015148");

    // One step back removes both, with their files.
    m_window->undoStack()->undo();
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_EQ(test::scalar(db, u"SELECT count(*) FROM application_files"_s).toInt(), 0);
    m_window->undoStack()->redo();
    EXPECT_EQ(page->model()->rowCount(), 2);
    EXPECT_EQ(test::scalar(db, u"SELECT count(*) FROM application_files"_s).toInt(), 2);

    // The same mail again is shown as taken in already and cannot be taken in twice.
    const auto again = core::ApplicationMailImporter(db, page->model()->programId()).read({furano});
    EXPECT_FALSE(page->takeInApplicationMails(again).isEmpty());
    EXPECT_EQ(page->model()->rowCount(), 2);
}

// A mail dropped on the Consultations page from a domain that spells two towns (Esashi):
// the dialog lists both, the user picks one with the keyboard, and the mail is logged under
// the town picked.
TEST_F(MainWindowTest, ConsultationMailFromAnAmbiguousDomainLoggedUnderTheTownPicked)
{
    m_window->showPage(ui::MainWindow::ConsultationsPageIndex);
    ui::ConsultationsPage *page = m_window->consultationsPage();
    ASSERT_NE(page, nullptr);
    const QString esashi = test::sourcePath(u"tests/fixtures/mail/application-shift_jis.eml"_s);

    bool reviewed = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ui::MailImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        ui::GovernmentChooser *government = dialog->chooser(0);
        ASSERT_NE(government, nullptr);
        ASSERT_EQ(government->count(), 2);
        EXPECT_EQ(government->itemText(0), u"北海道檜山郡江差町 013617");
        EXPECT_EQ(government->itemText(1), u"北海道枝幸郡枝幸町 015148");
        EXPECT_EQ(government->currentText(), u"");
        QTableWidgetItem *recognised = dialog->table()->item(0, ui::MailImportDialog::Recognised);
        EXPECT_EQ(recognised->text(), u"Choose a candidate");
        ASSERT_EQ(dialog->focusWidget(), static_cast<QWidget *>(government));
        QTest::keyClick(government, Qt::Key_Down);
        QTest::keyClick(government, Qt::Key_Down);
        EXPECT_EQ(recognised->text(), u"北海道枝幸郡枝幸町");
        QTest::keyClick(government, Qt::Key_Return);
        reviewed = true;
    });
    poll.start();

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(esashi)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &drop);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reviewed; }, 10000));
    const core::Database &db = *m_window->database();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return test::scalar(db, u"SELECT count(*) FROM consultations"_s).toInt() == 1; },
        5000));
    EXPECT_EQ(test::scalar(db, u"SELECT lg_code6 FROM consultations"_s).toString(), u"015148");
}

TEST_F(MainWindowTest, ApplicationsImportConfirmAndUndo)
{
    m_window->showPage(ui::MainWindow::ApplicationsPageIndex);
    ui::ApplicationsPage *page = m_window->applicationsPage();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->model()->rowCount(), 0);

    // A file with a bad line changes nothing and says which line.
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.csv"_s);
    {
        QFile file(bad);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("received_at,lead\n2018-05-30 10:00,伊達市\n");
    }
    const QString error = page->importFile(bad);
    EXPECT_TRUE(error.contains(u"Line 2"_s)) << error.toStdString();
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_EQ(m_window->undoStack()->count(), 0);

    ASSERT_TRUE(
        page->importFile(test::sourcePath(u"docs/samples/applications-sample.csv"_s)).isEmpty());
    ASSERT_EQ(page->model()->rowCount(), 2);
    page->table()->selectRow(0);
    EXPECT_TRUE(page->details()->toPlainText().contains(u"府中市"_s));
    const QString mail = page->confirmationMailText(0);
    EXPECT_TRUE(mail.contains(u"【受取確認】"_s));
    EXPECT_TRUE(mail.contains(u"山田 太郎 様"_s));
    EXPECT_TRUE(mail.contains(u"2018-05-21"_s)); // the UI is English here: ISO dates

    ASSERT_TRUE(page->markConfirmationSent(0, QDate(2018, 5, 22)).isEmpty());
    core::ApplicationRepository repository(*m_window->database());
    const qint64 id = page->model()->at(0).application.id;
    EXPECT_EQ(repository.application(id)->confirmationSentOn, QDate(2018, 5, 22));
    EXPECT_EQ(page->model()->at(0).confirmation, core::ConfirmationState::Sent);
    // The list of confirmations still owed: only the second, long overdue.
    page->setShown(ui::ApplicationsPage::Show::ConfirmationDue);
    ASSERT_EQ(page->table()->model()->rowCount(), 1);
    EXPECT_TRUE(page->table()
                    ->model()
                    ->index(0, core::ApplicationListModel::Lead)
                    .data()
                    .toString()
                    .contains(u"檮原町"_s));
    page->setShown(ui::ApplicationsPage::Show::NotEligible);
    EXPECT_EQ(page->table()->model()->rowCount(), 0); // both are eligible
    page->setShown(ui::ApplicationsPage::Show::ReviewOpen);
    EXPECT_EQ(page->table()->model()->rowCount(), 2); // nobody has scored
    m_window->undoStack()->undo();
    EXPECT_FALSE(repository.application(id)->confirmationSentOn.has_value());
    page->setShown(ui::ApplicationsPage::Show::ConfirmationDue);
    EXPECT_EQ(page->table()->model()->rowCount(), 2); // follows the data as it changes
    page->setShown(ui::ApplicationsPage::Show::All);
    m_window->undoStack()->undo(); // the import
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_EQ(repository.count().value(), 0);
    m_window->undoStack()->redo();
    EXPECT_EQ(repository.count().value(), 2);
}

TEST_F(MainWindowTest, SelectionBoardProposesDecidesAndWarns)
{
    ui::ApplicationsPage *applications = m_window->applicationsPage();
    ASSERT_TRUE(
        applications->importFile(test::sourcePath(u"docs/samples/applications-sample.csv"_s))
            .isEmpty());
    const core::Database &db = *m_window->database();
    core::ReviewRepository reviews(db);
    const qint64 reviewer = reviews.addReviewer({0, 1, u"総務 花子"_s, u"mic"_s, 0, true}).value();
    const qint64 fuchu = applications->model()->at(0).application.id;
    const qint64 yusuhara = applications->model()->at(1).application.id;
    ASSERT_TRUE(reviews.setScore({fuchu, reviewer, 4, 4, 4, {}}));
    ASSERT_TRUE(reviews.setScore({yusuhara, reviewer, 5, 4, 4, {}}));

    m_window->showPage(ui::MainWindow::SelectionPageIndex);
    ui::SelectionPage *page = m_window->selectionPage();
    ASSERT_NE(page, nullptr);
    page->reload();
    QAbstractItemModelTester boardTester(page->boardModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester bureauTester(page->bureauModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(page->boardModel()->rowCount(), 2);
    EXPECT_EQ(page->boardModel()->at(0).applicationId, yusuhara); // 13 before 12
    EXPECT_EQ(page->bureauModel()->rowCount(), 11);
    EXPECT_EQ(page->boardModel()->board().proposal.selected.size(), 2);
    EXPECT_TRUE(page->proposal()->toPlainText().contains(u"府中市"_s));
    EXPECT_EQ(page->chart()->series().size(), 1);

    // One per bureau and a cap of 1: the proposal keeps the better one.
    core::Program program = core::ProgramRepository(db).program(1).value();
    program.selectionCap = 1;
    ASSERT_TRUE(core::ProgramRepository(db).update(program));
    ASSERT_TRUE(page->setBureauLimit(1).isEmpty());
    EXPECT_EQ(core::ProgramRepository(db).selectionLimits(1)->perBureau, 1);
    EXPECT_EQ(page->boardModel()->board().proposal.selected, QList<qint64>{yusuhara});

    ASSERT_TRUE(page->selectProposal(QDate(2018, 6, 15)).isEmpty());
    EXPECT_EQ(core::ApplicationRepository(db).application(yusuhara)->decision,
              core::Decision::Selected);
    // The program's own rationale, stored the same whatever the language, shown in the
    // interface's, and stored back as it was when left alone.
    EXPECT_EQ(core::ApplicationRepository(db).application(yusuhara)->decisionRationale,
              core::ApplicationRepository::balancedProposalRationale());
    {
        ui::DecisionDialog dialog(db, core::ApplicationRepository(db).application(yusuhara).value(),
                                  u"檮原町"_s);
        const auto texts = dialog.findChildren<QPlainTextEdit *>();
        ASSERT_FALSE(texts.isEmpty());
        EXPECT_EQ(texts.front()->toPlainText(), u"Selected by the balanced proposal");
        EXPECT_EQ(dialog.decided().decisionRationale,
                  core::ApplicationRepository::balancedProposalRationale());
    }
    // Selecting the second too breaks the cap: the board says so.
    ASSERT_TRUE(
        page->decide(fuchu, core::Decision::Selected, u"理由"_s, {}, QDate(2018, 6, 15)).isEmpty());
    EXPECT_FALSE(page->warnings()->text().isEmpty());
    m_window->undoStack()->undo();
    EXPECT_TRUE(page->warnings()->text().isEmpty());
    m_window->undoStack()->undo(); // the proposal, as one step
    EXPECT_TRUE(core::ApplicationRepository(db).application(yusuhara)->decision ==
                core::Decision::None);
    m_window->undoStack()->undo(); // the limit
    EXPECT_EQ(core::ProgramRepository(db).selectionLimits(1)->perBureau, -1);

    // A decision the rules refuse comes back as a message and changes nothing.
    ASSERT_TRUE(reviews.removeScore(fuchu, reviewer));
    page->reload();
    const QString refused =
        page->decide(fuchu, core::Decision::Selected, {}, {}, QDate(2018, 6, 15));
    EXPECT_TRUE(refused.contains(u"override"_s)) << refused.toStdString();
    EXPECT_TRUE(core::ApplicationRepository(db).application(fuchu)->decision ==
                core::Decision::None);

    // An older file's selection dated the day it was typed in (after its fiscal year) is
    // redated; undo puts the old day back, and redo the new one, whatever today's rules say.
    QSqlQuery q(db.connection());
    q.prepare(u"UPDATE applications SET decision = 'selected', override_reason = 'テスト', "
              "decided_at = '2026-11-20T01:00:00.000Z' WHERE id = ?"_s);
    q.addBindValue(yusuhara);
    ASSERT_TRUE(q.exec());
    const QDateTime typedIn = core::ApplicationRepository(db).application(yusuhara)->decidedAt;
    ASSERT_TRUE(page->decide(yusuhara, core::Decision::Selected, u"理由"_s, {}, QDate(2018, 6, 15))
                    .isEmpty());
    const QDateTime redated = core::ApplicationRepository(db).application(yusuhara)->decidedAt;
    EXPECT_EQ(core::JapanTime::dayOf(redated), QDate(2018, 6, 15));
    const int steps = m_window->undoStack()->count();
    m_window->undoStack()->undo();
    EXPECT_EQ(core::ApplicationRepository(db).application(yusuhara)->decidedAt, typedIn);
    m_window->undoStack()->redo();
    EXPECT_EQ(core::ApplicationRepository(db).application(yusuhara)->decidedAt, redated);
    EXPECT_EQ(m_window->undoStack()->count(), steps) << "no step was dropped as failed";
}

TEST_F(MainWindowTest, ProposalKeepsTheBureauLimitAcrossTwentyApplications)
{
    const core::Database &db = *m_window->database();
    core::ApplicationRepository applications(db);
    core::ReviewRepository reviews(db);
    const QStringList codes = {u"012025"_s, u"022012"_s, u"041009"_s, u"072028"_s, u"102016"_s,
                               u"132063"_s, u"202029"_s, u"162019"_s, u"172014"_s, u"212016"_s,
                               u"232114"_s, u"262021"_s, u"282014"_s, u"332020"_s, u"322016"_s,
                               u"372013"_s, u"382027"_s, u"401005"_s, u"422029"_s, u"472018"_s};
    QList<qint64> reviewers;
    for (const QString &name : {u"総務 花子"_s, u"関東 一郎"_s, u"支援 次郎"_s})
        reviewers << reviews.addReviewer({0, 1, name, u"mic"_s, 0, true}).value();
    for (int i = 0; i < codes.size(); ++i) {
        core::Application a;
        a.programId = 1;
        a.receivedAt = QDateTime(QDate(2018, 5, 15).addDays(i), QTime(1, 0), Qt::UTC);
        a.members = {{codes[i], true}};
        a.answers.reportsMonthly = a.answers.hostsWorkshop2 = a.answers.attendsCentralMeetings =
            true;
        for (auto &used : a.answers.usedPriorProgram)
            used = false;
        a.answers.hasComprehensiveAgreement = false;
        const auto created = applications.create(a);
        ASSERT_TRUE(created) << created.message().toStdString();
        const qint64 id = created.value();
        for (int r = 0; r < reviewers.size(); ++r) {
            const int base = (i * 7 + r * 3) % 5 + 1;
            ASSERT_TRUE(reviews.setScore(
                {id, reviewers[r], base, (base + i) % 5 + 1, (base + r + i / 2) % 5 + 1, {}}));
        }
    }
    m_window->showPage(ui::MainWindow::SelectionPageIndex);
    ui::SelectionPage *page = m_window->selectionPage();
    page->reload();
    ASSERT_TRUE(page->setBureauLimit(2).isEmpty());
    const core::SelectionBoardData &board = page->boardModel()->board();
    ASSERT_EQ(board.rows.size(), codes.size());
    EXPECT_EQ(board.proposal.selected.size(), 10);
    QHash<int, int> perBureau;
    for (const core::BoardRow &row : board.rows) {
        if (board.proposal.selected.contains(row.applicationId))
            ++perBureau[row.bureauId];
    }
    for (auto it = perBureau.cbegin(); it != perBureau.cend(); ++it)
        EXPECT_LE(it.value(), 2) << "bureau " << it.key();
    ASSERT_TRUE(page->selectProposal(QDate(2018, 6, 15)).isEmpty());
    EXPECT_TRUE(page->warnings()->text().isEmpty()) << page->warnings()->text().toStdString();

    // Tohoku, with two selected, is given its own limit of one in the table's Limit cell.
    int tohoku = 0;
    for (const core::BoardRow &row : board.rows) {
        if (row.leadCode == u"022012")
            tohoku = row.bureauId;
    }
    core::BureauBalanceModel *bureaus = page->bureauModel();
    QModelIndex limitCell;
    for (int r = 0; r < bureaus->rowCount(); ++r) {
        if (bureaus->index(r, 0).data(core::KeyRole).toInt() == tohoku)
            limitCell = bureaus->index(r, core::BureauBalanceModel::Limit);
    }
    ASSERT_TRUE(limitCell.flags().testFlag(Qt::ItemIsEditable));
    EXPECT_EQ(limitCell.data(Qt::EditRole).toInt(), -1); // none of its own yet
    ASSERT_TRUE(bureaus->setData(limitCell, 1));
    QCoreApplication::processEvents(); // applied once the editor has closed
    EXPECT_EQ(core::ProgramRepository(db).selectionLimits(1)->byBureau.value(tohoku, -1), 1);
    EXPECT_FALSE(page->warnings()->text().isEmpty()); // two selected, over its own limit
    m_window->undoStack()->undo();
    EXPECT_TRUE(core::ProgramRepository(db).selectionLimits(1)->byBureau.isEmpty());
    EXPECT_TRUE(page->warnings()->text().isEmpty());

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

TEST_F(MainWindowTest, PublishedListPdfFromTheSelectionPage)
{
    ui::ApplicationsPage *applications = m_window->applicationsPage();
    ASSERT_TRUE(
        applications->importFile(test::sourcePath(u"docs/samples/applications-sample.csv"_s))
            .isEmpty());
    ui::SelectionPage *page = m_window->selectionPage();
    const qint64 yusuhara = applications->model()->at(1).application.id;
    ASSERT_TRUE(page->decide(yusuhara, core::Decision::Selected, u"地域バランス"_s,
                             u"審査前の特例"_s, QDate(2018, 6, 15))
                    .isEmpty());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"list.pdf"_s);
    ASSERT_TRUE(page->savePublishedList(pdf).isEmpty());
    const QString text = test::pdfText(pdf);
    EXPECT_TRUE(text.contains(u"選定結果"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"檮原町"_s));
    EXPECT_TRUE(text.contains(u"津野町"_s));
    EXPECT_FALSE(text.contains(u"府中市"_s)); // not selected
    EXPECT_TRUE(page->publishedList()->html().contains(u"1団体"_s));
    const QString csv = dir.filePath(u"list.csv"_s);
    ASSERT_TRUE(page->savePublishedCsv(csv).isEmpty());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\"檮原町\",\"津野町\""));

    // A list that cannot be read is an error, never an empty list printed in its place.
    QSqlQuery rename(m_window->database()->connection());
    ASSERT_TRUE(rename.exec(u"ALTER TABLE application_members RENAME TO members_elsewhere"_s));
    const QString unread = dir.filePath(u"unread.pdf"_s);
    EXPECT_FALSE(page->savePublishedList(unread).isEmpty());
    EXPECT_FALSE(QFile::exists(unread));
}

TEST_F(MainWindowTest, ReviewersScoresAndConflictsFromTheSelectionPage)
{
    ui::ApplicationsPage *applications = m_window->applicationsPage();
    ASSERT_TRUE(
        applications->importFile(test::sourcePath(u"docs/samples/applications-sample.csv"_s))
            .isEmpty());
    const qint64 fuchu = applications->model()->at(0).application.id;
    ui::SelectionPage *page = m_window->selectionPage();
    const core::Database &db = *m_window->database();
    core::ReviewRepository reviews(db);

    ui::CommandRunner runner(m_window->undoStack(), {});
    ui::ReviewersDialog dialog(db, runner, 1);
    EXPECT_FALSE(dialog.addReviewer(u" "_s, u"mic"_s, 0).isEmpty()); // no name
    ASSERT_TRUE(dialog.addReviewer(u"関東 一郎"_s, u"bureau"_s, 3).isEmpty());
    ASSERT_EQ(reviews.reviewers(1)->size(), 1);
    const qint64 reviewer = reviews.reviewers(1)->front().id;
    // A bureau's reviewer is listed with the bureau's name, not as "a regional bureau".
    const auto *listed = dialog.findChild<QTableWidget *>();
    ASSERT_NE(listed, nullptr);
    ASSERT_EQ(listed->rowCount(), 1);
    const QString bureauName = listed->item(0, 1)->text();
    EXPECT_TRUE(bureauName.contains(u"Kanto"_s) || bureauName.contains(u"関東"_s))
        << bureauName.toStdString();
    applications->table()->selectRow(0);
    EXPECT_TRUE(applications->details()->toPlainText().contains(u"Still to score: 関東 一郎"_s))
        << applications->details()->toPlainText().toStdString();
    {
        ui::ScoreDialog scoring(db, 1, fuchu, u"東京都府中市"_s);
        EXPECT_EQ(scoring.reviewerId(), reviewer);
        EXPECT_FALSE(scoring.declaresConflict());
        if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR");
            !folder.isEmpty()) {
            scoring.show();
            scoring.grab().save(folder + u"/score-dialog.png"_s);
            dialog.show();
            dialog.grab().save(folder + u"/reviewers-dialog.png"_s);
        }
    }

    // Score, rescore, and undo back to nothing.
    ASSERT_TRUE(page->recordScore({fuchu, reviewer, 4, 3, 5, u"良い"_s}).isEmpty());
    ASSERT_TRUE(page->recordScore({fuchu, reviewer, 5, 5, 5, {}}).isEmpty());
    m_window->undoStack()->undo();
    EXPECT_EQ(reviews.score(fuchu, reviewer)->value().proactiveness, 4);
    // Declaring a conflict withdraws the score; undoing it brings the score back.
    ASSERT_TRUE(page->recordConflict(fuchu, reviewer, u"親族が勤務"_s).isEmpty());
    EXPECT_FALSE(reviews.score(fuchu, reviewer)->has_value());
    EXPECT_FALSE(page->recordScore({fuchu, reviewer, 5, 5, 5, {}}).isEmpty());
    m_window->undoStack()->undo();
    EXPECT_EQ(reviews.score(fuchu, reviewer)->value().comment, u"良い");
    m_window->undoStack()->undo(); // the first score
    EXPECT_FALSE(reviews.score(fuchu, reviewer)->has_value());

    ASSERT_TRUE(dialog.setActive(reviewer, false).isEmpty());
    EXPECT_FALSE(reviews.reviewers(1)->front().active);
    m_window->undoStack()->undo();
    m_window->undoStack()->undo(); // the reviewer itself
    EXPECT_TRUE(reviews.reviewers(1)->isEmpty());
}

TEST_F(MainWindowTest, ApplicationEnteredAndEditedByHand)
{
    ui::ApplicationsPage *page = m_window->applicationsPage();
    const core::Database &db = *m_window->database();
    core::Application fresh;
    fresh.programId = 1;
    fresh.receivedAt = QDateTime(QDate(2018, 5, 24), QTime(2, 0), Qt::UTC);
    ui::ApplicationDialog dialog(db, fresh);
    dialog.leadField()->setText(u"府中市"_s);
    QString problem;
    dialog.entered(&problem);
    EXPECT_TRUE(problem.contains(u"132063"_s) && problem.contains(u"342084"_s))
        << problem.toStdString(); // a shared name is never guessed

    dialog.leadField()->setText(u"東京都府中市"_s);
    dialog.membersField()->setText(u"調布市、132071"_s);
    for (int i = 0; i < 8; ++i) // yes to the commitments, no to the exclusions
        dialog.answerField(i)->setCurrentIndex(dialog.answerField(i)->findData(i < 3 ? 1 : 0));
    dialog.contactsEditor()->addRow(
        {u"山田 太郎"_s, u"企画課"_s, u"主査"_s, u"042-335-4111"_s, u"yamada@example.jp"_s});
    dialog.contactsEditor()->addRow(); // left empty: ignored
    dialog.partnersEditor()->addRow({u"株式会社府中センサー"_s, u"company"_s, u"機器設置"_s});
    dialog.frameworksEditor()->addRow(
        {u"other"_s, u"多摩連携"_s, u"forming"_s, u"調布市、伊達市"_s});
    dialog.entered(&problem);
    EXPECT_TRUE(problem.contains(u"072133"_s)) << problem.toStdString(); // 伊達市 is ambiguous
    dialog.frameworksEditor()->table()->item(0, 3)->setText(u"調布市、東京都三鷹市"_s);
    const core::Application entered = dialog.entered(&problem);
    ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
    EXPECT_EQ(entered.receivedAt, fresh.receivedAt);
    ASSERT_EQ(entered.contacts.size(), 1);
    EXPECT_EQ(entered.contacts[0].title, u"主査");
    ASSERT_EQ(entered.partners.size(), 1);
    EXPECT_EQ(entered.partners[0].kind, u"company");
    ASSERT_EQ(entered.frameworks.size(), 1);
    EXPECT_EQ(entered.frameworks[0].state, u"forming");
    EXPECT_EQ(entered.frameworks[0].memberCodes, QStringList({u"132047"_s, u"132080"_s}));
    if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
            m_translations.apply(language);
            const QString name = language == core::Language::Japanese ? u"ja"_s : u"en"_s;
            ui::ApplicationDialog shown(db, dialog.entered());
            shown.show();
            shown.grab().save(folder + u"/"_s + name + u"-application-dialog.png"_s);
            shown.findChild<QTabWidget *>()->setCurrentIndex(1);
            shown.grab().save(folder + u"/"_s + name + u"-application-dialog-lists.png"_s);
        }
    }
    ASSERT_TRUE(page->addApplication(entered).isEmpty());
    ASSERT_EQ(page->model()->rowCount(), 1);
    const core::Application stored = page->model()->at(0).application;
    EXPECT_EQ(stored.members.size(), 3);
    EXPECT_EQ(page->model()->at(0).eligibility.status, core::EligibilityStatus::Eligible);

    // Editing through the dialog: an answer changes, the history shows it, undo restores it.
    EXPECT_EQ(stored.frameworks, entered.frameworks);
    ui::ApplicationDialog edit(db, stored);
    EXPECT_EQ(edit.frameworksEditor()->rows().front().at(3), u"東京都三鷹市、東京都調布市");
    edit.answerField(7)->setCurrentIndex(edit.answerField(7)->findData(1));
    edit.partnersEditor()->table()->selectRow(0);
    edit.partnersEditor()->setRows({});
    const core::Application changed = edit.entered(&problem);
    ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
    EXPECT_TRUE(changed.partners.isEmpty());
    EXPECT_EQ(changed.contacts, stored.contacts);
    ASSERT_TRUE(page->editApplication(changed).isEmpty());
    EXPECT_EQ(page->model()->at(0).eligibility.status, core::EligibilityStatus::Ineligible);
    m_window->undoStack()->undo();
    EXPECT_EQ(page->model()->at(0).eligibility.status, core::EligibilityStatus::Eligible);
    m_window->undoStack()->undo();
    EXPECT_EQ(page->model()->rowCount(), 0);
}

TEST_F(MainWindowTest, RequestsAskedAndAnswered)
{
    ui::ApplicationsPage *page = m_window->applicationsPage();
    ASSERT_TRUE(
        page->importFile(test::sourcePath(u"docs/samples/applications-sample.csv"_s)).isEmpty());
    const qint64 id = page->model()->at(0).application.id;
    const core::Database &db = *m_window->database();
    ui::CommandRunner runner(m_window->undoStack(), {});
    ui::RequestsDialog dialog(db, runner, id, u"東京都府中市"_s);
    EXPECT_FALSE(dialog.ask(u"hearing"_s, QDate(2018, 6, 12), u" "_s).isEmpty()); // no question
    ASSERT_TRUE(
        dialog.ask(u"hearing"_s, QDate(2018, 6, 12), u"推進体制の説明をお願いします"_s).isEmpty());
    EXPECT_EQ(dialog.requestCount(), 1);
    const qint64 request = core::ReviewRepository(db).requests(id)->front().id;
    EXPECT_FALSE(dialog.answer(request, QDate(2018, 6, 1), u"早すぎる回答"_s).isEmpty());
    ASSERT_TRUE(dialog.answer(request, QDate(2018, 6, 14), u"ヒアリング実施"_s).isEmpty());
    EXPECT_EQ(core::ReviewRepository(db).requests(id)->front().status, u"answered");
    m_window->undoStack()->undo();
    EXPECT_EQ(core::ReviewRepository(db).requests(id)->front().status, u"open");
    m_window->undoStack()->undo();
    EXPECT_TRUE(core::ReviewRepository(db).requests(id)->isEmpty());
}

TEST_F(MainWindowTest, ConsultationLoggedWithTheKeyboardAlone)
{
    const core::Database &db = *m_window->database();
    core::ContactRepository contacts(db);
    ASSERT_TRUE(contacts.add(
        {0, core::ContactKind::Consultant, db.userName(), {}, {}, {}, {}, {}, {}, true}));
    ASSERT_TRUE(contacts.add({0,
                              core::ContactKind::Municipal,
                              u"山田 太郎"_s,
                              {},
                              u"132063"_s,
                              u"企画課"_s,
                              {},
                              {},
                              {},
                              true}));
    m_window->showPage(ui::MainWindow::ConsultationsPageIndex);
    ui::ConsultationsPage *page = m_window->consultationsPage();
    ASSERT_NE(page, nullptr);

    bool typed = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::ConsultationDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        // Text arrives as an input method commits it (Japanese always does).
        const auto type = [dialog](const QString &text) {
            QInputMethodEvent input;
            input.setCommitString(text);
            QCoreApplication::sendEvent(dialog->focusWidget(), &input);
        };
        const auto tab = [dialog] {
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        };
        dialog->activateWindow();
        QApplication::setActiveWindow(dialog);
        // The time is now: the entry starts at the government.
        EXPECT_EQ(dialog->focusWidget(), static_cast<QWidget *>(dialog->governmentField()));
        type(u"132063"_s);
        tab();
        EXPECT_EQ(dialog->focusWidget(), static_cast<QWidget *>(dialog->counterpartField()));
        type(u"山田 太郎"_s);
        // Enter, as after an input method's conversion, goes on to the next field: it never
        // saves a half-typed entry.
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(dialog->focusWidget(), static_cast<QWidget *>(dialog->departmentField()));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        tab(); // department: known already
        tab(); // consultant: the user
        tab(); // channel: phone
        tab(); // direction: incoming
        tab(); // minutes
        QTest::keyClick(dialog->focusWidget(), Qt::Key_A, Qt::ControlModifier);
        type(u"15"_s);
        tab(); // the first topic: regional issues; the fifth is budget, below the first
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Down);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Space);
        tab(); // the topics are one stop of Tab
        EXPECT_EQ(dialog->focusWidget(), static_cast<QWidget *>(dialog->summaryField()));
        type(u"予算要求の時期について相談"_s);
        tab(); // advice
        type(u"補助金の公募時期を案内"_s);
        tab();
        EXPECT_EQ(dialog->focusWidget(), static_cast<QWidget *>(dialog->followUpField()));
        type(u"資料を送付"_s);
        if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR");
            !folder.isEmpty())
            dialog->grab().save(folder + u"/en-consultation-dialog.png"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        if (dialog->isVisible()) { // refused: say why, and do not hang on the modal dialog
            ADD_FAILURE() << dialog->messageLabel()->text().toStdString();
            dialog->reject();
        }
        typed = true;
    });
    core::Preferences().setUserName(db.userName()); // known: Ctrl+L does not ask who this is
    m_window->logConsultationAction()->trigger();
    ASSERT_TRUE(typed);

    ASSERT_EQ(page->model()->rowCount(), 1);
    const core::Consultation c =
        core::ConsultationRepository(db).consultation(page->model()->at(0).id).value();
    EXPECT_EQ(c.lgCode6, u"132063");
    EXPECT_EQ(c.durationMinutes, 15);
    EXPECT_TRUE(c.hasTopic(core::Topic::BudgetAndSubsidies));
    EXPECT_EQ(c.summary, u"予算要求の時期について相談");
    EXPECT_EQ(c.advice, u"補助金の公募時期を案内");
    EXPECT_EQ(contacts.contact(c.counterpartId)->name, u"山田 太郎");
    EXPECT_EQ(contacts.contact(c.consultantId)->name, db.userName());
    ASSERT_EQ(c.followUps.size(), 1);
    EXPECT_EQ(c.followUps[0].action, u"資料を送付");
    EXPECT_EQ(contacts.ofGovernment(u"132063"_s)->size(), 1); // the known person, reused

    // Found again by a word of the summary, highlighted; undone, it is gone.
    QInputMethodEvent search;
    search.setCommitString(u"公募時期"_s);
    QCoreApplication::sendEvent(page->searchField(), &search);
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    ASSERT_EQ(page->model()->rowCount(), 1);
    page->table()->selectRow(0);
    EXPECT_TRUE(page->details()->toHtml().contains(u"#ffe066"_s));
    EXPECT_TRUE(page->timelineHtml(u"132063"_s).contains(u"予算要求の時期について相談"_s));
    if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        m_translations.apply(core::Language::Japanese);
        ui::ConsultationDialog japanese(db, c);
        japanese.show();
        japanese.grab().save(folder + u"/ja-consultation-dialog.png"_s);
        m_translations.apply(core::Language::English);
    }
    m_window->undoStack()->undo();
    EXPECT_EQ(page->model()->rowCount(), 0);
}

TEST_F(MainWindowTest, FollowUpsDoneAndNextFromTheConsultationsPage)
{
    const core::Database &db = *m_window->database();
    const qint64 me =
        core::ContactRepository(db)
            .add({0, core::ContactKind::Consultant, u"支援 次郎"_s, {}, {}, {}, {}, {}, {}, true})
            .value();
    m_window->showPage(ui::MainWindow::ConsultationsPageIndex);
    ui::ConsultationsPage *page = m_window->consultationsPage();
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::Consultation c;
    c.occurredAt = QDateTime(QDate(2018, 7, 2), QTime(1, 0), Qt::UTC);
    c.lgCode6 = u"394050"_s;
    c.consultantId = me;
    c.channel = core::Channel::Visit;
    c.direction = core::Direction::Outgoing;
    c.durationMinutes = 90;
    c.summary = u"研修会の会場を下見"_s;
    c.followUps = {{0, 0, u"会場を予約"_s, QDate(2018, 7, 6), me, {}}};
    ASSERT_TRUE(page->logConsultation(c).isEmpty());
    EXPECT_FALSE(page->logConsultation(core::Consultation{}).isEmpty()); // refused, nothing added
    ASSERT_EQ(page->model()->rowCount(), 1);

    page->tabs()->setCurrentIndex(1);
    ASSERT_EQ(page->followUpTable()->rowCount(), 1);
    EXPECT_EQ(page->followUpTable()->item(0, 0)->data(Qt::BackgroundRole).value<QBrush>().color(),
              QColor(0xfd, 0xe2, 0xe1)); // long overdue
    const qint64 followUp = page->followUpTable()->item(0, 0)->data(Qt::UserRole).toLongLong();
    ASSERT_TRUE(
        page->completeFollowUp(followUp, QDate(2018, 7, 5),
                               core::FollowUp{0, 0, u"当日の設営"_s, QDate(2018, 7, 20), me, {}})
            .isEmpty());
    ASSERT_EQ(page->followUpTable()->rowCount(), 1);
    EXPECT_EQ(page->followUpTable()->item(0, 2)->text(), u"当日の設営");
    m_window->undoStack()->undo();
    ASSERT_EQ(page->followUpTable()->rowCount(), 1);
    EXPECT_EQ(page->followUpTable()->item(0, 2)->text(), u"会場を予約");

    page->tabs()->setCurrentIndex(2);
    EXPECT_GE(page->hoursTable()->rowCount(), 0); // today's twelve months; 2018 is outside
    const auto hours =
        core::ConsultationRepository(db).hours(true, QDate(2018, 7, 1), QDate(2018, 7, 31));
    ASSERT_EQ(hours->size(), 1);
    EXPECT_EQ(hours->front().minutes, 90);

    // Edited, then deleted: undo brings it back under its own number, so the edit before it
    // can be undone too.
    page->tabs()->setCurrentIndex(0);
    const qint64 id = page->model()->at(0).id;
    core::Consultation edited = core::ConsultationRepository(db).consultation(id).value();
    edited.summary = u"研修会の会場を下見（再訪）"_s;
    ASSERT_TRUE(page->editConsultation(edited).isEmpty());
    ASSERT_TRUE(page->deleteConsultation(id).isEmpty());
    EXPECT_EQ(page->model()->rowCount(), 0);
    m_window->undoStack()->undo();
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->at(0).id, id);
    EXPECT_EQ(core::ConsultationRepository(db).openFollowUps()->size(), 1);
    m_window->undoStack()->undo();
    EXPECT_EQ(core::ConsultationRepository(db).consultation(id)->summary, u"研修会の会場を下見");
    m_window->undoStack()->redo();
    m_window->undoStack()->redo(); // deleted again
    EXPECT_EQ(page->model()->rowCount(), 0);
}

TEST_F(MainWindowTest, PeopleCorrectedAndAddedFromTheConsultationsPage)
{
    const core::Database &db = *m_window->database();
    core::ContactRepository contacts(db);
    const qint64 yamada = contacts
                              .add({0,
                                    core::ContactKind::Municipal,
                                    u"山田 太郎"_s,
                                    {},
                                    u"132063"_s,
                                    {},
                                    {},
                                    {},
                                    {},
                                    true})
                              .value();
    ui::CommandRunner runner(m_window->undoStack(), {});
    ui::ContactsDialog dialog(db, runner, u"132063"_s);
    ASSERT_EQ(dialog.table()->rowCount(), 1);
    // An address lets saved mails find him; undo takes it back.
    core::Contact changed = contacts.contact(yamada).value();
    changed.email = u"Yamada@City.Fuchu.Example"_s;
    ASSERT_TRUE(dialog.save(changed).isEmpty());
    EXPECT_EQ(contacts.byEmail(u"yamada@city.fuchu.example"_s)->value().id, yamada);
    EXPECT_FALSE(
        dialog
            .save({0, core::ContactKind::Municipal, u" "_s, {}, u"132063"_s, {}, {}, {}, {}, true})
            .isEmpty()); // no name
    ASSERT_TRUE(dialog
                    .save({0,
                           core::ContactKind::Municipal,
                           u"鈴木 花子"_s,
                           u"すずき はなこ"_s,
                           u"132063"_s,
                           u"DX推進課"_s,
                           {},
                           {},
                           {},
                           true})
                    .isEmpty());
    EXPECT_EQ(dialog.table()->rowCount(), 2);
    m_window->undoStack()->undo();
    EXPECT_EQ(contacts.ofGovernment(u"132063"_s)->size(), 1);
    m_window->undoStack()->undo();
    EXPECT_TRUE(contacts.contact(yamada)->email.isEmpty());
    dialog.showGovernment({});
    EXPECT_EQ(dialog.table()->rowCount(), 0); // no consultant yet
}

// The monthly reports of this fiscal year from the Reports page: the grid by status, a report
// recorded and undone, the months without contact, the reminder and the export.
TEST_F(MainWindowTest, MonthlyReportGridRecordsAndReminds)
{
    const core::Database &db = *m_window->database();
    core::ProgramRepository programs(db);
    qint64 program = 1;
    for (int year = 2019; year <= 2026; ++year)
        program = programs.createNextFiscalYear(program).value();
    core::ApplicationRepository applications(db);
    core::Application a;
    a.programId = program;
    a.receivedAt = QDateTime(QDate(2026, 5, 20), QTime(1, 0), Qt::UTC);
    a.members = {{u"132063"_s, true}};
    a.contacts = {{u"山田 太郎"_s, u"企画課"_s, {}, {}, u"yamada@city.fuchu.example.jp"_s}};
    a.decision = core::Decision::Selected;
    a.overrideReason = u"テスト"_s;
    a.decidedAt = QDateTime(QDate(2026, 6, 29), QTime(6, 0), Qt::UTC);
    ASSERT_TRUE(applications.create(a));

    m_window->showPage(ui::MainWindow::ReportsPageIndex);
    ui::ReportsPage *page = m_window->reportsPage();
    ASSERT_NE(page, nullptr);
    auto *selector = page->findChild<QComboBox *>();
    selector->setCurrentIndex(selector->findData(program));
    core::ReportGridModel *grid = page->gridModel();
    QAbstractItemModelTester tester(grid, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(grid->rowCount(), 1);
    ASSERT_EQ(grid->columnCount(), 13);
    // July 2026 is column 4 (April is 1); as the test runs after 10 August 2026 it is overdue.
    const QModelIndex july = grid->index(0, core::ReportGridModel::FirstMonth + 3);
    ASSERT_NE(grid->reportAt(july), nullptr);
    EXPECT_EQ(grid->reportAt(july)->month, QDate(2026, 7, 1));
    EXPECT_EQ(grid->index(0, core::ReportGridModel::FirstMonth).data().toString(), QString())
        << "no report for April";
    const bool julyOverdue = QDate::currentDate() > QDate(2026, 8, 10);
    if (julyOverdue) {
        EXPECT_EQ(july.data(core::StateRole).value<core::RowState>(), core::RowState::Problem);
        EXPECT_TRUE(july.data().toString().contains(u"⚑"_s)) << "no report, no consultation";
        ASSERT_GE(page->overdueTable()->rowCount(), 1);
        const core::MailDraft mail = page->reminderFor(grid->reportAt(july)->applicationId);
        EXPECT_EQ(mail.to, u"yamada@city.fuchu.example.jp");
        EXPECT_TRUE(mail.body.contains(u"2026年7月分"_s)) << mail.body.toStdString();
    }

    // Recorded from the page, shown in the grid and the details, then undone.
    core::MonthlyReport report = *grid->reportAt(july);
    report.receivedOn = QDate(2026, 8, 7);
    report.channel = core::ReportChannel::Email;
    report.activities = u"庁内推進体制の設置"_s;
    ASSERT_EQ(page->saveReport(report), QString());
    const QModelIndex again = grid->indexOf(report.id);
    EXPECT_EQ(again.data(core::StateRole).value<core::RowState>(), core::RowState::Done);
    EXPECT_TRUE(again.data().toString().contains(u"8/7"_s));
    page->gridView()->setCurrentIndex(again);
    EXPECT_TRUE(page->details()->toPlainText().contains(u"庁内推進体制の設置"_s));
    m_window->undoStack()->undo();
    EXPECT_FALSE(core::ReportRepository(db).report(report.id)->receivedOn.has_value());
    m_window->undoStack()->redo();
    EXPECT_TRUE(core::ReportRepository(db).report(report.id)->receivedOn.has_value());
    // An attachment kept with the report, removed and put back by undo under its own id.
    const QString attachment = m_dir.filePath(u"月次報告_7月.txt"_s);
    {
        QFile out(attachment);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("activities in July\n");
    }
    ui::StoredFilesPanel *files = page->attachments();
    ASSERT_EQ(files->addFile(attachment), QString());
    ASSERT_EQ(files->table()->rowCount(), 1);
    const qint64 fileId = files->table()->item(0, 0)->data(Qt::UserRole).toLongLong();
    ASSERT_EQ(files->removeFile(fileId), QString());
    EXPECT_EQ(files->table()->rowCount(), 0);
    m_window->undoStack()->undo();
    files->reload();
    ASSERT_EQ(files->table()->rowCount(), 1);
    EXPECT_EQ(files->table()->item(0, 0)->data(Qt::UserRole).toLongLong(), fileId);
    EXPECT_EQ(core::FileStore(db, core::FileStore::Kind::ReportAttachments).content(fileId).value(),
              QByteArray("activities in July\n"));
    // A bad record is refused with its reason and changes nothing.
    core::MonthlyReport bad = report;
    bad.reviewedOn = QDate(2026, 8, 1);
    EXPECT_FALSE(page->saveReport(bad).isEmpty());

    const QString csv = m_dir.filePath(u"reports.csv"_s);
    ASSERT_EQ(page->exportTable(csv, false), QString());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(u"東京都府中市"_s));
    EXPECT_TRUE(text.contains(u"● 8/7"_s));

    // With data, in both languages, every page still fits a 1280-pixel screen.
    for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
        m_translations.apply(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
        EXPECT_LE(m_window->minimumSizeHint().width(), 1280) << int(language);
    }

    if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        m_window->resize(1280, 800);
        page->gridView()->setCurrentIndex(grid->indexOf(report.id));
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

// The dashboard's charts carry the counts, and a bar opens the list behind it.
TEST_F(MainWindowTest, DashboardChartsOpenTheirLists)
{
    const core::Database &db = *m_window->database();
    core::ApplicationRepository applications(db);
    for (const QString &code : {u"132063"_s, u"392014"_s}) {
        core::Application a;
        a.programId = 1;
        a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
        a.members = {{code, true}};
        a.decision = code == u"132063" ? core::Decision::Selected : core::Decision::None;
        a.overrideReason = a.decision == core::Decision::None ? QString() : u"テスト"_s;
        a.decidedAt = QDateTime(QDate(2018, 6, 29), QTime(6, 0), Qt::UTC);
        ASSERT_TRUE(applications.create(a));
    }
    core::Consultation call;
    call.occurredAt = QDateTime(QDate(2018, 8, 10), QTime(1, 0), Qt::UTC);
    call.lgCode6 = u"132063"_s;
    call.channel = core::Channel::Email;
    call.direction = core::Direction::Incoming;
    ASSERT_TRUE(core::ConsultationRepository(db).create(call));

    m_window->showPage(ui::MainWindow::DashboardPageIndex);
    ui::DashboardPage *page = m_window->dashboardPage();
    ASSERT_NE(page, nullptr);
    page->reload();
    int applied = 0;
    for (const auto &b : page->data().bureaus)
        applied += b.applications;
    EXPECT_EQ(applied, 2);
    for (int i = 0; i < ui::DashboardPage::ChartCount; ++i) {
        const auto which = ui::DashboardPage::ChartIndex(i);
        ASSERT_EQ(page->chart(which)->series().size(), 1) << i;
        EXPECT_FALSE(page->chart(which)->title().isEmpty());
        EXPECT_TRUE(qobject_cast<QAbstractBarSeries *>(page->chart(which)->series().front())
                        ->isLabelsVisible());
    }

    // August's e-mail bar (set 1 of the channels, month index 4): the consultation list,
    // filtered to August and e-mail.
    page->openBar(ui::DashboardPage::ConsultationChart, 1, 4);
    EXPECT_EQ(m_window->navigation()->currentRow(), ui::MainWindow::ConsultationsPageIndex);
    EXPECT_EQ(m_window->consultationsPage()->model()->rowCount(), 1);
    // July's reports: the Reports page with July chosen.
    m_window->showPage(ui::MainWindow::DashboardPageIndex);
    page->openBar(ui::DashboardPage::ReportChart, 2, 3);
    EXPECT_EQ(m_window->navigation()->currentRow(), ui::MainWindow::ReportsPageIndex);
    const QModelIndex current = m_window->reportsPage()->gridView()->currentIndex();
    EXPECT_EQ(m_window->reportsPage()->gridModel()->monthOf(current.column()), QDate(2018, 7, 1));
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
// both languages (「現在」 never alone on a line of its own), and the charts' legends say what
// they count.
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
            for (const auto monthly :
                 {ui::DashboardPage::ReportChart, ui::DashboardPage::ConsultationChart}) {
                const auto axes = page->chart(monthly)->axes(Qt::Horizontal);
                ASSERT_FALSE(axes.isEmpty());
                const auto *months = qobject_cast<const QBarCategoryAxis *>(axes.front());
                ASSERT_NE(months, nullptr);
                EXPECT_EQ(months->count(), 12) << size.width();
            }
            // The legends are whole, however many lines they take.
            for (int i = 0; i < ui::DashboardPage::ChartCount; ++i) {
                const QLabel *legend = page->legend(ui::DashboardPage::ChartIndex(i));
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
        // Narrower, the figures wrap between two figures only: every line but the last ends
        // with the separator, and 「現在」 stays with its date.
        const QString separator = language == core::Language::Japanese ? u"・"_s : u"·"_s;
        for (int width = 280; width <= 1000; width += 40) {
            QTextDocument document;
            document.setDefaultFont(figures->font());
            document.setHtml(figures->text());
            document.setTextWidth(width);
            document.size(); // laid out
            QStringList lines;
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
                for (int i = 0; i < block.layout()->lineCount(); ++i) {
                    const QTextLine line = block.layout()->lineAt(i);
                    lines.append(block.text()
                                     .mid(line.textStart(), line.textLength())
                                     .remove(QChar(0x2060))
                                     .replace(QChar(QChar::Nbsp), u' ')
                                     .trimmed());
                }
            }
            ASSERT_FALSE(lines.isEmpty());
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                EXPECT_TRUE(lines[i].endsWith(separator))
                    << width << ": " << lines.join(u" / "_s).toStdString();
            }
            if (language == core::Language::Japanese) {
                EXPECT_TRUE(lines.last().endsWith(u"日 現在"_s))
                    << lines.join(u" / "_s).toStdString();
            }
        }
    }
    // In English the legends name what is counted.
    const auto legendText = [&](ui::DashboardPage::ChartIndex which) {
        QTextDocument document;
        document.setHtml(page->legend(which)->text());
        return document.toPlainText().remove(QChar(0x2060)).replace(QChar(QChar::Nbsp), u' ');
    };
    for (const QString &name : {u"Applications received"_s, u"Applications selected"_s})
        EXPECT_TRUE(legendText(ui::DashboardPage::BureauChart).contains(name))
            << name.toStdString();
    for (const QString &name :
         {u"Received on time"_s, u"Received late"_s, u"Overdue, not received"_s})
        EXPECT_TRUE(legendText(ui::DashboardPage::ReportChart).contains(name))
            << name.toStdString();
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
    ui::ConsultationsPage *page = m_window->consultationsPage();
    ASSERT_EQ(page->model()->rowCount(), 0);
    auto other =
        test::openOrDie(m_window->database()->path(), core::OpenOptions{.dailyBackup = false});
    const qint64 consultant =
        core::ContactRepository(*other)
            .add({0, core::ContactKind::Consultant, u"支援 次郎"_s, {}, {}, {}, {}, {}, {}, true})
            .value();
    core::Consultation c;
    c.occurredAt = QDateTime(QDate(2018, 7, 2), QTime(1, 0), Qt::UTC);
    c.lgCode6 = u"394050"_s;
    c.consultantId = consultant;
    c.channel = core::Channel::Phone;
    c.direction = core::Direction::Incoming;
    c.summary = u"別のウィンドウから記録"_s;
    ASSERT_TRUE(core::ConsultationRepository(*other).create(c));
    EXPECT_TRUE(QTest::qWaitFor([&] { return page->model()->rowCount() == 1; }, 3000));
}

TEST_F(MainWindowTest, CtrlLAsksWhoTheUserIsOnceAndLogsUnderThatName)
{
    const core::Database &db = *m_window->database();
    core::ContactRepository contacts(db);
    // Two consultants; the first in the list is not the user.
    ASSERT_TRUE(contacts.add(
        {0, core::ContactKind::Consultant, u"安藤 一郎"_s, {}, {}, {}, {}, {}, {}, true}));
    ASSERT_TRUE(contacts.add(
        {0, core::ContactKind::Consultant, u"支援 次郎"_s, {}, {}, {}, {}, {}, {}, true}));
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
void answerDatePrompt(QDate day, bool *asked)
{
    QTimer::singleShot(0, [day, asked] {
        auto *prompt = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(prompt, nullptr);
        ASSERT_EQ(prompt->objectName(), u"datePrompt");
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
    ASSERT_EQ(applications->table()->model()->rowCount(), 2);
    const qint64 fuchu = applications->model()->at(0).application.id;
    const qint64 yusuhara = applications->model()->at(1).application.id;

    // The receipt confirmation, recorded a day after it was sent.
    applications->table()->selectRow(0);
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
    ASSERT_EQ(reviewers.addReviewer(u"総務 花子"_s, u"mic"_s, 0), QString());
    const qint64 reviewer = core::ReviewRepository(db).reviewers(1)->front().id;
    ASSERT_EQ(selection->recordScore({fuchu, reviewer, 4, 4, 4, {}}), QString());
    ASSERT_EQ(selection->recordScore({yusuhara, reviewer, 5, 4, 4, {}}), QString());

    // The selection meeting of 15 June 2018, entered months later: Select the Proposal asks
    // the day.
    asked = false;
    answerDatePrompt(QDate(2018, 6, 15), &asked);
    QPushButton *propose = buttonNamed(selection, u"Select the Proposal"_s);
    ASSERT_NE(propose, nullptr);
    ASSERT_TRUE(propose->isEnabled());
    QTest::mouseClick(propose, Qt::LeftButton);
    EXPECT_TRUE(asked);
    for (const qint64 id : {fuchu, yusuhara}) {
        const core::Application decided = core::ApplicationRepository(db).application(id).value();
        EXPECT_EQ(decided.decision, core::Decision::Selected);
        EXPECT_EQ(core::JapanTime::dayOf(decided.decidedAt), QDate(2018, 6, 15));
    }

    // Monthly reports (Ctrl+8): both municipalities report from July 2018; July is due on
    // 10 August. The page is not empty and says so.
    page(Qt::Key_8, ui::MainWindow::ReportsPageIndex);
    ui::ReportsPage *reports = m_window->reportsPage();
    core::ReportGridModel *grid = reports->gridModel();
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
    QCoreApplication::sendEvent(consultations->searchField(), &search);
    QTest::keyClick(consultations->searchField(), Qt::Key_Return);
    ASSERT_EQ(consultations->model()->rowCount(), 1);
    EXPECT_EQ(consultations->model()->at(0).counterpart, u"山田 太郎");

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
    const QModelIndex current = m_window->applicationsPage()->table()->currentIndex();
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
    const core::Application application = m_window->applicationsPage()->model()->at(0).application;
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
    const qint64 fuchu = applications->model()->at(0).application.id;
    const qint64 yusuhara = applications->model()->at(1).application.id;
    EXPECT_TRUE(core::ReviewRepository(db).addRequest(
        {0, fuchu, u"documents"_s, QDate(2018, 5, 25), u"追加資料"_s, {}, {}, u"open"_s}));
    const auto reviewer =
        core::ReviewRepository(db).addReviewer({0, 1, u"総務 花子"_s, u"mic"_s, 0, true});
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
    core::MonthlyReport july = *reports->gridModel()->reportAt(
        reports->gridModel()->index(0, core::ReportGridModel::FirstMonth + 3));
    july.receivedOn = QDate(2018, 8, 7);
    july.channel = core::ReportChannel::Email;
    july.activities = u"推進体制の検討"_s;
    EXPECT_EQ(reports->saveReport(july), QString());
    return filled;
}

// The pages of `window` with a row chosen wherever a button waits for one.
void chooseRowsOnEveryPage(ui::MainWindow &window, qint64 workshop)
{
    window.applicationsPage()->table()->selectRow(0);
    window.selectionPage()->findChild<QTableView *>(u"selectionBoard"_s)->selectRow(0);
    window.consultationsPage()->tabs()->setCurrentIndex(1); // the follow-ups are read
    window.consultationsPage()->tabs()->setCurrentIndex(0);
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
const QStringList kWritingOnSelection = {u"Score…"_s, u"Decide…"_s, u"Select the Proposal"_s};
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
    QTest::keyClick(window.applicationsPage()->table(), Qt::Key_Return);
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
    applications->table()->clearSelection();
    applications->table()->setCurrentIndex({});
    EXPECT_FALSE(edit->isEnabled());

    m_window->waitForDailyCheck();
    ASSERT_EQ(m_window->database()->access(), core::Access::ReadWrite);
    EXPECT_TRUE(writes->writable());
    // The same pages, not made again: everything that writes is offered.
    EXPECT_EQ(m_window->programPage(), program);
    EXPECT_EQ(m_window->applicationsPage(), applications);
    EXPECT_TRUE(newApplication->isEnabled());
    EXPECT_FALSE(edit->isEnabled()) << "no application is chosen";
    applications->table()->selectRow(0);
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
