// Platform on Linux and other POSIX systems (platform.h).
#include "core/foundation/platform.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <termios.h>
#include <unistd.h>

namespace iotdesk::core::Platform {

namespace {

bool syncDescriptor(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

QString loginName()
{
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

bool syncFile(const QString &path)
{
    return syncDescriptor(path, O_RDONLY);
}

bool syncFolder(const QString &path)
{
    return syncDescriptor(path, O_RDONLY | O_DIRECTORY);
}

bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// renameat2(RENAME_NOREPLACE) where the kernel and file system have it, a hard link where they
// have those, and a checked rename() elsewhere (FAT media).
bool renameWithoutReplacing(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
#if defined(RENAME_NOREPLACE)
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) ==
        0)
        return true;
    if (errno == EEXIST)
        return false;
#endif
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData()); // the target is whole already; a left name is harmless
        return true;
    }
    if (errno == EEXIST || QFileInfo::exists(to))
        return false;
    return std::rename(source.constData(), target.constData()) == 0;
}

bool createHardLink(const QString &existing, const QString &link)
{
    return ::link(QFile::encodeName(existing).constData(), QFile::encodeName(link).constData()) ==
           0;
}

std::optional<int> runInstead(const QString &program, char **arguments, QString &error)
{
    const QByteArray path = QFile::encodeName(program);
    char *const first = arguments[0];
    arguments[0] = const_cast<char *>(path.constData());
    ::execv(path.constData(), arguments);
    arguments[0] = first;
    error = QString::fromLocal8Bit(std::strerror(errno));
    return std::nullopt;
}

bool standardInputIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

void setStandardInputEcho(bool on)
{
    termios settings{};
    if (tcgetattr(STDIN_FILENO, &settings) != 0)
        return;
    if (on)
        settings.c_lflag |= ECHO;
    else
        settings.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &settings);
}

} // namespace iotdesk::core::Platform
