#include "core/foundation/preferences.h"

#include "core/foundation/userfolders.h"

#include <QSettings>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

// The test program runs with QStandardPaths' test mode on, so these settings never touch
// the user's own.
class PreferencesTest : public ::testing::Test
{
protected:
    void SetUp() override { core::UserFolders::openSettings().clear(); }
};

} // namespace

TEST_F(PreferencesTest, DefaultsFollowTheLanguage)
{
    const core::Preferences preferences;
    EXPECT_EQ(preferences.dateStyle(core::Language::Japanese), core::DateStyle::JapaneseEra);
    EXPECT_EQ(preferences.dateStyle(core::Language::English), core::DateStyle::Iso);
    EXPECT_EQ(preferences.backupsToKeep(), 7);
    EXPECT_TRUE(preferences.userName().isEmpty());
}

TEST_F(PreferencesTest, ChoicesSurviveARestart)
{
    {
        core::Preferences preferences;
        preferences.setLanguage(core::Language::English);
        preferences.setDateStyle(core::DateStyle::WesternJapanese);
        preferences.setUserName(u"  佐藤  "_s);
        preferences.setBackupsToKeep(0); // at least one is always kept
    }
    const core::Preferences again;
    EXPECT_EQ(again.language(), core::Language::English);
    EXPECT_EQ(again.dateStyle(core::Language::Japanese), core::DateStyle::WesternJapanese);
    EXPECT_EQ(again.userName(), u"佐藤");
    EXPECT_EQ(again.backupsToKeep(), 1);
}

TEST_F(PreferencesTest, RecentFilesNewestFirstWithoutDuplicates)
{
    core::Preferences preferences;
    for (int i = 0; i < core::Preferences::kMaxRecentFiles + 3; ++i)
        preferences.addRecentFile(u"/data/file%1.sqlite"_s.arg(i));
    preferences.addRecentFile(u"/data/file5.sqlite"_s);
    const QStringList files = preferences.recentFiles();
    ASSERT_EQ(files.size(), core::Preferences::kMaxRecentFiles);
    EXPECT_EQ(files.front(), u"/data/file5.sqlite");
    EXPECT_EQ(files.count(u"/data/file5.sqlite"_s), 1);
    preferences.removeRecentFile(u"/data/file5.sqlite"_s);
    EXPECT_FALSE(preferences.recentFiles().contains(u"/data/file5.sqlite"_s));
}

TEST_F(PreferencesTest, DatesFollowTheLanguageUntilAStyleIsChosenAndAgainAfterwards)
{
    core::Preferences preferences;
    EXPECT_FALSE(preferences.chosenDateStyle().has_value());
    preferences.setDateStyle(core::DateStyle::WesternJapanese);
    EXPECT_EQ(preferences.chosenDateStyle(), core::DateStyle::WesternJapanese);
    // Western is written the English way in an English interface.
    EXPECT_EQ(preferences.dateStyle(core::Language::Japanese), core::DateStyle::WesternJapanese);
    EXPECT_EQ(preferences.dateStyle(core::Language::English), core::DateStyle::WesternEnglish);
    preferences.setDateStyle(std::nullopt);
    EXPECT_FALSE(core::Preferences().chosenDateStyle().has_value());
    EXPECT_EQ(preferences.dateStyle(core::Language::English), core::DateStyle::Iso);
    EXPECT_EQ(preferences.dateStyle(core::Language::Japanese), core::DateStyle::JapaneseEra);
}
