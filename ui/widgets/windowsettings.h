// windowSettings: where the window keeps what it remembers between sessions that is no
// preference (geometry, last folders, the program last chosen on a file), apart from
// core::Preferences.
#pragma once

#include "core/foundation/userfolders.h"

#include <QSettings>

namespace iotdesk::ui {

inline QSettings windowSettings()
{
    return core::UserFolders::openSettings();
}

} // namespace iotdesk::ui
