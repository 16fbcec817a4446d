// Platform on Windows, through the Win32 API (platform.h). Paths go to the wide-character
// functions, so that any file name the user can type works, not only those of the ANSI code
// page.
#include "core/foundation/platform.h"

#include <QDir>
#include <QFileInfo>

#include <iterator>
#include <string>

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

// After windows.h, whose types it uses.
#include <lmcons.h>

namespace iotdesk::core::Platform {

namespace {

std::wstring native(const QString &path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}

QString systemMessage(DWORD code)
{
    wchar_t text[512] = {};
    const DWORD length =
        FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr, code, 0,
                       text, static_cast<DWORD>(std::size(text)), nullptr);
    if (length == 0)
        return QStringLiteral("Windows error %1").arg(code);
    return QString::fromWCharArray(text, static_cast<qsizetype>(length)).trimmed();
}

// What follows the program's own name on its command line, spaces included, split the way the
// C runtime splits argument 0 (quoted up to the next quote, else up to a blank).
const wchar_t *argumentsAfterProgram(const wchar_t *line)
{
    if (*line == L'"') {
        ++line;
        while (*line != L'\0' && *line != L'"')
            ++line;
        return *line == L'"' ? line + 1 : line;
    }
    while (*line != L'\0' && *line != L' ' && *line != L'\t')
        ++line;
    return line;
}

} // namespace

QString loginName()
{
    wchar_t name[UNLEN + 1] = {};
    DWORD size = UNLEN + 1;
    // On success `size` counts the terminating null too.
    if (GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, static_cast<qsizetype>(size) - 1);
    return qEnvironmentVariable("USERNAME");
}

bool syncFile(const QString &path)
{
    // FlushFileBuffers needs a handle opened for writing.
    const HANDLE file = CreateFileW(native(path).c_str(), GENERIC_WRITE,
                                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                    OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return false;
    const bool flushed = FlushFileBuffers(file) != 0;
    CloseHandle(file);
    return flushed;
}

bool syncFolder(const QString &path)
{
    // NTFS journals its folders, and every rename here is MOVEFILE_WRITE_THROUGH: it is on the
    // disk when MoveFileExW returns. A folder cannot be flushed like a file.
    return QFileInfo(path).isDir();
}

bool replaceFile(const QString &from, const QString &to)
{
    return MoveFileExW(native(from).c_str(), native(to).c_str(),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0;
}

bool renameWithoutReplacing(const QString &from, const QString &to)
{
    // Without MOVEFILE_REPLACE_EXISTING the system refuses an existing target in the same step
    // as the rename (ERROR_ALREADY_EXISTS), so nothing can appear in between.
    return MoveFileExW(native(from).c_str(), native(to).c_str(), MOVEFILE_WRITE_THROUGH) != 0;
}

bool createHardLink(const QString &existing, const QString &link)
{
    return CreateHardLinkW(native(link).c_str(), native(existing).c_str(), nullptr) != 0;
}

std::optional<int> runInstead(const QString &program, char ** /*arguments*/, QString &error)
{
    // main()'s argv is in the ANSI code page and loses characters; the wide command line
    // carries the arguments exactly as they were given.
    const std::wstring path = native(program);
    std::wstring commandLine =
        L"\"" + path + L"\"" + std::wstring(argumentsAfterProgram(GetCommandLineW()));
    STARTUPINFOW startup = {};
    startup.cb = sizeof(startup);
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    PROCESS_INFORMATION process = {};
    if (!CreateProcessW(path.c_str(), commandLine.data(), nullptr, nullptr, TRUE, 0, nullptr,
                        nullptr, &startup, &process)) {
        error = systemMessage(GetLastError());
        return std::nullopt;
    }
    CloseHandle(process.hThread);
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD exitCode = 1;
    GetExitCodeProcess(process.hProcess, &exitCode);
    CloseHandle(process.hProcess);
    return static_cast<int>(exitCode);
}

bool standardInputIsTerminal()
{
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
}

void setStandardInputEcho(bool on)
{
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(input, &mode))
        return;
    SetConsoleMode(input, on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~DWORD(ENABLE_ECHO_INPUT)));
}

} // namespace iotdesk::core::Platform
