// The window on a team database: File ▸ Connect to Team Database…'s dialog reads and checks an
// address; the window says where the data lives, as whom and in which role, leaves a local
// file's backups alone, and opens a viewer's connection read-only. A server that cannot be
// reached is a clear failure. The tests that need a server run in ctest's ui_on_server.
#include "core/datafile/datafile.h"
#include "core/foundation/userfolders.h"
#include "core/storage/serverroles.h"
#include "testsupport.h"
#include "ui/shell/connectdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/passwordkeychain.h"
#include "ui/widgets/translations.h"
#include "ui/widgets/writeaccess.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>

#include <gtest/gtest.h>

using namespace iotdesk;
using namespace Qt::StringLiterals;

TEST(ConnectDialog, ReadsTheAddressAndSaysWhatIsMissing)
{
    ui::ConnectDialog dialog({u"postgresql://sato@db.example.lg.jp:5433/iotdesk_2026?sslmode="
                              "verify-full&sslrootcert=/etc/ca.crt"_s});
    // The newest earlier connection is offered first, without its password.
    core::ServerAddress address = dialog.address();
    EXPECT_EQ(address.host, u"db.example.lg.jp");
    EXPECT_EQ(address.port, 5433);
    EXPECT_EQ(address.database, u"iotdesk_2026");
    EXPECT_EQ(address.user, u"sato");
    EXPECT_TRUE(address.password.isEmpty());
    EXPECT_EQ(address.sslMode, u"verify-full");
    EXPECT_EQ(address.sslRootCert, u"/etc/ca.crt");
    EXPECT_TRUE(dialog.problem().isEmpty());

    dialog.findChild<QComboBox *>()->setCurrentIndex(0); // a new connection keeps the fields
    address.sslRootCert.clear();
    dialog.setAddress(address);
    EXPECT_TRUE(dialog.problem().contains(u"certificate authority"_s))
        << dialog.problem().toStdString();
    address.sslMode = u"require"_s;
    address.user.clear();
    dialog.setAddress(address);
    EXPECT_TRUE(dialog.problem().contains(u"user name"_s)) << dialog.problem().toStdString();
    EXPECT_EQ(dialog.findChild<QLabel *>(u"message"_s)->text(), dialog.problem());

    if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        ui::Translations translations;
        for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
            translations.apply(language);
            ui::ConnectDialog shown({u"postgresql://sato@db.example.lg.jp/iotdesk?sslmode="
                                     "verify-full&sslrootcert=/etc/iotdesk/office-ca.crt"_s});
            shown.show();
            shown.grab().save(folder +
                              (language == core::Language::Japanese ? u"/ja"_s : u"/en"_s) +
                              u"-connect-dialog.png"_s);
        }
        translations.apply(core::Language::English);
    }
}

TEST(TeamDatabaseWindow, AnUnreachableServerIsAFailureThatKeepsTheOpenFile)
{
    core::UserFolders::openSettings().clear();
    QTemporaryDir dir;
    ui::Translations translations;
    translations.apply(core::Language::English);
    ui::MainWindow window(&translations);
    ASSERT_TRUE(window.openDatabase(dir.filePath(u"kept.sqlite"_s), false));
    core::ServerAddress nowhere;
    nowhere.host = u"localhost"_s;
    nowhere.port = 1;
    nowhere.user = u"nobody"_s;
    EXPECT_FALSE(window.connectToServer(nowhere, false));
    ASSERT_NE(window.database(), nullptr);
    EXPECT_EQ(window.database()->engine(), core::Engine::SQLite) << "the file stays open";
}

TEST(TeamDatabaseWindow, SaysWhereTheDataLivesAsWhomAndInWhichRole)
{
    if (!test::onServer())
        GTEST_SKIP() << "needs a server (ctest ui_on_server)";
    core::UserFolders::openSettings().clear();
    test::TempDatabase server;
    const core::ServerAddress address = test::testServer(server.db().connection().databaseName());
    ASSERT_TRUE(core::ServerRoles::apply(server.db().connection()));
    ASSERT_TRUE(core::ServerRoles::addUser(
        server.db().connection(), {u"mieru"_s, core::ServerRole::Viewer, 0}, u"viewer-password"_s));
    ui::Translations translations;
    translations.apply(core::Language::English);
    ui::MainWindow window(&translations);
    window.show();
    ASSERT_TRUE(window.connectToServer(address, false));
    EXPECT_EQ(window.database()->engine(), core::Engine::PostgreSQL);
    EXPECT_TRUE(window.windowTitle().contains(address.database))
        << window.windowTitle().toStdString();
    QStringList status;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        status << label->text();
    const QString shown = status.join(u" | "_s);
    EXPECT_TRUE(shown.contains(u"Team database postgresql://"_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"(Coordinator)"_s)) << shown.toStdString();
    EXPECT_FALSE(shown.contains(address.password)) << "never the password";
    EXPECT_TRUE(core::Preferences().recentServers().contains(address.url()));
    EXPECT_FALSE(core::Preferences().recentFiles().contains(address.url()));
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == u"&Back Up Now") {
            EXPECT_FALSE(action->isEnabled()) << "a server is backed up on the server";
        }
    }

    if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        window.resize(1366, 768);
        window.grab().save(folder + u"/en-team-window.png"_s);
    }

    // A viewer's window reads and writes nothing.
    core::ServerAddress viewer = address;
    viewer.user = u"mieru"_s;
    viewer.password = u"viewer-password"_s;
    ASSERT_TRUE(window.connectToServer(viewer, false));
    EXPECT_EQ(window.database()->role(), core::ServerRole::Viewer);
    EXPECT_EQ(window.database()->access(), core::Access::ReadOnly);
    EXPECT_FALSE(window.writeAccess()->writable()) << "every page's writing controls follow";
}

// The password a user chose to keep is in the system keychain and nowhere else: the next
// connection needs none typed, an empty box forgets it, and the server then asks again.
// ctest's ui_on_server runs this with a keychain of its own (tests/support/with-keyring).
TEST(TeamDatabaseWindow, KeepsThePasswordInTheSystemKeychainOnly)
{
    if (!test::onServer())
        GTEST_SKIP() << "needs a server (ctest ui_on_server)";
    core::ServerAddress address = test::testServer(u"unused"_s);
    address.user = u"keychain_sato"_s;
    if (!ui::PasswordKeychain::read(address)) {
        ASSERT_FALSE(qEnvironmentVariableIsSet("IOTDESK_TEST_KEYCHAIN"))
            << "the keychain of tests/support/with-keyring did not answer: "
            << ui::PasswordKeychain::read(address).message().toStdString();
        GTEST_SKIP() << "needs a system keychain (tests/support/with-keyring)";
    }
    core::UserFolders::openSettings().clear();
    test::TempDatabase server;
    address.database = server.db().connection().databaseName();
    ASSERT_TRUE(core::ServerRoles::apply(server.db().connection()));
    const QString password = u"kept-9f3a"_s;
    ASSERT_TRUE(core::ServerRoles::addUser(
        server.db().connection(), {address.user, core::ServerRole::Consultant, 0}, password));
    ui::Translations translations;
    translations.apply(core::Language::English);
    ui::MainWindow window(&translations);

    core::ServerAddress typed = address;
    typed.password = password;
    ASSERT_TRUE(window.connectToServer(typed, false, ui::PasswordKeeping::Keep));
    EXPECT_EQ(ui::PasswordKeychain::read(address).value(), password);
    {
        QSettings settings = core::UserFolders::openSettings();
        settings.sync();
        QFile file(settings.fileName());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << settings.fileName().toStdString();
        EXPECT_FALSE(file.readAll().contains(password.toUtf8())) << "never in the settings";
    }

    // The next time, from the recent connections: nothing typed.
    ui::ConnectDialog dialog(core::Preferences().recentServers());
    EXPECT_TRUE(dialog.hasKeptPassword());
    EXPECT_TRUE(dialog.address().password.isEmpty()) << "the kept password is not shown";
    EXPECT_EQ(dialog.findChild<QLineEdit *>(u"password"_s)->placeholderText(),
              u"Kept in the system keychain");
    ASSERT_TRUE(window.connectToServer(dialog.address(), false, dialog.passwordKeeping()));
    EXPECT_EQ(window.database()->userName(), address.user);

    // The box left empty: the keychain forgets it and the server asks for it again.
    ASSERT_TRUE(window.connectToServer(typed, false, ui::PasswordKeeping::Forget));
    EXPECT_EQ(ui::PasswordKeychain::read(address).value(), QString());
    core::ServerAddress untyped = address;
    untyped.password.clear();
    // Without this, libpq would offer the administrator's password from the environment.
    const QByteArray administratorPassword = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    const auto restore = qScopeGuard([&] { qputenv("PGPASSWORD", administratorPassword); });
    EXPECT_FALSE(window.connectToServer(untyped, false));
    const auto refused = core::openServerDatabase(untyped);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), core::ErrorCode::LoginRefused)
        << refused.message().toStdString();
    EXPECT_TRUE(refused.message().contains(u"asks for the password of keychain_sato"_s))
        << refused.message().toStdString();
}

// The window offers each role what the database lets it do: a consultant logs consultations
// but reads the program; a reviewer scores but does not decide; each disabled control says why.
TEST(TeamDatabaseWindow, OffersEachRoleWhatItMayDo)
{
    if (!test::onServer())
        GTEST_SKIP() << "needs a server (ctest ui_on_server)";
    core::UserFolders::openSettings().clear();
    test::TempDatabase server;
    const core::ServerAddress address = test::testServer(server.db().connection().databaseName());
    ASSERT_TRUE(core::ServerRoles::apply(server.db().connection()));
    ASSERT_TRUE(core::ServerRoles::addUser(server.db().connection(),
                                           {u"soudan"_s, core::ServerRole::Consultant, 0},
                                           u"consultant-password"_s));
    ASSERT_TRUE(core::ServerRoles::addUser(server.db().connection(),
                                           {u"shinsa"_s, core::ServerRole::Reviewer, 0},
                                           u"reviewer-password"_s));
    ui::Translations translations;
    translations.apply(core::Language::English);
    ui::MainWindow window(&translations);
    window.show();
    const auto as = [&](const QString &user, const QString &password) {
        core::ServerAddress a = address;
        a.user = user;
        a.password = password;
        return window.connectToServer(a, false);
    };
    auto *log = window.findChild<QAction *>(u"logConsultation"_s);
    ASSERT_NE(log, nullptr);

    ASSERT_TRUE(as(u"soudan"_s, u"consultant-password"_s));
    ui::WriteAccess *writes = window.writeAccess();
    EXPECT_TRUE(log->isEnabled()) << "a consultant logs consultations";
    EXPECT_TRUE(window.findChild<QLineEdit *>(u"programNameJa"_s)->isReadOnly())
        << "and reads the program";
    EXPECT_EQ(writes->reason(ui::WriteAccess::Needs::Writes),
              u"Your role on the team database, Consultant, does not change this.");
    EXPECT_TRUE(writes->reason(ui::WriteAccess::Needs::Consultations).isEmpty());
    EXPECT_FALSE(writes->mayWrite(ui::WriteAccess::Needs::Scores));

    ASSERT_TRUE(as(u"shinsa"_s, u"reviewer-password"_s));
    EXPECT_FALSE(log->isEnabled()) << "a reviewer reads the consultation log";
    EXPECT_TRUE(window.writeAccess()->mayWrite(ui::WriteAccess::Needs::Scores));
    EXPECT_FALSE(window.writeAccess()->mayWrite(ui::WriteAccess::Needs::Writes));

    ASSERT_TRUE(window.connectToServer(address, false)); // the administrator: a coordinator
    EXPECT_TRUE(log->isEnabled());
    EXPECT_FALSE(window.findChild<QLineEdit *>(u"programNameJa"_s)->isReadOnly());
}
