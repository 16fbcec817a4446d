#include "core/datafile/datafile.h"
#include "core/programs/programrepository.h"
#include "core/storage/backupstore.h"
#include "core/storage/dailycare.h"
#include "core/storage/databasefile.h"
#include "core/storage/schemamigrator.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace iotdesk;

TEST(Database, NewFileIsOwnerOnlyAndDurable)
{
    IOTDESK_LOCAL_FILE_ONLY();
    test::TempDatabase temp;
    const auto permissions = QFileInfo(temp.path()).permissions();
    EXPECT_TRUE(permissions & QFileDevice::ReadOwner);
    EXPECT_TRUE(permissions & QFileDevice::WriteOwner);
    EXPECT_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                QFileDevice::WriteGroup | QFileDevice::WriteOther));
    EXPECT_EQ(test::scalar(temp.db(), u"PRAGMA journal_mode"_s).toString(), u"wal");
    EXPECT_EQ(test::scalar(temp.db(), u"PRAGMA foreign_keys"_s).toInt(), 1);
    EXPECT_EQ(test::scalar(temp.db(), u"PRAGMA synchronous"_s).toInt(), 2); // FULL
    EXPECT_EQ(test::scalar(temp.db(), u"PRAGMA user_version"_s).toInt(),
              core::SchemaMigrator::latestVersion());
    EXPECT_EQ(quint32(test::scalar(temp.db(), u"PRAGMA application_id"_s).toLongLong()),
              core::DatabaseFile::kApplicationId);
    EXPECT_TRUE(temp.db().openReport().created);
}

TEST(Database, ForeignKeysAreEnforced)
{
    test::TempDatabase temp;
    QSqlQuery query(temp.db().connection());
    EXPECT_FALSE(query.exec(u"INSERT INTO program_meetings (program_id, seq, kind, name_ja, "
                            "planned_start, planned_end, days) VALUES (999, 1, 'final_meeting', "
                            "'x', '2019-03-01', '2019-03-02', 1)"_s));
}

TEST(Database, ReopensWithoutMigratingAgain)
{
    test::TempDatabase temp;
    temp.reopen();
    EXPECT_FALSE(temp.db().openReport().created);
    EXPECT_EQ(temp.db().openReport().versionBefore, core::SchemaMigrator::latestVersion());
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM programs"_s).toInt(), 1);
}

TEST(Database, CreatesMissingFolders)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a/b/c/new.sqlite"_s);
    auto db = test::openOrDie(path);
    EXPECT_TRUE(QFileInfo::exists(path));
}

TEST(Database, MissingFileIsNotCreatedWhenNotAsked)
{
    QTemporaryDir dir;
    core::OpenOptions options;
    options.createIfMissing = false;
    const auto result = core::openDatabase(dir.filePath(u"none.sqlite"_s), options);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code(), core::ErrorCode::NotFound);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(u"none.sqlite"_s)));
}

TEST(Database, ASecondWriterWaitsForTheFirst)
{
    IOTDESK_LOCAL_FILE_ONLY();
    test::TempDatabase temp;
    QSqlQuery first(temp.db().connection());
    ASSERT_TRUE(first.exec(u"BEGIN IMMEDIATE"_s));
    ASSERT_TRUE(first.exec(u"UPDATE programs SET selection_cap = 11"_s));

    // Another connection (in its own thread, as Qt SQL requires) writes while the first one
    // holds the lock: the busy timeout makes it wait instead of failing at once.
    std::atomic<bool> written = false;
    std::atomic<qint64> waitedMs = 0;
    std::thread second([&] {
        core::OpenOptions options;
        options.dailyBackup = false;
        auto db = core::openDatabase(temp.path(), options);
        if (!db)
            return;
        QElapsedTimer timer;
        timer.start();
        QSqlQuery query((*db)->connection());
        written = query.exec(u"UPDATE programs SET contact_fax = '03-0000-0000'"_s);
        waitedMs = timer.elapsed();
    });
    QThread::msleep(400);
    ASSERT_TRUE(first.exec(u"COMMIT"_s));
    second.join();
    EXPECT_TRUE(written);
    EXPECT_GE(waitedMs, 200);
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT selection_cap FROM programs"_s).toInt(), 11);
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT contact_fax FROM programs"_s).toString(),
              u"03-0000-0000");
}

TEST(Database, TheDaysCheckRunsBehindTheWindowWithWritesHeld)
{
    IOTDESK_LOCAL_FILE_ONLY();
    test::TempDatabase temp;
    temp.close(); // a file with no backup today: its first open of the day checks it whole
    core::OpenOptions options;
    options.deferFullCheck = true;
    auto opened = core::openDatabase(temp.path(), options);
    ASSERT_TRUE(opened) << opened.message().toStdString();
    core::Database &db = **opened;
    EXPECT_TRUE(db.openReport().fullCheckDue);
    EXPECT_EQ(db.access(), core::Access::HeldForCheck);
    EXPECT_EQ(test::scalar(db, u"SELECT count(*) FROM local_governments"_s).toInt(), 1788);
    // Reading, yes; writing waits for the check, with a plain message.
    core::Program program = core::ProgramRepository(db).program(1).value();
    program.selectionCap = 7;
    const auto held = core::ProgramRepository(db).update(program);
    ASSERT_FALSE(held);
    EXPECT_TRUE(held.message().contains(u"read-only"_s)) << held.message().toStdString();
    // The check and the day's backup, on connections of their own (the window's worker).
    core::DailyCareResult care;
    std::thread worker([&] { care = core::DailyCare::run(temp.path(), 7); });
    worker.join();
    EXPECT_TRUE(care.problems.isEmpty()) << care.problems.join(u"; "_s).toStdString();
    EXPECT_TRUE(QFileInfo::exists(care.backup)) << care.backupProblem.toStdString();
    ASSERT_TRUE(db.releaseWrites());
    EXPECT_EQ(db.access(), core::Access::ReadWrite);
    ASSERT_TRUE(core::ProgramRepository(db).update(program));
    opened.value().reset();
    // The second open of the day has nothing left to check.
    auto again = core::openDatabase(temp.path(), options);
    ASSERT_TRUE(again);
    EXPECT_FALSE((*again)->openReport().fullCheckDue);
    EXPECT_EQ((*again)->access(), core::Access::ReadWrite);
}

TEST(Database, ReadOnlyIsReadAndNeverWritten)
{
    IOTDESK_LOCAL_FILE_ONLY();
    test::TempDatabase temp;
    temp.close();
    const QByteArray before = test::fileDigest(temp.path());
    {
        core::OpenOptions options;
        options.readOnly = true;
        auto opened = core::openDatabase(temp.path(), options);
        ASSERT_TRUE(opened) << opened.message().toStdString();
        core::Database &db = **opened;
        EXPECT_EQ(db.access(), core::Access::ReadOnly);
        EXPECT_FALSE(db.openReport().readOnlyReason.isEmpty());
        EXPECT_EQ(test::scalar(db, u"SELECT count(*) FROM local_governments"_s).toInt(), 1788);
        core::Program program = core::ProgramRepository(db).program(1).value();
        program.selectionCap = 7;
        const auto refused = core::ProgramRepository(db).update(program);
        ASSERT_FALSE(refused);
        EXPECT_TRUE(refused.message().contains(u"read-only"_s)) << refused.message().toStdString();
    }
    EXPECT_EQ(test::fileDigest(temp.path()), before);
    EXPECT_TRUE(core::BackupStore(temp.path()).list().isEmpty()) << "no backup beside it";
    // Nothing can be created read-only.
    core::OpenOptions options;
    options.readOnly = true;
    EXPECT_FALSE(core::openDatabase(temp.folder() + u"/new.sqlite"_s, options));
    EXPECT_FALSE(QFileInfo::exists(temp.folder() + u"/new.sqlite"_s));
}
