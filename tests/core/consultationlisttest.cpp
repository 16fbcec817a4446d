// The consultation list: pages read lazily from either end agree with a plain reading, filters
// and sorting are SQL, and the search finds Japanese words of one, two and three or more
// characters (the index for the long ones, a substring match for the short).
#include "core/consultations/consultationlist.h"

#include "core/consultations/consultationlistmodel.h"
#include "core/consultations/consultationrepository.h"
#include "core/consultations/consultationsearch.h"
#include "core/foundation/modelroles.h"
#include "core/municipalities/contactrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace iotdesk;
using namespace Qt::StringLiterals;

namespace {

const QStringList kGovernments = {u"132063"_s, u"394050"_s, u"012025"_s, u"472018"_s};
const QStringList kSummaries = {u"予算要求の時期について相談"_s, u"センサーの調達方法"_s,
                                u"研修会の会場予約"_s, u"月次報告の書き方"_s, u"補助金の申請"_s};

class ConsultationList : public ::testing::Test
{
protected:
    void SetUp() override
    {
        core::ContactRepository contacts(m_temp.db());
        m_consultants = {contacts
                             .add({0,
                                   core::ContactKind::Consultant,
                                   u"支援 次郎"_s,
                                   {},
                                   {},
                                   {},
                                   {},
                                   {},
                                   {},
                                   true,
                                   {}})
                             .value(),
                         contacts
                             .add({0,
                                   core::ContactKind::Consultant,
                                   u"相談 花子"_s,
                                   {},
                                   {},
                                   {},
                                   {},
                                   {},
                                   {},
                                   true,
                                   {}})
                             .value()};
        QList<core::Consultation> all;
        for (int i = 0; i < kRows; ++i) {
            core::Consultation c;
            // One every seven hours from April 2018, in no particular order of insertion.
            const int slot = (i * 37) % kRows;
            c.occurredAt = QDateTime(QDate(2018, 4, 2), QTime(9, 0), QTimeZone(9 * 3600))
                               .addSecs(qint64(slot) * 7 * 3600)
                               .toUTC();
            c.lgCode6 = kGovernments[i % kGovernments.size()];
            c.consultantId = m_consultants[i % 2];
            c.channel = i % 3 == 0 ? core::Channel::Email : core::Channel::Phone;
            c.direction = core::Direction::Incoming;
            c.setTopic(core::Topic(i % core::kTopicCount));
            c.durationMinutes = 5 + i % 30;
            c.summary = kSummaries[i % kSummaries.size()] + u" #"_s + QString::number(i);
            if (i % 50 == 0)
                c.followUps = {{0, 0, u"折り返し電話"_s, QDate(2018, 9, 1), 0, {}}};
            all.append(c);
        }
        ASSERT_TRUE(core::ConsultationRepository(m_temp.db()).createAll(all));
    }

    // The ids of a filter in the model's order, read the plain way; `values` bound to the
    // filter's placeholders.
    QList<qint64> plainIds(const QString &where, const QString &order,
                           const QVariantList &values = {})
    {
        QSqlQuery q(m_temp.db().connection());
        q.prepare(u"SELECT c.id FROM consultations c "_s + where + u' ' + order);
        for (const QVariant &value : values)
            q.addBindValue(value);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return ids;
    }

    static QList<qint64> modelIds(const core::ConsultationListModel &model)
    {
        QList<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.append(model.at(r).id);
        return ids;
    }

    static constexpr int kRows = 1000;
    test::TempDatabase m_temp;
    QList<qint64> m_consultants;
};

} // namespace

TEST_F(ConsultationList, PagesFromEitherEndAgreeWithAPlainReading)
{
    core::ConsultationListModel model(m_temp.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), kRows);
    // The last row: one more page read, from the end.
    const int before = model.pagesRead();
    EXPECT_EQ(model.at(kRows - 1).id,
              plainIds({}, u"ORDER BY c.occurred_at DESC, c.id DESC"_s).back());
    EXPECT_EQ(model.pagesRead(), before + 1);
    EXPECT_EQ(modelIds(model), plainIds({}, u"ORDER BY c.occurred_at DESC, c.id DESC"_s));
    EXPECT_EQ(model.pagesRead(), (kRows + core::ConsultationListModel::kPageSize - 1) /
                                     core::ConsultationListModel::kPageSize);
    // Newest first, and the newest is the latest slot.
    EXPECT_GT(model.at(0).occurredAt, model.at(1).occurredAt);

    model.sort(core::ConsultationListModel::Government, Qt::AscendingOrder);
    EXPECT_EQ(modelIds(model),
              plainIds({}, u"ORDER BY c.lg_code6, c.occurred_at, c.id"_s)); // 012025 first
    EXPECT_EQ(model.at(0).lgName, u"北海道函館市");
    model.sort(core::ConsultationListModel::Duration, Qt::AscendingOrder); // not sortable
    EXPECT_EQ(model.at(0).lgName, u"北海道函館市");
}

TEST_F(ConsultationList, FiltersAreSql)
{
    core::ConsultationListModel model(m_temp.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::ConsultationFilter filter;
    filter.lgCode6 = u"394050"_s;
    filter.consultantId = m_consultants[0];
    model.setFilter(filter);
    // Every 4th row is 梼原町 and every 2nd is the first consultant: i % 4 == 1 never is.
    EXPECT_EQ(model.rowCount(), 0);
    filter.consultantId = m_consultants[1];
    model.setFilter(filter);
    EXPECT_EQ(model.rowCount(), kRows / 4);
    for (int r = 0; r < model.rowCount(); ++r)
        ASSERT_EQ(model.at(r).lgCode6, u"394050");

    filter = {};
    filter.channel = core::Channel::Email;
    filter.topic = int(core::Topic::Procurement);
    model.setFilter(filter);
    EXPECT_EQ(
        model.rowCount(),
        plainIds(u"WHERE channel = 'email' AND (topics & 32) <> 0"_s, u"ORDER BY c.id"_s).size());

    filter = {};
    filter.from = QDate(2018, 4, 2);
    filter.to = QDate(2018, 4, 2); // 09:00, 16:00 and 23:00 in Japan (14:00 UTC)
    model.setFilter(filter);
    EXPECT_EQ(model.rowCount(), 3);

    filter = {};
    filter.openFollowUpsOnly = true;
    model.setFilter(filter);
    EXPECT_EQ(model.rowCount(), kRows / 50);
    EXPECT_EQ(model.at(0).openFollowUps, 1);
    model.setToday(QDate(2018, 9, 2));
    EXPECT_EQ(model.index(0, core::ConsultationListModel::FollowUp)
                  .data(core::StateRole)
                  .value<core::RowState>(),
              core::RowState::Problem); // overdue
}

// The total and each government's count are kept by triggers (consultation_counts) and read
// at once; they follow every kind of write, one row or many in one statement.
TEST_F(ConsultationList, CountsKeptPerGovernmentFollowEveryWrite)
{
    const auto expectCounts = [this] {
        core::ConsultationList list(m_temp.db());
        const auto engine = m_temp.db().engine();
        EXPECT_EQ(list.count(core::ConsultationQuery({}, engine)).value(),
                  plainIds({}, u"ORDER BY c.id"_s).size());
        for (const QString &code : kGovernments + QStringList{u"011002"_s}) {
            core::ConsultationFilter filter;
            filter.lgCode6 = code;
            const core::ConsultationQuery query(filter, engine);
            ASSERT_TRUE(query.countedGovernment());
            EXPECT_EQ(list.count(query).value(),
                      plainIds(u"WHERE lg_code6 = ?"_s, u"ORDER BY c.id"_s, {code}).size())
                << code.toStdString();
        }
    };
    expectCounts();
    ASSERT_EQ(core::ConsultationList(m_temp.db())
                  .count(core::ConsultationQuery({}, m_temp.db().engine()))
                  .value(),
              kRows);

    core::ConsultationRepository repository(m_temp.db());
    auto moved = repository.consultation(1).value();
    ASSERT_EQ(moved.lgCode6, kGovernments[0]);
    moved.lgCode6 = u"011002"_s; // 札幌市: none until now
    ASSERT_TRUE(repository.update(moved));
    auto again = repository.consultation(1).value();
    again.summary += u" 追記"_s; // an update that moves nothing
    ASSERT_TRUE(repository.update(again));
    ASSERT_TRUE(repository.remove(2));
    expectCounts();

    // Many rows in one statement, over several governments at once.
    QSqlQuery q(m_temp.db().connection());
    ASSERT_TRUE(q.exec(u"UPDATE consultations SET lg_code6 = CASE lg_code6 WHEN '132063' THEN "
                       "'394050' ELSE '132063' END WHERE id BETWEEN 10 AND 60"_s));
    expectCounts();
    ASSERT_TRUE(q.exec(u"DELETE FROM consultations WHERE id % 3 = 0"_s));
    expectCounts();
    ASSERT_TRUE(q.exec(u"DELETE FROM consultations WHERE lg_code6 = '011002'"_s));
    expectCounts();

    // A filter other than the government is counted the plain way.
    core::ConsultationFilter filter;
    filter.lgCode6 = kGovernments[1];
    filter.channel = core::Channel::Email;
    EXPECT_FALSE(core::ConsultationQuery(filter, m_temp.db().engine()).countedGovernment());
}

TEST_F(ConsultationList, SearchFindsJapaneseWordsOfEveryLength)
{
    core::ConsultationListModel model(m_temp.db());
    core::ConsultationFilter filter;
    const auto hits = [&](const QString &text) {
        filter.text = text;
        model.setFilter(filter);
        return model.rowCount();
    };
    EXPECT_EQ(hits(u"調達方法"_s), kRows / 5);     // four characters: the index
    EXPECT_EQ(hits(u"予算"_s), kRows / 5);         // two: a substring match
    EXPECT_EQ(hits(u"算"_s), kRows / 5);           // one
    EXPECT_EQ(hits(u"研修会　予約"_s), kRows / 5); // two words, ideographic space
    EXPECT_EQ(hits(u"研修会 調達"_s), 0);          // both must match
    EXPECT_EQ(hits(u"\"調達"_s), 0);               // a quote is text, not syntax
    EXPECT_EQ(hits(u"100%"_s), 0);                 // so is a percent sign
    EXPECT_EQ(hits(u"#999"_s), 1);
    EXPECT_EQ(model.searchTerms(), QStringList{u"#999"_s});
    // The index follows edits.
    core::ConsultationRepository repository(m_temp.db());
    core::Consultation c = repository.consultation(model.at(0).id).value();
    c.advice = u"ローカル5Gの検討を助言"_s;
    ASSERT_TRUE(repository.update(c));
    EXPECT_EQ(hits(u"ローカル5G"_s), 1);
    EXPECT_EQ(hits(u"5g"_s), 1); // Latin letters in either case
    EXPECT_EQ(hits(u"ローカル5g"_s), 1);
    EXPECT_EQ(hits(u"ローカル5"_s), 1); // kana and digits only (LIKE on a server)
}

TEST_F(ConsultationList, ACommonWordListsTheMostRecentlyLoggedMatches)
{
    core::ConsultationListModel model(m_temp.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSearchLimit(150);
    core::ConsultationFilter filter;
    filter.text = u"調達方法"_s; // 200 matches
    model.setFilter(filter);
    ASSERT_EQ(model.rowCount(), 150);
    EXPECT_TRUE(model.searchTruncated());
    // The 150 with the highest ids, listed newest first.
    QList<qint64> newest =
        plainIds(u"WHERE c.summary LIKE '%調達方法%'"_s, u"ORDER BY c.id DESC"_s);
    newest.resize(150);
    QList<qint64> listed = modelIds(model);
    for (int r = 1; r < model.rowCount(); ++r)
        ASSERT_GE(model.at(r - 1).occurredAt, model.at(r).occurredAt);
    std::sort(listed.begin(), listed.end(), std::greater<>());
    EXPECT_EQ(listed, newest);
    // Sorting the matches keeps the same set.
    model.sort(core::ConsultationListModel::Government, Qt::AscendingOrder);
    QList<qint64> sorted = modelIds(model);
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    EXPECT_EQ(sorted, newest);
    EXPECT_LE(model.at(0).lgCode6, model.at(149).lgCode6);
    // With a filter beside the text, the search checks it on every hit.
    filter.lgCode6 = u"394050"_s;
    model.setFilter(filter);
    EXPECT_FALSE(model.searchTruncated());
    EXPECT_EQ(model.rowCount(),
              plainIds(u"WHERE c.summary LIKE '%調達方法%' AND lg_code6 = '394050'"_s, {}).size());
}

TEST_F(ConsultationList, SearchWithFiltersWalksTheIndexInRuns)
{
    core::ConsultationFilter filter;
    filter.text = u"調達方法"_s;
    filter.lgCode6 = u"394050"_s;
    filter.channel = core::Channel::Phone;
    const QList<qint64> expected =
        plainIds(u"WHERE c.summary LIKE '%調達方法%' AND lg_code6 = '394050' AND channel = "
                 "'phone'"_s,
                 u"ORDER BY c.id DESC"_s);
    ASSERT_GT(expected.size(), 12);
    for (const int chunk : {1, 7, 4000}) {
        SCOPED_TRACE(chunk);
        bool more = false;
        const auto found = core::ConsultationSearch::newest(m_temp.db(), filter, 12, &more, chunk);
        ASSERT_TRUE(found) << found.message().toStdString();
        EXPECT_EQ(*found, expected.mid(0, 12));
        EXPECT_TRUE(more);
        const auto all = core::ConsultationSearch::newest(m_temp.db(), filter, 1000, &more, chunk);
        EXPECT_EQ(*all, expected);
        EXPECT_FALSE(more);
    }
}

// Without filters that leave few rows, the search reads the newest rows first and then goes on
// from the newest row or through the index (on a server, by the rate of matches it read; in a
// file, the full-text index in runs): whichever way, the newest matches and whether there are
// more, for common and rare words, short and long ones, with a filter beside them or not.
TEST_F(ConsultationList, SearchOfTheWholeLogFindsTheNewestMatchesWhicheverWayItReads)
{
    const struct
    {
        QString text;
        QString like;
    } searches[] = {
        {u"調達方法"_s, u"c.summary LIKE '%調達方法%'"_s}, // one in five
        {u"#12"_s, u"c.summary LIKE '%#12%'"_s},           // eleven
        {u"予算"_s, u"c.summary LIKE '%予算%'"_s},         // too short for trigrams
        {u"調達方法 #1"_s, u"c.summary LIKE '%調達方法%' AND c.summary LIKE '%#1%'"_s},
        {u"存在しない語"_s, u"c.summary LIKE '%存在しない語%'"_s},
    };
    for (const auto &search : searches) {
        for (const bool phoneOnly : {false, true}) {
            core::ConsultationFilter filter;
            filter.text = search.text;
            QString where = u"WHERE "_s + search.like;
            if (phoneOnly) {
                filter.channel = core::Channel::Phone;
                where += u" AND c.channel = 'phone'"_s;
            }
            const QList<qint64> expected = plainIds(where, u"ORDER BY c.id DESC"_s);
            for (const int window : {1, 7, 50, 4000}) {
                SCOPED_TRACE(search.text.toStdString() + (phoneOnly ? " by phone" : "") +
                             ", window " + std::to_string(window));
                for (const int limit : {12, 1000}) {
                    bool more = false;
                    const auto found = core::ConsultationSearch::newest(m_temp.db(), filter, limit,
                                                                        &more, window, 0);
                    ASSERT_TRUE(found) << found.message().toStdString();
                    EXPECT_EQ(*found, expected.mid(0, limit));
                    EXPECT_EQ(more, expected.size() > limit);
                }
            }
        }
    }
}
