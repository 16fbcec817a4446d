// Platform (core/foundation/platform.h): the system calls behind durable writes, backups and
// restore, on real files in a temporary folder.
#include "core/foundation/platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <vector>

using namespace Qt::StringLiterals;
using namespace iotdesk::core;

namespace {

class PlatformTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void write(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(content), content.size());
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(PlatformTest, LoginNameIsTheUserRunningTheProgram)
{
    const QString name = Platform::loginName();
    ASSERT_FALSE(name.isEmpty());
#ifdef Q_OS_WIN
    EXPECT_EQ(name.toLower(), qEnvironmentVariable("USERNAME").toLower());
#else
    QProcess id;
    id.start(u"id"_s, {u"-un"_s});
    ASSERT_TRUE(id.waitForFinished(10000));
    EXPECT_EQ(name, QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed());
#endif
}

TEST_F(PlatformTest, SyncsFilesAndFoldersThatExist)
{
    write(path(u"data"_s), "written");
    EXPECT_TRUE(Platform::syncFile(path(u"data"_s)));
    EXPECT_TRUE(Platform::syncFolder(m_dir.path()));
    EXPECT_FALSE(Platform::syncFile(path(u"missing"_s)));
    EXPECT_FALSE(Platform::syncFolder(path(u"missing"_s)));
}

TEST_F(PlatformTest, ReplaceFilePutsTheNewFileInPlaceOfTheOld)
{
    write(path(u"database"_s), "old");
    write(path(u"incoming"_s), "new");
    ASSERT_TRUE(Platform::replaceFile(path(u"incoming"_s), path(u"database"_s)));
    EXPECT_EQ(read(path(u"database"_s)), "new");
    EXPECT_FALSE(QFileInfo::exists(path(u"incoming"_s)));

    // Where nothing stood yet, it is a plain rename.
    ASSERT_TRUE(Platform::replaceFile(path(u"database"_s), path(u"moved"_s)));
    EXPECT_EQ(read(path(u"moved"_s)), "new");
    EXPECT_FALSE(QFileInfo::exists(path(u"database"_s)));

    EXPECT_FALSE(Platform::replaceFile(path(u"missing"_s), path(u"moved"_s)));
    EXPECT_EQ(read(path(u"moved"_s)), "new");
}

TEST_F(PlatformTest, RenameWithoutReplacingNeverReplaces)
{
    write(path(u"backup"_s), "kept");
    write(path(u"partial"_s), "written");
    EXPECT_FALSE(Platform::renameWithoutReplacing(path(u"partial"_s), path(u"backup"_s)));
    EXPECT_EQ(read(path(u"backup"_s)), "kept");
    EXPECT_EQ(read(path(u"partial"_s)), "written");

    ASSERT_TRUE(Platform::renameWithoutReplacing(path(u"partial"_s), path(u"new backup"_s)));
    EXPECT_EQ(read(path(u"new backup"_s)), "written");
    EXPECT_FALSE(QFileInfo::exists(path(u"partial"_s)));
}

TEST_F(PlatformTest, HardLinkIsASecondNameOfTheSameFile)
{
    write(path(u"database"_s), "before");
    ASSERT_TRUE(Platform::createHardLink(path(u"database"_s), path(u"kept"_s)));
    write(path(u"database"_s), "after");
    EXPECT_EQ(read(path(u"kept"_s)), "after");
    // The second name keeps the file when the first goes.
    ASSERT_TRUE(QFile::remove(path(u"database"_s)));
    EXPECT_EQ(read(path(u"kept"_s)), "after");

    write(path(u"other"_s), "other");
    EXPECT_FALSE(Platform::createHardLink(path(u"other"_s), path(u"kept"_s)));
    EXPECT_EQ(read(path(u"kept"_s)), "after");
    EXPECT_FALSE(Platform::createHardLink(path(u"missing"_s), path(u"link"_s)));
}

TEST_F(PlatformTest, FileNamesOutsideAsciiWork)
{
    const QString name = path(u"バックアップ 令和8年.sqlite"_s);
    write(path(u"incoming"_s), "new");
    ASSERT_TRUE(Platform::renameWithoutReplacing(path(u"incoming"_s), name));
    EXPECT_TRUE(Platform::syncFile(name));
    ASSERT_TRUE(Platform::createHardLink(name, path(u"控え"_s)));
    EXPECT_EQ(read(path(u"控え"_s)), "new");
}

TEST_F(PlatformTest, RunInsteadSaysWhyAProgramCannotStart)
{
    QByteArray self = "iotdesk_core_tests";
    std::vector<char *> arguments{self.data(), nullptr};
    QString reason;
    const auto exitCode =
        Platform::runInstead(path(u"no-such-program"_s), arguments.data(), reason);
    EXPECT_FALSE(exitCode.has_value());
    EXPECT_FALSE(reason.isEmpty());
    // The caller's arguments are as they were.
    EXPECT_EQ(arguments.front(), self.data());
}
