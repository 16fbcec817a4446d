// The printed progress summary: a title on one or two balanced lines, sections that flow
// without nearly blank pages, months in the chosen date style. The PDF is read back through
// poppler (pdftotext per page, pdftoppm for how far down each page is printed).
#include "ui/print/progresssummary.h"

#include "core/applications/applicationrepository.h"
#include "core/consultations/consultationrepository.h"
#include "core/meetings/meetingrepository.h"
#include "core/municipalities/contactrepository.h"
#include "core/overview/progresssummarydata.h"
#include "core/reports/reportrepository.h"
#include "testsupport.h"
#include "ui/widgets/translations.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
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
        a.decision = core::Decision::Selected;
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
        r.channel = core::ReportChannel::Email;
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
            c.channel = month % 2 ? core::Channel::Phone : core::Channel::Email;
            c.direction = core::Direction::Incoming;
            c.durationMinutes = 30;
            c.summary = u"計画策定の進め方について相談（%1月）"_s.arg(month);
            if (month == 12)
                c.followUps.append({0, 0, u"先行事例の資料を送付"_s, QDate(2018, 12, 20), 0, {}});
            ASSERT_TRUE(consultations.create(c));
        }
    }
}

// Towns and cities with long names, selected on 29 June 2018: 北海道虻田郡洞爺湖町,
// 北海道河東郡音更町, 和歌山県西牟婁郡上富田町, 鹿児島県薩摩川内市, 山梨県南アルプス市,
// 高知県高岡郡檮原町.
const QStringList kLongNames = {u"015849"_s, u"016314"_s, u"304042"_s,
                                u"462152"_s, u"192082"_s, u"394050"_s};

QList<qint64> addLongNamedTowns(const core::Database &db, const QString &rationale = {})
{
    core::ApplicationRepository applications(db);
    QList<qint64> ids;
    for (const QString &code : kLongNames) {
        core::Application a;
        a.programId = 1;
        a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
        a.members = {{code, true}};
        a.decision = core::Decision::Selected;
        a.overrideReason = u"テスト"_s;
        a.decisionRationale = rationale;
        a.contacts = {
            {u"山田 太郎"_s, u"企画課"_s, u"主査"_s, u"03-1234-5678"_s, u"yamada@example.lg.jp"_s}};
        a.decidedAt = QDateTime(QDate(2018, 6, 29), QTime(6, 0), Qt::UTC);
        const auto id = applications.create(a);
        EXPECT_TRUE(id) << id.message().toStdString();
        ids.append(id ? *id : 0);
    }
    return ids;
}

// The words of a text, parted by white space (pdftotext's compatibility characters, as ⽥ for
// 田, folded; word joiners dropped).
QStringList words(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC)
        .remove(QChar(0x2060))
        .split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
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
        return renderAgain(language, style);
    }

    // The summary of what the database holds now.
    QString renderAgain(core::Language language, core::DateStyle style)
    {
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

// The overview's table in English with long municipality names: its columns are as wide as
// their words, so no heading breaks inside a word ("Overdu-e") and no name is cut in two.
TEST_F(ProgressSummaryTest, TableHeadingsKeepWholeWordsInEnglish)
{
    addLongNamedTowns(m_db.db());
    const QString pdf = renderAgain(core::Language::English, core::DateStyle::Iso);
    const QStringList found = words(pageTexts(pdf).first());
    for (const QString &word :
         {u"Municipality"_s, u"Reports"_s, u"received"_s, u"Overdue"_s, u"Consultations"_s,
          u"Hours"_s, u"Meeting"_s, u"gaps"_s, u"Open"_s, u"follow-ups"_s}) {
        EXPECT_TRUE(found.contains(word))
            << word.toStdString() << " in " << found.join(u" "_s).toStdString();
    }
    for (const QString &name :
         {u"北海道虻田郡洞爺湖町"_s, u"鹿児島県薩摩川内市"_s, u"高知県高岡郡檮原町"_s}) {
        EXPECT_TRUE(found.contains(name)) << name.toStdString();
    }
    // Every table names its columns whole: the sections' contacts, meetings and reports.
    const QStringList all = words(pageTexts(pdf).join(u" "_s));
    for (const QString &word : {u"Department"_s, u"E-mail"_s, u"Attendance"_s, u"Status"_s})
        EXPECT_TRUE(all.contains(word)) << word.toStdString();
}

TEST_F(ProgressSummaryTest, TableHeadingsKeepWholeWordsInJapanese)
{
    addLongNamedTowns(m_db.db());
    const QString pdf = renderAgain(core::Language::Japanese, core::DateStyle::JapaneseEra);
    const QStringList found = words(pageTexts(pdf).first());
    for (const QString &name : {u"北海道虻田郡洞爺湖町"_s, u"鹿児島県薩摩川内市"_s,
                                u"高知県高岡郡檮原町"_s, u"期限超過"_s, u"フォローアップ"_s}) {
        EXPECT_TRUE(found.contains(name)) << name.toStdString();
    }
}

// A day missed with notice (欠席（届出あり）) is printed as excused, in both languages; a day
// missed without is printed as missed.
TEST_F(ProgressSummaryTest, ExcusedAbsenceIsPrintedAsExcused)
{
    addLongNamedTowns(m_db.db());
    const core::Database &db = m_db.db();
    core::MeetingRepository meetings(db);
    core::MeetingSession ws1 = meetings.sessions(1)->front().session;
    ws1.firstDay = QDate(2018, 6, 21);
    ASSERT_TRUE(meetings.updateSession(ws1));
    QList<qint64> people;
    for (const auto &[name, code] : QList<std::pair<QString, QString>>{
             {u"洞爺 花子"_s, kLongNames[0]}, {u"音更 太郎"_s, kLongNames[1]}}) {
        core::Contact person;
        person.kind = core::ContactKind::Municipal;
        person.name = name;
        person.lgCode6 = code;
        people.append(core::ContactRepository(db).add(person).value());
    }
    const auto participants = meetings.addParticipants(ws1.id, people).value();
    const auto mark = [](core::AttendanceState state) {
        return std::optional<core::AttendanceMark>(core::AttendanceMark{state, {}});
    };
    ASSERT_TRUE(
        meetings.setAttendance({{participants[0], 1, mark(core::AttendanceState::Attended)},
                                {participants[0], 2, mark(core::AttendanceState::Excused)},
                                {participants[1], 1, mark(core::AttendanceState::Attended)},
                                {participants[1], 2, mark(core::AttendanceState::Absent)}}));

    renderAgain(core::Language::English, core::DateStyle::Iso);
    // (The HTML: pdftotext in this process finds no digits in English text.)
    EXPECT_TRUE(m_html.contains(u"1/2 days — day 2 excused"_s)) << m_html.toStdString();
    EXPECT_TRUE(m_html.contains(u"1/2 days — day 2 missed"_s));
    const QString pdf = renderAgain(core::Language::Japanese, core::DateStyle::JapaneseEra);
    const QString text = words(pageTexts(pdf).join(QString())).join(u" "_s);
    EXPECT_EQ(text.count(u"— 2日目欠席(届出あり)"_s), 1) << text.toStdString();
    EXPECT_EQ(text.count(u"— 2日目欠席"_s), 2) << "the excused day and the missed one";
}

// The rationale the program writes when the balanced proposal is selected is shown in the
// summary's language; one written by hand is shown as written.
TEST_F(ProgressSummaryTest, BalancedProposalRationaleInTheSummarysLanguage)
{
    const QList<qint64> ids =
        addLongNamedTowns(m_db.db(), core::ApplicationRepository::balancedProposalRationale());
    // One stored from an English interface by an earlier version, one written by hand.
    core::ApplicationRepository applications(m_db.db());
    for (const auto &[id, rationale] : QList<std::pair<qint64, QString>>{
             {ids[1], u"Balanced proposal"_s}, {ids[2], u"近隣団体への波及が見込まれる。"_s}}) {
        core::Application a = applications.application(id).value();
        a.decisionRationale = rationale;
        ASSERT_TRUE(applications.update(a));
    }
    const QString english =
        pageTexts(renderAgain(core::Language::English, core::DateStyle::Iso)).join(QString());
    EXPECT_EQ(english.count(u"Selected by the balanced proposal"_s), 5) << english.toStdString();
    EXPECT_FALSE(english.contains(u"バランス案"_s));
    EXPECT_FALSE(english.contains(u"Balanced proposal"_s));
    EXPECT_TRUE(english.contains(u"近隣団体への波及が見込まれる。"_s));
    const QString japanese =
        pageTexts(renderAgain(core::Language::Japanese, core::DateStyle::JapaneseEra))
            .join(QString());
    EXPECT_EQ(japanese.count(u"バランス案による選定"_s), 5);
    EXPECT_FALSE(japanese.contains(u"balanced proposal"_s, Qt::CaseInsensitive));
}

// Follow-ups of consultations in another fiscal year belong to that year's program: neither
// listed nor counted in this one's summary (nor its consultations among the latest).
TEST_F(ProgressSummaryTest, OtherYearsFollowUpsAreNotCounted)
{
    addSelectedMunicipalities(m_db.db(), 1); // Fuchu: one open follow-up in December 2018
    core::ConsultationRepository consultations(m_db.db());
    for (const auto &[at, action] : QList<std::pair<QDateTime, QString>>{
             {QDateTime(QDate(2018, 3, 15), QTime(1, 0), Qt::UTC), u"前年度の報告書を送付"_s},
             {QDateTime(QDate(2019, 4, 5), QTime(1, 0), Qt::UTC), u"次年度の公募要領を送付"_s}}) {
        core::Consultation c;
        c.occurredAt = at;
        c.lgCode6 = kCities[0];
        c.channel = core::Channel::Phone;
        c.direction = core::Direction::Incoming;
        c.summary = u"他の年度の相談"_s;
        c.followUps.append({0, 0, action, at.date().addDays(5), 0, {}});
        ASSERT_TRUE(consultations.create(c));
    }
    const auto data = core::ProgressSummaryData::load(m_db.db(), 1, QDate(2019, 1, 15));
    ASSERT_TRUE(data) << data.message().toStdString();
    ASSERT_EQ(data->municipalities.size(), 1);
    ASSERT_EQ(data->municipalities[0].openFollowUps.size(), 1);
    EXPECT_EQ(data->municipalities[0].openFollowUps[0].action, u"先行事例の資料を送付"_s);
    int open = 0;
    for (const auto &age : data->overview.followUps)
        open += age.count;
    EXPECT_EQ(open, 1);
    const QString text =
        pageTexts(renderAgain(core::Language::Japanese, core::DateStyle::JapaneseEra))
            .join(QString());
    EXPECT_FALSE(text.contains(u"前年度の報告書を送付"_s));
    EXPECT_FALSE(text.contains(u"次年度の公募要領を送付"_s));
    EXPECT_FALSE(text.contains(u"他の年度の相談"_s));
    EXPECT_TRUE(text.contains(u"先行事例の資料を送付"_s));
}
