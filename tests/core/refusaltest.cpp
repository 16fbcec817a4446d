// A file IoT Desk must not open is refused, with the right reason, and not one of its bytes
// changes; no -wal or -shm file appears beside it.
#include "core/datafile/datafile.h"
#include "core/storage/dailycare.h"
#include "core/storage/database.h"
#include "core/storage/databasefile.h"
#include "core/storage/schemamigrator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

class Refusal : public ::testing::Test
{
protected:
    // A real IoT Desk file, closed, to damage.
    QString makeDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        core::OpenOptions options;
        options.dailyBackup = false;
        test::openOrDie(path, options).reset();
        return path;
    }

    void expectRefused(const QString &path, core::ErrorCode code)
    {
        const QByteArray before = test::fileDigest(path);
        const qint64 size = QFileInfo(path).size();
        const auto opened = core::openDatabase(path);
        ASSERT_FALSE(opened) << "opened " << path.toStdString();
        EXPECT_EQ(opened.error().code(), code) << opened.message().toStdString();
        EXPECT_FALSE(opened.message().isEmpty());
        EXPECT_EQ(test::fileDigest(path), before);
        EXPECT_EQ(QFileInfo(path).size(), size);
        EXPECT_FALSE(QFileInfo::exists(path + u"-wal"_s));
        EXPECT_FALSE(QFileInfo::exists(path + u"-shm"_s));
        EXPECT_FALSE(
            QFileInfo::exists(m_dir.filePath(QFileInfo(path).completeBaseName() + u"-backups"_s)));
    }

    static void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(offset));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }

    static QByteArray randomBytes(qsizetype size, quint32 seed)
    {
        QRandomGenerator random(seed);
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        return bytes;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Refusal, RandomBytes)
{
    const QString path = m_dir.filePath(u"random.sqlite"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(randomBytes(64 * 1024, 42));
    file.close();
    expectRefused(path, core::ErrorCode::NotADatabase);
}

TEST_F(Refusal, TextFile)
{
    const QString path = m_dir.filePath(u"notes.sqlite"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("code6,name\n131016,千代田区\n");
    file.close();
    expectRefused(path, core::ErrorCode::NotADatabase);
}

TEST_F(Refusal, TruncatedFile)
{
    const QString path = makeDatabase(u"truncated.sqlite"_s);
    QFile file(path);
    ASSERT_TRUE(file.resize(file.size() / 2));
    expectRefused(path, core::ErrorCode::Damaged);
}

TEST_F(Refusal, TruncatedMidPage)
{
    const QString path = makeDatabase(u"midpage.sqlite"_s);
    QFile file(path);
    ASSERT_TRUE(file.resize(file.size() - 1000));
    expectRefused(path, core::ErrorCode::Damaged);
}

TEST_F(Refusal, PageOverwrittenMidFile)
{
    const QString path = makeDatabase(u"overwritten.sqlite"_s);
    const qint64 size = QFileInfo(path).size();
    const qint64 pageSize = 4096;
    const qint64 middlePage = (size / pageSize) / 2;
    overwrite(path, middlePage * pageSize, randomBytes(pageSize, 7));
    expectRefused(path, core::ErrorCode::Damaged);
}

TEST_F(Refusal, NewerSchemaVersion)
{
    const QString path = makeDatabase(u"newer.sqlite"_s);
    QByteArray version(4, 0);
    qToBigEndian<quint32>(quint32(core::SchemaMigrator::latestVersion() + 1), version.data());
    overwrite(path, 60, version);
    expectRefused(path, core::ErrorCode::TooNew);
}

// A crash can leave a -wal without its -shm; the newest header may be in that log. Such a file
// is judged by what the log says, and refusing it must not create a -shm beside it.
TEST_F(Refusal, NewerSchemaVersionInALeftoverLog)
{
    const QString path = m_dir.filePath(u"crashed.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"crashed"_s);
        db.setDatabaseName(makeDatabase(u"crashed.sqlite"_s));
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        ASSERT_TRUE(query.exec(
            u"PRAGMA user_version = %1"_s.arg(core::SchemaMigrator::latestVersion() + 1)));
        // Keep the log as a crash would: copy it before the connection closes and checkpoints.
        ASSERT_TRUE(QFile::copy(path + u"-wal"_s, path + u"-wal.kept"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"crashed"_s);
    QFile::remove(path + u"-shm"_s);
    QFile::remove(path + u"-wal"_s);
    ASSERT_TRUE(QFile::rename(path + u"-wal.kept"_s, path + u"-wal"_s));
    // The file itself still says the current version; only the log knows better.
    const QByteArray log = test::fileDigest(path + u"-wal"_s);
    const QByteArray before = test::fileDigest(path);
    const auto opened = core::openDatabase(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code(), core::ErrorCode::TooNew) << opened.message().toStdString();
    EXPECT_EQ(test::fileDigest(path), before);
    EXPECT_EQ(test::fileDigest(path + u"-wal"_s), log);
    EXPECT_FALSE(QFileInfo::exists(path + u"-shm"_s));
}

TEST_F(Refusal, AnotherProgramsDatabase)
{
    const QString path = m_dir.filePath(u"other.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"_s));
        ASSERT_TRUE(query.exec(u"INSERT INTO invoices (total) VALUES (12.5)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    expectRefused(path, core::ErrorCode::Foreign);
}

TEST_F(Refusal, OtherApplicationId)
{
    const QString path = makeDatabase(u"appid.sqlite"_s);
    overwrite(path, 68, QByteArray("\x12\x34\x56\x78", 4));
    expectRefused(path, core::ErrorCode::Foreign);
}

TEST_F(Refusal, Folder)
{
    const QString path = m_dir.filePath(u"folder.sqlite"_s);
    ASSERT_TRUE(QDir().mkdir(path));
    const auto opened = core::openDatabase(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code(), core::ErrorCode::NotADatabase);
}

TEST_F(Refusal, InspectSaysWhatAGoodFileIs)
{
    const QString path = makeDatabase(u"good.sqlite"_s);
    const auto facts = core::DatabaseFile::inspect(path);
    ASSERT_TRUE(facts) << facts.message().toStdString();
    EXPECT_TRUE(facts->exists);
    EXPECT_FALSE(facts->empty);
    EXPECT_EQ(facts->schemaVersion, core::SchemaMigrator::latestVersion());
    EXPECT_EQ(facts->applicationId, core::DatabaseFile::kApplicationId);
}

TEST_F(Refusal, AVersionMarkBehindTheSchema)
{
    // A file of the latest schema whose user_version says one less: its upgrade would fail
    // half-way. It is refused before anything is written, a backup included.
    const QString path = makeDatabase(u"mislabelled.sqlite"_s);
    {
        const QString name = u"mislabel"_s;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            raw.setDatabaseName(path);
            ASSERT_TRUE(raw.open());
            QSqlQuery query(raw);
            ASSERT_TRUE(query.exec(
                u"PRAGMA user_version = %1"_s.arg(core::SchemaMigrator::latestVersion() - 1)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    expectRefused(path, core::ErrorCode::Damaged);
    const auto again = core::openDatabase(path);
    ASSERT_FALSE(again);
    EXPECT_TRUE(again.message().contains(u"version mark"_s)) << again.message().toStdString();
    EXPECT_FALSE(again.message().contains(u"CREATE"_s)) << "no SQL in the message";
}

TEST_F(Refusal, AnEmptyFileIsNotANewDatabaseUnlessAsked)
{
    const QString path = m_dir.filePath(u"empty.sqlite"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    core::OpenOptions options;
    options.createIfMissing = false;
    const auto opened = core::openDatabase(path, options);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code(), core::ErrorCode::NotFound);
    EXPECT_TRUE(opened.message().contains(u"empty"_s)) << opened.message().toStdString();
    EXPECT_EQ(QFileInfo(path).size(), 0);
    // Where creating is asked for (File ▸ New, `info`), it becomes one, as a missing file does.
    auto created = test::openOrDie(path);
    EXPECT_EQ(created->schemaVersion(), core::SchemaMigrator::latestVersion());
}

TEST_F(Refusal, AFileInUseIsNeverCalledDamaged)
{
    // Another program opens the file, writes and closes it, over and over: SQLite removes the
    // -shm and then the -wal as its last connection closes, and a checkpoint moves pages. None
    // of that is damage.
    const QString path = makeDatabase(u"busy.sqlite"_s);
    std::atomic<bool> stop = false;
    std::atomic<int> writes = 0;
    std::thread other([&] {
        const QString name = u"other-program"_s;
        while (!stop) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(path);
                db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
                if (db.open()) {
                    QSqlQuery query(db);
                    query.exec(u"PRAGMA journal_mode = WAL"_s);
                    if (query.exec(u"UPDATE programs SET selection_cap = selection_cap"_s))
                        ++writes;
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    });
    int damaged = 0;
    QString firstAlarm;
    for (int i = 0; i < 150; ++i) {
        const auto facts = core::DatabaseFile::inspect(path);
        if (!facts && facts.error().code() == core::ErrorCode::Damaged) {
            ++damaged;
            if (firstAlarm.isEmpty())
                firstAlarm = facts.message();
        }
    }
    stop = true;
    other.join();
    EXPECT_GT(writes.load(), 0);
    EXPECT_EQ(damaged, 0) << firstAlarm.toStdString();
}

TEST_F(Refusal, DamageOnlyTheFullCheckSeesIsRefusedOnTheDaysFirstOpen)
{
    // A byte changed inside an index: the structure is sound (quick_check passes), but a row
    // is missing from the index (integrity_check fails). Opening checks the structure every
    // time and the whole file on the first open of the day, before anything is written.
    const QString good = makeDatabase(u"indexed.sqlite"_s);
    const qint64 size = QFileInfo(good).size();
    QRandomGenerator random(20261130);
    QString found;
    for (int attempt = 0; attempt < 400 && found.isEmpty(); ++attempt) {
        const QString copy = m_dir.filePath(u"flip-%1.sqlite"_s.arg(attempt));
        ASSERT_TRUE(QFile::copy(good, copy));
        const qint64 offset = 4096 + random.bounded(size - 4096);
        overwrite(copy, offset, QByteArray(1, char(random.bounded(256))));
        const auto quick = core::DatabaseFile::check(copy, false);
        const auto full = core::DatabaseFile::check(copy, true);
        if (quick && *quick == QStringList{u"ok"_s} && full && *full != QStringList{u"ok"_s})
            found = copy;
        else
            QFile::remove(copy);
    }
    ASSERT_FALSE(found.isEmpty()) << "no byte found that only the full check sees";
    EXPECT_TRUE(core::DatabaseFile::inspect(found)) << "the structure is sound";
    // The window's check behind it finds it too, and writes no backup of it.
    const core::DailyCareResult care = core::DailyCare::run(found, 7);
    EXPECT_FALSE(care.problems.isEmpty());
    EXPECT_TRUE(care.backup.isEmpty());
    expectRefused(found, core::ErrorCode::Damaged);
}

TEST_F(Refusal, TheFullCheckSeesABrokenCheckConstraint)
{
    // SQLite verifies CHECK constraints in integrity_check only on a connection opened for
    // writing: `check` and the window's daily check use one (that may not write).
    const QString path = makeDatabase(u"constraint.sqlite"_s);
    {
        const QString name = u"break-constraint"_s;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            raw.setDatabaseName(path);
            ASSERT_TRUE(raw.open());
            QSqlQuery query(raw);
            ASSERT_TRUE(query.exec(u"PRAGMA ignore_check_constraints = ON"_s));
            ASSERT_TRUE(
                query.exec(u"UPDATE local_governments SET code5 = '1' WHERE code6 = '131016'"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray before = test::fileDigest(path);
    const auto full = core::DatabaseFile::check(path, true);
    ASSERT_TRUE(full) << full.message().toStdString();
    EXPECT_NE(*full, QStringList{u"ok"_s});
    EXPECT_TRUE(full->join(u' ').contains(u"CHECK"_s)) << full->join(u' ').toStdString();
    EXPECT_FALSE(core::DailyCare::run(path, 7).problems.isEmpty());
    EXPECT_EQ(test::fileDigest(path), before) << "checking writes nothing";
    EXPECT_FALSE(QFileInfo::exists(path + u"-wal"_s));
}
