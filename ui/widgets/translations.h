// Translations: the user interface language. Installs IoT Desk's own catalogue and Qt's
// (qtbase_ja, for the standard dialogs and buttons, with the few strings of Qt 6.4 that
// catalogue lacks, translations/qt_supplement_ja.ts) and swaps them at run time; every widget
// then receives QEvent::LanguageChange and retranslates itself.
#pragma once

#include "core/foundation/preferences.h"

#include <QObject>
#include <QTranslator>

namespace iotdesk::ui {

class Translations : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject *parent = nullptr);

    core::Language language() const { return m_language; }
    // Returns false if a catalogue is missing (the UI then stays in English).
    bool apply(core::Language language);

private:
    core::Language m_language = core::Language::English;
    QTranslator m_application;
    QTranslator m_qt;
    QTranslator m_qtSupplement;
    bool m_installed = false;
};

} // namespace iotdesk::ui
