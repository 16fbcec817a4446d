// iotdesk-cli's side of the document commands (commandline.h): the program replaces itself with
// iotdesk-cli-documents, given the same arguments, the way git runs its helper programs. Looked
// for beside iotdesk-cli (the build tree) and in ../libexec/iotdesk (an installation).
#include "commandline.h"
#include "core/foundation/platform.h"

#include <QDir>
#include <QFileInfo>

#include <vector>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

namespace {

// The program's own arguments as the system passed them, for the program that takes over.
std::vector<char *> g_arguments;

QString documentsProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(u"iotdesk-cli-documents"_s),
          here.filePath(u"../libexec/iotdesk/iotdesk-cli-documents"_s)}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return {};
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    g_arguments.assign(argv, argv + argc);
    g_arguments.push_back(nullptr);
    return std::make_unique<QCoreApplication>(argc, argv);
}

// Every document command is handed over; none of their members is linked into this program.
QList<Command> CommandLine::documentCommands()
{
#define IOTDESK_DOCUMENT_COMMAND(name, synopsis, help, handler)                                    \
    Command{name, synopsis, help, &CommandLine::handOff},
    return {
#include "documentcommands.def"
    };
#undef IOTDESK_DOCUMENT_COMMAND
}

int CommandLine::handOff(const QStringList &)
{
    const QString program = documentsProgram();
    if (program.isEmpty()) {
        m_err << tr("This command is carried out by iotdesk-cli-documents, which was not found "
                    "beside %1 or in ../libexec/iotdesk. Reinstall IoT Desk.")
                     .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath()))
              << '\n';
        return Unavailable;
    }
    m_out.flush();
    m_err.flush();
    std::vector<char *> arguments = g_arguments;
    QString reason;
    if (const auto exitCode = core::Platform::runInstead(program, arguments.data(), reason))
        return *exitCode;
    m_err << tr("Cannot start %1: %2").arg(QDir::toNativeSeparators(program), reason) << '\n';
    return Unavailable;
}

} // namespace iotdesk::cli
