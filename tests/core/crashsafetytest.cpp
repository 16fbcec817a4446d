// A child process commits in a loop and reports each commit; it is killed with SIGKILL at
// random moments. After every kill the file must open, pass integrity_check, and hold every
// commit the child reported.
#include "core/datafile/datafile.h"
#include "core/storage/schemamigrator.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

TEST(CrashSafety, EveryReportedCommitSurvivesSigkill)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.sqlite"_s);
    core::OpenOptions options;
    options.dailyBackup = false;
    test::openOrDie(path, options).reset(); // created and migrated before the first kill

    QRandomGenerator random(20181114);
    QSet<QString> reported;
    constexpr int kKills = 24;
    for (int round = 0; round < kKills; ++round) {
        SCOPED_TRACE(round);
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"--commit-loop"_s, path});
        ASSERT_TRUE(child.waitForStarted(10000));
        // Once it is committing (its first report is in, however slow its start was on a
        // loaded machine), let it go on for a random while, then kill it wherever it is.
        while (!child.canReadLine())
            ASSERT_TRUE(child.waitForReadyRead(30000))
                << child.readAllStandardError().toStdString();
        QThread::msleep(random.bounded(150));
        child.kill(); // SIGKILL
        ASSERT_TRUE(child.waitForFinished(10000));
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        int complete = 0;
        for (const QByteArray &line : lines) {
            // A line cut by the kill has no newline after it; only whole lines count.
            if (&line == &lines.back())
                break;
            reported.insert(QString::fromUtf8(line));
            ++complete;
        }
        EXPECT_EQ(child.exitStatus(), QProcess::CrashExit)
            << child.readAllStandardError().toStdString();

        auto db = test::openOrDie(path, options);
        EXPECT_EQ(test::scalar(*db, u"PRAGMA integrity_check"_s).toString(), u"ok");
        QSet<QString> stored;
        QSqlQuery query(db->connection());
        query.setForwardOnly(true);
        ASSERT_TRUE(query.exec(u"SELECT entity_id FROM history WHERE entity = 'commit'"_s));
        while (query.next())
            stored.insert(query.value(0).toString());
        for (const QString &value : std::as_const(reported))
            ASSERT_TRUE(stored.contains(value)) << "lost commit " << value.toStdString();
    }
    EXPECT_GT(reported.size(), kKills) << "the child hardly committed anything";
}

// Killed while the file is being created and its schema written: the next open must end
// with a complete database, never a half-made one taken for finished.
TEST(CrashSafety, KilledDuringCreationStillOpensComplete)
{
    QRandomGenerator random(20180608);
    core::OpenOptions options;
    options.dailyBackup = false;
    for (int round = 0; round < 12; ++round) {
        SCOPED_TRACE(round);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.sqlite"_s);
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--commit-loop"_s, path});
        ASSERT_TRUE(child.waitForStarted(10000));
        QThread::msleep(random.bounded(120));
        child.kill();
        ASSERT_TRUE(child.waitForFinished(10000));

        auto db = core::openDatabase(path, options);
        ASSERT_TRUE(db) << db.message().toStdString();
        EXPECT_EQ((*db)->schemaVersion(), core::SchemaMigrator::latestVersion());
        EXPECT_EQ(test::scalar(**db, u"SELECT count(*) FROM local_governments"_s).toInt(), 1788);
        EXPECT_EQ(test::scalar(**db, u"SELECT count(*) FROM programs"_s).toInt(), 1);
        EXPECT_EQ(test::scalar(**db, u"PRAGMA integrity_check"_s).toString(), u"ok");
    }
}
