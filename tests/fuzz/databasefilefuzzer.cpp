// Fuzz target: DatabaseFile::inspect, which decides from a file's header and SQLite's own
// reading whether IoT Desk may open it. The bytes are written to a file of their own; whatever
// they are, inspect() answers with facts or one of its refusals and leaves the file exactly as
// it was, with nothing beside it.
#include "core/storage/databasefile.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using iotdesk::core::DatabaseFile;
using iotdesk::core::ErrorCode;

namespace {

QTemporaryDir *folder = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    iotdesk::fuzz::initialise(argc, argv);
    folder = new QTemporaryDir; // lives as long as the process, as libFuzzer's runs do
    IOTDESK_FUZZ_CHECK(folder->isValid());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = iotdesk::fuzz::bytes(data, size);
    const QString path = folder->filePath(u"inspected.sqlite"_s);
    {
        QFile file(path);
        IOTDESK_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        IOTDESK_FUZZ_CHECK(file.write(bytes) == bytes.size());
    }

    const auto facts = DatabaseFile::inspect(path);
    if (facts) {
        IOTDESK_FUZZ_CHECK(facts->exists);
        IOTDESK_FUZZ_CHECK(facts->empty == bytes.isEmpty());
        IOTDESK_FUZZ_CHECK(facts->applicationId == 0 ||
                           facts->applicationId == DatabaseFile::kApplicationId);
    } else {
        const ErrorCode code = facts.error().code();
        IOTDESK_FUZZ_CHECK(code == ErrorCode::NotADatabase || code == ErrorCode::Damaged ||
                           code == ErrorCode::Foreign || code == ErrorCode::TooNew);
        IOTDESK_FUZZ_CHECK(!facts.message().isEmpty());
    }

    QFile file(path);
    IOTDESK_FUZZ_CHECK(file.open(QIODevice::ReadOnly));
    IOTDESK_FUZZ_CHECK(file.readAll() == bytes);
    IOTDESK_FUZZ_CHECK(QDir(folder->path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
    return 0;
}
