#include "core/foundation/preferences.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

const QString kLanguageKey = u"preferences/language"_s;
const QString kDateStyleKey = u"preferences/dateStyle"_s;
const QString kUserNameKey = u"preferences/userName"_s;
const QString kBackupsKey = u"preferences/backupsToKeep"_s;
const QString kRecentKey = u"files/recent"_s;
const QString kRecentServersKey = u"servers/recent"_s;
constexpr int kDefaultBackups = 7;

} // namespace

Language Preferences::systemLanguage()
{
    const QLocale::Language system = QLocale::system().language();
    return system == QLocale::Japanese || system == QLocale::C ? Language::Japanese
                                                               : Language::English;
}

QString Preferences::languageCode(Language language)
{
    return language == Language::Japanese ? u"ja"_s : u"en"_s;
}

Language Preferences::language() const
{
    const QString code = m_settings.value(kLanguageKey).toString();
    if (code == u"ja")
        return Language::Japanese;
    if (code == u"en")
        return Language::English;
    return systemLanguage();
}

void Preferences::setLanguage(Language language)
{
    m_settings.setValue(kLanguageKey, languageCode(language));
}

std::optional<DateStyle> Preferences::chosenDateStyle() const
{
    const QString style = m_settings.value(kDateStyleKey).toString();
    if (style == u"iso")
        return DateStyle::Iso;
    if (style == u"western")
        return DateStyle::WesternJapanese;
    if (style == u"era")
        return DateStyle::JapaneseEra;
    return std::nullopt;
}

DateStyle Preferences::dateStyle(Language uiLanguage) const
{
    const std::optional<DateStyle> chosen = chosenDateStyle();
    if (!chosen)
        return uiLanguage == Language::Japanese ? DateStyle::JapaneseEra : DateStyle::Iso;
    if (*chosen == DateStyle::WesternJapanese && uiLanguage == Language::English)
        return DateStyle::WesternEnglish;
    return *chosen;
}

void Preferences::setDateStyle(std::optional<DateStyle> style)
{
    if (!style) {
        m_settings.remove(kDateStyleKey);
        return;
    }
    switch (*style) {
    case DateStyle::Iso:
        m_settings.setValue(kDateStyleKey, u"iso"_s);
        break;
    case DateStyle::WesternJapanese:
    case DateStyle::WesternEnglish:
        m_settings.setValue(kDateStyleKey, u"western"_s);
        break;
    case DateStyle::JapaneseEra:
        m_settings.setValue(kDateStyleKey, u"era"_s);
        break;
    }
}

QString Preferences::userName() const
{
    return m_settings.value(kUserNameKey).toString();
}

void Preferences::setUserName(const QString &name)
{
    m_settings.setValue(kUserNameKey, name.trimmed());
}

int Preferences::backupsToKeep() const
{
    const int count = m_settings.value(kBackupsKey, kDefaultBackups).toInt();
    return count >= 1 ? count : kDefaultBackups;
}

void Preferences::setBackupsToKeep(int count)
{
    m_settings.setValue(kBackupsKey, std::max(count, 1));
}

QStringList Preferences::recentFiles() const
{
    return m_settings.value(kRecentKey).toStringList();
}

void Preferences::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings.setValue(kRecentKey, files);
}

QStringList Preferences::recentServers() const
{
    return m_settings.value(kRecentServersKey).toStringList();
}

void Preferences::addRecentServer(const QString &url)
{
    QStringList servers = recentServers();
    servers.removeAll(url);
    servers.prepend(url);
    while (servers.size() > kMaxRecentFiles)
        servers.removeLast();
    m_settings.setValue(kRecentServersKey, servers);
}

void Preferences::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(kRecentKey, files);
}

} // namespace iotdesk::core
