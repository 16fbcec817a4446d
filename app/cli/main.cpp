#include "commandline.h"
#include "core/foundation/appidentity.h"

#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    const auto app = iotdesk::cli::createApplication(argc, argv);
    iotdesk::core::setApplicationIdentity();
    // The command line says what went wrong in its own words; the rooms' log lines would only
    // repeat it between them. QT_LOGGING_RULES still turns them on.
    QLoggingCategory::setFilterRules(
        QStringLiteral("iotdesk.*.info=false\niotdesk.*.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    iotdesk::cli::CommandLine commandLine(out, err);
    const int code = commandLine.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
