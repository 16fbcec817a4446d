// Ctrl+K's search: one text finds each kind of record, through the indexes their pages use.
#include "core/overview/globalsearch.h"

#include "core/applications/applicationimporter.h"
#include "core/applications/applicationrepository.h"
#include "core/consultations/consultationrepository.h"
#include "core/consultations/consultationsearch.h"
#include "core/municipalities/contactrepository.h"
#include "testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace iotdesk;
using namespace Qt::StringLiterals;

namespace {

QList<core::SearchHit> ofKind(const QList<core::SearchHit> &hits, core::SearchHit::Kind kind)
{
    QList<core::SearchHit> result;
    for (const core::SearchHit &hit : hits) {
        if (hit.kind == kind)
            result.append(hit);
    }
    return result;
}

} // namespace

TEST(GlobalSearch, FindsEveryKindOfRecordByOneText)
{
    test::TempDatabase temp;
    core::Database &db = temp.db();
    QFile sample(test::sourcePath(u"docs/samples/applications-sample.csv"_s));
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    const auto proposed = core::ApplicationImporter(db).read(sample.readAll(), 1);
    ASSERT_TRUE(proposed) << proposed.message().toStdString();
    ASSERT_TRUE(core::ApplicationRepository(db).createAll(*proposed));
    core::Contact consultant;
    consultant.kind = core::ContactKind::Consultant;
    consultant.name = u"支援 次郎"_s;
    const qint64 jiro = core::ContactRepository(db).add(consultant).value();
    core::Consultation c;
    c.occurredAt = QDateTime(QDate(2018, 7, 2), QTime(1, 0), Qt::UTC);
    c.lgCode6 = u"132063"_s;
    c.consultantId = jiro;
    c.channel = core::Channel::Phone;
    c.direction = core::Direction::Incoming;
    c.summary = u"推進体制の要綱案について相談"_s;
    const qint64 consultation = core::ConsultationRepository(db).create(c).value();

    // 府中市: the local governments of that name, Tokyo's application, its person and the call.
    const auto hits = core::GlobalSearch::find(db, u"府中市"_s);
    ASSERT_TRUE(hits) << hits.message().toStdString();
    const auto municipalities = ofKind(*hits, core::SearchHit::Kind::Municipality);
    EXPECT_GE(municipalities.size(), 2) << "Tokyo's and Hiroshima's";
    const auto applications = ofKind(*hits, core::SearchHit::Kind::Application);
    ASSERT_EQ(applications.size(), 1);
    EXPECT_EQ(applications.front().code6, u"132063");
    EXPECT_EQ(applications.front().programId, 1);

    // A person by name with or without the space, and by reading of the government.
    const auto people = core::GlobalSearch::find(db, u"山田太郎"_s);
    ASSERT_TRUE(people);
    ASSERT_EQ(ofKind(*people, core::SearchHit::Kind::Person).size(), 1);
    EXPECT_TRUE(ofKind(*people, core::SearchHit::Kind::Person).front().title.contains(u"府中市"_s));

    // A consultation by a word of its summary.
    const auto calls = core::GlobalSearch::find(db, u"要綱案"_s);
    ASSERT_TRUE(calls);
    const auto found = ofKind(*calls, core::SearchHit::Kind::Consultation);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.front().id, consultation);

    // A meeting by its name.
    const auto meetings = core::GlobalSearch::find(db, u"最終成果報告会"_s);
    ASSERT_TRUE(meetings);
    EXPECT_EQ(ofKind(*meetings, core::SearchHit::Kind::Meeting).size(), 1);

    // Nothing for a blank text, nothing invented for an unknown one.
    EXPECT_TRUE(core::GlobalSearch::find(db, u"  "_s)->isEmpty());
    EXPECT_TRUE(core::GlobalSearch::find(db, u"存在しない言葉"_s)->isEmpty());
}

TEST(GlobalSearch, APastedPageIsRefusedNotSearchedForSeconds)
{
    test::TempDatabase temp;
    const QString page(4000, u'予');
    const auto everywhere = core::GlobalSearch::find(temp.db(), page);
    ASSERT_FALSE(everywhere);
    EXPECT_EQ(everywhere.error().code(), core::ErrorCode::Invalid);
    EXPECT_TRUE(everywhere.message().contains(u"200"_s)) << everywhere.message().toStdString();
    core::ConsultationFilter filter;
    filter.text = page;
    const auto consultations = core::ConsultationSearch::newest(temp.db(), filter, 50);
    ASSERT_FALSE(consultations);
    EXPECT_EQ(consultations.error().code(), core::ErrorCode::Invalid);
    // A sentence is a search.
    filter.text = QString(core::kMaxSearchLength, u'予');
    EXPECT_TRUE(core::ConsultationSearch::newest(temp.db(), filter, 50));
}
