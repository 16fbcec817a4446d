// The log file: what the rooms log lands in it, one line each, and it rotates instead of
// growing without end.
#include "core/foundation/logging.h"

#include "core/storage/storageerror.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iotdesk;
using namespace Qt::StringLiterals;

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST(LogFile, AFailedStatementIsLoggedWithItsCategory)
{
    QTemporaryDir folder;
    ASSERT_TRUE(core::LogFile::install(folder.path()));
    {
        test::TempDatabase temp;
        QSqlQuery query(temp.db().connection());
        ASSERT_FALSE(query.exec(u"SELECT * FROM no_such_table"_s));
        EXPECT_FALSE(core::storageError(query).message().isEmpty());
    }
    const QString path = core::LogFile::path();
    core::LogFile::uninstall();
    EXPECT_EQ(path, folder.path() + u"/iotdesk.log"_s);
    const QString log = readAll(path);
    EXPECT_TRUE(log.contains(u" W iotdesk.storage: Statement failed"_s)) << log.toStdString();
    EXPECT_TRUE(log.contains(u"no_such_table"_s));
    // The open of the temporary file was logged too.
    EXPECT_TRUE(log.contains(u" I iotdesk.storage: Opened "_s)) << log.toStdString();
    EXPECT_TRUE(core::LogFile::path().isEmpty());
}

TEST(LogFile, RotatesAndKeepsOnlyTheNewestFiles)
{
    QTemporaryDir folder;
    ASSERT_TRUE(core::LogFile::install(folder.path(), 1024, 2));
    const QString line(200, u'x');
    for (int i = 0; i < 40; ++i)
        qCInfo(core::lcConsultations).noquote() << i << line;
    core::LogFile::uninstall();
    const QString base = folder.path() + u"/iotdesk.log"_s;
    EXPECT_TRUE(QFile::exists(base));
    EXPECT_TRUE(QFile::exists(base + u".1"_s));
    EXPECT_TRUE(QFile::exists(base + u".2"_s));
    EXPECT_FALSE(QFile::exists(base + u".3"_s));
    for (const QString &name : QStringList{base, base + u".1"_s, base + u".2"_s})
        EXPECT_LE(QFileInfo(name).size(), 1024) << name.toStdString();
    // The newest message is in the current file, under its room's category.
    EXPECT_TRUE(readAll(base).contains(u"iotdesk.consultations: 39 x"_s));
}

TEST(LogFile, AFolderThatCannotBeWrittenIsRefused)
{
    QTemporaryDir folder;
    QFile blocker(folder.path() + u"/file"_s);
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A folder cannot be made inside a file.
    EXPECT_FALSE(core::LogFile::install(folder.path() + u"/file/logs"_s));
    EXPECT_TRUE(core::LogFile::path().isEmpty());
}

// A live file that cannot be moved aside drops no older file: it grows until it can be moved.
TEST(LogFile, AFileThatCannotBeMovedAsideDropsNothing)
{
    QTemporaryDir folder;
    const QString base = folder.path() + u"/iotdesk.log"_s;
    for (const QString &older : QStringList{base + u".1"_s, base + u".2"_s}) {
        QFile file(older);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("older\n");
    }
    ASSERT_TRUE(core::LogFile::install(folder.path(), 1024, 2));
    // A folder where the moved-aside file would go: the rename fails, as it does on Windows
    // while another process holds the file.
    ASSERT_TRUE(QDir().mkpath(base + u".rotating/blocked"_s));
    const QString line(200, u'x');
    for (int i = 0; i < 20; ++i)
        qCInfo(core::lcReports).noquote() << i << line;
    core::LogFile::uninstall();
    EXPECT_TRUE(QFile::exists(base + u".1"_s));
    EXPECT_TRUE(QFile::exists(base + u".2"_s));
    EXPECT_GT(QFileInfo(base).size(), 1024);
    EXPECT_TRUE(readAll(base).contains(u"iotdesk.reports: 19 x"_s));
}
