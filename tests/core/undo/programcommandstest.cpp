// The commands of the Program and Reports pages, and the base every command shares, without a
// window.
#include "commandfixture.h"
#include "core/applications/applicationrepository.h"
#include "core/programs/programrepository.h"
#include "core/reports/reportrepository.h"
#include "core/undo/createfiscalyearcommand.h"
#include "core/undo/editprogramcommand.h"
#include "core/undo/receivereportcommand.h"

using namespace Qt::StringLiterals;
using namespace iotdesk;
using test::CommandTest;
using test::kProgram;

TEST_F(CommandTest, ProgramEditedAndBack)
{
    core::ProgramRepository programs(temp.db());
    const core::Program before = programs.program(kProgram).value();
    core::Program changed = before;
    changed.reportDueDay = 24;
    ASSERT_TRUE(
        push(new undo::EditProgramCommand(temp.db(), before, changed, u"Change the due day"_s)));
    EXPECT_EQ(stack.undoText(), u"Change the due day");
    EXPECT_EQ(programs.program(kProgram)->reportDueDay, 24);
    undo();
    EXPECT_EQ(programs.program(kProgram)->reportDueDay, before.reportDueDay);
    redo();
    EXPECT_EQ(programs.program(kProgram)->reportDueDay, 24);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    core::Program bad = programs.program(kProgram).value();
    bad.reportDueDay = 40;
    EXPECT_FALSE(push(new undo::EditProgramCommand(temp.db(), programs.program(kProgram).value(),
                                                   bad, u"Change the due day"_s)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(programs.program(kProgram)->reportDueDay, 24);
}

TEST_F(CommandTest, NextFiscalYearCreatedAndDeletedAgain)
{
    core::ProgramRepository programs(temp.db());
    const qint64 before = count(u"SELECT count(*) FROM programs"_s);
    QList<qint64> shown;
    auto *created = new undo::CreateFiscalYearCommand(temp.db(), kProgram, u"FY2018"_s,
                                                      [&](qint64 id) { shown << id; });
    EXPECT_EQ(created->text(), u"New fiscal year from FY2018");
    ASSERT_TRUE(push(created));
    const qint64 copy = created->createdId();
    EXPECT_EQ(programs.program(copy)->fiscalYear, programs.program(kProgram)->fiscalYear + 1);
    undo();
    EXPECT_EQ(count(u"SELECT count(*) FROM programs"_s), before);
    redo();
    EXPECT_EQ(count(u"SELECT count(*) FROM programs"_s), before + 1);
    EXPECT_EQ(shown, (QList<qint64>{copy, kProgram, created->createdId()}));
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    // No program to copy: refused, nothing created.
    EXPECT_FALSE(push(new undo::CreateFiscalYearCommand(temp.db(), 999, u"FY2000"_s)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM programs"_s), before + 1);
}

TEST_F(CommandTest, MonthlyReportReceivedAndBack)
{
    const qint64 fuchu = application(u"132063"_s, core::Decision::Selected);
    core::ReportRepository reports(temp.db());
    core::MonthlyReport july;
    for (const core::MonthlyReport &r : reports.reports(kProgram).value()) {
        if (r.applicationId == fuchu && r.month == QDate(2018, 7, 1))
            july = r;
    }
    ASSERT_NE(july.id, 0);
    core::MonthlyReport received = july;
    received.receivedOn = QDate(2018, 8, 9);
    received.channel = core::ReportChannel::Email;
    received.activities = u"庁内推進体制の設置"_s;
    auto *command = new undo::ReceiveReportCommand(temp.db(), july, received);
    EXPECT_EQ(command->text(), u"Record the Report of 東京都府中市");
    ASSERT_TRUE(push(command));
    EXPECT_EQ(reports.report(july.id)->receivedOn, QDate(2018, 8, 9));
    undo();
    EXPECT_FALSE(reports.report(july.id)->receivedOn.has_value());
    redo();
    EXPECT_EQ(reports.report(july.id)->activities, u"庁内推進体制の設置");
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    core::MonthlyReport bad = reports.report(july.id).value();
    bad.channel = static_cast<core::ReportChannel>(99);
    EXPECT_FALSE(
        push(new undo::ReceiveReportCommand(temp.db(), reports.report(july.id).value(), bad)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(reports.report(july.id)->channel, core::ReportChannel::Email);
}

// A step that fails on undo (the record changed underneath) leaves the stack and says why; the
// file keeps what it has.
TEST_F(CommandTest, AFailureOnUndoIsReportedAndTheStepDropped)
{
    auto *created = new undo::CreateFiscalYearCommand(temp.db(), kProgram, u"FY2018"_s);
    ASSERT_TRUE(push(created));
    const qint64 copy = created->createdId();
    const qint64 programCount = count(u"SELECT count(*) FROM programs"_s);
    // The copy gains an application: it can no longer be deleted.
    core::Application a;
    a.programId = copy;
    a.receivedAt = QDateTime(QDate(2019, 5, 21), QTime(1, 0), Qt::UTC);
    a.members = {{u"132063"_s, true}};
    ASSERT_TRUE(core::ApplicationRepository(temp.db()).create(a));
    undo();
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(stack.count(), 0) << "the failed step is dropped";
    EXPECT_EQ(count(u"SELECT count(*) FROM programs"_s), programCount);
}
