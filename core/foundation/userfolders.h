// UserFolders: where IoT Desk keeps a user's files — the settings (the system's place for them:
// ~/.config/iotdesk.conf on Linux, the registry under HKEY_CURRENT_USER\Software\iotdesk on
// Windows) and the data folder of the default database and its backups (Qt's AppDataLocation:
// ~/.local/share/iotdesk, %APPDATA%\iotdesk on Windows). One folder can stand in for both, so that
// a run reads and writes nothing of the user's, the same way on every system: set by useFolder()
// (the test programs), or by the environment variable IOTDESK_HOME for a program started by another
// (the command-line tests). Neither the registry nor a Windows known folder can be moved by HOME or
// XDG variables.
#pragma once

#include <QSettings>
#include <QString>

namespace iotdesk::core {

class UserFolders
{
public:
    // From now on, the settings are the INI file FOLDER/config/iotdesk.conf and the data folder
    // is FOLDER/data/iotdesk. Before any settings are read. Empty: the system's places again.
    static void useFolder(const QString &folder);

    // The folder standing in for the user's (useFolder(), else IOTDESK_HOME); empty if none.
    static QString folder();

    static QSettings openSettings();
    static QString dataFolder();
};

} // namespace iotdesk::core
