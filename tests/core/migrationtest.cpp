// The schema migrates forward from every released version, each step in one transaction,
// with a backup before any upgrade of an existing file; a failed step leaves the file as it
// was. Released migration scripts are never edited.
#include "core/datafile/datafile.h"
#include "core/storage/backupstore.h"
#include "core/storage/schemamigrator.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

core::OpenOptions noDailyBackup()
{
    core::OpenOptions options;
    options.dailyBackup = false;
    return options;
}

// A fixture of schema version `version`, copied to a temporary folder.
QString copyFixture(const QTemporaryDir &dir, int version)
{
    const QString fixture = test::sourcePath(u"tests/fixtures/schema-v%1.sqlite"_s.arg(version));
    const QString copy = dir.filePath(u"fixture-v%1.sqlite"_s.arg(version));
    EXPECT_TRUE(QFile::copy(fixture, copy)) << fixture.toStdString();
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

} // namespace

TEST(Migration, FromEmptyToLatest)
{
    test::TempDatabase temp;
    EXPECT_EQ(temp.db().schemaVersion(), core::SchemaMigrator::latestVersion());
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM local_governments"_s).toInt(), 1788);
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM holidays"_s).toInt(), 239);
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM programs"_s).toInt(), 1);
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM program_meetings"_s).toInt(), 4);
    EXPECT_TRUE(temp.db().openReport().upgradeBackup.isEmpty());
}

TEST(Migration, StepByStepStopsWhereAsked)
{
    QTemporaryDir dir;
    core::OpenOptions options = noDailyBackup();
    options.targetVersion = 1;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    auto v1 = test::openOrDie(path, options);
    EXPECT_EQ(v1->schemaVersion(), 1);
    EXPECT_EQ(
        test::scalar(*v1, u"SELECT count(*) FROM sqlite_schema WHERE name = 'programs'"_s).toInt(),
        0);
    v1.reset();
    auto latest = test::openOrDie(path, noDailyBackup());
    EXPECT_EQ(latest->schemaVersion(), core::SchemaMigrator::latestVersion());
    EXPECT_EQ(latest->openReport().versionBefore, 1);
    EXPECT_TRUE(QFile::exists(latest->openReport().upgradeBackup));
}

// Every released schema version has a fixture; each must open, keep its data and upgrade.
TEST(Migration, FromEveryReleasedFixture)
{
    for (int version = 1; version < core::SchemaMigrator::latestVersion(); ++version) {
        SCOPED_TRACE(version);
        QTemporaryDir dir;
        const QString path = copyFixture(dir, version);
        const QByteArray before = test::fileDigest(path);
        auto db = test::openOrDie(path, noDailyBackup());
        EXPECT_EQ(db->schemaVersion(), core::SchemaMigrator::latestVersion());
        EXPECT_EQ(db->openReport().versionBefore, version);
        // The fixture's own rows survive: a history entry written into it by hand.
        EXPECT_EQ(test::scalar(*db, u"SELECT count(*) FROM history WHERE changed_by = 'fixture'"_s)
                      .toInt(),
                  1);
        EXPECT_EQ(test::scalar(*db, u"SELECT count(*) FROM local_governments"_s).toInt(), 1788);
        // The backup written before the upgrade is the file as it was.
        const QString backup = db->openReport().upgradeBackup;
        ASSERT_TRUE(QFile::exists(backup));
        core::OpenOptions asItWas = noDailyBackup();
        asItWas.targetVersion = version;
        auto old = test::openOrDie(backup, asItWas);
        EXPECT_EQ(old->schemaVersion(), version);
        EXPECT_EQ(
            test::scalar(*old, u"SELECT new_value FROM history WHERE changed_by = 'fixture'"_s)
                .toString(),
            u"written by schema version %1"_s.arg(version));
        EXPECT_FALSE(before.isEmpty());
    }
}

// Schema 8 counts the consultations a file already has, per local government.
TEST(Migration, ConsultationsCountedOnUpgrade)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, 7);
    auto db = test::openOrDie(path, noDailyBackup());
    EXPECT_EQ(test::scalar(*db, u"SELECT group_concat(lg_code6 || '=' || consultations, ',') FROM "
                                "(SELECT * FROM consultation_counts ORDER BY lg_code6)"_s)
                  .toString(),
              u"132063=2,394050=1"_s);
}

// Schema 5 gives every meeting held in Tokyo its session, and every application already
// selected its local workshop.
TEST(Migration, MeetingSessionsForAnExistingSelection)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, 4);
    auto db = test::openOrDie(path, noDailyBackup());
    EXPECT_EQ(test::scalar(*db, u"SELECT count(*) FROM meeting_sessions WHERE application_id IS "
                                "NULL"_s)
                  .toInt(),
              3);
    EXPECT_EQ(test::scalar(*db, u"SELECT count(*) FROM meeting_sessions s JOIN applications a ON "
                                "a.id = s.application_id WHERE a.decision = 'selected'"_s)
                  .toInt(),
              1);
}

// Schema 6 writes the report schedule of the selections already made: the fixture's selection
// of 29 June 2018 reports from July to March.
TEST(Migration, ReportScheduleForAnExistingSelection)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, 5);
    auto db = test::openOrDie(path, noDailyBackup());
    EXPECT_EQ(test::scalar(*db, u"SELECT count(*) FROM monthly_reports"_s).toInt(), 9);
    EXPECT_EQ(test::scalar(*db, u"SELECT min(month) || ' ' || min(due_on) FROM monthly_reports"_s)
                  .toString(),
              u"2018-07 2018-08-10");
    EXPECT_EQ(test::scalar(*db, u"SELECT report_due_day FROM programs"_s).toInt(), 10);
}

// Schema 7 keeps the applications already received; their Message-ID is empty (entered by
// hand or from CSV) and they have no mail files.
TEST(Migration, ApplicationMailsFromVersion6)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, 6);
    auto db = test::openOrDie(path, noDailyBackup());
    EXPECT_EQ(db->openReport().versionBefore, 6);
    EXPECT_EQ(
        test::scalar(*db, u"SELECT count(*) FROM applications WHERE message_id = ''"_s).toInt(), 2);
    EXPECT_EQ(test::scalar(*db, u"SELECT count(*) FROM application_files"_s).toInt(), 0);
    EXPECT_EQ(test::scalar(*db, u"SELECT count(*) FROM monthly_reports"_s).toInt(), 9);
    // Two applications without a mail do not collide on the unique Message-ID.
    QSqlQuery q(db->connection());
    EXPECT_TRUE(q.exec(u"UPDATE applications SET message_id = 'a@example.jp' WHERE id = 1"_s));
    EXPECT_FALSE(q.exec(u"UPDATE applications SET message_id = 'a@example.jp' WHERE id = 2"_s));
}

TEST(Migration, FailedStepLeavesTheFileAsItWas)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, 1);
    {
        // A table in the way of migration 2 makes its script fail half-way.
        core::OpenOptions options = noDailyBackup();
        options.targetVersion = 1;
        auto v1 = test::openOrDie(path, options);
        QSqlQuery query(v1->connection());
        ASSERT_TRUE(query.exec(u"CREATE TABLE program_meetings (x)"_s));
        // The step itself, run as the upgrade runs it: it fails and leaves the schema as it was.
        const auto migrated =
            core::SchemaMigrator::migrate(v1->connection(), core::programSteps(), 1);
        ASSERT_FALSE(migrated);
        EXPECT_TRUE(migrated.message().contains(u"version 2"_s))
            << migrated.message().toStdString();
        EXPECT_EQ(test::scalar(*v1, u"PRAGMA user_version"_s).toInt(), 1);
        EXPECT_EQ(test::scalar(*v1, u"SELECT count(*) FROM sqlite_schema WHERE name = 'programs'"_s)
                      .toInt(),
                  0);
    }
    // Opening sees the later table before it writes anything: refused as a file whose version
    // mark is wrong, unchanged, and without a before-upgrade copy piling up with each try.
    const QByteArray before = test::fileDigest(path);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto opened = core::openDatabase(path, noDailyBackup());
        ASSERT_FALSE(opened);
        EXPECT_EQ(opened.error().code(), core::ErrorCode::Damaged);
        EXPECT_TRUE(opened.message().contains(u"program_meetings"_s))
            << opened.message().toStdString();
    }
    EXPECT_EQ(test::fileDigest(path), before);
    EXPECT_TRUE(core::BackupStore(path).list().isEmpty());
    core::OpenOptions options = noDailyBackup();
    options.targetVersion = 1;
    auto again = test::openOrDie(path, options);
    EXPECT_EQ(again->schemaVersion(), 1);
    EXPECT_EQ(test::scalar(*again, u"SELECT count(*) FROM local_governments"_s).toInt(), 1788);
}

// A released migration must never change: a file already upgraded by it would differ from a
// new one. Add a new migration instead, and its digest here.
TEST(Migration, ReleasedScriptsAreUnchanged)
{
    const QMap<int, QByteArray> released = {
        {1, "c7c60c14f2b9b8a4b33ec1b9f364d696d7aea97e9252dd932ff78b4ceadf93d4"},
        {2, "3e2343d6e764d6e1a3b86307d3d92ba13c209e2b5e511a6cffa2e4f1036e6718"},
        {3, "dcebd6890b1d2cb5066bbd08eef8b43c68e6d9a08c70a9f23906d204f82b25af"},
        {4, "a58065fbbb64382be7a2decc333b5a0d606395d4f84b3dd136b526c9662bf65a"},
        {5, "45b208b60ebf0ae77feaf9c10da79d2e63346037af28acc32c81d5f5e178c911"},
        {6, "848292ff041ee890cc678cb52a8a3573fbde6e82f85565ef7ef20641d446edff"},
        {7, "fe36d9b844362ba3e170dcf924355ca095ea10bb443e8b2574d3d2ed9c779b54"},
        {8, "9692e4007e7398e23f1e454c15f6155ddb5daf01cb3b632ddf107ff110fef886"},
        {9, "9d6ffcff58d7ec229e67fb8c67814b8bd07325a8c5430553dbead60dbf86ea66"},
    };
    for (const core::Migration &migration : core::SchemaMigrator::migrations()) {
        SCOPED_TRACE(migration.version);
        ASSERT_TRUE(released.contains(migration.version))
            << "record the digest of the new migration in this test";
        QFile file(migration.scriptPath);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex(),
                  released.value(migration.version));
    }
    // The team server's spelling of each version is released with it, and as fixed.
    const QMap<int, QByteArray> releasedOnServers = {
        {1, "3f7d369849571758a32f4e9389a606ea8e42583f85fad73020e9632b4079d5d8"},
        {2, "6128967cc8103dbf30ca9d1934ada4e742dd7afccace06ab98a37171c80ae8bc"},
        {3, "d5254bf9fb101cf77f81af97df8df5e3cf909f194ab90f34fbe02e9ae7331ccc"},
        {4, "c54a2cff18a04632c10d3881fa3d40014125978db4761716a98d8c2ee8e0200e"},
        {5, "d439e6047dbee6ca6e4094e43b1ca45a06a90c8783121eaf95fdc85130368f2c"},
        {6, "2ab485b61d815b506f60b7617dd9bbaea522a979a014801595730261b68bb01f"},
        {7, "23d7e1e14c21cbdd433e998e33c1a3ce3b6497ac9789bf4b289ffbe69ee888d7"},
        {8, "2809a50466024a6b742fb14af499c1a33790990a6e8e024fd15b53da88ae12be"},
        {9, "fed7407091166848e93c6869dbf0d1d93926619a4a9c277f1a84b48b0c29b75d"},
    };
    for (const core::Migration &migration : core::SchemaMigrator::migrations()) {
        SCOPED_TRACE(migration.version);
        ASSERT_TRUE(releasedOnServers.contains(migration.version))
            << "record the digest of the new server migration in this test";
        QFile file(QString(migration.scriptPath)
                       .replace(u":/migrations/"_s, u":/migrations/postgresql/"_s));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        EXPECT_EQ(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex(),
                  releasedOnServers.value(migration.version));
    }
}

TEST(Migration, ScriptSplitterKeepsTriggerBodiesWhole)
{
    IOTDESK_LOCAL_FILE_ONLY();
    test::TempDatabase temp;
    const auto run = core::SchemaMigrator::runScript(temp.db().connection(), uR"(
        CREATE TABLE t (a INTEGER); -- a comment after the statement
        CREATE TABLE log (a INTEGER);
        CREATE TRIGGER t_log AFTER INSERT ON t BEGIN
            INSERT INTO log VALUES (new.a);
            INSERT INTO log VALUES (new.a * 10);
        END;
        INSERT INTO t VALUES (4);
        -- a closing comment
    )"_s);
    ASSERT_TRUE(run) << run.message().toStdString();
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT sum(a) FROM log"_s).toInt(), 44);
}

TEST(Migration, UnfinishedScriptIsAnError)
{
    test::TempDatabase temp;
    EXPECT_FALSE(
        core::SchemaMigrator::runScript(temp.db().connection(), u"CREATE TABLE t (a INTEGER"_s));
}
