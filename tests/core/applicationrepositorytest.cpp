#include "core/applications/applicationrepository.h"

#include "core/applications/applicationimporter.h"
#include "core/foundation/dateformatter.h"
#include "core/foundation/japantime.h"
#include "core/meetings/meetingrepository.h"
#include "core/municipalities/contactrepository.h"
#include "core/reports/reportrepository.h"
#include "core/storage/changehistory.h"
#include "testsupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

core::Application sample()
{
    core::Application a;
    a.programId = 1;
    a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 15), Qt::UTC);
    a.senderEmail = u"kikaku@city.fuchu.example.jp"_s;
    a.subject = u"【応募】地域IoT実装計画策定支援事業（府中市）"_s;
    a.attachmentBytes = 2'400'000;
    a.answers.reportsMonthly = true;
    a.answers.hostsWorkshop2 = true;
    a.answers.attendsCentralMeetings = true;
    for (auto &used : a.answers.usedPriorProgram)
        used = false;
    a.answers.hasComprehensiveAgreement = false;
    a.members = {{u"132063"_s, true}, {u"132080"_s, false}};
    a.contacts = {{u"山田 太郎"_s, u"企画課"_s, u"主査"_s, u"042-000-0000"_s,
                   u"yamada@city.fuchu.example.jp"_s}};
    a.partners = {{u"株式会社サンプル通信"_s, core::PartnerKind::Company, u"センサー網の構築"_s}};
    a.frameworks = {{core::FrameworkKind::Other,
                     u"多摩地域連携"_s,
                     core::FrameworkState::Forming,
                     {u"132080"_s, u"132063"_s}}};
    return a;
}

} // namespace

TEST(ApplicationRepository, StoresAndReadsBackEverything)
{
    test::TempDatabase temp;
    core::ApplicationRepository repository(temp.db());
    const auto id = repository.create(sample());
    ASSERT_TRUE(id) << id.message().toStdString();
    const auto stored = repository.application(id.value());
    ASSERT_TRUE(stored);
    core::Application expected = sample();
    expected.id = id.value();
    expected.frameworks[0].memberCodes.sort();
    EXPECT_EQ(stored->receivedAt, expected.receivedAt);
    EXPECT_EQ(stored->members, expected.members);
    EXPECT_EQ(stored->contacts, expected.contacts);
    EXPECT_EQ(stored->partners, expected.partners);
    EXPECT_EQ(stored->frameworks, expected.frameworks);
    EXPECT_EQ(stored->answers.hostsWorkshop2, true);
    EXPECT_FALSE(stored->confirmationSentOn.has_value());
    EXPECT_EQ(stored->leadCode(), u"132063");
    EXPECT_EQ(repository.count().value(), 1);
    EXPECT_EQ(repository.applications(1)->size(), 1);
}

TEST(ApplicationRepository, BrokenApplicationsAreRefusedWhole)
{
    test::TempDatabase temp;
    core::ApplicationRepository repository(temp.db());
    const QList<std::function<void(core::Application &)>> breakers = {
        [](core::Application &a) { a.members.clear(); },
        [](core::Application &a) { a.members[1].lead = true; },
        [](core::Application &a) { a.members[1].lead = false, a.members[0].lead = false; },
        [](core::Application &a) { a.members[1].code6 = u"132063"_s; },
        [](core::Application &a) { a.members[1].code6 = u"132081"_s; }, // wrong check digit
        [](core::Application &a) { a.members[1].code6 = u"999997"_s; }, // no such body
        [](core::Application &a) { a.partners[0].kind = static_cast<core::PartnerKind>(99); },
        [](core::Application &a) { a.contacts[0].name.clear(); },
        [](core::Application &a) { a.contacts[0].email = u"yamada at city"_s; },
        [](core::Application &a) { a.frameworks[0].state = static_cast<core::FrameworkState>(99); },
        [](core::Application &a) { a.programId = 99; },
        [](core::Application &a) { a.receivedAt = {}; },
        [](core::Application &a) { a.decision = static_cast<core::Decision>(99); },
    };
    for (qsizetype i = 0; i < breakers.size(); ++i) {
        SCOPED_TRACE(i);
        core::Application a = sample();
        breakers[i](a);
        const auto result = repository.create(a);
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().code(), core::ErrorCode::Invalid)
            << result.message().toStdString();
    }
    EXPECT_EQ(repository.count().value(), 0);
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM application_members"_s).toInt(), 0);
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM history"_s).toInt(), 0);
}

TEST(ApplicationRepository, CreateAllIsAllOrNothing)
{
    test::TempDatabase temp;
    core::ApplicationRepository repository(temp.db());
    core::Application broken = sample();
    broken.members.clear();
    EXPECT_FALSE(repository.createAll({sample(), sample(), broken}));
    EXPECT_EQ(repository.count().value(), 0);
    const auto ids = repository.createAll({sample(), sample()});
    ASSERT_TRUE(ids);
    EXPECT_EQ(ids->size(), 2);
    EXPECT_EQ(repository.count().value(), 2);
}

TEST(ApplicationRepository, UpdatesAreRecordedFieldByField)
{
    test::TempDatabase temp;
    temp.db().setUserName(u"coordinator"_s);
    core::ApplicationRepository repository(temp.db());
    const qint64 id = repository.create(sample()).value();
    core::Application changed = repository.application(id).value();
    changed.confirmationSentOn = QDate(2018, 5, 22);
    changed.bureauOpinion = u"地域の核となる取組"_s;
    changed.members.append({u"132071"_s, false});
    ASSERT_TRUE(repository.update(changed));
    const auto stored = repository.application(id).value();
    EXPECT_EQ(stored.confirmationSentOn, QDate(2018, 5, 22));
    EXPECT_EQ(stored.members.size(), 3);
    const auto history =
        core::ChangeHistory::entries(temp.db().connection(), u"application"_s, QString::number(id));
    ASSERT_TRUE(history);
    QStringList fields;
    for (const auto &entry : *history)
        fields.append(entry.field);
    EXPECT_TRUE(fields.contains(u"confirmation_sent_on"_s));
    EXPECT_TRUE(fields.contains(u"bureau_opinion"_s));

    // Stored as ISO whatever style the window writes its messages in; a day stored as the
    // window showed it (a version of 2026-11-30 did) is still read as that day.
    core::DateFormatter::setMessageStyle(core::DateStyle::JapaneseEra);
    changed = repository.application(id).value();
    changed.confirmationSentOn = QDate(2018, 5, 23);
    ASSERT_TRUE(repository.update(changed));
    core::DateFormatter::setMessageStyle(core::DateStyle::Iso);
    const QString sql =
        u"SELECT confirmation_sent_on FROM applications WHERE id = "_s + QString::number(id);
    EXPECT_EQ(test::scalar(temp.db(), sql).toString(), u"2018-05-23");
    QSqlQuery era(temp.db().connection());
    ASSERT_TRUE(
        era.exec(u"UPDATE applications SET confirmation_sent_on = '平成30年5月22日' WHERE id = "_s +
                 QString::number(id)));
    EXPECT_EQ(repository.application(id)->confirmationSentOn, QDate(2018, 5, 22));
    EXPECT_TRUE(fields.contains(u"members"_s));
    EXPECT_TRUE(fields.contains(u"created"_s));
    EXPECT_EQ(fields.size(), 4);
}

TEST(ApplicationRepository, SelectingWithoutEligibilityOrReviewNeedsAnOverride)
{
    test::TempDatabase temp;
    core::ApplicationRepository repository(temp.db());
    core::Application ineligible = sample();
    ineligible.answers.hasComprehensiveAgreement = true;
    const qint64 id = repository.create(ineligible).value();
    core::Application decided = repository.application(id).value();
    decided.version = {}; // saved more than once: not a test of versions
    decided.decision = core::Decision::Selected;
    decided.decisionRationale = u"地域バランス"_s;
    const auto refused = repository.update(decided);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.message().contains(u"override"_s));
    EXPECT_TRUE(repository.application(id)->decision == core::Decision::None);

    // Eligible but unreviewed: still needs an override.
    decided.answers.hasComprehensiveAgreement = false;
    EXPECT_FALSE(repository.update(decided));
    decided.overrideReason = u"審査会で特に認めた"_s;
    ASSERT_TRUE(repository.update(decided));
    EXPECT_EQ(repository.application(id)->overrideReason, u"審査会で特に認めた");
    // Not selecting needs no override.
    decided.decision = core::Decision::NotSelected;
    decided.overrideReason.clear();
    EXPECT_TRUE(repository.update(decided));
}

TEST(ApplicationRepository, ConflictOfInterestBlocksScoresInTheFileItself)
{
    test::TempDatabase temp;
    core::ApplicationRepository repository(temp.db());
    const qint64 id = repository.create(sample()).value();
    QSqlQuery q(temp.db().connection());
    ASSERT_TRUE(q.exec(u"INSERT INTO reviewers (id, program_id, name, affiliation) "
                       "VALUES (1, 1, '総務 花子', 'mic')"_s));
    ASSERT_TRUE(q.exec(u"INSERT INTO review_scores VALUES (%1, 1, 4, 4, 4, '', "
                       "'2018-06-11T00:00:00Z')"_s.arg(id)));
    // Declaring the conflict withdraws the score, and no new one can be written.
    ASSERT_TRUE(q.exec(u"INSERT INTO review_conflicts VALUES (%1, 1, '親族が勤務', "
                       "'2018-06-12T00:00:00Z')"_s.arg(id)));
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM review_scores"_s).toInt(), 0);
    EXPECT_FALSE(q.exec(u"INSERT INTO review_scores VALUES (%1, 1, 5, 5, 5, '', "
                        "'2018-06-13T00:00:00Z')"_s.arg(id)));
}

TEST(ApplicationRepository, RemoveTakesAttachedRowsAlong)
{
    test::TempDatabase temp;
    core::ApplicationRepository repository(temp.db());
    const qint64 id = repository.create(sample()).value();
    ASSERT_TRUE(repository.remove(id));
    EXPECT_EQ(repository.count().value(), 0);
    for (const QString &table :
         {u"application_members"_s, u"application_contacts"_s, u"application_partners"_s,
          u"application_frameworks"_s, u"framework_members"_s}) {
        EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM "_s + table).toInt(), 0)
            << table.toStdString();
    }
    EXPECT_EQ(repository.application(id).error().code(), core::ErrorCode::NotFound);
}

// A decision keeps the moment it was made, checked against the call: FY2018's window closed
// on 8 June 2018 (Japan time); the application came on 21 May.
TEST(ApplicationRepository, DecisionDatesAreCheckedAgainstTheProgram)
{
    test::TempDatabase temp;
    core::ApplicationRepository repository(temp.db());
    const qint64 id = repository.create(sample()).value();
    core::Application decided = repository.application(id).value();
    decided.version = {}; // saved more than once: not a test of versions
    decided.decision = core::Decision::NotSelected;
    const auto refusedAt = [&](QDate day, QTime time = QTime(10, 0)) {
        decided.decidedAt = core::JapanTime::toUtc(day, time);
        const auto r = repository.update(decided);
        EXPECT_FALSE(r) << day.toString(Qt::ISODate).toStdString();
        return r ? QString() : r.message();
    };
    // On the window's last day, even late in the evening: still open.
    EXPECT_TRUE(refusedAt(QDate(2018, 6, 8), QTime(23, 30)).contains(u"2018-06-08"_s));
    // Before the application was received (also before the window closed).
    EXPECT_TRUE(refusedAt(QDate(2018, 5, 20)).contains(u"received"_s));
    // Far ahead of today.
    const QDate ahead =
        core::JapanTime::today().addDays(core::ApplicationRepository::kDecisionDaysAhead + 1);
    EXPECT_TRUE(refusedAt(ahead).contains(ahead.toString(Qt::ISODate)));
    EXPECT_TRUE(repository.application(id)->decision == core::Decision::None)
        << "nothing was stored";

    // The first day after the window, and a few days ahead, are fine.
    decided.decidedAt = core::JapanTime::toUtc(QDate(2018, 6, 9), QTime(0, 0));
    ASSERT_TRUE(repository.update(decided));
    // (A turning down belongs to the program's year, FY2018; a withdrawal may come any day.)
    decided.decision = core::Decision::Withdrawn;
    decided.decidedAt = core::JapanTime::toUtc(
        core::JapanTime::today().addDays(core::ApplicationRepository::kDecisionDaysAhead),
        QTime(9, 0));
    ASSERT_TRUE(repository.update(decided));
    // A withdrawal is the applicant's own: any time after the application came.
    decided.decision = core::Decision::Withdrawn;
    decided.decidedAt = core::JapanTime::toUtc(QDate(2018, 5, 25), QTime(9, 0));
    EXPECT_TRUE(repository.update(decided));
    decided.decidedAt = core::JapanTime::toUtc(QDate(2018, 5, 20), QTime(9, 0));
    EXPECT_FALSE(repository.update(decided));
    // The same rules on creation.
    core::Application early = sample();
    early.decision = core::Decision::NotSelected;
    early.decidedAt = core::JapanTime::toUtc(QDate(2018, 6, 1), QTime(9, 0));
    EXPECT_FALSE(repository.create(early));
}

// A decision an older file recorded inside the window (when "now" was the only date) does not
// block an unrelated edit; moving it is checked.
TEST(ApplicationRepository, DatesAreCheckedWhenTheyChange)
{
    test::TempDatabase temp;
    core::ApplicationRepository repository(temp.db());
    const qint64 id = repository.create(sample()).value();
    QSqlQuery q(temp.db().connection());
    q.prepare(u"UPDATE applications SET decision = 'not_selected', decided_at = "
              "'2018-06-01T01:00:00.000Z' WHERE id = ?"_s);
    q.addBindValue(id);
    ASSERT_TRUE(q.exec());
    core::Application changed = repository.application(id).value();
    changed.version = {}; // saved more than once: not a test of versions
    changed.note = u"旧ファイルから"_s;
    const auto edited = repository.update(changed);
    ASSERT_TRUE(edited) << edited.message().toStdString();
    changed.decidedAt = core::JapanTime::toUtc(QDate(2018, 6, 2), QTime(10, 0));
    EXPECT_FALSE(repository.update(changed));
    changed.decidedAt = core::JapanTime::toUtc(QDate(2018, 6, 11), QTime(10, 0));
    EXPECT_TRUE(repository.update(changed));
}

TEST(ApplicationRepository, ReceiptIsNotConfirmedBeforeTheApplicationCame)
{
    test::TempDatabase temp;
    core::ApplicationRepository repository(temp.db());
    // Received 21 May 2018 at 10:15 in Japan (01:15 UTC).
    core::Application a = sample();
    a.confirmationSentOn = QDate(2018, 5, 20);
    const auto refused = repository.create(a);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), core::ErrorCode::Invalid);
    EXPECT_TRUE(refused.message().contains(u"2018-05-20"_s)) << refused.message().toStdString();
    a.confirmationSentOn = QDate(2018, 5, 21); // the same day
    const auto id = repository.create(a);
    ASSERT_TRUE(id) << id.message().toStdString();
    core::Application changed = repository.application(*id).value();
    changed.confirmationSentOn = QDate(2018, 5, 1);
    EXPECT_FALSE(repository.update(changed));
    // Nor on a day still to come.
    changed.confirmationSentOn = core::JapanTime::today().addDays(1);
    const auto ahead = repository.update(changed);
    ASSERT_FALSE(ahead);
    EXPECT_TRUE(ahead.message().contains(changed.confirmationSentOn->toString(Qt::ISODate)));
    EXPECT_EQ(repository.application(*id)->confirmationSentOn, QDate(2018, 5, 21));
}

// A program entered after the fact: selected on 15 June 2018, reports July 2018 to March 2019;
// re-dating the decision moves the schedule and keeps what was received.
TEST(ApplicationRepository, ReportScheduleFollowsTheDecisionsDate)
{
    test::TempDatabase temp;
    core::ApplicationRepository repository(temp.db());
    core::ReportRepository reports(temp.db());
    core::Application a = sample();
    a.decision = core::Decision::Selected;
    a.overrideReason = u"審査会で特に認めた"_s;
    a.decidedAt = core::JapanTime::toUtc(QDate(2018, 6, 15), QTime(14, 0));
    const qint64 id = repository.create(a).value();
    auto list = reports.reports(1).value();
    ASSERT_EQ(list.size(), 9);
    EXPECT_EQ(list.front().month, QDate(2018, 7, 1));
    EXPECT_EQ(list.back().month, QDate(2019, 3, 1));

    const qint64 julyId = list.front().id;
    core::MonthlyReport august = list[1];
    ASSERT_EQ(august.month, QDate(2018, 8, 1));
    august.receivedOn = QDate(2018, 9, 7);
    august.channel = core::ReportChannel::Email;
    august.activities = u"推進協議会の開催"_s;
    ASSERT_TRUE(reports.update(august));

    // Decided on 20 July instead: reports from August, the August one still received.
    core::Application redated = repository.application(id).value();
    redated.version = {}; // saved more than once: not a test of versions
    redated.decidedAt = core::JapanTime::toUtc(QDate(2018, 7, 20), QTime(14, 0));
    ASSERT_TRUE(repository.update(redated));
    list = reports.reports(1).value();
    ASSERT_EQ(list.size(), 8);
    EXPECT_EQ(list.front().month, QDate(2018, 8, 1));
    EXPECT_EQ(list.front().id, august.id);
    EXPECT_EQ(list.front().receivedOn, QDate(2018, 9, 7));
    EXPECT_EQ(list.front().activities, u"推進協議会の開催");
    // And back: July returns as the same record.
    redated.decidedAt = core::JapanTime::toUtc(QDate(2018, 6, 15), QTime(14, 0));
    ASSERT_TRUE(repository.update(redated));
    list = reports.reports(1).value();
    ASSERT_EQ(list.size(), 9);
    EXPECT_EQ(list.front().id, julyId);
    EXPECT_EQ(list[1].receivedOn, QDate(2018, 9, 7));
}

// One registry of people: an imported application's contact person is a person of its lead
// municipality, offered by the completer and the meeting participant picker.
TEST(ApplicationRepository, ContactsArePeopleOfTheLeadGovernment)
{
    test::TempDatabase temp;
    const auto ids = core::ApplicationImporter(temp.db()).importFile(
        test::sourcePath(u"docs/samples/applications-sample.csv"_s), 1);
    ASSERT_TRUE(ids) << ids.message().toStdString();
    core::ContactRepository contacts(temp.db());
    const auto fuchu = contacts.ofGovernment(u"132063"_s);
    ASSERT_TRUE(fuchu);
    ASSERT_EQ(fuchu->size(), 1);
    const core::Contact yamada = fuchu->front();
    EXPECT_EQ(yamada.name, u"山田 太郎");
    EXPECT_EQ(yamada.kind, core::ContactKind::Municipal);
    EXPECT_EQ(yamada.department, u"企画課");
    EXPECT_EQ(yamada.title, u"主査");
    EXPECT_EQ(yamada.phone, u"042-000-0000");
    EXPECT_EQ(yamada.email, u"yamada@city.example.jp");
    const auto completed = contacts.complete(core::ContactKind::Municipal, u"山田"_s, u"132063"_s);
    ASSERT_TRUE(completed);
    ASSERT_FALSE(completed->isEmpty());
    EXPECT_EQ(completed->front().id, yamada.id);
    core::ApplicationRepository repository(temp.db());
    const QString yusuhara = repository.application(ids->at(1))->leadCode();
    ASSERT_EQ(contacts.ofGovernment(yusuhara)->size(), 1) << "the second sample's lead";
    EXPECT_EQ(contacts.ofGovernment(yusuhara)->front().name, u"髙橋 花子");

    // Selected, Fuchu's people are offered for workshop 1.
    core::Application a = repository.application(ids->front()).value();
    ASSERT_EQ(a.leadCode(), u"132063");
    a.decision = core::Decision::Selected;
    a.overrideReason = u"テスト"_s;
    a.decidedAt = core::JapanTime::toUtc(QDate(2018, 6, 15), QTime(10, 0));
    ASSERT_TRUE(repository.update(a));
    core::MeetingRepository meetings(temp.db());
    const qint64 workshop1 = meetings.sessions(1)->front().session.id;
    const auto candidates = meetings.candidates(workshop1, false);
    ASSERT_TRUE(candidates);
    EXPECT_TRUE(std::any_of(candidates->begin(), candidates->end(),
                            [&](const core::Contact &c) { return c.id == yamada.id; }));
    // The decision did not touch the contacts: nobody was added twice.
    EXPECT_EQ(contacts.ofGovernment(u"132063"_s)->size(), 1);
}

TEST(ApplicationRepository, ContactsJoinAnExistingPersonAndFillWhatTheyLack)
{
    test::TempDatabase temp;
    core::ContactRepository contacts(temp.db());
    // Known already, written with a full-width space, without phone or address.
    const qint64 known = contacts
                             .add({0,
                                   core::ContactKind::Municipal,
                                   u"山田　太郎"_s,
                                   u"やまだ たろう"_s,
                                   u"132063"_s,
                                   {},
                                   {},
                                   {},
                                   {},
                                   true,
                                   {}})
                             .value();
    core::ApplicationRepository repository(temp.db());
    const qint64 id = repository.create(sample()).value();
    auto people = contacts.ofGovernment(u"132063"_s).value();
    ASSERT_EQ(people.size(), 1) << "no second 山田 太郎";
    EXPECT_EQ(people.front().id, known);
    EXPECT_EQ(people.front().name, u"山田　太郎") << "the registry's own spelling stays";
    EXPECT_EQ(people.front().email, u"yamada@city.fuchu.example.jp");
    EXPECT_EQ(people.front().phone, u"042-000-0000");
    EXPECT_EQ(people.front().department, u"企画課");
    EXPECT_TRUE(contacts.ofGovernment(u"132080"_s)->isEmpty()) << "people of the lead only";

    // An address on record is not overwritten; a new contact person is added.
    core::Application changed = repository.application(id).value();
    changed.contacts[0].email = u"taro.yamada@city.fuchu.example.jp"_s;
    changed.contacts.append({u"鈴木 一郎"_s, u"情報政策課"_s, {}, {}, {}});
    ASSERT_TRUE(repository.update(changed));
    people = contacts.ofGovernment(u"132063"_s).value();
    ASSERT_EQ(people.size(), 2);
    EXPECT_EQ(contacts.contact(known)->email, u"yamada@city.fuchu.example.jp");
}

// A file stored before the registry held applications' contacts learns them once on opening;
// a person removed afterwards stays removed.
TEST(ApplicationRepository, StoredApplicationsContactsAreRegisteredOnce)
{
    test::TempDatabase temp;
    ASSERT_TRUE(core::ApplicationRepository(temp.db()).create(sample()));
    // As an older file: the application's contact, but no person and no mark.
    QSqlQuery q(temp.db().connection());
    ASSERT_TRUE(q.exec(u"DELETE FROM contacts"_s));
    ASSERT_TRUE(q.exec(u"DELETE FROM history WHERE entity IN ('contact', 'contact_registry')"_s));
    temp.reopen();
    core::ContactRepository contacts(temp.db());
    auto people = contacts.ofGovernment(u"132063"_s).value();
    ASSERT_EQ(people.size(), 1);
    EXPECT_EQ(people.front().name, u"山田 太郎");
    ASSERT_TRUE(contacts.remove(people.front().id));
    temp.reopen();
    EXPECT_TRUE(core::ContactRepository(temp.db()).ofGovernment(u"132063"_s)->isEmpty());
}

TEST(ApplicationRepository, ASelectionAfterItsFiscalYearIsRefused)
{
    test::TempDatabase temp;
    core::ApplicationRepository repository(temp.db());
    core::Application a;
    a.programId = 1; // FY2018
    a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 15), Qt::UTC);
    a.members = {{u"132063"_s, true}};
    a.decision = core::Decision::Selected;
    a.overrideReason = u"テスト"_s;
    a.decidedAt = QDateTime(QDate(2019, 4, 1), QTime(3, 0), Qt::UTC);
    const auto refused = repository.validate(a);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.message().contains(u"2019-03-31"_s)) << refused.message().toStdString();
    a.decidedAt = QDateTime(QDate(2019, 3, 29), QTime(3, 0), Qt::UTC);
    EXPECT_TRUE(repository.validate(a)) << "the last days of the year are still the year's";

    // A turning down too: years later is a past program's default "today", not its day.
    a.decision = core::Decision::NotSelected;
    a.decidedAt = QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC);
    const auto late = repository.validate(a);
    ASSERT_FALSE(late);
    EXPECT_TRUE(late.message().contains(u"2019-03-31"_s)) << late.message().toStdString();
    a.decidedAt = QDateTime(QDate(2018, 7, 2), QTime(3, 0), Qt::UTC);
    EXPECT_TRUE(repository.validate(a)) << repository.validate(a).message().toStdString();
    // A withdrawal is the applicant's, at any time.
    a.decision = core::Decision::Withdrawn;
    a.decidedAt = QDateTime(QDate(2019, 5, 7), QTime(3, 0), Qt::UTC);
    EXPECT_TRUE(repository.validate(a)) << repository.validate(a).message().toStdString();
}

TEST(ApplicationRepository, RestoringAnEarlierStateKeepsItsDecisionDay)
{
    // An older file's selection, dated the day it was entered (after its fiscal year), is
    // redated by the user and the change undone: the old state comes back as it was, although
    // today's rules would not accept that day for a new decision.
    test::TempDatabase temp;
    core::ApplicationRepository repository(temp.db());
    const qint64 id = repository.create(sample()).value();
    QSqlQuery q(temp.db().connection());
    q.prepare(u"UPDATE applications SET decision = 'selected', override_reason = 'テスト', "
              "decided_at = '2026-11-20T01:00:00.000Z' WHERE id = ?"_s);
    q.addBindValue(id);
    ASSERT_TRUE(q.exec());
    core::Application before = repository.application(id).value();
    before.version = {}; // saved more than once: not a test of versions
    core::Application after = before;
    after.decidedAt = core::JapanTime::toUtc(QDate(2018, 6, 15), QTime(12, 0));
    ASSERT_TRUE(repository.update(after));
    EXPECT_FALSE(repository.update(before)) << "a new decision keeps today's rules";
    const auto restored = repository.restore(before);
    ASSERT_TRUE(restored) << restored.message().toStdString();
    EXPECT_EQ(repository.application(id)->decidedAt, before.decidedAt);
    // The other rules hold for a restored state too.
    core::Application broken = before;
    broken.members.clear();
    EXPECT_FALSE(repository.restore(broken));
}
