// The Reports page on its own: the grid of a fiscal year's monthly reports, a report recorded
// with its attachment and undone, the overdue list and its reminder, the export.
#include "ui/reports/reportspage.h"

#include "core/foundation/japantime.h"
#include "core/foundation/modelroles.h"
#include "core/reports/reportgridmodel.h"
#include "core/reports/reportrepository.h"
#include "core/storage/filestore.h"
#include "pagefixture.h"
#include "sampledata.h"
#include "ui/widgets/storedfilespanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

class ReportsPageTest : public test::PageFixture
{
protected:
    void SetUp() override
    {
        giveDateStyle(page);
        page.show();
    }

    ui::ReportsPage page{db(), &undoStack, writes};
    core::ReportGridModel *gridModel = child<core::ReportGridModel>(&page, u"reportGridModel"_s);
    QTableView *gridView = child<QTableView>(&page, u"reportGrid"_s);
    QTableWidget *overdueTable = child<QTableWidget>(&page, u"overdueReports"_s);
    QTextBrowser *details = child<QTextBrowser>(&page, u"reportDetails"_s);
    ui::StoredFilesPanel *attachments = child<ui::StoredFilesPanel>(&page, u"reportAttachments"_s);
};

} // namespace

// The monthly reports of this fiscal year from the Reports page: the grid by status, a report
// recorded and undone, the months without contact, the reminder and the export.
TEST_F(ReportsPageTest, MonthlyReportGridRecordsAndReminds)
{
    qint64 program = 0;
    ASSERT_NO_FATAL_FAILURE(test::addFuchuSelectedInFiscal2026(db(), &program));

    auto *selector = page.findChild<QComboBox *>();
    selector->setCurrentIndex(selector->findData(program));
    core::ReportGridModel *grid = gridModel;
    QAbstractItemModelTester tester(grid, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(grid->rowCount(), 1);
    ASSERT_EQ(grid->columnCount(), 13);
    // July 2026 is column 4 (April is 1); as the test runs after 10 August 2026 it is overdue.
    const QModelIndex july = grid->index(0, core::ReportGridModel::FirstMonth + 3);
    ASSERT_NE(grid->reportAt(july), nullptr);
    EXPECT_EQ(grid->reportAt(july)->month, QDate(2026, 7, 1));
    EXPECT_EQ(grid->index(0, core::ReportGridModel::FirstMonth).data().toString(), QString())
        << "no report for April";
    const bool julyOverdue = core::JapanTime::today() > QDate(2026, 8, 10); // as the grid dates it
    if (julyOverdue) {
        EXPECT_EQ(july.data(core::StateRole).value<core::RowState>(), core::RowState::Problem);
        EXPECT_TRUE(july.data().toString().contains(u"⚑"_s)) << "no report, no consultation";
        ASSERT_GE(overdueTable->rowCount(), 1);
        const core::MailDraft mail = page.reminderFor(grid->reportAt(july)->applicationId);
        EXPECT_EQ(mail.to, u"yamada@city.fuchu.example.jp");
        EXPECT_TRUE(mail.body.contains(u"2026年7月分"_s)) << mail.body.toStdString();
    }

    // Recorded from the page, shown in the grid and the details, then undone.
    core::MonthlyReport report = *grid->reportAt(july);
    report.receivedOn = QDate(2026, 8, 7);
    report.channel = core::ReportChannel::Email;
    report.activities = u"庁内推進体制の設置"_s;
    ASSERT_EQ(page.saveReport(report), QString());
    const QModelIndex again = grid->indexOf(report.id);
    EXPECT_EQ(again.data(core::StateRole).value<core::RowState>(), core::RowState::Done);
    EXPECT_TRUE(again.data().toString().contains(u"8/7"_s));
    gridView->setCurrentIndex(again);
    EXPECT_TRUE(details->toPlainText().contains(u"庁内推進体制の設置"_s));
    undoStack.undo();
    EXPECT_FALSE(core::ReportRepository(db()).report(report.id)->receivedOn.has_value());
    undoStack.redo();
    EXPECT_TRUE(core::ReportRepository(db()).report(report.id)->receivedOn.has_value());
    // An attachment kept with the report, removed and put back by undo under its own id.
    QTemporaryDir dir;
    const QString attachment = dir.filePath(u"月次報告_7月.txt"_s);
    {
        QFile out(attachment);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("activities in July\n");
    }
    ui::StoredFilesPanel *files = attachments;
    ASSERT_EQ(files->addFile(attachment), QString());
    ASSERT_EQ(files->table()->rowCount(), 1);
    const qint64 fileId = files->table()->item(0, 0)->data(Qt::UserRole).toLongLong();
    ASSERT_EQ(files->removeFile(fileId), QString());
    EXPECT_EQ(files->table()->rowCount(), 0);
    undoStack.undo();
    files->reload();
    ASSERT_EQ(files->table()->rowCount(), 1);
    EXPECT_EQ(files->table()->item(0, 0)->data(Qt::UserRole).toLongLong(), fileId);
    EXPECT_EQ(
        core::FileStore(db(), core::FileStore::Kind::ReportAttachments).content(fileId).value(),
        QByteArray("activities in July\n"));
    // A bad record is refused with its reason and changes nothing.
    core::MonthlyReport bad = report;
    bad.reviewedOn = QDate(2026, 8, 1);
    EXPECT_FALSE(page.saveReport(bad).isEmpty());

    const QString csv = dir.filePath(u"reports.csv"_s);
    ASSERT_EQ(page.exportTable(csv, false), QString());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(u"東京都府中市"_s));
    EXPECT_TRUE(text.contains(u"● 8/7"_s));
}
