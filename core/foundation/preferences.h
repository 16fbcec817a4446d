// Preferences: the user's settings, typed, with each key next to its default. Stored with
// QSettings where UserFolders says (~/.config/iotdesk.conf on Linux).
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/foundation/userfolders.h"

#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

namespace iotdesk::core {

enum class Language
{
    Japanese,
    English
};

class Preferences
{
public:
    Preferences() = default;

    // Japanese on a Japanese system and where the system names no language (C/POSIX);
    // English where the system asks for another language.
    static Language systemLanguage();
    static QString languageCode(Language language);

    Language language() const;
    void setLanguage(Language language);

    // The style dates are shown in: the chosen one (Western is written May 14, 2018 in an
    // English interface), or, while dates follow the language, era dates in a Japanese
    // interface and ISO dates in an English one.
    DateStyle dateStyle(Language uiLanguage) const;
    // The chosen style; nothing while dates follow the language (the default).
    std::optional<DateStyle> chosenDateStyle() const;
    // Nothing: follow the language again.
    void setDateStyle(std::optional<DateStyle> style);

    // The name recorded in the history; empty means the system's user name.
    QString userName() const;
    void setUserName(const QString &name);

    int backupsToKeep() const;
    void setBackupsToKeep(int count);

    // The database opened last, and the ones before it, newest first.
    QStringList recentFiles() const;
    // Team databases connected to, newest first: their addresses without a password (see
    // ServerAddress::url), which is never written to the settings.
    QStringList recentServers() const;
    void addRecentServer(const QString &url);
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    static constexpr int kMaxRecentFiles = 8;

private:
    mutable QSettings m_settings = UserFolders::openSettings();
};

} // namespace iotdesk::core
