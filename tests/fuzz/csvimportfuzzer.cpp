// Fuzz target: the CSV import of applications, in its two layers. CsvReader::parse must
// number its records within the document, in order; ApplicationImporter::read (text
// decoding, headings, local governments looked up in a real database, dates, answers) must
// either refuse with a message or return applications, and never store anything.
#include "core/applications/applicationimporter.h"
#include "core/datafile/datafile.h"
#include "core/foundation/csvreader.h"
#include "core/storage/database.h"
#include "fuzzsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace iotdesk::core;

namespace {

struct Fixture
{
    QTemporaryDir folder;
    std::unique_ptr<Database> db;
};

Fixture *fixture = nullptr;

qint64 applicationCount()
{
    QSqlQuery query(fixture->db->connection());
    IOTDESK_FUZZ_CHECK(query.exec(u"SELECT count(*) FROM applications"_s) && query.next());
    return query.value(0).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    iotdesk::fuzz::initialise(argc, argv);
    fixture = new Fixture; // lives as long as the process, as libFuzzer's runs do
    IOTDESK_FUZZ_CHECK(fixture->folder.isValid());
    OpenOptions options;
    options.dailyBackup = false;
    auto db = openDatabase(fixture->folder.filePath(u"fuzz.sqlite"_s), options);
    IOTDESK_FUZZ_CHECK(db.ok());
    fixture->db = std::move(db).value();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = iotdesk::fuzz::bytes(data, size);

    if (const auto records = CsvReader::parse(bytes)) {
        const qsizetype lines = iotdesk::fuzz::lineCount(bytes);
        int previous = 0;
        for (const CsvRecord &record : *records) {
            IOTDESK_FUZZ_CHECK(record.line > previous && record.line <= lines);
            IOTDESK_FUZZ_CHECK(!record.fields.isEmpty());
            previous = record.line;
        }
    } else {
        IOTDESK_FUZZ_CHECK(!records.message().isEmpty());
    }

    const ApplicationImporter importer(*fixture->db);
    const auto applications = importer.read(bytes, 1);
    if (applications)
        IOTDESK_FUZZ_CHECK(!applications->isEmpty());
    else
        IOTDESK_FUZZ_CHECK(!applications.message().isEmpty());
    IOTDESK_FUZZ_CHECK(applicationCount() == 0);
    return 0;
}
