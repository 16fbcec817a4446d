// The printed progress summary: a title on one or two balanced lines, sections that flow
// without nearly blank pages, months in the chosen date style. The PDF is read back through
// poppler (pdftotext per page, pdftoppm for how far down each page is printed).
#include "progresssummary.h"

#include "applicationrepository.h"
#include "consultationrepository.h"
#include "progresssummarydata.h"
#include "reportrepository.h"
#include "testsupport.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

// Ten large cities, each selected on 29 June 2018, with reports for July to October (August
// late), consultations in most months and an open follow-up.
const QStringList kCities = {u"132063"_s, u"392014"_s, u"011002"_s, u"141003"_s, u"271004"_s,
                             u"231002"_s, u"401307"_s, u"341002"_s, u"041009"_s, u"261009"_s};

void addSelectedMunicipalities(const core::Database &db, int count)
{
    core::ApplicationRepository applications(db);
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        core::Application a;
        a.programId = 1;
        a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
        a.members = {{kCities[i], true}};
        a.contacts = {
            {u"山田 太郎"_s, u"企画課"_s, u"主査"_s, u"03-1234-5678"_s, u"yamada@example.lg.jp"_s}};
        a.decision = u"selected"_s;
        a.overrideReason = u"テスト"_s;
        a.decisionRationale = u"推進体制の構想が具体的で、近隣団体への波及が見込まれる。"_s;
        a.decidedAt = QDateTime(QDate(2018, 6, 29), QTime(6, 0), Qt::UTC);
        const auto id = applications.create(a);
        ASSERT_TRUE(id) << id.message().toStdString();
        ids.append(*id);
    }
    core::ReportRepository reports(db);
    for (core::MonthlyReport r : reports.reports(1).value()) {
        if (!ids.contains(r.applicationId) || r.month > QDate(2018, 10, 1))
            continue;
        r.receivedOn = r.month.addMonths(1).addDays(r.month.month() == 8 ? 15 : 5);
        r.channel = u"email"_s;
        r.activities = u"庁内推進体制の設置、データ利活用の検討会を開催。"_s;
        r.progress = u"計画の骨子を作成（予定どおり）。"_s;
        r.issues = u"予算要求の時期が迫っている。"_s;
        r.nextPlans = u"計画案の庁内調整。"_s;
        ASSERT_TRUE(reports.update(r));
    }
    core::ConsultationRepository consultations(db);
    for (int i = 0; i < count; ++i) {
        for (int month = 7; month <= 12; ++month) {
            core::Consultation c;
            c.occurredAt = QDateTime(QDate(2018, month, 10 + i), QTime(1, 0), Qt::UTC);
            c.lgCode6 = kCities[i];
            c.channel = month % 2 ? u"phone"_s : u"email"_s;
            c.direction = u"incoming"_s;
            c.durationMinutes = 30;
            c.summary = u"計画策定の進め方について相談（%1月）"_s.arg(month);
            if (month == 12)
                c.followUps.append({0, 0, u"先行事例の資料を送付"_s, QDate(2018, 12, 20), 0, {}});
            ASSERT_TRUE(consultations.create(c));
        }
    }
}

// The text of each page (pdftotext separates pages by form feeds).
QStringList pageTexts(const QString &pdf)
{
    QStringList pages = test::pdfText(pdf).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// How far down each page is printed, as a share of the text area (between the 20 mm margins,
// less the header and page-number bands): the lowest row with ink above the page number.
QList<double> pageFill(const QString &pdf, const QString &folder)
{
    QProcess process;
    process.start(u"pdftoppm"_s,
                  {u"-r"_s, u"30"_s, u"-gray"_s, u"-png"_s, pdf, folder + u"/page"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << "pdftoppm failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    QList<double> fills;
    const QStringList files = QDir(folder).entryList({u"page*.png"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QImage image =
            QImage(folder + u"/"_s + file).convertToFormat(QImage::Format_Grayscale8);
        const double mm = image.height() / 297.0;
        const int top = int(32 * mm);     // below the running header
        const int bottom = int(268 * mm); // above the page number
        int lowest = top;
        for (int y = top; y < bottom; ++y) {
            const uchar *row = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                if (row[x] < 200) {
                    lowest = y;
                    break;
                }
            }
        }
        fills.append(double(lowest - top) / (bottom - top));
    }
    return fills;
}

class ProgressSummaryTest : public ::testing::Test
{
protected:
    void TearDown() override { m_translations.apply(core::Language::English); }

    QString render(int municipalities, core::Language language, core::DateStyle style)
    {
        addSelectedMunicipalities(m_db.db(), municipalities);
        m_translations.apply(language);
        const auto data = core::ProgressSummaryData::load(m_db.db(), 1, QDate(2019, 1, 15));
        EXPECT_TRUE(data) << data.message().toStdString();
        const QString pdf = m_dir.filePath(u"summary.pdf"_s);
        const ui::ProgressSummary summary(*data, core::DateFormatter(style),
                                          language == core::Language::Japanese);
        m_html = summary.html();
        const auto written = summary.document().writePdf(pdf);
        EXPECT_TRUE(written) << written.message().toStdString();
        // For looking at: IOTDESK_SCREENSHOT_DIR=… keeps a copy of each PDF.
        if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR");
            !folder.isEmpty()) {
            const auto *test = ::testing::UnitTest::GetInstance()->current_test_info();
            const QString copy = folder + u"/"_s + QString::fromUtf8(test->name()) + u".pdf"_s;
            QFile::remove(copy);
            QFile::copy(pdf, copy);
        }
        return pdf;
    }

    // Every page but the last is printed at least two thirds of the way down.
    void expectNoNearlyBlankPage(const QString &pdf)
    {
        const QList<double> fills = pageFill(pdf, m_dir.path());
        ASSERT_FALSE(fills.isEmpty());
        for (int i = 0; i + 1 < fills.size(); ++i)
            EXPECT_GT(fills[i], 0.66) << "page " << i + 1 << " of " << fills.size();
        const QStringList pages = pageTexts(pdf);
        for (int i = 0; i < pages.size(); ++i) {
            // Beside the header and the page number, every page carries text of its own.
            EXPECT_GT(pages[i].simplified().size(), 120) << "page " << i + 1;
        }
    }

    test::TempDatabase m_db;
    QTemporaryDir m_dir;
    QString m_html;
    ui::Translations m_translations;
};

} // namespace

TEST(ProgressSummaryTitle, OneLineOrTwoBalancedOnes)
{
    EXPECT_EQ(ui::ProgressSummary::titleLines(u"地域IoT実装支援事業"_s),
              QStringList{u"地域IoT実装支援事業"_s});
    const QStringList ja =
        ui::ProgressSummary::titleLines(u"地域IoT実装のための計画策定・推進体制構築支援事業"_s);
    ASSERT_EQ(ja.size(), 2);
    EXPECT_EQ(ja.join(QString()), u"地域IoT実装のための計画策定・推進体制構築支援事業");
    const QStringList en = ui::ProgressSummary::titleLines(
        u"Regional IoT Implementation Planning and Promotion-System Support Program"_s);
    ASSERT_EQ(en.size(), 2);
    for (const QStringList &lines : {ja, en}) {
        // Neither line is much shorter than the other, and neither is a lone word.
        const double shorter = std::min(lines[0].size(), lines[1].size());
        const double longer = std::max(lines[0].size(), lines[1].size());
        EXPECT_GE(shorter / longer, 0.5) << lines.join(u" / "_s).toStdString();
    }
}

TEST_F(ProgressSummaryTest, TwoMunicipalitiesFlowWithoutBlankPagesInJapanese)
{
    const QString pdf = render(2, core::Language::Japanese, core::DateStyle::JapaneseEra);
    const QStringList pages = pageTexts(pdf);
    EXPECT_LE(pages.size(), 4) << "two municipalities fit in four pages";
    expectNoNearlyBlankPage(pdf);
    // The title: the running header, then the program's name on two balanced lines, never a
    // line of one character (「業」 alone).
    ASSERT_FALSE(pages.isEmpty());
    QStringList lines;
    for (const QString &line : pages.first().split(u'\n')) {
        // pdftotext reads the font's 「・」 as U+2027.
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed().replace(QChar(0x2027), u'・'));
    }
    ASSERT_GE(lines.size(), 3);
    EXPECT_EQ(lines[1], u"地域IoT実装のための計画策定・"_s) << lines.join(u"\n"_s).toStdString();
    EXPECT_EQ(lines[2], u"推進体制構築支援事業"_s);
    const QString text = pages.join(QString());
    // Months in the era style, as 平成30年7月分; the months to come in one line.
    EXPECT_TRUE(text.contains(u"平成30年7月分"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"最新の報告(平成30年10月分)"_s)) << "NFKC folds the parentheses";
    EXPECT_FALSE(text.contains(u"2018年7月"_s));
    EXPECT_TRUE(text.contains(u"東京都府中市"_s));
    EXPECT_TRUE(text.contains(u"高知県高知市"_s));
    // Every section is printed whole: its headings as well as its tables.
    EXPECT_EQ(text.count(u"月別の活動"_s), 2);
    EXPECT_EQ(text.count(u"選定の理由"_s), 2);
    EXPECT_EQ(text.count(u"未完了のフォローアップ"_s), 3) << "two sections and the overview";
}

TEST_F(ProgressSummaryTest, TenMunicipalitiesFlowWithoutBlankPagesInEnglish)
{
    const QString pdf = render(10, core::Language::English, core::DateStyle::Iso);
    const QStringList pages = pageTexts(pdf);
    EXPECT_LE(pages.size(), 17) << "the overview, then about a page and a half each";
    expectNoNearlyBlankPage(pdf);
    const QString text = pages.join(QString());
    // (pdftotext in this process finds no digits in English text; the HTML has the months.)
    EXPECT_TRUE(m_html.contains(u"<td>Jul 2018</td>"_s));
    EXPECT_TRUE(m_html.contains(u"the next, Jan 2019, is due 2019-02-12"_s))
        << m_html.toStdString();
    EXPECT_TRUE(text.contains(u"Regional IoT Implementation Planning"_s));
    EXPECT_EQ(text.count(u"Activity by month"_s), 10);
    EXPECT_EQ(text.count(u"Why it was selected"_s), 10);
}

TEST_F(ProgressSummaryTest, TwoMunicipalitiesFlowWithoutBlankPagesInEnglish)
{
    const QString pdf = render(2, core::Language::English, core::DateStyle::Iso);
    EXPECT_LE(pageTexts(pdf).size(), 4);
    expectNoNearlyBlankPage(pdf);
    EXPECT_TRUE(pageTexts(pdf).first().contains(u"and Promotion-System Support Program"_s));
}

TEST_F(ProgressSummaryTest, TenMunicipalitiesFlowWithoutBlankPagesInJapanese)
{
    const QString pdf = render(10, core::Language::Japanese, core::DateStyle::JapaneseEra);
    EXPECT_LE(pageTexts(pdf).size(), 17);
    expectNoNearlyBlankPage(pdf);
    const QString text = pageTexts(pdf).join(QString());
    EXPECT_TRUE(text.contains(u"京都府京都市"_s));
    EXPECT_EQ(text.count(u"月別の活動"_s), 10);
    EXPECT_EQ(text.count(u"選定の理由"_s), 10);
}

TEST_F(ProgressSummaryTest, WesternMonthsInJapanese)
{
    const QString pdf = render(1, core::Language::Japanese, core::DateStyle::WesternJapanese);
    const QString text = pageTexts(pdf).join(QString());
    EXPECT_TRUE(text.contains(u"2018年7月分"_s)) << text.toStdString();
}
