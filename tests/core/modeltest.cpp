// Every model under QAbstractItemModelTester, through the changes the UI makes to it.
#include "core/applications/applicationimporter.h"
#include "core/applications/applicationlistmodel.h"
#include "core/foundation/modelroles.h"
#include "core/municipalities/localgovernmentmodel.h"
#include "core/programs/programmeetingmodel.h"
#include "core/programs/programrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

TEST(LocalGovernmentModel, PassesTheModelTesterThroughFiltersAndSorting)
{
    test::TempDatabase temp;
    core::LocalGovernmentModel model(temp.db().connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 1788);
    model.setSearchText(u"府中"_s);
    EXPECT_EQ(model.rowCount(), 3);
    model.setPrefectureFilter(u"13"_s);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.data(model.index(0, core::LocalGovernmentModel::Code)).toString(), u"132063");
    EXPECT_EQ(model.data(model.index(0, 0), core::KeyRole).toString(), u"132063");
    model.setPrefectureFilter({});
    model.setBureauFilter(11);
    model.setSearchText({});
    EXPECT_EQ(model.rowCount(), 42);
    model.sort(core::LocalGovernmentModel::Code, Qt::DescendingOrder);
    EXPECT_EQ(model.data(model.index(0, core::LocalGovernmentModel::Code)).toString(), u"473821");
    model.setSearchText(u"131017"_s);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.lastError().contains(u"131016"_s));
    model.setSearchText(u"131016"_s);
    EXPECT_TRUE(model.lastError().isEmpty());
    model.setBureauFilter(0);
    EXPECT_EQ(model.rowCount(), 1);
    model.setEnglishNames(true);
    EXPECT_EQ(model.data(model.index(0, core::LocalGovernmentModel::Prefecture)).toString(),
              u"Tokyo");
}

TEST(ProgramMeetingModel, PassesTheModelTesterAndAnnouncesEdits)
{
    test::TempDatabase temp;
    core::ProgramMeetingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const core::Program program = core::ProgramRepository(temp.db()).program(1).value();
    model.setMeetings(program.meetings);
    EXPECT_EQ(model.rowCount(), 4);
    model.setDateStyle(core::DateStyle::JapaneseEra);
    EXPECT_EQ(model.data(model.index(0, core::ProgramMeetingModel::PlannedStart)).toString(),
              u"平成30年6月21日(木)");
    EXPECT_EQ(
        model.data(model.index(0, core::ProgramMeetingModel::PlannedStart), Qt::EditRole).toDate(),
        QDate(2018, 6, 21));

    QSignalSpy edits(&model, &core::ProgramMeetingModel::meetingEdited);
    EXPECT_TRUE(model.setData(model.index(2, core::ProgramMeetingModel::Days), 3));
    ASSERT_EQ(edits.size(), 1);
    EXPECT_EQ(edits.at(0).at(0).toInt(), 2);
    EXPECT_EQ(edits.at(0).at(1).value<core::ProgramMeeting>().days, 3);
    // The model itself does not change: the edit goes through the repository and comes back.
    EXPECT_EQ(model.data(model.index(2, core::ProgramMeetingModel::Days)).toInt(), 2);
    EXPECT_FALSE(model.flags(model.index(0, core::ProgramMeetingModel::Kind)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.setData(model.index(0, core::ProgramMeetingModel::Kind), u"x"_s));
    model.setMeetings({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ApplicationListModel, PassesTheModelTesterAndShowsTheStates)
{
    test::TempDatabase temp;
    const auto imported = core::ApplicationImporter(temp.db()).importFile(
        test::sourcePath(u"docs/samples/applications-sample.csv"_s), 1);
    ASSERT_TRUE(imported) << imported.message().toStdString();
    core::ApplicationListModel model(temp.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDateStyle(core::DateStyle::JapaneseEra);
    model.setToday(QDate(2018, 5, 22));
    model.setProgram(1);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(0, core::ApplicationListModel::Lead)).toString(),
              u"東京都府中市");
    EXPECT_EQ(model.data(model.index(0, core::ApplicationListModel::Received)).toString(),
              u"平成30年5月21日(月)");
    // Received Monday 21 May: confirmation due Wednesday 23 May, pending on the 22nd.
    EXPECT_EQ(model.at(0).confirmationDue, QDate(2018, 5, 23));
    EXPECT_EQ(model.at(0).confirmation, core::ConfirmationState::Pending);
    model.setToday(QDate(2018, 5, 24));
    EXPECT_EQ(model.at(0).confirmation, core::ConfirmationState::Overdue);
    EXPECT_EQ(model.data(model.index(0, core::ApplicationListModel::Confirmation), core::StateRole)
                  .value<core::RowState>(),
              core::RowState::Problem);
    EXPECT_EQ(model.data(model.index(1, core::ApplicationListModel::Members)).toString(),
              u"+1 joint");
    EXPECT_EQ(model.rowOf(imported->at(1)), 1);
    model.setProgram(0);
    EXPECT_EQ(model.rowCount(), 0);
}
