// The Municipalities page on its own: the search as the user types, the filters.
#include "ui/municipalities/municipalitiespage.h"

#include "core/municipalities/localgovernmentmodel.h"
#include "pagefixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

class MunicipalitiesPageTest : public test::PageFixture
{
protected:
    void SetUp() override { page.show(); }

    ui::MunicipalitiesPage page{db().connection()};
    QLineEdit *search = child<QLineEdit>(&page, u"municipalitySearch"_s);
    QComboBox *prefecture = child<QComboBox>(&page, u"prefectureFilter"_s);
    QComboBox *bureau = child<QComboBox>(&page, u"bureauFilter"_s);
    QTableView *table = child<QTableView>(&page, u"municipalityTable"_s);
    QLabel *status = child<QLabel>(&page, u"municipalityStatus"_s);
};

} // namespace

TEST_F(MunicipalitiesPageTest, MunicipalitySearchFiltersAsTheUserTypes)
{
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(table->model()->rowCount(), 1788);
    search->setFocus();
    // Kana arrive as an input method commits them.
    QInputMethodEvent input;
    input.setCommitString(u"ふちゅう"_s);
    QCoreApplication::sendEvent(search, &input);
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(table->model()->rowCount(), 3);
    EXPECT_TRUE(status->text().contains(u"3"_s));

    prefecture->setCurrentIndex(prefecture->findData(u"34"_s));
    EXPECT_EQ(table->model()->rowCount(), 2); // 府中市 and 府中町 in Hiroshima

    search->clear();
    QTest::keyClicks(search, u"131017"_s);
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(table->model()->rowCount(), 0);
    EXPECT_TRUE(status->text().contains(u"131016"_s)) << status->text().toStdString();

    prefecture->setCurrentIndex(0);
    bureau->setCurrentIndex(bureau->findData(11));
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(table->model()->rowCount(), 42);
}

// Ctrl+K's way in: a code found and chosen, as the user would type it.
TEST_F(MunicipalitiesPageTest, AGovernmentShownIsTheOneInView)
{
    EXPECT_TRUE(page.governmentInView().isEmpty());
    page.showGovernment(u"132063"_s);
    EXPECT_EQ(search->text(), u"132063");
    EXPECT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(page.governmentInView(), u"132063");
}
