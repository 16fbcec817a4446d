// A team server's database: prepared only by `server init` (never by an ordinary open),
// refused when it belongs to something else or to a newer program, and as whole as a file.
// These run on a server run only (ctest's core_tests_on_server).
#include "core/applications/applicationimporter.h"
#include "core/consultations/consultationrepository.h"
#include "core/datafile/datafile.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/contactrepository.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/selection/reviewrepository.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/serverroles.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QSqlError>
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
        EXPECT_EQ(refused.error().code(), core::ErrorCode::TooNew) << "as a newer file is";
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
                           "= current_schema() AND table_name NOT IN ('iotdesk_schema_version', "
                           "'iotdesk_users')"_s));
    while (query.next())
        lines << u"table "_s + query.value(0).toString();
    EXPECT_TRUE(query.exec(u"SELECT table_name, column_name, is_nullable = 'NO' FROM "
                           "information_schema.columns WHERE table_schema = current_schema() "
                           "AND table_name NOT IN ('iotdesk_schema_version', 'iotdesk_users')"_s));
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

namespace {

// The team of a prepared server database: an administrator's connection, and one login per
// role with its own connection.
class Team
{
public:
    Team()
    {
        auto admin = core::initialiseServerDatabase(m_empty.address());
        EXPECT_TRUE(admin) << admin.message().toStdString();
        m_admin = std::move(admin.value());
    }
    core::Database &admin() { return *m_admin; }
    // A new user with the role (a reviewer of `bureau`, 0 for every bureau), connected.
    std::unique_ptr<core::Database> member(const QString &name, core::ServerRole role,
                                           int bureau = 0)
    {
        const QString password = name + u"-password"_s;
        const auto added =
            core::ServerRoles::addUser(m_admin->connection(), {name, role, bureau}, password);
        EXPECT_TRUE(added) << added.message().toStdString();
        core::ServerAddress address = m_empty.address();
        address.user = name;
        address.password = password;
        auto opened = core::openServerDatabase(address);
        EXPECT_TRUE(opened) << opened.message().toStdString();
        return opened ? std::move(opened.value()) : nullptr;
    }

private:
    EmptyServerDatabase m_empty;
    std::unique_ptr<core::Database> m_admin;
};

// Two applications: 府中市 (東京都, the 関東 bureau) and 梼原町 (高知県, 四国).
QList<qint64> twoApplications(core::Database &db)
{
    const auto ids = core::ApplicationImporter(db).importFile(
        test::sourcePath(u"docs/samples/applications-sample.csv"_s), 1);
    EXPECT_TRUE(ids) << ids.message().toStdString();
    return ids ? ids.value() : QList<qint64>{};
}

int bureauNamed(core::Database &db, const QString &shortName)
{
    for (const core::Bureau &b :
         core::LocalGovernmentRepository(db.connection()).bureaus().value()) {
        if (core::Bureau::shortName(b.nameJa) == shortName)
            return b.id;
    }
    return 0;
}

} // namespace

// Roles are the database's: a consultant's UPDATE of a score fails in the database itself,
// whatever program sends it; a reviewer scores only the applications of their bureau.
TEST(ServerDatabase, RolesAreEnforcedByTheDatabase)
{
    SERVER_ONLY();
    Team team;
    const QList<qint64> apps = twoApplications(team.admin());
    ASSERT_EQ(apps.size(), 2);
    const int kanto = bureauNamed(team.admin(), u"関東"_s);
    ASSERT_GT(kanto, 0);
    core::ReviewRepository adminReviews(team.admin());
    const qint64 reviewer =
        adminReviews
            .addReviewer({0, 1, u"関東 一郎"_s, core::ReviewerAffiliation::Bureau, kanto, true})
            .value();
    const QDateTime scoredAt = core::JapanTime::toUtc(QDate(2018, 6, 12), QTime(10, 0));
    ASSERT_TRUE(adminReviews.setScore({apps[0], reviewer, 3, 3, 3, {}}, scoredAt));

    EXPECT_EQ(core::ServerRoles::currentRole(team.admin().connection()).value(),
              core::ServerRole::Coordinator)
        << "the owner administers";

    // A consultant logs consultations, reads scores, and cannot change one: not through the
    // repository, not with plain SQL.
    const auto consultant = team.member(u"sato"_s, core::ServerRole::Consultant);
    ASSERT_TRUE(consultant);
    EXPECT_EQ(consultant->role(), core::ServerRole::Consultant);
    core::Consultation c;
    c.lgCode6 = u"132063"_s;
    c.occurredAt = QDateTime::currentDateTimeUtc();
    c.summary = u"センサーの設置場所について"_s;
    EXPECT_TRUE(core::ConsultationRepository(*consultant).create(c));
    EXPECT_EQ(core::ReviewRepository(*consultant).scores(1)->size(), 1);
    const auto refused =
        core::ReviewRepository(*consultant).setScore({apps[0], reviewer, 5, 5, 5, {}}, scoredAt);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), core::ErrorCode::Forbidden);
    EXPECT_TRUE(refused.message().contains(u"Consultant"_s)) << refused.message().toStdString();
    QSqlQuery update(consultant->connection());
    EXPECT_FALSE(update.exec(u"UPDATE review_scores SET proactiveness = 5"_s));
    EXPECT_EQ(update.lastError().nativeErrorCode(), u"42501");
    EXPECT_EQ(test::scalar(team.admin(), u"SELECT proactiveness FROM review_scores"_s).toInt(), 3);

    // The 関東 reviewer scores 府中市 but not 梼原町 (四国), and cannot touch a program.
    const auto reviewerLogin = team.member(u"kanto"_s, core::ServerRole::Reviewer, kanto);
    ASSERT_TRUE(reviewerLogin);
    core::ReviewRepository reviews(*reviewerLogin);
    EXPECT_TRUE(reviews.setScore({apps[0], reviewer, 4, 4, 4, {}}, scoredAt));
    const auto otherBureau = reviews.setScore({apps[1], reviewer, 4, 4, 4, {}}, scoredAt);
    ASSERT_FALSE(otherBureau);
    EXPECT_EQ(otherBureau.error().code(), core::ErrorCode::Forbidden);
    EXPECT_TRUE(otherBureau.message().contains(u"your own bureau"_s))
        << otherBureau.message().toStdString();
    QSqlQuery program(reviewerLogin->connection());
    EXPECT_FALSE(program.exec(u"UPDATE programs SET name_en = 'x'"_s));

    // A viewer reads and changes nothing; made a consultant, they log.
    const auto viewer = team.member(u"mieru"_s, core::ServerRole::Viewer);
    ASSERT_TRUE(viewer);
    EXPECT_EQ(core::ConsultationRepository(*viewer).count().value(), 1);
    EXPECT_EQ(core::ConsultationRepository(*viewer).create(c).error().code(),
              core::ErrorCode::Forbidden);
    ASSERT_TRUE(core::ServerRoles::setRole(team.admin().connection(),
                                           {u"mieru"_s, core::ServerRole::Consultant, 0}));
    EXPECT_TRUE(core::ConsultationRepository(*viewer).create(c));
    // The history names each database user.
    EXPECT_EQ(test::scalar(team.admin(), u"SELECT string_agg(DISTINCT changed_by, ',' ORDER BY "
                                         "changed_by) FROM history WHERE entity = "
                                         "'consultation'"_s)
                  .toString(),
              u"mieru,sato");
    const auto users = core::ServerRoles::users(team.admin().connection()).value();
    ASSERT_EQ(users.size(), 3);
    EXPECT_EQ(users[0], (core::ServerUser{u"kanto"_s, core::ServerRole::Reviewer, kanto}));
    EXPECT_EQ(users[1].role, core::ServerRole::Consultant);
}

TEST(ServerDatabase, AUserIsAddedOnlyWithAGoodNameRoleAndPassword)
{
    SERVER_ONLY();
    Team team;
    const QSqlDatabase db = team.admin().connection();
    EXPECT_EQ(core::ServerRoles::addUser(db, {u"x"_s, core::ServerRole::Viewer, 0}, u"short"_s)
                  .error()
                  .code(),
              core::ErrorCode::Invalid);
    EXPECT_EQ(
        core::ServerRoles::addUser(db, {u"y"_s, core::ServerRole::Viewer, 3}, u"long enough"_s)
            .error()
            .code(),
        core::ErrorCode::Invalid)
        << "only a reviewer has a bureau";
    ASSERT_TRUE(core::ServerRoles::addUser(db, {u"o'brien"_s, core::ServerRole::Viewer, 0},
                                           u"it's a pass; DROP TABLE history"_s));
    EXPECT_EQ(core::ServerRoles::addUser(db, {u"o'brien"_s, core::ServerRole::Viewer, 0},
                                         u"long enough"_s)
                  .error()
                  .code(),
              core::ErrorCode::Invalid)
        << "already there";
    EXPECT_EQ(
        core::ServerRoles::setRole(db, {u"nobody"_s, core::ServerRole::Viewer, 0}).error().code(),
        core::ErrorCode::NotFound);
    // The quotes were the server's to write: the user connects with that very password.
    core::ServerAddress address = *core::ServerAddress::fromUrl(team.admin().path());
    address.user = u"o'brien"_s;
    address.password = u"it's a pass; DROP TABLE history"_s;
    const auto connected = core::openServerDatabase(address);
    ASSERT_TRUE(connected) << connected.message().toStdString();
    EXPECT_EQ((*connected)->role(), core::ServerRole::Viewer);
}

// A connection the server dropped (a restart, the network) is opened again by the next change,
// before anything of it is sent: the change is saved whole, once.
TEST(ServerDatabase, ALostConnectionIsOpenedAgainByTheNextChange)
{
    SERVER_ONLY();
    test::TempDatabase temp;
    const qint64 pid = test::scalar(temp.db(), u"SELECT pg_backend_pid()"_s).toLongLong();
    {
        auto other = temp.openAnother();
        EXPECT_TRUE(test::scalar(*other, u"SELECT pg_terminate_backend(?)"_s, {pid}).toBool());
    }
    core::Contact person;
    person.kind = core::ContactKind::Consultant;
    person.name = u"再接続 太郎"_s;
    const auto added = core::ContactRepository(temp.db()).add(person);
    ASSERT_TRUE(added) << added.message().toStdString();
    EXPECT_NE(test::scalar(temp.db(), u"SELECT pg_backend_pid()"_s).toLongLong(), pid);
    EXPECT_EQ(
        test::scalar(temp.db(), u"SELECT count(*) FROM contacts WHERE name = ?"_s, {person.name})
            .toInt(),
        1);
}
