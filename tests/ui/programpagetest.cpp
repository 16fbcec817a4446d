// The Program page on its own: edits through the undo stack, refusals, a new fiscal year.
#include "ui/programs/programpage.h"

#include "core/programs/programmeetingmodel.h"
#include "core/programs/programrepository.h"
#include "pagefixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

class ProgramPageTest : public test::PageFixture
{
protected:
    void SetUp() override { page.show(); }

    ui::ProgramPage page{db(), &undoStack, writes};
    QSpinBox *cap = child<QSpinBox>(&page, u"selectionCap"_s);
    QDateEdit *applicationEnd = child<QDateEdit>(&page, u"applicationEnd"_s);
    QPushButton *newFiscalYear = child<QPushButton>(&page, u"newFiscalYear"_s);
    QComboBox *programs = child<QComboBox>(&page, u"programSelector"_s);
    QTableView *meetings = child<QTableView>(&page, u"meetingTable"_s);
};

} // namespace

TEST_F(ProgramPageTest, ProgramEditIsStoredAndUndoable)
{
    auto *meetingModel = qobject_cast<core::ProgramMeetingModel *>(meetings->model());
    ASSERT_NE(meetingModel, nullptr);
    QAbstractItemModelTester tester(meetingModel,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(cap->value(), 10);
    cap->setValue(8);
    emit cap->editingFinished();
    core::ProgramRepository repository(db());
    EXPECT_EQ(repository.program(page.currentProgramId())->selectionCap, 8);
    EXPECT_EQ(test::scalar(db(), u"SELECT new_value FROM history WHERE field = 'selection_cap'"_s)
                  .toInt(),
              8);

    undoStack.undo();
    EXPECT_EQ(repository.program(page.currentProgramId())->selectionCap, 10);
    EXPECT_EQ(cap->value(), 10);
    undoStack.redo();
    EXPECT_EQ(repository.program(page.currentProgramId())->selectionCap, 8);
}

TEST_F(ProgramPageTest, ProgramRefusesAWindowThatEndsBeforeItStarts)
{
    const auto before = core::ProgramRepository(db()).program(1).value();
    QString shown;
    QObject::connect(&page, &ui::ProgramPage::errorShown, &page,
                     [&shown](const QString &message) { shown = message; });
    applicationEnd->setDate(QDate(2018, 5, 1));
    emit applicationEnd->editingFinished();
    EXPECT_FALSE(shown.isEmpty());
    EXPECT_EQ(core::ProgramRepository(db()).program(1).value(), before);
    EXPECT_EQ(applicationEnd->date(), QDate(2018, 6, 8));
    EXPECT_EQ(undoStack.count(), 0);
}

TEST_F(ProgramPageTest, NewFiscalYearAndUndo)
{
    QTest::mouseClick(newFiscalYear, Qt::LeftButton);
    core::ProgramRepository repository(db());
    EXPECT_EQ(repository.count().value(), 2);
    EXPECT_EQ(repository.program(page.currentProgramId())->fiscalYear, 2019);
    EXPECT_EQ(programs->count(), 2);
    undoStack.undo();
    EXPECT_EQ(repository.count().value(), 1);
    EXPECT_EQ(page.currentProgramId(), 1);
}

TEST_F(ProgramPageTest, ACopiedWindowEndingOnASaturdayIsPointedOut)
{
    auto *window = page.findChild<QLabel *>(u"applicationWindow"_s);
    ASSERT_NE(window, nullptr);
    EXPECT_FALSE(window->text().contains(u"Not a business day"_s)) << "FY2018: Mon to Fri";
    QTest::mouseClick(newFiscalYear, Qt::LeftButton);
    // One year on, 8 June 2019 is a Saturday.
    EXPECT_TRUE(window->text().contains(u"Not a business day"_s)) << window->text().toStdString();
}

TEST_F(ProgramPageTest, EditingAMeetingCellGoesThroughTheUndoStack)
{
    auto *model = qobject_cast<core::ProgramMeetingModel *>(meetings->model());
    ASSERT_NE(model, nullptr);
    QTableView *table = page.findChild<QTableView *>(u"meetingTable"_s);
    ASSERT_NE(table, nullptr);
    // Through the view's editor, as a user edits the cell.
    const QModelIndex cell = model->index(0, core::ProgramMeetingModel::PlaceJa);
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    ASSERT_NE(editor, nullptr);
    editor->setText(u"東京都港区"_s);
    // What the delegate does when the user presses Return.
    emit table->itemDelegate()->commitData(editor);
    emit table->itemDelegate()->closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
    QCoreApplication::processEvents();
    EXPECT_EQ(core::ProgramRepository(db()).program(1)->meetings[0].placeJa, u"東京都港区");
    EXPECT_EQ(model->data(model->index(0, core::ProgramMeetingModel::PlaceJa)).toString(),
              u"東京都港区");
    undoStack.undo();
    EXPECT_EQ(core::ProgramRepository(db()).program(1)->meetings[0].placeJa, u"東京");
}

TEST_F(ProgramPageTest, AMeetingAddedInEnglishIsNamedInBothLanguages)
{
    auto *add = child<QToolButton>(&page, u"addMeeting"_s);
    ASSERT_NE(add, nullptr);
    const QList<QAction *> kinds = add->menu()->actions();
    ASSERT_EQ(kinds.size(), 3);
    EXPECT_EQ(kinds.back()->text(), u"Final results meeting");
    const qsizetype before = core::ProgramRepository(db()).program(1)->meetings.size();
    kinds.back()->trigger();
    const auto stored = core::ProgramRepository(db()).program(1)->meetings;
    ASSERT_EQ(stored.size(), before + 1);
    EXPECT_EQ(stored.back().kind, core::MeetingKind::FinalMeeting);
    EXPECT_EQ(stored.back().nameJa, u"最終成果報告会") << "the printed name, not the English";
    EXPECT_EQ(stored.back().nameEn, u"Final results meeting");
}
