#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

namespace iotdesk::fuzz {

namespace {

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

void initialise(int *argc, char ***argv)
{
    if (QCoreApplication::instance())
        return;
    qInstallMessageHandler(quietMessages);
    QStandardPaths::setTestModeEnabled(true);
    // Never destroyed: libFuzzer leaves through exit(), after Qt's own globals are gone, where
    // ~QCoreApplication would crash. It stays reachable, so it is no leak either.
    static QCoreApplication *const application = new QCoreApplication(*argc, *argv);
    Q_UNUSED(application);
}

qsizetype lineCount(const QByteArray &text)
{
    return text.count('\n') + text.count('\r') - text.count("\r\n") + 1;
}

void fail(const char *file, int line, const char *condition)
{
    std::fprintf(stderr, "%s:%d: expected %s\n", file, line, condition);
    std::abort();
}

} // namespace iotdesk::fuzz
