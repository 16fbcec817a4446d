#include "core/foundation/appidentity.h"
#include "core/foundation/logging.h"
#include "core/foundation/preferences.h"
#include "core/storage/database.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    iotdesk::core::setApplicationIdentity();
    // Without a log file the program still works; the messages then go to standard error.
    iotdesk::core::LogFile::install();
    qCInfo(iotdesk::core::lcUi).noquote()
        << "IoT Desk" << QCoreApplication::applicationVersion() << "started";
    QApplication::setWindowIcon(QIcon(u":/icons/iotdesk.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"IoT Desk"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(u"db"_s, u"The database file to open."_s, u"PATH"_s,
                                      iotdesk::core::Database::defaultPath());
    const QCommandLineOption language(u"language"_s, u"The language of this session: ja or en."_s,
                                      u"CODE"_s);
    const QCommandLineOption server(
        u"server"_s,
        u"The team database instead: postgresql://USER@HOST:PORT/DATABASE[?sslmode=...]."_s,
        u"URL"_s);
    parser.addOption(database);
    parser.addOption(server);
    parser.addOption(language);
    parser.process(app);

    iotdesk::core::Preferences preferences;
    iotdesk::ui::Translations translations;
    auto uiLanguage = preferences.language();
    if (parser.value(language) == u"ja")
        uiLanguage = iotdesk::core::Language::Japanese;
    else if (parser.value(language) == u"en")
        uiLanguage = iotdesk::core::Language::English;
    translations.apply(uiLanguage);

    iotdesk::ui::MainWindow window(&translations);
    window.show();
    if (parser.isSet(server)) {
        const auto address = iotdesk::core::ServerAddress::fromUrl(parser.value(server));
        if (!address) {
            QTextStream(stderr) << address.message() << '\n';
            return 64;
        }
        // The password from the system keychain, PGPASSWORD or ~/.pgpass; when the server
        // refuses the login, the window asks for it.
        if (!window.connectToServer(*address))
            return 1;
    } else if (!window.openDatabase(parser.value(database))) {
        return 1;
    }
    return app.exec();
}
