// The Selection page on its own: the board and its proposal, decisions, the bureau limits,
// reviews and the published list. The applications arrive through the Applications page, as
// in the program: both pages on the same file and undo stack, as the main window makes them.
#include "ui/selection/selectionpage.h"

#include "core/applications/applicationlistmodel.h"
#include "core/applications/applicationrepository.h"
#include "core/foundation/japantime.h"
#include "core/foundation/modelroles.h"
#include "core/programs/programrepository.h"
#include "core/selection/reviewrepository.h"
#include "core/selection/selectionboardmodel.h"
#include "pagefixture.h"
#include "sampledata.h"
#include "ui/applications/applicationspage.h"
#include "ui/print/selectedlistreport.h"
#include "ui/selection/decisiondialog.h"
#include "ui/selection/reviewersdialog.h"
#include "ui/selection/scoredialog.h"
#include "ui/widgets/commandrunner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

class SelectionPageTest : public test::PageFixture
{
protected:
    void SetUp() override
    {
        giveDateStyle(page);
        giveDateStyle(applicationsPage);
        page.show();
    }

    // The sample applications taken in, and one reviewer at MIC (its id).
    qint64 sampleWithAReviewer()
    {
        EXPECT_TRUE(
            applicationsPage.importFile(test::sourcePath(u"docs/samples/applications-sample.csv"_s))
                .isEmpty());
        return core::ReviewRepository(db())
            .addReviewer({0, 1, u"総務 花子"_s, core::ReviewerAffiliation::Mic, 0, true})
            .value();
    }

    ui::SelectionPage page{db(), &undoStack, writes};
    core::SelectionBoardModel *boardModel =
        child<core::SelectionBoardModel>(&page, u"selectionBoardModel"_s);
    core::BureauBalanceModel *bureauModel =
        child<core::BureauBalanceModel>(&page, u"bureauBalanceModel"_s);
    QLabel *warnings = child<QLabel>(&page, u"selectionWarnings"_s);
    QTextBrowser *proposal = child<QTextBrowser>(&page, u"selectionProposal"_s);
    QChartView *chartView = child<QChartView>(&page, u"bureauBalanceChart"_s);

    ui::ApplicationsPage applicationsPage{db(), &undoStack, writes};
    core::ApplicationListModel *applicationList =
        child<core::ApplicationListModel>(&applicationsPage, u"applicationList"_s);
    QTableView *applicationTable = child<QTableView>(&applicationsPage, u"applicationTable"_s);
    QTextBrowser *applicationDetails =
        child<QTextBrowser>(&applicationsPage, u"applicationDetails"_s);
};

} // namespace

TEST_F(SelectionPageTest, SelectionBoardProposesDecidesAndWarns)
{
    const qint64 reviewer = sampleWithAReviewer();
    core::ReviewRepository reviews(db());
    const qint64 fuchu = applicationList->at(0).application.id;
    const qint64 yusuhara = applicationList->at(1).application.id;
    ASSERT_TRUE(reviews.setScore({fuchu, reviewer, 4, 4, 4, {}}));
    ASSERT_TRUE(reviews.setScore({yusuhara, reviewer, 5, 4, 4, {}}));

    page.reload();
    QAbstractItemModelTester boardTester(boardModel,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester bureauTester(bureauModel,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(boardModel->rowCount(), 2);
    EXPECT_EQ(boardModel->at(0).applicationId, yusuhara); // 13 before 12
    EXPECT_EQ(bureauModel->rowCount(), 11);
    EXPECT_EQ(boardModel->board().proposal.selected.size(), 2);
    EXPECT_TRUE(proposal->toPlainText().contains(u"府中市"_s));
    EXPECT_EQ(chartView->chart()->series().size(), 1);

    // One per bureau and a cap of 1: the proposal keeps the better one.
    core::Program program = core::ProgramRepository(db()).program(1).value();
    program.selectionCap = 1;
    ASSERT_TRUE(core::ProgramRepository(db()).update(program));
    ASSERT_TRUE(page.setBureauLimit(1).isEmpty());
    EXPECT_EQ(core::ProgramRepository(db()).selectionLimits(1)->perBureau, 1);
    EXPECT_EQ(boardModel->board().proposal.selected, QList<qint64>{yusuhara});

    ASSERT_TRUE(page.selectProposal(QDate(2018, 6, 15)).isEmpty());
    EXPECT_EQ(core::ApplicationRepository(db()).application(yusuhara)->decision,
              core::Decision::Selected);
    // The program's own rationale, stored the same whatever the language, shown in the
    // interface's, and stored back as it was when left alone.
    EXPECT_EQ(core::ApplicationRepository(db()).application(yusuhara)->decisionRationale,
              core::ApplicationRepository::balancedProposalRationale());
    {
        ui::DecisionDialog dialog(
            db(), core::ApplicationRepository(db()).application(yusuhara).value(), u"檮原町"_s);
        const auto texts = dialog.findChildren<QPlainTextEdit *>();
        ASSERT_FALSE(texts.isEmpty());
        EXPECT_EQ(texts.front()->toPlainText(), u"Selected by the balanced proposal");
        EXPECT_EQ(dialog.decided().decisionRationale,
                  core::ApplicationRepository::balancedProposalRationale());
    }
    // Selecting the second too breaks the cap: the board says so.
    ASSERT_TRUE(
        page.decide(fuchu, core::Decision::Selected, u"理由"_s, {}, QDate(2018, 6, 15)).isEmpty());
    EXPECT_FALSE(warnings->text().isEmpty());
    undoStack.undo();
    EXPECT_TRUE(warnings->text().isEmpty());
    undoStack.undo(); // the proposal, as one step
    EXPECT_TRUE(core::ApplicationRepository(db()).application(yusuhara)->decision ==
                core::Decision::None);
    undoStack.undo(); // the limit
    EXPECT_EQ(core::ProgramRepository(db()).selectionLimits(1)->perBureau, -1);

    // A decision the rules refuse comes back as a message and changes nothing.
    ASSERT_TRUE(reviews.removeScore(fuchu, reviewer));
    page.reload();
    const QString refused =
        page.decide(fuchu, core::Decision::Selected, {}, {}, QDate(2018, 6, 15));
    EXPECT_TRUE(refused.contains(u"override"_s)) << refused.toStdString();
    EXPECT_TRUE(core::ApplicationRepository(db()).application(fuchu)->decision ==
                core::Decision::None);

    // An older file's selection dated the day it was typed in (after its fiscal year) is
    // redated; undo puts the old day back, and redo the new one, whatever today's rules say.
    QSqlQuery q(db().connection());
    q.prepare(u"UPDATE applications SET decision = 'selected', override_reason = 'テスト', "
              "decided_at = '2026-11-20T01:00:00.000Z' WHERE id = ?"_s);
    q.addBindValue(yusuhara);
    ASSERT_TRUE(q.exec());
    const QDateTime typedIn = core::ApplicationRepository(db()).application(yusuhara)->decidedAt;
    ASSERT_TRUE(page.decide(yusuhara, core::Decision::Selected, u"理由"_s, {}, QDate(2018, 6, 15))
                    .isEmpty());
    const QDateTime redated = core::ApplicationRepository(db()).application(yusuhara)->decidedAt;
    EXPECT_EQ(core::JapanTime::dayOf(redated), QDate(2018, 6, 15));
    const int steps = undoStack.count();
    undoStack.undo();
    EXPECT_EQ(core::ApplicationRepository(db()).application(yusuhara)->decidedAt, typedIn);
    undoStack.redo();
    EXPECT_EQ(core::ApplicationRepository(db()).application(yusuhara)->decidedAt, redated);
    EXPECT_EQ(undoStack.count(), steps) << "no step was dropped as failed";
}

// Two people score for the same reviewer at once (the reviewer, and the office typing in a
// score sent on paper): the second save asks, naming the first; Reload and Reapply shows
// their score with the fields changed here on top, and saving it keeps both.
TEST_F(SelectionPageTest, AScoreGivenMeanwhileIsReloadedWithTheFieldsChangedHere)
{
    const qint64 reviewer = sampleWithAReviewer();
    core::ReviewRepository reviews(db());
    const qint64 fuchu = applicationList->at(0).application.id;
    ASSERT_TRUE(reviews.setScore({fuchu, reviewer, 3, 3, 3, {}}));
    page.reload();
    auto *board = child<QTableView>(&page, u"selectionBoard"_s);
    for (int row = 0; row < board->model()->rowCount(); ++row) {
        if (boardModel->at(row).applicationId == fuchu)
            board->setCurrentIndex(board->model()->index(row, 0));
    }
    auto other = temp.openAnother();
    other->setUserName(u"鈴木 花子"_s);

    QString asked;
    bool reloaded = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::ScoreDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        const auto boxes = dialog->findChildren<QSpinBox *>();
        ASSERT_EQ(boxes.size(), 3);
        boxes[0]->setValue(5); // proactiveness
        // Meanwhile, the paper score is typed in elsewhere.
        ASSERT_TRUE(core::ReviewRepository(*other).setScore(
            {fuchu,
             reviewer,
             3,
             4,
             2,
             u"書面で提出"_s,
             {reviews.scoreVersion(fuchu, reviewer).value()}}));
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            asked = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == u"&Reload and Reapply")
                    button->click();
            }
            QTimer::singleShot(0, [&] {
                auto *again = qobject_cast<ui::ScoreDialog *>(QApplication::activeModalWidget());
                ASSERT_NE(again, nullptr);
                reloaded = true;
                const core::ReviewScore shown = again->score();
                EXPECT_EQ(shown.proactiveness, 5) << "changed here";
                EXPECT_EQ(shown.partner, 4) << "theirs";
                EXPECT_EQ(shown.comment, u"書面で提出");
                again->accept();
                if (again->isVisible())
                    again->reject();
            });
        });
        dialog->accept();
    });
    child<QPushButton>(&page, u"scoreApplication"_s)->click();
    EXPECT_TRUE(asked.contains(u"鈴木 花子 changed this record"_s)) << asked.toStdString();
    EXPECT_TRUE(reloaded);
    const core::ReviewScore stored = reviews.score(fuchu, reviewer)->value();
    EXPECT_EQ(stored.proactiveness, 5);
    EXPECT_EQ(stored.partner, 4);
    EXPECT_EQ(stored.spread, 2);
    EXPECT_EQ(stored.comment, u"書面で提出");
}

TEST_F(SelectionPageTest, ProposalKeepsTheBureauLimitAcrossTwentyApplications)
{
    const QStringList &codes = test::twentyLeadCodes();
    ASSERT_NO_FATAL_FAILURE(test::addTwentyScoredApplications(db()));
    page.reload();
    ASSERT_TRUE(page.setBureauLimit(2).isEmpty());
    const core::SelectionBoardData &board = boardModel->board();
    ASSERT_EQ(board.rows.size(), codes.size());
    EXPECT_EQ(board.proposal.selected.size(), 10);
    QHash<int, int> perBureau;
    for (const core::BoardRow &row : board.rows) {
        if (board.proposal.selected.contains(row.applicationId))
            ++perBureau[row.bureauId];
    }
    for (auto it = perBureau.cbegin(); it != perBureau.cend(); ++it)
        EXPECT_LE(it.value(), 2) << "bureau " << it.key();
    ASSERT_TRUE(page.selectProposal(QDate(2018, 6, 15)).isEmpty());
    EXPECT_TRUE(warnings->text().isEmpty()) << warnings->text().toStdString();

    // Tohoku, with two selected, is given its own limit of one in the table's Limit cell.
    int tohoku = 0;
    for (const core::BoardRow &row : board.rows) {
        if (row.leadCode == u"022012")
            tohoku = row.bureauId;
    }
    core::BureauBalanceModel *bureaus = bureauModel;
    QModelIndex limitCell;
    for (int r = 0; r < bureaus->rowCount(); ++r) {
        if (bureaus->index(r, 0).data(core::KeyRole).toInt() == tohoku)
            limitCell = bureaus->index(r, core::BureauBalanceModel::Limit);
    }
    ASSERT_TRUE(limitCell.flags().testFlag(Qt::ItemIsEditable));
    EXPECT_EQ(limitCell.data(Qt::EditRole).toInt(), -1); // none of its own yet
    ASSERT_TRUE(bureaus->setData(limitCell, 1));
    QCoreApplication::processEvents(); // applied once the editor has closed
    EXPECT_EQ(core::ProgramRepository(db()).selectionLimits(1)->byBureau.value(tohoku, -1), 1);
    EXPECT_FALSE(warnings->text().isEmpty()); // two selected, over its own limit
    undoStack.undo();
    EXPECT_TRUE(core::ProgramRepository(db()).selectionLimits(1)->byBureau.isEmpty());
    EXPECT_TRUE(warnings->text().isEmpty());
}

TEST_F(SelectionPageTest, PublishedListPdfFromTheSelectionPage)
{
    ASSERT_TRUE(
        applicationsPage.importFile(test::sourcePath(u"docs/samples/applications-sample.csv"_s))
            .isEmpty());
    const qint64 yusuhara = applicationList->at(1).application.id;
    ASSERT_TRUE(page.decide(yusuhara, core::Decision::Selected, u"地域バランス"_s,
                            u"審査前の特例"_s, QDate(2018, 6, 15))
                    .isEmpty());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"list.pdf"_s);
    ASSERT_TRUE(page.savePublishedList(pdf).isEmpty());
    const QString text = test::pdfText(pdf);
    EXPECT_TRUE(text.contains(u"選定結果"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"檮原町"_s));
    EXPECT_TRUE(text.contains(u"津野町"_s));
    EXPECT_FALSE(text.contains(u"府中市"_s)); // not selected
    EXPECT_TRUE(page.publishedList()->html().contains(u"1団体"_s));
    const QString csv = dir.filePath(u"list.csv"_s);
    ASSERT_TRUE(page.savePublishedCsv(csv).isEmpty());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\"檮原町\",\"津野町\""));

    // A list that cannot be read is an error, never an empty list printed in its place.
    QSqlQuery rename(db().connection());
    ASSERT_TRUE(rename.exec(u"ALTER TABLE application_members RENAME TO members_elsewhere"_s));
    const QString unread = dir.filePath(u"unread.pdf"_s);
    EXPECT_FALSE(page.savePublishedList(unread).isEmpty());
    EXPECT_FALSE(QFile::exists(unread));
}

TEST_F(SelectionPageTest, ReviewersScoresAndConflictsFromTheSelectionPage)
{
    ASSERT_TRUE(
        applicationsPage.importFile(test::sourcePath(u"docs/samples/applications-sample.csv"_s))
            .isEmpty());
    const qint64 fuchu = applicationList->at(0).application.id;
    core::ReviewRepository reviews(db());

    ui::CommandRunner runner(&undoStack, {});
    ui::ReviewersDialog dialog(db(), runner, 1);
    EXPECT_FALSE(
        dialog.addReviewer(u" "_s, core::ReviewerAffiliation::Mic, 0).isEmpty()); // no name
    ASSERT_TRUE(dialog.addReviewer(u"関東 一郎"_s, core::ReviewerAffiliation::Bureau, 3).isEmpty());
    ASSERT_EQ(reviews.reviewers(1)->size(), 1);
    const qint64 reviewer = reviews.reviewers(1)->front().id;
    // A bureau's reviewer is listed with the bureau's name, not as "a regional bureau".
    const auto *listed = dialog.findChild<QTableWidget *>();
    ASSERT_NE(listed, nullptr);
    ASSERT_EQ(listed->rowCount(), 1);
    const QString bureauName = listed->item(0, 1)->text();
    EXPECT_TRUE(bureauName.contains(u"Kanto"_s) || bureauName.contains(u"関東"_s))
        << bureauName.toStdString();
    applicationTable->selectRow(0);
    EXPECT_TRUE(applicationDetails->toPlainText().contains(u"Still to score: 関東 一郎"_s))
        << applicationDetails->toPlainText().toStdString();
    {
        ui::ScoreDialog scoring(db(), 1, fuchu, u"東京都府中市"_s);
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
    ASSERT_TRUE(page.recordScore({fuchu, reviewer, 4, 3, 5, u"良い"_s}).isEmpty());
    ASSERT_TRUE(page.recordScore({fuchu, reviewer, 5, 5, 5, {}}).isEmpty());
    undoStack.undo();
    EXPECT_EQ(reviews.score(fuchu, reviewer)->value().proactiveness, 4);
    // Declaring a conflict withdraws the score; undoing it brings the score back.
    ASSERT_TRUE(page.recordConflict(fuchu, reviewer, u"親族が勤務"_s).isEmpty());
    EXPECT_FALSE(reviews.score(fuchu, reviewer)->has_value());
    EXPECT_FALSE(page.recordScore({fuchu, reviewer, 5, 5, 5, {}}).isEmpty());
    undoStack.undo();
    EXPECT_EQ(reviews.score(fuchu, reviewer)->value().comment, u"良い");
    undoStack.undo(); // the first score
    EXPECT_FALSE(reviews.score(fuchu, reviewer)->has_value());

    ASSERT_TRUE(dialog.setActive(reviewer, false).isEmpty());
    EXPECT_FALSE(reviews.reviewers(1)->front().active);
    undoStack.undo();
    undoStack.undo(); // the reviewer itself
    EXPECT_TRUE(reviews.reviewers(1)->isEmpty());
}
