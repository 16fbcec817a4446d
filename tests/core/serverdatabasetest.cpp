// A team server's database: prepared only by `server init` (never by an ordinary open),
// refused when it belongs to something else or to a newer program, and as whole as a file.
// These run on a server run only (ctest's core_tests_on_server).
#include "core/datafile/datafile.h"
#include "core/storage/schemamigrator.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iotdesk;
using namespace Qt::StringLiterals;

namespace {

// An empty database of the test server, dropped at the end of the test.
class EmptyServerDatabase
{
public:
    EmptyServerDatabase()
    {
        static int counter = 0;
        m_name = u"iotdesk_empty_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter);
        test::onMaintenanceDatabase(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                    "LOCALE 'C.UTF-8'"_s.arg(m_name));
    }
    ~EmptyServerDatabase()
    {
        test::onMaintenanceDatabase(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name));
    }
    core::ServerAddress address() const { return test::testServer(m_name); }

private:
    QString m_name;
};

#define SERVER_ONLY()                                                                              \
    do {                                                                                           \
        if (!test::onServer())                                                                     \
            GTEST_SKIP() << "needs a server (ctest core_tests_on_server)";                         \
    } while (false)

} // namespace

TEST(ServerDatabase, AnEmptyDatabaseIsPreparedOnlyByServerInit)
{
    SERVER_ONLY();
    const EmptyServerDatabase empty;
    const auto refused = core::openServerDatabase(empty.address());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), core::ErrorCode::NotFound);
    EXPECT_TRUE(refused.message().contains(u"server init"_s)) << refused.message().toStdString();

    const auto prepared = core::initialiseServerDatabase(empty.address());
    ASSERT_TRUE(prepared) << prepared.message().toStdString();
    EXPECT_EQ((*prepared)->schemaVersion(), core::SchemaMigrator::latestVersion());
    EXPECT_EQ((*prepared)->engine(), core::Engine::PostgreSQL);
    // The master data came with it, and the identity sequences start after the given ids.
    EXPECT_EQ(test::scalar(**prepared, u"SELECT count(*) FROM local_governments"_s).toInt(), 1788);
    EXPECT_EQ(test::scalar(**prepared, u"SELECT count(*) FROM bureaus"_s).toInt(), 11);
    EXPECT_GT(
        test::scalar(**prepared, u"SELECT nextval(pg_get_serial_sequence('programs', 'id'))"_s)
            .toLongLong(),
        test::scalar(**prepared, u"SELECT max(id) FROM programs"_s).toLongLong());

    // A second preparation of a current database changes nothing; an ordinary open works.
    const auto again = core::initialiseServerDatabase(empty.address());
    ASSERT_TRUE(again) << again.message().toStdString();
    EXPECT_EQ((*again)->openReport().versionBefore, core::SchemaMigrator::latestVersion());
    EXPECT_TRUE(core::openServerDatabase(empty.address()));
}

TEST(ServerDatabase, ADatabaseOfSomethingElseIsNotTaken)
{
    SERVER_ONLY();
    const EmptyServerDatabase other;
    {
        auto prepared = core::initialiseServerDatabase(other.address());
        ASSERT_TRUE(prepared);
        QSqlQuery query((*prepared)->connection());
        ASSERT_TRUE(query.exec(u"DROP TABLE iotdesk_schema_version"_s));
    }
    // Tables, but no version mark of IoT Desk: somebody else's.
    const auto refused = core::initialiseServerDatabase(other.address());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), core::ErrorCode::Invalid);
    EXPECT_TRUE(refused.message().contains(u"not IoT Desk's"_s)) << refused.message().toStdString();
}

TEST(ServerDatabase, ANewerServerIsRefusedAndLeftAsItWas)
{
    SERVER_ONLY();
    test::TempDatabase temp;
    QSqlQuery query(temp.db().connection());
    ASSERT_TRUE(query.exec(u"UPDATE iotdesk_schema_version SET version = 99"_s));
    temp.close();
    const core::ServerAddress address = *core::ServerAddress::fromUrl(temp.path());
    for (const bool init : {false, true}) {
        core::ServerAddress withPassword = address;
        withPassword.password = test::testServer({}).password;
        const auto refused = init ? core::initialiseServerDatabase(withPassword)
                                  : core::openServerDatabase(withPassword);
        ASSERT_FALSE(refused) << init;
        EXPECT_TRUE(refused.message().contains(u"newer IoT Desk"_s))
            << refused.message().toStdString();
    }
}

TEST(ServerDatabase, AnOlderServerIsUpgradedByServerInitOnly)
{
    SERVER_ONLY();
    const EmptyServerDatabase empty;
    {
        // A server left at version 6 by an older program.
        auto older = core::initialiseServerDatabase(empty.address(), 6);
        ASSERT_TRUE(older) << older.message().toStdString();
        EXPECT_EQ((*older)->schemaVersion(), 6);
    }
    const auto refused = core::openServerDatabase(empty.address());
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.message().contains(u"upgrades it"_s)) << refused.message().toStdString();
    const auto upgraded = core::initialiseServerDatabase(empty.address());
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->openReport().versionBefore, 6);
    EXPECT_EQ(test::scalar(**upgraded, u"SELECT count(*) FROM application_files"_s).toInt(), 0);
}

namespace {

// A schema as a set of lines: "table t", "column t.c notnull", "index i", "trigger x".
QStringList fileSchema(const core::Database &db)
{
    QStringList lines;
    QSqlQuery tables(db.connection());
    EXPECT_TRUE(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                            "LIKE 'sqlite_%' AND name NOT LIKE 'consultations_fts%'"_s));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        lines << u"table "_s + table;
        QSqlQuery columns(db.connection());
        columns.prepare(u"SELECT name, \"notnull\" OR pk FROM pragma_table_info(?)"_s);
        columns.addBindValue(table);
        EXPECT_TRUE(columns.exec());
        while (columns.next()) {
            lines << u"column %1.%2%3"_s.arg(table, columns.value(0).toString(),
                                             columns.value(1).toBool() ? u" not null"_s
                                                                       : QString());
        }
    }
    QSqlQuery others(db.connection());
    EXPECT_TRUE(others.exec(u"SELECT type, name FROM sqlite_master WHERE type IN ('index', "
                            "'trigger') AND sql IS NOT NULL AND name NOT LIKE "
                            "'consultations_fts%'"_s));
    while (others.next())
        lines << others.value(0).toString() + u' ' + others.value(1).toString();
    lines.sort();
    return lines;
}

QStringList serverSchema(const core::Database &db)
{
    QStringList lines;
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema "
                           "= current_schema() AND table_name <> 'iotdesk_schema_version'"_s));
    while (query.next())
        lines << u"table "_s + query.value(0).toString();
    EXPECT_TRUE(query.exec(u"SELECT table_name, column_name, is_nullable = 'NO' FROM "
                           "information_schema.columns WHERE table_schema = current_schema() "
                           "AND table_name <> 'iotdesk_schema_version'"_s));
    while (query.next()) {
        lines << u"column %1.%2%3"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                         query.value(2).toBool() ? u" not null"_s : QString());
    }
    // Named indexes (not those of primary keys and UNIQUE constraints, which SQLite names
    // sqlite_autoindex_*), and the triggers of the schema (not the id filling of the server).
    EXPECT_TRUE(query.exec(u"SELECT indexname FROM pg_indexes WHERE schemaname = "
                           "current_schema() AND indexname NOT LIKE '%_pkey' AND indexname NOT "
                           "LIKE '%_key' AND indexname <> 'consultations_text_trgm'"_s));
    while (query.next())
        lines << u"index "_s + query.value(0).toString();
    EXPECT_TRUE(query.exec(u"SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname NOT "
                           "LIKE '%_fill_id'"_s));
    while (query.next())
        lines << u"trigger "_s + query.value(0).toString();
    lines.sort();
    return lines;
}

} // namespace

// The two spellings of each schema version are one schema: the same tables, columns (and
// which may be empty), indexes and triggers; the server has only its trigram index and its id
// filling besides (docs/team-server.md).
TEST(ServerDatabase, TheServerSchemaIsTheFileSchema)
{
    SERVER_ONLY();
    QTemporaryDir dir;
    const auto file =
        test::openOrDie(dir.filePath(u"parity.sqlite"_s), core::OpenOptions{.dailyBackup = false});
    test::TempDatabase server;
    EXPECT_EQ(serverSchema(server.db()), fileSchema(*file));
}
