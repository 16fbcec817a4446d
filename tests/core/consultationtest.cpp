// The consultation log's rules: what a consultation must name, its follow-ups, duplicate mails,
// the timeline, hours per month in Japan time, and the people kept once and found again.
#include "core/consultations/consultationrepository.h"
#include "core/consultations/consultationsearch.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/contactrepository.h"
#include "core/storage/changehistory.h"
#include "core/storage/transaction.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <thread>

using namespace iotdesk;
using namespace Qt::StringLiterals;

namespace {

QDateTime japan(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(9 * 3600)).toUTC();
}

class Consultations : public ::testing::Test
{
protected:
    void SetUp() override
    {
        core::ContactRepository contacts(m_temp.db());
        m_consultant = contacts
                           .add({0,
                                 core::ContactKind::Consultant,
                                 u"支援 次郎"_s,
                                 u"しえん じろう"_s,
                                 {},
                                 {},
                                 {},
                                 u"Jiro@Example.JP"_s,
                                 {},
                                 true,
                                 {}})
                           .value();
        m_counterpart = contacts
                            .add({0,
                                  core::ContactKind::Municipal,
                                  u"山田 太郎"_s,
                                  u"ヤマダ タロウ"_s,
                                  u"132063"_s,
                                  u"企画課"_s,
                                  u"主査"_s,
                                  u"yamada@city.fuchu.example"_s,
                                  u"042-335-4111"_s,
                                  true,
                                  {}})
                            .value();
    }

    core::Consultation call(const QDateTime &at, const QString &summary = u"予算の相談"_s)
    {
        core::Consultation c;
        c.occurredAt = at;
        c.lgCode6 = u"132063"_s;
        c.counterpartId = m_counterpart;
        c.consultantId = m_consultant;
        c.channel = core::Channel::Phone;
        c.direction = core::Direction::Incoming;
        c.setTopic(core::Topic::BudgetAndSubsidies);
        c.durationMinutes = 15;
        c.summary = summary;
        return c;
    }

    test::TempDatabase m_temp;
    qint64 m_consultant = 0;
    qint64 m_counterpart = 0;
};

} // namespace

TEST_F(Consultations, StoredAsEnteredAndRecordedInTheHistory)
{
    core::ConsultationRepository repository(m_temp.db());
    core::Consultation c = call(japan(2018, 7, 2, 10, 30));
    c.setTopic(core::Topic::Procurement);
    c.advice = u"補助金の公募時期を確認"_s;
    c.followUps = {{0, 0, u"資料を送付"_s, QDate(2018, 7, 5), m_consultant, {}}};
    const auto id = repository.create(c);
    ASSERT_TRUE(id) << id.message().toStdString();
    const core::Consultation stored = repository.consultation(*id).value();
    EXPECT_EQ(stored.occurredAt, c.occurredAt);
    EXPECT_TRUE(stored.hasTopic(core::Topic::Procurement));
    EXPECT_TRUE(stored.hasTopic(core::Topic::BudgetAndSubsidies));
    EXPECT_FALSE(stored.hasTopic(core::Topic::Solutions));
    ASSERT_EQ(stored.followUps.size(), 1);
    EXPECT_EQ(stored.followUps[0].dueOn, QDate(2018, 7, 5));
    EXPECT_EQ(test::scalar(m_temp.db(), u"SELECT occurred_at FROM consultations"_s).toString(),
              u"2018-07-02T01:30:00Z");

    core::Consultation changed = stored;
    changed.summary = u"予算と調達の相談"_s;
    changed.durationMinutes = 25;
    ASSERT_TRUE(repository.update(changed));
    EXPECT_EQ(test::scalar(m_temp.db(), u"SELECT count(*) FROM history WHERE entity = "
                                        "'consultation' AND field IN ('summary', "
                                        "'duration_minutes')"_s)
                  .toInt(),
              2);
    // The search's index follows the edit (SQLite's full-text table, the server's trigrams).
    core::ConsultationFilter byText;
    byText.text = u"調達の"_s;
    EXPECT_EQ(core::ConsultationSearch::newest(m_temp.db(), byText, 10).value(),
              QList<qint64>{*id});
    ASSERT_TRUE(repository.remove(*id));
    EXPECT_EQ(repository.count().value(), 0);
    EXPECT_EQ(test::scalar(m_temp.db(), u"SELECT count(*) FROM follow_ups"_s).toInt(), 0);
    EXPECT_TRUE(core::ConsultationSearch::newest(m_temp.db(), byText, 10).value().isEmpty());
}

TEST_F(Consultations, BadInputIsRefusedAndChangesNothing)
{
    core::ConsultationRepository repository(m_temp.db());
    const QDateTime at = japan(2018, 7, 2, 10, 30);
    core::Consultation c = call(at);
    c.channel = static_cast<core::Channel>(99); // no channel of the set
    EXPECT_FALSE(repository.create(c));
    EXPECT_FALSE(core::fromStored<core::Channel>(u"fax")) << "a report may come by fax, not a call";
    c = call(at);
    c.lgCode6 = u"131017"_s; // wrong check digit
    EXPECT_FALSE(repository.create(c));
    c = call(at);
    c.counterpartId = m_consultant; // a consultant is not a counterpart
    EXPECT_FALSE(repository.create(c));
    c = call(at);
    c.lgCode6 = u"394050"_s; // 山田 works in 府中市
    EXPECT_FALSE(repository.create(c));
    c = call(at);
    c.durationMinutes = -5;
    EXPECT_FALSE(repository.create(c));
    c = call(at);
    c.followUps = {{0, 0, u" "_s, {}, 0, {}}};
    EXPECT_FALSE(repository.create(c));
    c = call(QDateTime());
    EXPECT_FALSE(repository.create(c));
    // One bad consultation in a batch: none is stored.
    core::Consultation bad = call(at);
    bad.direction = static_cast<core::Direction>(99);
    EXPECT_FALSE(repository.createAll({call(at), bad}));
    EXPECT_EQ(repository.count().value(), 0);
    EXPECT_EQ(test::scalar(m_temp.db(), u"SELECT count(*) FROM history WHERE entity = "
                                        "'consultation'"_s)
                  .toInt(),
              0);
}

TEST_F(Consultations, TheSameMailTwiceIsADuplicate)
{
    core::ConsultationRepository repository(m_temp.db());
    core::Consultation mail = call(japan(2018, 7, 2, 9, 0));
    mail.channel = core::Channel::Email;
    mail.messageId = u"<20180702.abc@city.fuchu.example>"_s;
    ASSERT_TRUE(repository.create(mail));
    const auto again = repository.create(mail);
    ASSERT_FALSE(again);
    EXPECT_TRUE(again.message().contains(mail.messageId)) << again.message().toStdString();
    EXPECT_TRUE(repository.hasMessage(mail.messageId).value());
    EXPECT_EQ(repository.count().value(), 1);
}

TEST_F(Consultations, FollowUpsDoneAndScheduledNext)
{
    core::ConsultationRepository repository(m_temp.db());
    core::Consultation c = call(japan(2018, 7, 2, 10, 30));
    c.followUps = {{0, 0, u"資料を送付"_s, QDate(2018, 7, 5), m_consultant, {}},
                   {0, 0, u"日程を調整"_s, {}, 0, {}}};
    const qint64 id = repository.create(c).value();
    auto open = repository.openFollowUps().value();
    ASSERT_EQ(open.size(), 2);
    EXPECT_EQ(open[0].followUp.action, u"資料を送付"); // dated before undated
    EXPECT_EQ(open[0].lgName, u"東京都府中市");
    EXPECT_EQ(open[0].ownerName, u"支援 次郎");
    EXPECT_EQ(repository.openFollowUps(m_consultant)->size(), 1);

    const qint64 first = open[0].followUp.id;
    EXPECT_FALSE(repository.completeFollowUp(first, QDate())); // no date
    // The call was on 2 July (Japan time): not done on the 1st.
    const auto early = repository.completeFollowUp(first, QDate(2018, 7, 1));
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().code(), core::ErrorCode::Invalid);
    EXPECT_TRUE(early.message().contains(u"2018-07-02"_s)) << early.message().toStdString();
    EXPECT_EQ(repository.openFollowUps()->size(), 2) << "still open";
    // Nor on a day still to come, whether completed or entered with the consultation.
    const QDate tomorrow = core::JapanTime::today().addDays(1);
    const auto ahead = repository.completeFollowUp(first, tomorrow);
    ASSERT_FALSE(ahead);
    EXPECT_TRUE(ahead.message().contains(tomorrow.toString(Qt::ISODate)));
    core::Consultation later = c;
    later.followUps = {{0, 0, u"資料を送付"_s, {}, m_consultant, tomorrow}};
    EXPECT_FALSE(repository.validate(later));
    const auto next = repository.completeFollowUp(
        first, QDate(2018, 7, 4),
        core::FollowUp{0, 0, u"回答を確認"_s, QDate(2018, 7, 11), m_consultant, {}});
    ASSERT_TRUE(next) << next.message().toStdString();
    EXPECT_NE(*next, 0);
    EXPECT_FALSE(repository.completeFollowUp(first, QDate(2018, 7, 4))); // already done
    open = repository.openFollowUps().value();
    ASSERT_EQ(open.size(), 2);
    EXPECT_EQ(open[0].followUp.action, u"回答を確認");
    EXPECT_EQ(open[0].followUp.consultationId, id);
    EXPECT_EQ(repository.consultation(id)->followUps.size(), 3);

    ASSERT_TRUE(repository.reopenFollowUp(first, *next));
    EXPECT_EQ(repository.openFollowUps()->size(), 2);
    EXPECT_EQ(repository.consultation(id)->followUps.size(), 2);

    // Several at once (search hits), in the order asked, each with its own follow-ups.
    const qint64 plain = repository.create(call(japan(2018, 7, 3, 9, 0), u"別件"_s)).value();
    const auto both = repository.consultations({plain, 999999, id});
    ASSERT_TRUE(both) << both.message().toStdString();
    ASSERT_EQ(both->size(), 2);
    EXPECT_EQ(both->at(0).id, plain);
    EXPECT_TRUE(both->at(0).followUps.isEmpty());
    EXPECT_EQ(both->at(1).id, id);
    EXPECT_EQ(both->at(1).followUps.size(), 2);
    EXPECT_EQ(both->at(1).followUps, repository.consultation(id)->followUps);
}

TEST_F(Consultations, TimelineNewestFirstAndHoursPerMonthInJapanTime)
{
    core::ConsultationRepository repository(m_temp.db());
    // 23:30 on May 31 in Japan is still May, though it is 14:30 UTC.
    ASSERT_TRUE(repository.create(call(japan(2018, 5, 31, 23, 30), u"五月"_s)));
    core::Consultation june = call(japan(2018, 6, 1, 0, 30), u"六月"_s);
    june.durationMinutes = 45;
    ASSERT_TRUE(repository.create(june));
    core::Consultation other = call(japan(2018, 6, 2, 9, 0), u"別の町"_s);
    other.lgCode6 = u"394050"_s; // 梼原町
    other.counterpartId = 0;
    ASSERT_TRUE(repository.create(other));

    const auto timeline = repository.timeline(u"132063"_s).value();
    ASSERT_EQ(timeline.size(), 2);
    EXPECT_EQ(timeline[0].summary, u"六月");
    EXPECT_EQ(timeline[1].summary, u"五月");

    const auto byGovernment =
        repository.hours(false, QDate(2018, 5, 1), QDate(2018, 6, 30)).value();
    ASSERT_EQ(byGovernment.size(), 3);
    EXPECT_EQ(byGovernment[0].month, u"2018-05");
    EXPECT_EQ(byGovernment[0].minutes, 15);
    EXPECT_EQ(byGovernment[1].month, u"2018-06");
    EXPECT_EQ(byGovernment[1].key, u"132063");
    EXPECT_EQ(byGovernment[1].minutes, 45);
    EXPECT_EQ(byGovernment[2].name, u"高知県高岡郡檮原町");
    const auto byConsultant = repository.hours(true, QDate(2018, 6, 1), QDate(2018, 6, 30)).value();
    ASSERT_EQ(byConsultant.size(), 1);
    EXPECT_EQ(byConsultant[0].name, u"支援 次郎");
    EXPECT_EQ(byConsultant[0].minutes, 60);
    EXPECT_EQ(byConsultant[0].consultations, 2);
}

TEST_F(Consultations, PeopleKeptOnceAndFoundAgain)
{
    core::ContactRepository contacts(m_temp.db());
    // The reading is stored in hiragana, the address in lower case.
    EXPECT_EQ(contacts.contact(m_counterpart)->kana, u"やまだ たろう");
    EXPECT_EQ(contacts.contact(m_consultant)->email, u"jiro@example.jp");
    EXPECT_EQ(contacts.byEmail(u" JIRO@example.jp"_s).value()->id, m_consultant);
    EXPECT_FALSE(contacts.byEmail(u"nobody@example.jp"_s).value().has_value());

    // Completion by name or by reading typed in either kana.
    EXPECT_EQ(contacts.complete(core::ContactKind::Municipal, u"山"_s)->size(), 1);
    EXPECT_EQ(contacts.complete(core::ContactKind::Municipal, u"ヤマ"_s)->size(), 1);
    EXPECT_EQ(contacts.complete(core::ContactKind::Municipal, u"やま"_s)->size(), 1);
    EXPECT_EQ(contacts.complete(core::ContactKind::Consultant, u"やま"_s)->size(), 0);
    EXPECT_EQ(contacts.complete(core::ContactKind::Municipal, u"%"_s)->size(), 0); // no wildcard

    // The same person is not added twice.
    EXPECT_EQ(contacts
                  .findOrAdd({0,
                              core::ContactKind::Municipal,
                              u" 山田 太郎 "_s,
                              {},
                              u"132063"_s,
                              {},
                              {},
                              {},
                              {},
                              true,
                              {}})
                  .value(),
              m_counterpart);
    EXPECT_NE(contacts
                  .findOrAdd({0,
                              core::ContactKind::Municipal,
                              u"山田 太郎"_s,
                              {},
                              u"132080"_s,
                              {},
                              {},
                              {},
                              {},
                              true,
                              {}})
                  .value(),
              m_counterpart); // a namesake elsewhere

    EXPECT_FALSE(contacts.add(
        {0, core::ContactKind::Municipal, u"名無し"_s, {}, {}, {}, {}, {}, {}, true, {}}));
    EXPECT_FALSE(
        contacts.add({0, core::ContactKind::Consultant, u" "_s, {}, {}, {}, {}, {}, {}, true, {}}));
    EXPECT_FALSE(contacts.add({0,
                               core::ContactKind::Consultant,
                               u"誰か"_s,
                               {},
                               {},
                               {},
                               {},
                               u"not-an-address"_s,
                               {},
                               true,
                               {}}));
    core::Contact moved = contacts.contact(m_counterpart).value();
    moved.department = u"DX推進課"_s;
    ASSERT_TRUE(contacts.update(moved));
    EXPECT_EQ(contacts.contact(m_counterpart)->department, u"DX推進課");
    EXPECT_EQ(test::scalar(m_temp.db(), u"SELECT new_value FROM history WHERE entity = 'contact' "
                                        "AND field = 'department'"_s)
                  .toString(),
              u"DX推進課");
}

TEST_F(Consultations, APersonNamedInTheLogStays)
{
    core::ContactRepository contacts(m_temp.db());
    const qint64 unused = contacts
                              .add({0,
                                    core::ContactKind::Municipal,
                                    u"未使用"_s,
                                    {},
                                    u"132063"_s,
                                    {},
                                    {},
                                    {},
                                    {},
                                    true,
                                    {}})
                              .value();
    ASSERT_TRUE(core::ConsultationRepository(m_temp.db()).create(call(japan(2018, 7, 2, 9, 0))));
    const auto refused = contacts.remove(m_counterpart);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.message().contains(u"山田 太郎"_s)) << refused.message().toStdString();
    EXPECT_TRUE(contacts.remove(unused));
    EXPECT_FALSE(contacts.contact(unused));
}

// No lost update: an edit made from an older read of a consultation is refused, names who
// changed it since and when, and changes nothing; reapplying it onto the record as it is now
// keeps their change and the user's.
TEST_F(Consultations, AnEditFromAnOlderReadIsRefusedNamingWhoChangedItSinceAndWhen)
{
    core::ConsultationRepository mine(m_temp.db());
    const qint64 id = mine.create(call(japan(2018, 7, 2, 10, 0))).value();
    const core::Consultation opened = mine.consultation(id).value();
    ASSERT_TRUE(opened.version.seen);
    EXPECT_GT(*opened.version.seen, 0) << "the history entry of its logging";

    auto other = m_temp.openAnother();
    other->setUserName(u"鈴木 花子"_s);
    core::ConsultationRepository theirs(*other);
    core::Consultation theirEdit = theirs.consultation(id).value();
    theirEdit.advice = u"総務省の補助事業を紹介"_s;
    const auto theirVersion = theirs.update(theirEdit);
    ASSERT_TRUE(theirVersion) << theirVersion.message().toStdString();
    EXPECT_GT(*theirVersion, *opened.version.seen);

    core::Consultation myEdit = opened;
    myEdit.summary = u"予算と補助金の相談"_s;
    const auto refused = mine.update(myEdit);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), core::ErrorCode::Conflict);
    EXPECT_TRUE(refused.message().contains(u"鈴木 花子"_s)) << refused.message().toStdString();
    EXPECT_TRUE(refused.message().contains(
        QDateTime::currentDateTime().toTimeZone(core::JapanTime::zone()).toString(u"HH:"_s)))
        << "when: " << refused.message().toStdString();
    const core::Consultation stored = mine.consultation(id).value();
    EXPECT_EQ(stored.summary, u"予算の相談") << "nothing of the refused edit";
    EXPECT_EQ(stored.advice, u"総務省の補助事業を紹介") << "their change stays";

    // Reloaded and reapplied: both changes, saved from the version now.
    const core::Consultation merged = core::reapplyEdit(opened, myEdit, stored);
    EXPECT_EQ(merged.summary, u"予算と補助金の相談");
    EXPECT_EQ(merged.advice, u"総務省の補助事業を紹介");
    ASSERT_TRUE(mine.update(merged));
    EXPECT_EQ(mine.consultation(id)->summary, u"予算と補助金の相談");
    EXPECT_EQ(mine.consultation(id)->advice, u"総務省の補助事業を紹介");

    // An edit without a version (what the program writes of itself) is not checked.
    core::Consultation unchecked = stored;
    unchecked.version = {};
    EXPECT_TRUE(mine.update(unchecked));
}

// Two saves of the same consultation from the same version at the same moment: the second
// waits for the first to commit and is then refused — on a server too, where the row is
// locked first (without that lock, it would read the history before the first commit and
// overwrite it).
TEST_F(Consultations, TwoSavesFromTheSameVersionAtOnceTheSecondIsRefused)
{
    core::ConsultationRepository repository(m_temp.db());
    const qint64 id = repository.create(call(japan(2018, 7, 2, 10, 0))).value();
    const core::Consultation opened = repository.consultation(id).value();

    // The first save, held open between its claim and its commit.
    const QSqlDatabase db = m_temp.db().connection();
    auto first = core::Transaction::begin(db);
    ASSERT_TRUE(first);
    ASSERT_TRUE(core::ChangeHistory::claim(db, u"consultations"_s, u"consultation"_s, id,
                                           opened.version, u"佐藤 一郎"_s));
    QSqlQuery update(db);
    ASSERT_TRUE(
        update.exec(u"UPDATE consultations SET advice = '先に保存' WHERE id = %1"_s.arg(id)));
    ASSERT_TRUE(core::ChangeHistory::record(db, u"佐藤 一郎"_s, u"consultation"_s,
                                            QString::number(id), u"advice"_s, QString(),
                                            u"先に保存"_s));

    core::Result<qint64> second = core::Error();
    std::thread other([&] {
        auto connection = m_temp.openAnother();
        core::Consultation late = opened;
        late.advice = u"後から保存"_s;
        second = core::ConsultationRepository(*connection).update(late);
    });
    QThread::msleep(300); // the second save is waiting for the first by now
    ASSERT_TRUE(first->commit());
    other.join();
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code(), core::ErrorCode::Conflict) << second.message().toStdString();
    EXPECT_TRUE(second.message().contains(u"佐藤 一郎"_s)) << second.message().toStdString();
    EXPECT_EQ(repository.consultation(id)->advice, u"先に保存");
}
