#include "commandline.h"
#include "core/foundation/appidentity.h"

#include <QLoggingCategory>
#include <QTextStream>

namespace {

QtMessageHandler qtHandler = nullptr;

// After a statement fails inside a transaction on a team server, Qt's PostgreSQL driver cannot
// release its other prepared statements until the rollback (the server refuses every command
// until then) and warns once for each; the rollback that follows ends them all. The command
// line has already said what failed.
void withoutDriverEchoes(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (text.startsWith(u"Unable to free statement:") &&
        text.contains(u"current transaction is aborted"))
        return;
    if (qtHandler)
        qtHandler(type, context, text);
}

} // namespace

int main(int argc, char *argv[])
{
    qtHandler = qInstallMessageHandler(withoutDriverEchoes);
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
