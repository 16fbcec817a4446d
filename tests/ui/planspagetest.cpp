// The Plans page on its own: a municipality's plan chosen, items added and undone, the live
// evaluation, typed text kept through someone else's change, a consultant's role, and a
// program without a selection that says why.
#include "ui/plans/planspage.h"

#include "core/plans/planrepository.h"
#include "pagefixture.h"
#include "sampledata.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

class PlansPageTest : public test::PageFixture
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(test::addFuchuSelectedInFiscal2026(db(), &program));
        application = core::PlanRepository(db()).applicationOf(program, u"132063"_s).value();
        giveDateStyle(page);
        page.show();
        page.showPlan(program, application);
    }

    core::PlanAmount amount(core::AmountKind kind, int year, qint64 yen)
    {
        core::PlanAmount a;
        a.kind = kind;
        a.year = year;
        a.item = u"項目"_s;
        a.yen = yen;
        a.bearer = a.isCost() ? core::CostBearer::Municipality : core::CostBearer::None;
        return a;
    }

    qint64 program = 0;
    qint64 application = 0;
    ui::PlansPage page{db(), &undoStack, writes};
};

} // namespace

TEST_F(PlansPageTest, TheTreeGrowsAndAStepIsUndone)
{
    ASSERT_EQ(page.applicationId(), application);
    auto *tree = child<QTreeWidget>(&page, u"planTree"_s);
    EXPECT_EQ(tree->topLevelItemCount(), 0);
    core::PlanNode vision;
    vision.kind = core::PlanNodeKind::Vision;
    vision.text = u"安心して暮らせるまち"_s;
    ASSERT_EQ(page.addItem(vision), QString());
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    // A solution answering no issue is flagged.
    core::PlanNode loose;
    loose.kind = core::PlanNodeKind::Solution;
    loose.text = u"見守りセンサー"_s;
    ASSERT_EQ(page.addItem(loose), QString());
    ASSERT_EQ(tree->topLevelItemCount(), 2);
    EXPECT_TRUE(tree->topLevelItem(1)->text(0).startsWith(u"⚑"_s));
    undoStack.undo();
    page.reload();
    EXPECT_EQ(tree->topLevelItemCount(), 1);
    EXPECT_EQ(page.plan().nodes.size(), 1);
}

TEST_F(PlansPageTest, TheEvaluationFollowsEveryChange)
{
    ASSERT_EQ(page.addItem(amount(core::AmountKind::Initial, 0, 1'000'000)), QString());
    for (int year = 1; year <= 4; ++year)
        ASSERT_EQ(page.addItem(amount(core::AmountKind::Revenue, year, 350'000)), QString());
    core::PlanHeader header = page.plan().header;
    header.periodYears = 4;
    ASSERT_EQ(page.setHeader(header), QString());
    const QString results = child<QLabel>(&page, u"planResults"_s)->text();
    EXPECT_TRUE(results.contains(u"270,463"_s)) << results.toStdString();
    auto *sensitivity = child<QTableWidget>(&page, u"planSensitivity"_s);
    EXPECT_EQ(sensitivity->rowCount(), 9) << "as planned and eight cases";
    EXPECT_EQ(child<QTableWidget>(&page, u"planYears"_s)->rowCount(), 5);
    // A year outside the period is refused and nothing changes.
    EXPECT_NE(page.addItem(amount(core::AmountKind::Revenue, 5, 1)), QString());
    EXPECT_EQ(child<QTableWidget>(&page, u"planAmounts"_s)->rowCount(), 5);
}

TEST_F(PlansPageTest, TypedTextSurvivesSomeoneElsesChange)
{
    auto *text = child<QPlainTextEdit>(&page, u"sectionText"_s);
    text->setPlainText(u"高齢者の見守りを地域で支える。"_s);
    // Someone else adds a risk meanwhile; the page reads the file again.
    {
        auto other = temp.openAnother();
        core::PlanRisk risk;
        risk.risk = u"通信の途絶"_s;
        ASSERT_TRUE(core::PlanRepository(*other).add(application, risk));
    }
    page.reload();
    EXPECT_EQ(text->toPlainText(), u"高齢者の見守りを地域で支える。");
    EXPECT_EQ(child<QTableWidget>(&page, u"planRisks"_s)->rowCount(), 1);
    auto *save = child<QPushButton>(&page, u"saveOutline"_s);
    ASSERT_TRUE(save->isEnabled());
    save->click();
    const auto stored = core::PlanRepository(db()).plan(application).value();
    EXPECT_EQ(stored.sections.value(0).body, u"高齢者の見守りを地域で支える。");
    EXPECT_FALSE(save->isEnabled()) << "nothing left unsaved";
    EXPECT_TRUE(page.resolveUnsavedEdits());
}

TEST_F(PlansPageTest, AConsultantWritesPlansAViewerOnlyReads)
{
    writes.setRole(core::ServerRole::Consultant);
    auto *freeze = child<QPushButton>(&page, u"freezePlan"_s);
    EXPECT_TRUE(freeze->isEnabled());
    writes.setRole(core::ServerRole::Viewer);
    EXPECT_FALSE(freeze->isEnabled());
    EXPECT_TRUE(child<QLineEdit>(&page, u"planTitle"_s)->isReadOnly());
}

TEST_F(PlansPageTest, AProgramWithoutASelectionSaysWhy)
{
    page.showPlan(1, 0);
    auto *empty = child<QLabel>(&page, u"plansEmpty"_s);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->text().contains(u"Selection"_s)) << empty->text().toStdString();
    EXPECT_FALSE(child<QTabWidget>(&page, u"planTabs"_s)->isVisible());
}
