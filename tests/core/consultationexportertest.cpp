// Exports of the consultation list: the CSV read back gives the rows as stored; the workbook
// holds the same text, numbers as numbers; a filter exports only its rows; a failed export
// leaves no file behind.
#include "core/documents/consultationexporter.h"

#include "core/consultations/consultationrepository.h"
#include "core/foundation/csvreader.h"
#include "core/municipalities/contactrepository.h"
#include "testsupport.h"

#include <QFile>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace iotdesk;
using namespace Qt::StringLiterals;

namespace {

class Exports : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const qint64 yamada = core::ContactRepository(m_temp.db())
                                  .add({0,
                                        core::ContactKind::Municipal,
                                        u"山田 太郎"_s,
                                        {},
                                        u"132063"_s,
                                        u"企画課"_s,
                                        {},
                                        {},
                                        {},
                                        true,
                                        {}})
                                  .value();
        core::ConsultationRepository repository(m_temp.db());
        for (int i = 0; i < 3; ++i) {
            core::Consultation c;
            c.occurredAt =
                QDateTime(QDate(2018, 7, 2 + i), QTime(10, 0), QTimeZone(9 * 3600)).toUTC();
            c.lgCode6 = i == 2 ? u"394050"_s : u"132063"_s;
            c.counterpartId = i == 2 ? 0 : yamada;
            c.channel = core::Channel::Phone;
            c.direction = core::Direction::Incoming;
            c.setTopic(core::Topic::BudgetAndSubsidies);
            c.durationMinutes = 10 * (i + 1);
            // Commas, quotes and a line break: what CSV must keep.
            c.summary = u"予算, \"補助金\"について\n第%1回"_s.arg(i + 1);
            if (i == 0)
                c.followUps = {{0, 0, u"資料送付"_s, QDate(2018, 7, 5), 0, {}}};
            ASSERT_TRUE(repository.create(c));
        }
    }

    test::TempDatabase m_temp;
};

} // namespace

TEST_F(Exports, CsvReadsBackAsStored)
{
    const QString path = m_temp.folder() + u"/相談.csv"_s;
    const auto written = core::ConsultationExporter::writeCsv(m_temp.db(), {}, path);
    ASSERT_TRUE(written) << written.message().toStdString();
    EXPECT_EQ(*written, 3);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("\xEF\xBB\xBF"));
    const auto records = core::CsvReader::readFile(path);
    ASSERT_TRUE(records) << records.message().toStdString();
    ASSERT_EQ(records->size(), 4);
    EXPECT_EQ(records->at(0).fields, core::ConsultationExporter::headings());
    const QStringList first = records->at(1).fields;
    EXPECT_EQ(first[1], u"2018-07-02 10:00"); // Japan time
    EXPECT_EQ(first[3], u"東京都府中市");
    EXPECT_EQ(first[4], u"山田 太郎");
    EXPECT_EQ(first[7], u"電話");
    EXPECT_EQ(first[9], u"予算・補助金");
    EXPECT_EQ(first[10], u"10");
    EXPECT_EQ(first[11], u"予算, \"補助金\"について\n第1回");
    EXPECT_EQ(first[14], u"資料送付（2018-07-05）");
    EXPECT_EQ(records->at(3).fields[3], u"高知県高岡郡檮原町");

    core::ConsultationFilter filter;
    filter.lgCode6 = u"394050"_s;
    EXPECT_EQ(core::ConsultationExporter::writeCsv(m_temp.db(), filter, path).value(), 1);
}

TEST_F(Exports, WorkbookHoldsTheSameRows)
{
    const QString path = m_temp.folder() + u"/相談.xlsx"_s;
    const auto written = core::ConsultationExporter::writeXlsx(m_temp.db(), {}, path);
    ASSERT_TRUE(written) << written.message().toStdString();
    EXPECT_EQ(*written, 3);
    EXPECT_FALSE(QFile::exists(path + u".part"_s));
    const QString sheet = test::zipMember(path, u"xl/worksheets/sheet1.xml"_s);
    // Constant memory mode writes strings inline in the sheet.
    EXPECT_TRUE(sheet.contains(u"東京都府中市"_s));
    EXPECT_TRUE(sheet.contains(u"高知県高岡郡檮原町"_s));
    EXPECT_TRUE(sheet.contains(u"予算・補助金"_s));
    EXPECT_TRUE(sheet.contains(u"<v>30</v>"_s)) << sheet.left(2000).toStdString(); // minutes

    // A folder that does not exist: an error, and nothing left behind.
    const QString nowhere = m_temp.folder() + u"/missing/相談.xlsx"_s;
    EXPECT_FALSE(core::ConsultationExporter::writeXlsx(m_temp.db(), {}, nowhere));
    EXPECT_FALSE(QFile::exists(nowhere));
    EXPECT_FALSE(
        core::ConsultationExporter::writeCsv(m_temp.db(), {}, nowhere.chopped(4) + u"csv"_s));
}
