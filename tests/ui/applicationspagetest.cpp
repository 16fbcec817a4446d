// The Applications page on its own: mails dropped on it, a file imported, an application
// entered by hand, the confirmation and the requests to the applicant, each undoable.
#include "ui/applications/applicationspage.h"

#include "core/applications/applicationlistmodel.h"
#include "core/applications/applicationrepository.h"
#include "core/documents/applicationmailimporter.h"
#include "core/foundation/dateformatter.h"
#include "core/selection/reviewrepository.h"
#include "pagefixture.h"
#include "ui/applications/applicationdialog.h"
#include "ui/applications/applicationmaildialog.h"
#include "ui/applications/requestsdialog.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/rowlisteditor.h"
#include "ui/widgets/storedfilespanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

class ApplicationsPageTest : public test::PageFixture
{
protected:
    void SetUp() override
    {
        giveDateStyle(page);
        page.show();
    }

    ui::ApplicationsPage page{db(), &undoStack, writes};
    core::ApplicationListModel *applicationList =
        child<core::ApplicationListModel>(&page, u"applicationList"_s);
    QTableView *applicationTable = child<QTableView>(&page, u"applicationTable"_s);
    QTextBrowser *applicationDetails = child<QTextBrowser>(&page, u"applicationDetails"_s);
    ui::StoredFilesPanel *mailFiles = child<ui::StoredFilesPanel>(&page, u"applicationMailFiles"_s);
};

} // namespace

// Application mails dropped on the Applications page: reviewed in the dialog (Esashi's domain
// spells two towns, the user chooses), taken in as one undoable step, their files beside the
// details.
TEST_F(ApplicationsPageTest, ApplicationMailsDroppedOnThePage)
{
    // A coordinator's screen: in Japanese.
    translations.apply(core::Language::Japanese);
    EXPECT_EQ(applicationList->rowCount(), 0);
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
    QCoreApplication::sendEvent(&page, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &drop);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reviewed; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return applicationList->rowCount() == 2; }, 5000));
    EXPECT_EQ(undoStack.count(), 1);
    auto *told = page.findChild<QMessageBox *>(u"applicationMailsTakenIn"_s);
    ASSERT_NE(told, nullptr);
    EXPECT_EQ(told->text(), u"2件取り込みました。");
    told->close();

    // The list shows them; the details show the mail's files.
    applicationTable->selectRow(0);
    EXPECT_TRUE(applicationDetails->toPlainText().contains(u"富良野市"_s));
    ASSERT_EQ(mailFiles->table()->rowCount(), 1);
    EXPECT_EQ(mailFiles->table()->item(0, 0)->text(), u"応募様式_富良野市.pdf");
    EXPECT_EQ(test::scalar(db(), u"SELECT group_concat(g.lg_code6, ' ') FROM (SELECT lg_code6 FROM "
                                 "application_members ORDER BY lg_code6) AS g"_s)
                  .toString(),
              u"012297 015148");

    // One step back removes both, with their files.
    undoStack.undo();
    EXPECT_EQ(applicationList->rowCount(), 0);
    EXPECT_EQ(test::scalar(db(), u"SELECT count(*) FROM application_files"_s).toInt(), 0);
    undoStack.redo();
    EXPECT_EQ(applicationList->rowCount(), 2);
    EXPECT_EQ(test::scalar(db(), u"SELECT count(*) FROM application_files"_s).toInt(), 2);

    // The same mail again is shown as taken in already and cannot be taken in twice.
    const auto again =
        core::ApplicationMailImporter(db(), applicationList->programId()).read({furano});
    EXPECT_FALSE(page.takeInApplicationMails(again).isEmpty());
    EXPECT_EQ(applicationList->rowCount(), 2);
}

TEST_F(ApplicationsPageTest, ApplicationsImportConfirmAndUndo)
{
    EXPECT_EQ(applicationList->rowCount(), 0);

    // A file with a bad line changes nothing and says which line.
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.csv"_s);
    {
        QFile file(bad);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("received_at,lead\n2018-05-30 10:00,伊達市\n");
    }
    const QString error = page.importFile(bad);
    EXPECT_TRUE(error.contains(u"Line 2"_s)) << error.toStdString();
    EXPECT_EQ(applicationList->rowCount(), 0);
    EXPECT_EQ(undoStack.count(), 0);

    ASSERT_TRUE(
        page.importFile(test::sourcePath(u"docs/samples/applications-sample.csv"_s)).isEmpty());
    ASSERT_EQ(applicationList->rowCount(), 2);
    applicationTable->selectRow(0);
    EXPECT_TRUE(applicationDetails->toPlainText().contains(u"府中市"_s));
    const QString mail = page.confirmationMailText(0);
    EXPECT_TRUE(mail.contains(u"【受取確認】"_s));
    EXPECT_TRUE(mail.contains(u"山田 太郎 様"_s));
    EXPECT_TRUE(mail.contains(u"2018-05-21"_s)); // the UI is English here: ISO dates

    ASSERT_TRUE(page.markConfirmationSent(0, QDate(2018, 5, 22)).isEmpty());
    core::ApplicationRepository repository(db());
    const qint64 id = applicationList->at(0).application.id;
    EXPECT_EQ(repository.application(id)->confirmationSentOn, QDate(2018, 5, 22));
    EXPECT_EQ(applicationList->at(0).confirmation, core::ConfirmationState::Sent);
    // The list of confirmations still owed: only the second, long overdue.
    page.setShown(ui::ApplicationsPage::Show::ConfirmationDue);
    ASSERT_EQ(applicationTable->model()->rowCount(), 1);
    EXPECT_TRUE(applicationTable->model()
                    ->index(0, core::ApplicationListModel::Lead)
                    .data()
                    .toString()
                    .contains(u"檮原町"_s));
    page.setShown(ui::ApplicationsPage::Show::NotEligible);
    EXPECT_EQ(applicationTable->model()->rowCount(), 0); // both are eligible
    page.setShown(ui::ApplicationsPage::Show::ReviewOpen);
    EXPECT_EQ(applicationTable->model()->rowCount(), 2); // nobody has scored
    undoStack.undo();
    EXPECT_FALSE(repository.application(id)->confirmationSentOn.has_value());
    page.setShown(ui::ApplicationsPage::Show::ConfirmationDue);
    EXPECT_EQ(applicationTable->model()->rowCount(), 2); // follows the data as it changes
    page.setShown(ui::ApplicationsPage::Show::All);
    undoStack.undo(); // the import
    EXPECT_EQ(applicationList->rowCount(), 0);
    EXPECT_EQ(repository.count().value(), 0);
    undoStack.redo();
    EXPECT_EQ(repository.count().value(), 2);
}

TEST_F(ApplicationsPageTest, ApplicationEnteredAndEditedByHand)
{
    core::Application fresh;
    fresh.programId = 1;
    fresh.receivedAt = QDateTime(QDate(2018, 5, 24), QTime(2, 0), Qt::UTC);
    ui::ApplicationDialog dialog(db(), fresh);
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
    EXPECT_EQ(entered.partners[0].kind, core::PartnerKind::Company);
    ASSERT_EQ(entered.frameworks.size(), 1);
    EXPECT_EQ(entered.frameworks[0].state, core::FrameworkState::Forming);
    EXPECT_EQ(entered.frameworks[0].memberCodes, QStringList({u"132047"_s, u"132080"_s}));
    if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
            translations.apply(language);
            const QString name = language == core::Language::Japanese ? u"ja"_s : u"en"_s;
            ui::ApplicationDialog shown(db(), dialog.entered());
            shown.show();
            shown.grab().save(folder + u"/"_s + name + u"-application-dialog.png"_s);
            shown.findChild<QTabWidget *>()->setCurrentIndex(1);
            shown.grab().save(folder + u"/"_s + name + u"-application-dialog-lists.png"_s);
        }
    }
    ASSERT_TRUE(page.addApplication(entered).isEmpty());
    ASSERT_EQ(applicationList->rowCount(), 1);
    const core::Application stored = applicationList->at(0).application;
    EXPECT_EQ(stored.members.size(), 3);
    EXPECT_EQ(applicationList->at(0).eligibility.status, core::EligibilityStatus::Eligible);

    // Editing through the dialog: an answer changes, the history shows it, undo restores it.
    EXPECT_EQ(stored.frameworks, entered.frameworks);
    ui::ApplicationDialog edit(db(), stored);
    EXPECT_EQ(edit.frameworksEditor()->rows().front().at(3), u"東京都三鷹市、東京都調布市");
    edit.answerField(7)->setCurrentIndex(edit.answerField(7)->findData(1));
    edit.partnersEditor()->table()->selectRow(0);
    edit.partnersEditor()->setRows({});
    const core::Application changed = edit.entered(&problem);
    ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
    EXPECT_TRUE(changed.partners.isEmpty());
    EXPECT_EQ(changed.contacts, stored.contacts);
    ASSERT_TRUE(page.editApplication(changed).isEmpty());
    EXPECT_EQ(applicationList->at(0).eligibility.status, core::EligibilityStatus::Ineligible);
    undoStack.undo();
    EXPECT_EQ(applicationList->at(0).eligibility.status, core::EligibilityStatus::Eligible);
    undoStack.undo();
    EXPECT_EQ(applicationList->rowCount(), 0);
}

TEST_F(ApplicationsPageTest, RequestsAskedAndAnswered)
{
    ASSERT_TRUE(
        page.importFile(test::sourcePath(u"docs/samples/applications-sample.csv"_s)).isEmpty());
    const qint64 id = applicationList->at(0).application.id;
    ui::CommandRunner runner(&undoStack, {});
    ui::RequestsDialog dialog(db(), runner, id, u"東京都府中市"_s);
    EXPECT_FALSE(dialog.ask(core::RequestKind::Hearing, QDate(2018, 6, 12), u" "_s)
                     .isEmpty()); // no question
    ASSERT_TRUE(
        dialog
            .ask(core::RequestKind::Hearing, QDate(2018, 6, 12), u"推進体制の説明をお願いします"_s)
            .isEmpty());
    EXPECT_EQ(dialog.requestCount(), 1);
    // Shown by the kind's name and the date in the user's style, not as stored.
    const auto *table = dialog.findChild<QTableWidget *>();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->item(0, 0)->text(), core::shownName(core::RequestKind::Hearing));
    EXPECT_EQ(table->item(0, 1)->text(),
              core::DateFormatter::forMessages().date(QDate(2018, 6, 12)));
    const qint64 request = core::ReviewRepository(db()).requests(id)->front().id;
    EXPECT_FALSE(dialog.answer(request, QDate(2018, 6, 1), u"早すぎる回答"_s).isEmpty());
    ASSERT_TRUE(dialog.answer(request, QDate(2018, 6, 14), u"ヒアリング実施"_s).isEmpty());
    EXPECT_EQ(core::ReviewRepository(db()).requests(id)->front().status,
              core::RequestStatus::Answered);
    undoStack.undo();
    EXPECT_EQ(core::ReviewRepository(db()).requests(id)->front().status, core::RequestStatus::Open);
    undoStack.undo();
    EXPECT_TRUE(core::ReviewRepository(db()).requests(id)->isEmpty());
}
