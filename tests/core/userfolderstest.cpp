// UserFolders: one folder can stand in for the user's settings and data, set in the program or
// by IOTDESK_HOME, and the system's places are used otherwise.
#include "core/foundation/userfolders.h"

#include "core/foundation/preferences.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk::core;

namespace {

// Each test changes where the files are; the run's own folder (tests/core/main.cpp) comes back.
class UserFoldersTest : public ::testing::Test
{
protected:
    void SetUp() override { m_runFolder = UserFolders::folder(); }
    void TearDown() override
    {
        qunsetenv("IOTDESK_HOME");
        UserFolders::useFolder(m_runFolder);
    }

    QString m_runFolder;
};

} // namespace

TEST_F(UserFoldersTest, OneFolderHoldsTheSettingsAndTheData)
{
    const QTemporaryDir home;
    UserFolders::useFolder(home.path());
    EXPECT_EQ(UserFolders::folder(), QDir(home.path()).absolutePath());
    EXPECT_EQ(UserFolders::openSettings().fileName(), home.filePath(u"config/iotdesk.conf"_s));
    EXPECT_EQ(UserFolders::openSettings().format(), QSettings::IniFormat);
    EXPECT_EQ(UserFolders::dataFolder(), home.filePath(u"data/iotdesk"_s));
    EXPECT_EQ(Database::defaultPath(), home.filePath(u"data/iotdesk/iotdesk.sqlite"_s));

    // The preferences are kept there, and read back from there.
    Preferences().setUserName(u"山田 花子"_s);
    EXPECT_TRUE(QFileInfo::exists(home.filePath(u"config/iotdesk.conf"_s)));
    EXPECT_EQ(Preferences().userName(), u"山田 花子"_s);
    const QTemporaryDir other;
    UserFolders::useFolder(other.path());
    EXPECT_TRUE(Preferences().userName().isEmpty());
}

TEST_F(UserFoldersTest, TheEnvironmentNamesTheFolderForAProgramStartedByAnother)
{
    const QTemporaryDir home;
    UserFolders::useFolder({});
    qputenv("IOTDESK_HOME", QFile::encodeName(home.path()));
    EXPECT_EQ(UserFolders::folder(), QDir(home.path()).absolutePath());
    EXPECT_EQ(UserFolders::openSettings().fileName(), home.filePath(u"config/iotdesk.conf"_s));
    EXPECT_EQ(Database::defaultPath(), home.filePath(u"data/iotdesk/iotdesk.sqlite"_s));

    // A folder set in the program comes first.
    const QTemporaryDir chosen;
    UserFolders::useFolder(chosen.path());
    EXPECT_EQ(UserFolders::dataFolder(), chosen.filePath(u"data/iotdesk"_s));
}

TEST_F(UserFoldersTest, WithoutAFolderTheSystemsPlacesAreUsed)
{
    UserFolders::useFolder({});
    qunsetenv("IOTDESK_HOME");
    EXPECT_TRUE(UserFolders::folder().isEmpty());
    EXPECT_EQ(UserFolders::openSettings().format(), QSettings::NativeFormat);
    EXPECT_EQ(UserFolders::dataFolder(),
              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}
