#include "core/foundation/userfolders.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// Set once, at the start of a run, before other threads read it.
QString g_folder;

} // namespace

void UserFolders::useFolder(const QString &folder)
{
    g_folder = folder.isEmpty() ? QString() : QDir(folder).absolutePath();
}

QString UserFolders::folder()
{
    if (!g_folder.isEmpty())
        return g_folder;
    const QString fromEnvironment = qEnvironmentVariable("IOTDESK_HOME");
    return fromEnvironment.isEmpty() ? QString() : QDir(fromEnvironment).absolutePath();
}

QSettings UserFolders::openSettings()
{
    if (const QString home = folder(); !home.isEmpty())
        return QSettings(home + u"/config/iotdesk.conf"_s, QSettings::IniFormat);
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, u"iotdesk"_s);
}

QString UserFolders::dataFolder()
{
    if (const QString home = folder(); !home.isEmpty())
        return home + u"/data/iotdesk"_s;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace iotdesk::core
