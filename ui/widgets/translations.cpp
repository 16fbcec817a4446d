#include "ui/widgets/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

Translations::Translations(QObject *parent)
    : QObject(parent)
{}

bool Translations::apply(core::Language language)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_application);
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_qtSupplement);
        m_installed = false;
    }
    m_language = language;
    const QLocale locale(
        language == core::Language::Japanese ? QLocale::Japanese : QLocale::English,
        language == core::Language::Japanese ? QLocale::Japan : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    const QString code = core::Preferences::languageCode(language);
    const bool ownLoaded = m_application.load(u":/i18n/iotdesk_"_s + code);
    QCoreApplication::installTranslator(&m_application);
    // English is the source language: Qt's own strings need no catalogue then, and the
    // Japanese one must not stay installed.
    bool qtLoaded = true;
    if (language == core::Language::Japanese) {
        qtLoaded =
            m_qt.load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (qtLoaded)
            QCoreApplication::installTranslator(&m_qt);
        if (m_qtSupplement.load(u":/i18n/qt_supplement_"_s + code))
            QCoreApplication::installTranslator(&m_qtSupplement);
    }
    m_installed = true;
    return ownLoaded && qtLoaded;
}

} // namespace iotdesk::ui
