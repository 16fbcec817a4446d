// What the fuzz targets share: the Qt application object that Qt SQL needs to load its
// drivers, made once per process, and a check that stops the run on a broken promise of the
// code under test (libFuzzer then keeps the input that broke it).
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace iotdesk::fuzz {

// Makes the QCoreApplication (test mode for QStandardPaths, Qt's warnings silenced: damaged
// input makes Qt SQL warn on every run, and printing that slows the fuzzer down).
void initialise(int *argc, char ***argv);

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// How many lines a text has, counted the way a reader names them: "\n", "\r\n" and a lone
// "\r" each end one.
qsizetype lineCount(const QByteArray &text);

// Prints what was expected and aborts.
[[noreturn]] void fail(const char *file, int line, const char *condition);

} // namespace iotdesk::fuzz

#define IOTDESK_FUZZ_CHECK(condition)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::iotdesk::fuzz::fail(__FILE__, __LINE__, #condition);                                 \
    } while (false)
