// The Dashboard page on its own: its charts carry the counts and a bar asks for the list
// behind it; its key figures wrap between two figures only; its legends say what they count.
// How the window opens the list asked for, and how the page fits the common screens, are the
// window's tests.
#include "ui/overview/dashboardpage.h"

#include "core/applications/applicationrepository.h"
#include "core/consultations/consultationquery.h"
#include "core/consultations/consultationrepository.h"
#include "core/overview/dashboarddata.h"
#include "pagefixture.h"
#include "sampledata.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

class DashboardPageTest : public test::PageFixture
{
protected:
    void SetUp() override
    {
        giveDateStyle(page);
        page.show();
    }

    // A chart's view by its place on the page; the chart's legend is the label under it.
    QChartView *viewOf(ui::DashboardPage::ChartIndex which)
    {
        static const QString names[ui::DashboardPage::ChartCount] = {
            u"bureauChart"_s, u"reportChart"_s, u"consultationChart"_s, u"followUpChart"_s,
            u"attendanceChart"_s};
        return child<QChartView>(&page, names[which]);
    }
    QChart *chart(ui::DashboardPage::ChartIndex which)
    {
        QChartView *view = viewOf(which);
        return view ? view->chart() : nullptr;
    }
    QLabel *legend(ui::DashboardPage::ChartIndex which)
    {
        QChartView *view = viewOf(which);
        return view ? child<QLabel>(view->parentWidget(), u"chartLegend"_s) : nullptr;
    }

    ui::DashboardPage page{db()};
};

} // namespace

// The dashboard's charts carry the counts, and a bar asks for the list behind it.
TEST_F(DashboardPageTest, DashboardChartsCarryTheirCounts)
{
    ASSERT_NO_FATAL_FAILURE(test::addDashboardSample(db()));

    page.reload();
    for (int i = 0; i < ui::DashboardPage::ChartCount; ++i) {
        const auto which = ui::DashboardPage::ChartIndex(i);
        ASSERT_NE(chart(which), nullptr) << i;
        ASSERT_EQ(chart(which)->series().size(), 1) << i;
        EXPECT_FALSE(chart(which)->title().isEmpty());
        EXPECT_TRUE(
            qobject_cast<QAbstractBarSeries *>(chart(which)->series().front())->isLabelsVisible());
    }
    // Both applications counted under their bureaus: the bars of "Applications received".
    const auto *bureaus =
        qobject_cast<QAbstractBarSeries *>(chart(ui::DashboardPage::BureauChart)->series().front());
    ASSERT_NE(bureaus, nullptr);
    ASSERT_FALSE(bureaus->barSets().isEmpty());
    EXPECT_EQ(int(bureaus->barSets().front()->sum()), 2);

    // August's e-mail bar (set 1 of the channels, month index 4): the consultations of August
    // by e-mail.
    int asked = 0;
    core::ConsultationFilter filter;
    QObject::connect(&page, &ui::DashboardPage::consultationsRequested, &page,
                     [&](const core::ConsultationFilter &requested) {
                         ++asked;
                         filter = requested;
                     });
    page.openBar(ui::DashboardPage::ConsultationChart, 1, 4);
    ASSERT_EQ(asked, 1);
    EXPECT_EQ(filter.from, QDate(2018, 8, 1));
    EXPECT_EQ(filter.to, QDate(2018, 8, 31));
    EXPECT_EQ(filter.channel, core::allValues<core::Channel>().value(1));
    // July's reports.
    QSignalSpy reports(&page, &ui::DashboardPage::reportsRequested);
    page.openBar(ui::DashboardPage::ReportChart, 2, 3);
    ASSERT_EQ(reports.size(), 1);
    EXPECT_EQ(reports.front().at(0).toLongLong(), 1);
    EXPECT_EQ(reports.front().at(1).toDate(), QDate(2018, 7, 1));
    // Workshop 1's attendance: its meeting.
    QSignalSpy meeting(&page, &ui::DashboardPage::meetingRequested);
    page.openBar(ui::DashboardPage::AttendanceChart, 0, 0);
    ASSERT_EQ(meeting.size(), 1);
    EXPECT_EQ(meeting.front().at(0).toLongLong(), 1);
    EXPECT_EQ(test::scalar(db(), u"SELECT seq FROM program_meetings WHERE id = ?"_s,
                           {meeting.front().at(1)})
                  .toInt(),
              1);
}

// Narrower than the common screens, the dashboard's key figures wrap between two figures only
// (「現在」 never alone on a line of its own), in both languages; and the charts' legends say
// what they count.
TEST_F(DashboardPageTest, DashboardFiguresWrapBetweenFiguresAndLegendsNameTheCounts)
{
    core::Application a;
    a.programId = 1;
    a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
    a.members = {{u"132063"_s, true}};
    a.decision = core::Decision::Selected;
    a.overrideReason = u"テスト"_s;
    a.decidedAt = QDateTime(QDate(2018, 6, 29), QTime(6, 0), Qt::UTC);
    ASSERT_TRUE(core::ApplicationRepository(db()).create(a));
    page.reload();
    auto *figures = child<QLabel>(&page, u"dashboardFigures"_s);
    ASSERT_NE(figures, nullptr);
    for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
        translations.apply(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
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
        document.setHtml(legend(which)->text());
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

// However narrow the window, the monthly charts name every month apart: April's name where it
// fits, else the month's number, never an initial that June shares with July.
TEST_F(DashboardPageTest, DashboardMonthsStayApartWhenNarrow)
{
    ASSERT_NO_FATAL_FAILURE(test::addDashboardSample(db()));
    for (const core::Language language : {core::Language::English, core::Language::Japanese}) {
        translations.apply(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        page.reload();
        for (const int width : {600, 1800}) {
            page.resize(width, 700);
            QCoreApplication::processEvents();
            const QList<QAbstractAxis *> axes =
                chart(ui::DashboardPage::ReportChart)->axes(Qt::Horizontal);
            ASSERT_EQ(axes.size(), 1);
            auto *axis = qobject_cast<QBarCategoryAxis *>(axes.front());
            ASSERT_NE(axis, nullptr);
            const QStringList months = axis->categories();
            ASSERT_EQ(months.size(), 12);
            EXPECT_EQ(QSet<QString>(months.begin(), months.end()).size(), 12);
            const QString april = months.front();
            if (width == 600) {
                EXPECT_EQ(april, u"4") << "narrow: the month's number";
                EXPECT_EQ(months[2], u"6");
                EXPECT_EQ(months[3], u"7");
            } else {
                EXPECT_EQ(april, language == core::Language::English ? u"Apr"_s : u"4月"_s);
            }
        }
    }
    translations.apply(core::Language::English);
}
