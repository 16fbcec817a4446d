// The consultation list over a million consultations on the team server, as ratios to the same
// operations on the local file in the same run. The national-scale file (NationalFile, the one
// iotdesk_bench uses) is uploaded to a server database with DatabaseCopy, as `server upload`
// does, into a database `server init` prepared; then every operation of the list is measured on
// the file and on the server one after the other, so both see the same load of the machine,
// and a table of server / file ratios ends the run.
//
// Run: pg_virtualenv build/tests/iotdesk_server_bench [benchmark options]
//   (or with PGHOST, PGPORT, PGUSER, PGPASSWORD set; see docs/benchmarks.md). A server
//   database that already holds the national file (iotdesk_bench_national) is reused; inside
//   pg_virtualenv the cluster is new, so every run uploads and says how long it took.
#include "core/consultations/consultationlistmodel.h"
#include "core/datafile/datafile.h"
#include "core/storage/database.h"
#include "core/storage/databasecopy.h"
#include "nationalfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

const QString kServerDatabase = u"iotdesk_bench_national"_s;

// One statement on the server's maintenance database (creating and dropping databases).
bool onMaintenanceDatabase(const QString &sql, QVariant *value = nullptr)
{
    const QString name = u"maintenance"_s;
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isValid()) {
            const core::ServerAddress address = core::ServerAddress::fromEnvironment(
                qEnvironmentVariable("PGDATABASE", u"postgres"_s));
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(address.host);
            db.setPort(address.port);
            db.setUserName(address.user);
            db.setPassword(address.password);
            db.setDatabaseName(address.database);
        }
        if (!db.isOpen() && !db.open()) {
            std::fprintf(stderr, "cannot reach the server: %s\n",
                         qPrintable(db.lastError().text()));
            return false;
        }
        QSqlQuery query(db);
        done = query.exec(sql);
        if (!done)
            std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
        else if (value && query.next())
            *value = query.value(0);
    }
    return done;
}

qint64 consultationsIn(const core::Database &db)
{
    QSqlQuery count(db.connection());
    return count.exec(u"SELECT count(*) FROM consultations"_s) && count.next()
               ? count.value(0).toLongLong()
               : -1;
}

// The national file on the server: a new database prepared as `server init` prepares one, the
// file uploaded as `server upload` uploads it (timed), then vacuumed and analysed as autovacuum
// leaves a table a minute after a million rows arrived. A database that already holds as many
// consultations as the file is kept.
std::unique_ptr<core::Database> nationalServer(const core::Database &file)
{
    const core::ServerAddress address = core::ServerAddress::fromEnvironment(kServerDatabase);
    QVariant exists;
    if (!onMaintenanceDatabase(
            u"SELECT count(*) FROM pg_database WHERE datname = '%1'"_s.arg(kServerDatabase),
            &exists))
        return {};
    if (exists.toInt() == 1) {
        if (auto kept = core::openServerDatabase(address);
            kept && consultationsIn(**kept) == consultationsIn(file)) {
            std::fprintf(stderr, "the national file is already on the server (%s)\n",
                         qPrintable(address.url()));
            return std::move(kept.value());
        }
    }
    if (!onMaintenanceDatabase(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(kServerDatabase)) ||
        !onMaintenanceDatabase(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE "
                               "'C.UTF-8'"_s.arg(kServerDatabase)))
        return {};
    auto server = core::initialiseServerDatabase(address);
    if (!server) {
        std::fprintf(stderr, "server init: %s\n", qPrintable(server.message()));
        return {};
    }
    std::fprintf(stderr, "uploading the national file to %s …\n", qPrintable(address.url()));
    QElapsedTimer clock;
    clock.start();
    const auto copied = core::DatabaseCopy::replaceAll(file.connection(), (*server)->connection());
    if (!copied) {
        std::fprintf(stderr, "upload: %s\n", qPrintable(copied.message()));
        return {};
    }
    std::fprintf(stderr, "upload of the national file: %.1f s (%lld rows of %lld tables)\n",
                 double(clock.elapsed()) / 1000.0, static_cast<long long>(copied->rows()),
                 static_cast<long long>(copied->tables.size()));
    clock.restart();
    QSqlQuery vacuum((*server)->connection());
    if (!vacuum.exec(u"VACUUM (ANALYZE)"_s)) {
        std::fprintf(stderr, "VACUUM: %s\n", qPrintable(vacuum.lastError().text()));
        return {};
    }
    std::fprintf(stderr, "VACUUM (ANALYZE): %.1f s\n", double(clock.elapsed()) / 1000.0);
    return std::move(server.value());
}

// The operations of the list, as iotdesk_bench's Consultation* benchmarks run them on the file.

// Reads a screen of the list; a failure (the model's error) ends the benchmark with it, so that
// a statement the server refuses is never timed as a fast one.
bool readScreen(benchmark::State &state, const core::ConsultationListModel &model, int firstRow)
{
    for (int row = firstRow; row < std::min(firstRow + 50, model.rowCount()); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            benchmark::DoNotOptimize(model.data(model.index(row, column)));
    }
    if (model.lastError().isEmpty() && model.rowCount() > 0)
        return true;
    state.SkipWithError(model.lastError().isEmpty() ? "nothing listed"
                                                    : qPrintable(model.lastError()));
    return false;
}

// Open the list (count the rows) and show its first screen.
void firstPage(benchmark::State &state, const core::Database *db)
{
    for (auto _ : state) {
        core::ConsultationListModel model(*db);
        if (!readScreen(state, model, 0))
            break;
    }
}

// Jump to the end of the list: the last screen.
void lastRow(benchmark::State &state, const core::Database *db)
{
    core::ConsultationListModel model(*db);
    for (auto _ : state) {
        model.reload(); // forget the pages read
        if (!readScreen(state, model, model.rowCount() - 50))
            break;
    }
}

// A filter changed: one local government (about 560 consultations over ten years).
void filterChange(benchmark::State &state, const core::Database *db)
{
    core::ConsultationListModel model(*db);
    core::ConsultationFilter filter;
    int i = 0;
    const QStringList codes = {u"132063"_s, u"011002"_s, u"394050"_s, u"472018"_s};
    for (auto _ : state) {
        filter.lgCode6 = codes[i++ % codes.size()];
        model.setFilter(filter);
        if (!readScreen(state, model, 0))
            break;
    }
}

// Full-text search: a common phrase (in about one consultation in eleven), a rare word (one in
// a thousand), and the common phrase within one local government; the matches and their first
// screen.
void search(benchmark::State &state, const core::Database *db, const QString &text,
            const QString &code6)
{
    core::ConsultationListModel model(*db);
    core::ConsultationFilter filter;
    filter.text = text;
    filter.lgCode6 = code6;
    int i = 0;
    for (auto _ : state) {
        // The same words with and without a trailing space: a new search every time.
        core::ConsultationFilter typed = filter;
        if (i++ % 2 == 1)
            typed.text += u' ';
        model.setFilter(typed);
        if (!readScreen(state, model, 0))
            break;
    }
    state.counters["listed"] = model.rowCount();
}

struct Operation
{
    std::string name;
    std::string description;
    std::function<void(benchmark::State &, const core::Database *)> run;
};

const std::vector<Operation> &operations()
{
    static const std::vector<Operation> all = {
        {"ConsultationsFirstPage", "open the list (count the rows) and show the first screen",
         firstPage},
        {"ConsultationsLastRow", "jump to the last row and show the last screen", lastRow},
        {"ConsultationsFilterChange", "change a filter (one local government), first screen",
         filterChange},
        {"ConsultationSearch/common", "search 補助金の申請: the 1,000 newest, first screen",
         [](benchmark::State &state, const core::Database *db) {
             search(state, db, u"補助金の申請"_s, {});
         }},
        {"ConsultationSearch/rare", "search ローカル5G",
         [](benchmark::State &state, const core::Database *db) {
             search(state, db, u"ローカル5G"_s, {});
         }},
        {"ConsultationSearch/common_in_one_government",
         "search 補助金の申請 within one local government",
         [](benchmark::State &state, const core::Database *db) {
             search(state, db, u"補助金の申請"_s, u"132063"_s);
         }},
    };
    return all;
}

// The console's report as usual, and each benchmark's time kept (the median when repeated) for
// the table of ratios at the end.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            if (run.error_occurred)
                continue;
            const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
            const bool single = run.run_type == Run::RT_Iteration && run.repetitions <= 1;
            if (median || single)
                m_milliseconds[run.run_name.function_name] =
                    run.GetAdjustedRealTime() *
                    (1000.0 / benchmark::GetTimeUnitMultiplier(run.time_unit));
        }
    }

    void printRatios() const
    {
        std::printf("\n%-50s %12s %12s %8s\n", "operation (medians, wall clock)", "server", "file",
                    "ratio");
        for (const Operation &operation : operations()) {
            const auto server = m_milliseconds.find(operation.name + "/server");
            const auto file = m_milliseconds.find(operation.name + "/file");
            if (server == m_milliseconds.end() || file == m_milliseconds.end())
                continue;
            std::printf("%-50s %9.2f ms %9.2f ms %7.2fx\n", operation.name.c_str(), server->second,
                        file->second, server->second / file->second);
        }
    }

private:
    std::map<std::string, double> m_milliseconds;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (!qEnvironmentVariableIsSet("PGHOST")) {
        std::fprintf(stderr, "no server: run inside pg_virtualenv, or with PGHOST, PGPORT, PGUSER "
                             "and PGPASSWORD set\n");
        return 1;
    }
    const QString path = qEnvironmentVariable("IOTDESK_BENCH_FILE",
                                              QDir::tempPath() + u"/iotdesk-national.sqlite"_s);
    std::fprintf(stderr, "national-scale file: %s\n", qPrintable(path));
    if (auto made = bench::NationalFile::ensure(path); !made) {
        std::fprintf(stderr, "cannot create it: %s\n", qPrintable(made.message()));
        return 1;
    }
    core::OpenOptions options;
    options.dailyBackup = false;
    auto file = core::openDatabase(path, options);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(file.message()));
        return 1;
    }
    const std::unique_ptr<core::Database> server = nationalServer(**file);
    if (!server)
        return 1;

    // Each operation on the file, then at once on the server. Wall-clock time: on the server
    // the work is done in another process.
    for (const Operation &operation : operations()) {
        for (const auto &[engine, db] :
             {std::pair{"file", file->get()}, {"server", server.get()}}) {
            benchmark::RegisterBenchmark((operation.name + '/' + engine).c_str(), operation.run, db)
                ->Unit(benchmark::kMillisecond)
                ->UseRealTime();
        }
    }
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatios();
    benchmark::Shutdown();
    return 0;
}
