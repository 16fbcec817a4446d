#include "core/storage/backupstore.h"

#include "core/datafile/datafile.h"
#include "core/programs/programrepository.h"
#include "core/storage/databasefile.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

TEST(Backup, IsAConsistentOwnerOnlyCopy)
{
    IOTDESK_LOCAL_FILE_ONLY();
    test::TempDatabase temp;
    QSqlQuery query(temp.db().connection());
    ASSERT_TRUE(query.exec(u"UPDATE programs SET selection_cap = 9"_s));
    const QString target = temp.folder() + u"/copy.sqlite"_s;
    ASSERT_TRUE(temp.db().backupTo(target));
    EXPECT_EQ(QFileInfo(target).permissions() &
                  (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    auto copy = test::openOrDie(target);
    EXPECT_EQ(test::scalar(*copy, u"SELECT selection_cap FROM programs"_s).toInt(), 9);
    EXPECT_EQ(test::scalar(*copy, u"SELECT count(*) FROM local_governments"_s).toInt(), 1788);
    // Never over an existing file, never over the database itself.
    EXPECT_FALSE(temp.db().backupTo(target));
    EXPECT_FALSE(temp.db().backupTo(temp.path()));
}

TEST(Backup, DailyBackupOncePerDayKeepingTheNewest)
{
    IOTDESK_LOCAL_FILE_ONLY();
    test::TempDatabase temp;
    const core::BackupStore store(temp.path());
    ASSERT_TRUE(QDir().mkpath(store.directory()));
    // Five old daily backups from earlier days.
    for (int day = 1; day <= 5; ++day) {
        const QString name =
            u"test-202001%1-090000-000-daily.sqlite"_s.arg(day, 2, 10, QChar(u'0'));
        ASSERT_TRUE(temp.db().backupTo(store.directory() + u'/' + name));
    }
    const auto first = store.createDailyIfDue(temp.db(), 3);
    ASSERT_TRUE(first);
    EXPECT_FALSE(first->isEmpty());
    const auto second = store.createDailyIfDue(temp.db(), 3);
    ASSERT_TRUE(second);
    EXPECT_TRUE(second->isEmpty()) << "a second daily backup on the same day";
    const QList<core::BackupEntry> entries = store.list();
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries[0].path, first.value());
    EXPECT_EQ(entries[1].createdAt.date(), QDate(2020, 1, 5));
    EXPECT_EQ(entries[2].createdAt.date(), QDate(2020, 1, 4));
}

TEST(Backup, OpeningWritesTheDailyBackup)
{
    IOTDESK_LOCAL_FILE_ONLY();
    test::TempDatabase temp;
    temp.close();
    auto db = test::openOrDie(temp.path());
    EXPECT_TRUE(QFile::exists(db->openReport().dailyBackup));
    db.reset();
    auto again = test::openOrDie(temp.path());
    EXPECT_TRUE(again->openReport().dailyBackup.isEmpty());
}

TEST(Backup, RestoreReplacesTheFileAndKeepsTheOldOne)
{
    IOTDESK_LOCAL_FILE_ONLY();
    test::TempDatabase temp;
    const core::BackupStore store(temp.path());
    const auto backup = store.create(temp.db(), core::BackupKind::Manual);
    ASSERT_TRUE(backup);
    QSqlQuery query(temp.db().connection());
    ASSERT_TRUE(query.exec(u"UPDATE programs SET selection_cap = 3"_s));
    query.finish();
    temp.close();

    ASSERT_TRUE(store.restore(backup.value(), temp.path()));
    temp.reopen();
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT selection_cap FROM programs"_s).toInt(), 10);
    bool keptOld = false;
    for (const core::BackupEntry &entry : store.list()) {
        if (entry.kind == core::BackupKind::BeforeRestore) {
            auto old = test::openOrDie(entry.path);
            keptOld = test::scalar(*old, u"SELECT selection_cap FROM programs"_s).toInt() == 3;
        }
    }
    EXPECT_TRUE(keptOld);
}

TEST(Backup, DamagedBackupIsNotRestored)
{
    IOTDESK_LOCAL_FILE_ONLY();
    test::TempDatabase temp;
    temp.close();
    const QString damaged = temp.folder() + u"/damaged.sqlite"_s;
    QFile file(damaged);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3");
    file.close();
    const QByteArray before = test::fileDigest(temp.path());
    const auto restored = core::BackupStore(temp.path()).restore(damaged, temp.path());
    EXPECT_FALSE(restored);
    EXPECT_EQ(test::fileDigest(temp.path()), before);
}

namespace {

QStringList partialsIn(const QString &folder)
{
    return QDir(folder).entryList({u".*.partial-*"_s}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST(Backup, ACopyIsWholeOrNotThere)
{
    IOTDESK_LOCAL_FILE_ONLY();
    test::TempDatabase temp;
    const QString target = temp.folder() + u"/whole.sqlite"_s;
    // A write that fails half-way leaves neither the target nor its temporary file.
    const auto failed = core::DatabaseFile::writeWhole(target, [](const QString &temporary) {
        QFile file(temporary);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        return core::Result<void>(core::Error(core::ErrorCode::Failed, u"disk gone"_s));
    });
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.message(), u"disk gone");
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_EQ(partialsIn(temp.folder()), QStringList());
    // A copy that does not pass its check does not take the name.
    const auto broken = core::DatabaseFile::writeWhole(target, [&temp](const QString &temporary) {
        QFile::remove(temporary);
        EXPECT_TRUE(QFile::copy(temp.path(), temporary));
        QFile file(temporary);
        EXPECT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2 / 4096 * 4096);
        file.write(QByteArray(4096, '\x5a'));
        return core::Result<void>();
    });
    EXPECT_FALSE(broken);
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_EQ(partialsIn(temp.folder()), QStringList());
    // What a kill left an hour ago goes with the next backup into that folder (a daily
    // backup's name carries its time and is never written again); a fresh one (a backup being
    // written by another process) stays.
    const QString old =
        temp.folder() + u"/.desk-20261129-090000-000-daily.sqlite.partial-0123456789ab"_s;
    const QString fresh = temp.folder() + u"/.whole.sqlite.partial-ba9876543210"_s;
    for (const QString &leftover : {old, fresh}) {
        QFile file(leftover);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3");
    }
    {
        QFile file(old);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTime().addSecs(-7200),
                                     QFileDevice::FileModificationTime));
    }
    ASSERT_TRUE(temp.db().backupTo(target));
    EXPECT_TRUE(QFileInfo::exists(target));
    EXPECT_FALSE(QFileInfo::exists(old));
    EXPECT_TRUE(QFileInfo::exists(fresh));
    EXPECT_EQ(partialsIn(temp.folder()), QStringList{QFileInfo(fresh).fileName()});
    // Never over an existing file: the first copy stays as it was.
    const QByteArray first = test::fileDigest(target);
    EXPECT_FALSE(temp.db().backupTo(target));
    EXPECT_EQ(test::fileDigest(target), first);
}

TEST(Backup, ADailyBackupThatCannotBeWrittenIsOnlyAWarning)
{
    IOTDESK_LOCAL_FILE_ONLY();
    test::TempDatabase temp;
    temp.close();
    // A file where the backup folder should be: no backup can be written there.
    const core::BackupStore store(temp.path());
    QFile blocker(store.directory());
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto opened = core::openDatabase(temp.path());
    ASSERT_TRUE(opened) << opened.message().toStdString();
    EXPECT_TRUE((*opened)->openReport().dailyBackup.isEmpty());
    EXPECT_FALSE((*opened)->openReport().dailyBackupProblem.isEmpty());
    EXPECT_EQ(test::scalar(**opened, u"SELECT count(*) FROM local_governments"_s).toInt(), 1788);
}
