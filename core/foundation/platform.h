// Platform: the few things IoT Desk asks of the operating system that Qt does not offer — who
// is logged in, writing a file through to the disk, renaming with or without replacing, hard
// links, and handing the process over to another program. One implementation per system:
// platform_posix.cpp (Linux and other POSIX systems) and platform_windows.cpp (the Win32 API);
// CMake builds the one that fits. No other source file of the program includes a system
// header (tests/checksystemheaders.cmake checks it).
#pragma once

#include <QString>

#include <optional>

namespace iotdesk::core::Platform {

// The login name of the user running the program (POSIX: the password database's entry for
// the effective user, then $USER; Windows: GetUserNameW, then %USERNAME%). Empty when the
// system cannot say.
QString loginName();

// Writes a file's data and size through to the disk, so that a power cut after a true return
// cannot lose them.
bool syncFile(const QString &path);

// Makes a folder's entries durable: a new name or a rename in it survives a power cut after a
// true return. POSIX needs the folder itself synced; on Windows the renames below write
// through and NTFS journals its folders, so there is nothing to do.
bool syncFolder(const QString &path);

// Puts `from` in place of `to` in one step, replacing a file already named `to`: whoever
// opens `to` finds either the old file or the new one, whole. (The C library's rename()
// refuses an existing target on Windows.)
bool replaceFile(const QString &from, const QString &to);

// Renames `from` to `to` only while nothing is named `to`: never replaces a file, not even
// one that appears at the same moment. False, and `from` left as it was, when `to` exists.
bool renameWithoutReplacing(const QString &from, const QString &to);

// A second name `link` for the file `existing` (same file system). False where the file
// system has no hard links (FAT, some network shares): the caller copies instead.
bool createHardLink(const QString &existing, const QString &link);

// Runs `program` in this process's place with this process's own arguments (the first one
// becomes `program`). `arguments` is main()'s argv, ended by a null pointer. POSIX replaces
// the process (execv), so the call returns only when that failed. Windows cannot replace a
// process: the program is started on this process's console and standard handles, the call
// waits for it and returns its exit code. Nothing, and the system's reason in `error`, when
// the program could not be started.
std::optional<int> runInstead(const QString &program, char **arguments, QString &error);

// Whether standard input is a terminal (a person typing), and turning the echo of what is
// typed there off and on again: for a password asked on the command line.
bool standardInputIsTerminal();
void setStandardInputEcho(bool on);

} // namespace iotdesk::core::Platform
