#include "commandline.h"
#include "core/foundation/appidentity.h"

#include <QTextStream>

int main(int argc, char *argv[])
{
    const auto app = iotdesk::cli::createApplication(argc, argv);
    iotdesk::core::setApplicationIdentity();

    QTextStream out(stdout);
    QTextStream err(stderr);
    iotdesk::cli::CommandLine commandLine(out, err);
    const int code = commandLine.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
