// The one change notification: this process's commits name their records, another process's
// commits on the same file are seen by polling, and nothing is announced when nothing changed.
#include "core/storage/changenotifier.h"

#include "core/municipalities/contactrepository.h"
#include "core/storage/transaction.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace iotdesk;
using namespace Qt::StringLiterals;

namespace {

core::Contact consultant(const QString &name)
{
    core::Contact c;
    c.kind = core::ContactKind::Consultant;
    c.name = name;
    c.active = true;
    return c;
}

core::ChangeSet takeOne(QSignalSpy &spy)
{
    EXPECT_EQ(spy.count(), 1);
    if (spy.isEmpty())
        return {};
    return spy.takeFirst().at(0).value<core::ChangeSet>();
}

} // namespace

TEST(ChangeNotifier, NamesTheRecordsThisProcessCommitted)
{
    test::TempDatabase temp;
    core::ChangeNotifier &changes = temp.db().changes();
    QSignalSpy spy(&changes, &core::ChangeNotifier::changed);

    changes.poll();
    EXPECT_EQ(spy.count(), 0) << "nothing committed, nothing announced";

    const qint64 id = core::ContactRepository(temp.db()).add(consultant(u"支援 次郎"_s)).value();
    changes.poll();
    const core::ChangeSet set = takeOne(spy);
    EXPECT_FALSE(set.external);
    EXPECT_FALSE(set.unknown);
    EXPECT_TRUE(set.touches({u"contact"}));
    EXPECT_FALSE(set.touches({u"consultation", u"application"}));
    EXPECT_EQ(set.ids(u"contact"_s), QSet<QString>{QString::number(id)});

    changes.poll();
    EXPECT_EQ(spy.count(), 0) << "announced once only";
}

TEST(ChangeNotifier, ACommitWithoutHistoryIsAnUnknownChange)
{
    // SQLite's commit hook sees a statement that no Transaction wrapped; a server sees the
    // program's own transactions (ACommitOfTheProgramWithoutHistoryIsAnUnknownChange).
    IOTDESK_LOCAL_FILE_ONLY();
    test::TempDatabase temp;
    core::ChangeNotifier &changes = temp.db().changes();
    QSignalSpy spy(&changes, &core::ChangeNotifier::changed);
    QSqlQuery write(temp.db().connection());
    ASSERT_TRUE(write.exec(u"UPDATE programs SET name_en = name_en"_s));
    changes.poll();
    const core::ChangeSet set = takeOne(spy);
    EXPECT_TRUE(set.unknown);
    EXPECT_TRUE(set.touches({u"anything"}));
}

TEST(ChangeNotifier, ACommitOfTheProgramWithoutHistoryIsAnUnknownChange)
{
    test::TempDatabase temp;
    core::ChangeNotifier &changes = temp.db().changes();
    QSignalSpy spy(&changes, &core::ChangeNotifier::changed);
    {
        auto write = core::Transaction::begin(temp.db().connection());
        ASSERT_TRUE(write);
        QSqlQuery touch(temp.db().connection());
        ASSERT_TRUE(touch.exec(u"UPDATE programs SET name_en = name_en"_s));
        ASSERT_TRUE(write->commit());
    }
    changes.poll();
    const core::ChangeSet set = takeOne(spy);
    EXPECT_TRUE(set.unknown);
    EXPECT_FALSE(set.external);
    changes.poll();
    EXPECT_EQ(spy.count(), 0);
}

TEST(ChangeNotifier, SeesAnotherProcessCommitOnTheSameFile)
{
    test::TempDatabase temp;
    core::ChangeNotifier &changes = temp.db().changes();
    QSignalSpy spy(&changes, &core::ChangeNotifier::changed);

    // Another program on the same file: its own connection, its own commit.
    auto other = temp.openAnother();
    const qint64 id = core::ContactRepository(*other).add(consultant(u"別の 人"_s)).value();

    changes.poll();
    const core::ChangeSet set = takeOne(spy);
    EXPECT_TRUE(set.external);
    EXPECT_EQ(set.ids(u"contact"_s), QSet<QString>{QString::number(id)});

    changes.poll();
    EXPECT_EQ(spy.count(), 0);
}

TEST(ChangeNotifier, PollsOnItsOwnWhenGivenAnInterval)
{
    test::TempDatabase temp;
    core::ChangeNotifier &changes = temp.db().changes();
    QSignalSpy spy(&changes, &core::ChangeNotifier::changed);
    changes.setPollInterval(20);
    auto other = temp.openAnother();
    ASSERT_TRUE(core::ContactRepository(*other).add(consultant(u"別の 人"_s)));
    EXPECT_TRUE(spy.wait(2000));
    changes.setPollInterval(0);
}

// On a team server another user's commit is announced by the server (NOTIFY) and arrives
// without any polling, named; a transaction that took its history id before another's but
// commits after it is not missed.
TEST(ChangeNotifier, AnotherUsersCommitArrivesThroughTheServer)
{
    if (!test::onServer())
        GTEST_SKIP() << "needs a server (ctest core_tests_on_server)";
    test::TempDatabase temp;
    core::ChangeNotifier &changes = temp.db().changes();
    changes.setPollInterval(0);
    QSignalSpy spy(&changes, &core::ChangeNotifier::changed);

    auto other = temp.openAnother();
    const qint64 id = core::ContactRepository(*other).add(consultant(u"別の 人"_s)).value();
    ASSERT_TRUE(spy.wait(2000)) << "announced within two seconds";
    core::ChangeSet set = spy.takeFirst().at(0).value<core::ChangeSet>();
    EXPECT_TRUE(set.external);
    EXPECT_EQ(set.ids(u"contact"_s), QSet<QString>{QString::number(id)});

    // The slow writer takes its history id first and commits last.
    auto slow = temp.openAnother();
    auto slowWrite = core::Transaction::begin(slow->connection());
    ASSERT_TRUE(slowWrite);
    QSqlQuery early(slow->connection());
    ASSERT_TRUE(early.exec(u"INSERT INTO history (changed_at, changed_by, entity, entity_id, "
                           "field, old_value, new_value) VALUES ('2026-12-01T00:00:00Z', 'slow', "
                           "'program', '1', 'note', NULL, 'late') RETURNING id"_s));
    ASSERT_TRUE(early.next());
    const QString lateId = u"1"_s;
    const qint64 fast = core::ContactRepository(*other).add(consultant(u"速い 人"_s)).value();
    ASSERT_TRUE(spy.wait(2000));
    set = spy.takeFirst().at(0).value<core::ChangeSet>();
    EXPECT_EQ(set.ids(u"contact"_s), QSet<QString>{QString::number(fast)});
    early.finish();
    ASSERT_TRUE(slowWrite->commit());
    ASSERT_TRUE(spy.wait(2000)) << "the late commit is announced too";
    set = spy.takeFirst().at(0).value<core::ChangeSet>();
    EXPECT_EQ(set.ids(u"program"_s), QSet<QString>{lateId});
}

// The server drops the connection (it restarted, the network went): the notifier says so
// once, connects again at its next look, says that too, reports that anything may have
// changed meanwhile, and hears the announcements of the new session again — without polling.
TEST(ChangeNotifier, ALostServerConnectionIsFoundAgainAndListensAnew)
{
    if (!test::onServer())
        GTEST_SKIP() << "needs a server (ctest core_tests_on_server)";
    test::TempDatabase temp;
    core::ChangeNotifier &changes = temp.db().changes();
    changes.setPollInterval(0);
    QSignalSpy changed(&changes, &core::ChangeNotifier::changed);
    QSignalSpy lost(&changes, &core::ChangeNotifier::connectionLost);
    QSignalSpy reconnected(&changes, &core::ChangeNotifier::reconnected);
    auto other = temp.openAnother();
    const qint64 pid = test::scalar(temp.db(), u"SELECT pg_backend_pid()"_s).toLongLong();
    // The server ends the session, as a restart does, and takes no new one for a while; its
    // other sessions' commits go on meanwhile.
    const QString database = temp.db().connection().databaseName();
    test::onMaintenanceDatabase(u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(database));
    ASSERT_TRUE(test::scalar(*other, u"SELECT pg_terminate_backend(?)"_s, {pid}).toBool());
    ASSERT_TRUE(core::ContactRepository(*other).add(consultant(u"留守中 一郎"_s)));
    changes.poll();
    changes.poll();
    ASSERT_EQ(lost.size(), 1) << "said once, while it lasts";
    EXPECT_TRUE(reconnected.isEmpty());

    // Back, and the user's next change opens the connection again before the next look: that
    // look finds it answering and says so (it once kept saying it was lost).
    test::onMaintenanceDatabase(u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(database));
    ASSERT_TRUE(core::ContactRepository(temp.db()).add(consultant(u"再開後 次郎"_s)));
    changes.poll();
    EXPECT_EQ(reconnected.size(), 1);
    ASSERT_TRUE(!changed.isEmpty() || changed.wait(2000));
    const core::ChangeSet meanwhile = changed.takeFirst().at(0).value<core::ChangeSet>();
    EXPECT_TRUE(meanwhile.unknown) << "what was announced meanwhile was not heard";
    EXPECT_NE(test::scalar(temp.db(), u"SELECT pg_backend_pid()"_s).toLongLong(), pid);

    changed.clear();
    const qint64 later = core::ContactRepository(*other).add(consultant(u"復帰後 花子"_s)).value();
    ASSERT_TRUE(changed.wait(2000)) << "the new session listens: announced without a poll";
    EXPECT_TRUE(changed.takeFirst()
                    .at(0)
                    .value<core::ChangeSet>()
                    .ids(u"contact"_s)
                    .contains(QString::number(later)));
    EXPECT_EQ(lost.size(), 1);
}
