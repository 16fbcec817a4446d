// Benchmarks on a national-scale file (NationalFile). Each measured operation has a baseline
// in the same run, the way it would be done without this design, so results read as ratios.
// Run: build/tests/iotdesk_bench (see docs/benchmarks.md).
#include "core/consultations/consultationlistmodel.h"
#include "core/datafile/datafile.h"
#include "core/documents/consultationexporter.h"
#include "core/foundation/csvwriter.h"
#include "core/foundation/japanesetext.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/localgovernmentmodel.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/overview/dashboarddata.h"
#include "core/overview/globalsearch.h"
#include "core/storage/changehistory.h"
#include "core/storage/changenotifier.h"
#include "core/storage/database.h"
#include "nationalfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

QString g_path;

// VmRSS of this process, from /proc.
long residentKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLong();
    }
    return -1;
}

core::OpenOptions benchOptions()
{
    core::OpenOptions options;
    options.dailyBackup = false;
    return options;
}

std::unique_ptr<core::Database> openBenchFile()
{
    auto db = core::openDatabase(g_path, benchOptions());
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        std::abort();
    }
    return std::move(db.value());
}

// Open the file and show the first screen of the Municipalities page (50 rows).
void OpenAndFirstPage(benchmark::State &state)
{
    for (auto _ : state) {
        auto db = openBenchFile();
        core::LocalGovernmentModel model(db->connection());
        for (int row = 0; row < 50; ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                benchmark::DoNotOptimize(model.data(model.index(row, column)));
        }
    }
}
BENCHMARK(OpenAndFirstPage)->Unit(benchmark::kMillisecond);

const QString kMunicipalitiesQuery =
    u"SELECT lg.code6, p.name_ja, b.name_ja, lg.kind, lg.name, lg.name_kana_mic FROM "
    "local_governments lg JOIN prefectures p ON p.code = lg.prefecture_code JOIN bureaus b ON "
    "b.id = p.bureau_id ORDER BY lg.code6"_s;

// Baseline: a plain open without any of the checks (header, quick_check, versions, backup
// due) and the same query through QSqlQueryModel. The difference is the price of refusing a
// damaged file before touching it.
void OpenAndFirstPage_BaselineUncheckedOpenQSqlQueryModel(benchmark::State &state)
{
    for (auto _ : state) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"baseline"_s);
            db.setDatabaseName(g_path);
            db.open();
            QSqlQueryModel model;
            model.setQuery(kMunicipalitiesQuery, db);
            for (int row = 0; row < 50; ++row) {
                for (int column = 0; column < model.columnCount(); ++column)
                    benchmark::DoNotOptimize(model.data(model.index(row, column)));
            }
        }
        QSqlDatabase::removeDatabase(u"baseline"_s);
    }
}
BENCHMARK(OpenAndFirstPage_BaselineUncheckedOpenQSqlQueryModel)->Unit(benchmark::kMillisecond);

class SearchFixture : public benchmark::Fixture
{
public:
    void SetUp(const benchmark::State &) override { m_db = openBenchFile(); }
    void TearDown(const benchmark::State &) override { m_db.reset(); }

protected:
    std::unique_ptr<core::Database> m_db;
};

// The first screen of the Municipalities page on an open file.
BENCHMARK_DEFINE_F(SearchFixture, FirstPage)(benchmark::State &state)
{
    for (auto _ : state) {
        core::LocalGovernmentModel model(m_db->connection());
        for (int row = 0; row < 50; ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                benchmark::DoNotOptimize(model.data(model.index(row, column)));
        }
    }
}
BENCHMARK_REGISTER_F(SearchFixture, FirstPage)->Unit(benchmark::kMicrosecond);

// Baseline: QSqlQueryModel over the same query (it fetches 256 rows, we fetch all 1,788).
BENCHMARK_DEFINE_F(SearchFixture, FirstPage_BaselineQSqlQueryModel)(benchmark::State &state)
{
    for (auto _ : state) {
        QSqlQueryModel model;
        model.setQuery(kMunicipalitiesQuery, m_db->connection());
        for (int row = 0; row < 50; ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                benchmark::DoNotOptimize(model.data(model.index(row, column)));
        }
    }
}
BENCHMARK_REGISTER_F(SearchFixture, FirstPage_BaselineQSqlQueryModel)
    ->Unit(benchmark::kMicrosecond);

const QStringList kSearchTerms = {u"ふちゅう"_s, u"府中市"_s, u"ﾘｭｳｶﾞｻｷ"_s,
                                  u"龍ヶ崎市"_s, u"131016"_s, u"梼原"_s};

// Local-government search as the GUI and the CLI run it (normalised keys stored in the
// table, compared in SQL).
BENCHMARK_DEFINE_F(SearchFixture, LocalGovernmentSearch)(benchmark::State &state)
{
    const core::LocalGovernmentRepository repository(m_db->connection());
    qsizetype i = 0;
    for (auto _ : state) {
        core::LocalGovernmentQuery query;
        query.text = kSearchTerms[i++ % kSearchTerms.size()];
        benchmark::DoNotOptimize(repository.search(query));
    }
}
BENCHMARK_REGISTER_F(SearchFixture, LocalGovernmentSearch)->Unit(benchmark::kMicrosecond);

// Baseline: without stored keys every row's names are read and normalised for each search.
BENCHMARK_DEFINE_F(SearchFixture, LocalGovernmentSearch_BaselineNormaliseEveryRow)
(benchmark::State &state)
{
    qsizetype i = 0;
    for (auto _ : state) {
        const QString key = core::JapaneseText::searchKey(kSearchTerms[i++ % kSearchTerms.size()]);
        QSqlQuery query(m_db->connection());
        query.setForwardOnly(true);
        query.exec(
            u"SELECT code6, name, name_mic, name_kana, name_kana_mic FROM local_governments"_s);
        QStringList hits;
        while (query.next()) {
            for (int column = 1; column <= 4; ++column) {
                if (core::JapaneseText::searchKey(query.value(column).toString()).contains(key)) {
                    hits.append(query.value(0).toString());
                    break;
                }
            }
        }
        benchmark::DoNotOptimize(hits);
    }
}
BENCHMARK_REGISTER_F(SearchFixture, LocalGovernmentSearch_BaselineNormaliseEveryRow)
    ->Unit(benchmark::kMicrosecond);

// The change history of one local government, among a million entries (index on entity, id).
BENCHMARK_DEFINE_F(SearchFixture, HistoryOfOneRecord)(benchmark::State &state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(core::ChangeHistory::entries(
            m_db->connection(), u"local_government"_s, u"131016"_s, 50));
    }
}
BENCHMARK_REGISTER_F(SearchFixture, HistoryOfOneRecord)->Unit(benchmark::kMicrosecond);

// Baseline: the same question with the index unusable (a full scan).
BENCHMARK_DEFINE_F(SearchFixture, HistoryOfOneRecord_BaselineFullScan)(benchmark::State &state)
{
    for (auto _ : state) {
        QSqlQuery query(m_db->connection());
        query.setForwardOnly(true);
        query.prepare(
            u"SELECT id, changed_at, changed_by, field, old_value, new_value FROM history "
            "WHERE +entity = ? AND +entity_id = ? ORDER BY id DESC LIMIT 50"_s);
        query.addBindValue(u"local_government"_s);
        query.addBindValue(u"131016"_s);
        query.exec();
        int rows = 0;
        while (query.next())
            ++rows;
        benchmark::DoNotOptimize(rows);
    }
}
BENCHMARK_REGISTER_F(SearchFixture, HistoryOfOneRecord_BaselineFullScan)
    ->Unit(benchmark::kMillisecond);

// The consultation list: a million rows.

// The joined query a plain QSqlQueryModel would show the list with, newest first.
QString consultationQuery(const QString &where)
{
    return u"SELECT c.id, c.occurred_at, c.lg_code6, g.name, cp.name, co.name, c.channel, "
           "c.direction, c.topics, c.duration_minutes, c.summary FROM consultations c JOIN "
           "local_governments g ON g.code6 = c.lg_code6 LEFT JOIN contacts cp ON cp.id = "
           "c.counterpart_id LEFT JOIN contacts co ON co.id = c.consultant_id "_s +
           where + u" ORDER BY c.occurred_at DESC, c.id DESC"_s;
}

void readScreen(const QAbstractItemModel &model, int firstRow)
{
    for (int row = firstRow; row < std::min(firstRow + 50, model.rowCount()); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            benchmark::DoNotOptimize(model.data(model.index(row, column)));
    }
}

// Open the list (count the rows) and show its first screen.
BENCHMARK_DEFINE_F(SearchFixture, ConsultationsFirstPage)(benchmark::State &state)
{
    for (auto _ : state) {
        core::ConsultationListModel model(*m_db);
        readScreen(model, 0);
    }
}
BENCHMARK_REGISTER_F(SearchFixture, ConsultationsFirstPage)->Unit(benchmark::kMillisecond);

BENCHMARK_DEFINE_F(SearchFixture, ConsultationsFirstPage_BaselineQSqlQueryModel)
(benchmark::State &state)
{
    for (auto _ : state) {
        QSqlQueryModel model;
        model.setQuery(consultationQuery({}), m_db->connection());
        readScreen(model, 0);
    }
}
BENCHMARK_REGISTER_F(SearchFixture, ConsultationsFirstPage_BaselineQSqlQueryModel)
    ->Unit(benchmark::kMillisecond);

// Jump to the end of the list: the last screen.
BENCHMARK_DEFINE_F(SearchFixture, ConsultationsLastRow)(benchmark::State &state)
{
    core::ConsultationListModel model(*m_db);
    for (auto _ : state) {
        model.reload(); // forget the pages read
        readScreen(model, model.rowCount() - 50);
    }
}
BENCHMARK_REGISTER_F(SearchFixture, ConsultationsLastRow)->Unit(benchmark::kMillisecond);

// QSqlQueryModel reaches the last row only by fetching every row before it.
BENCHMARK_DEFINE_F(SearchFixture, ConsultationsLastRow_BaselineQSqlQueryModel)
(benchmark::State &state)
{
    for (auto _ : state) {
        QSqlQueryModel model;
        model.setQuery(consultationQuery({}), m_db->connection());
        while (model.canFetchMore())
            model.fetchMore();
        readScreen(model, model.rowCount() - 50);
    }
}
BENCHMARK_REGISTER_F(SearchFixture, ConsultationsLastRow_BaselineQSqlQueryModel)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);

// A filter changed: one local government (about 560 consultations over ten years).
BENCHMARK_DEFINE_F(SearchFixture, ConsultationsFilterChange)(benchmark::State &state)
{
    core::ConsultationListModel model(*m_db);
    core::ConsultationFilter filter;
    int i = 0;
    const QStringList codes = {u"132063"_s, u"011002"_s, u"394050"_s, u"472018"_s};
    for (auto _ : state) {
        filter.lgCode6 = codes[i++ % codes.size()];
        model.setFilter(filter);
        readScreen(model, 0);
    }
}
BENCHMARK_REGISTER_F(SearchFixture, ConsultationsFilterChange)->Unit(benchmark::kMillisecond);

BENCHMARK_DEFINE_F(SearchFixture, ConsultationsFilterChange_BaselineQSqlQueryModel)
(benchmark::State &state)
{
    int i = 0;
    const QStringList codes = {u"132063"_s, u"011002"_s, u"394050"_s, u"472018"_s};
    for (auto _ : state) {
        QSqlQueryModel model;
        model.setQuery(
            consultationQuery(u"WHERE c.lg_code6 = '%1'"_s.arg(codes[i++ % codes.size()])),
            m_db->connection());
        readScreen(model, 0);
    }
}
BENCHMARK_REGISTER_F(SearchFixture, ConsultationsFilterChange_BaselineQSqlQueryModel)
    ->Unit(benchmark::kMillisecond);

// Full-text search: a common word (in about one consultation in eleven), a rare one (one in a
// thousand), and the common word within one local government; the matches and their first
// screen.
struct SearchCase
{
    QString text;
    QString code6;
};
const SearchCase kSearchCases[] = {
    {u"補助金の申請"_s, {}}, {u"ローカル5G"_s, {}}, {u"補助金の申請"_s, u"132063"_s}};

BENCHMARK_DEFINE_F(SearchFixture, ConsultationSearch)(benchmark::State &state)
{
    core::ConsultationListModel model(*m_db);
    core::ConsultationFilter filter;
    filter.text = kSearchCases[state.range(0)].text;
    filter.lgCode6 = kSearchCases[state.range(0)].code6;
    int i = 0;
    for (auto _ : state) {
        // The same words with and without a trailing space: a new search every time.
        core::ConsultationFilter typed = filter;
        if (i++ % 2 == 1)
            typed.text += u' ';
        model.setFilter(typed);
        readScreen(model, 0);
    }
    state.counters["listed"] = model.rowCount();
}
BENCHMARK_REGISTER_F(SearchFixture, ConsultationSearch)
    ->DenseRange(0, 2)
    ->Unit(benchmark::kMillisecond);

// Baseline: the count and the first screen with LIKE, which reads every row.
BENCHMARK_DEFINE_F(SearchFixture, ConsultationSearch_BaselineLike)(benchmark::State &state)
{
    const SearchCase &search = kSearchCases[state.range(0)];
    QString like = u"WHERE (c.summary LIKE '%%1%' OR c.advice LIKE '%%1%' OR "
                   "c.mail_subject LIKE '%%1%' OR c.mail_body LIKE '%%1%')"_s.arg(search.text);
    if (!search.code6.isEmpty())
        like += u" AND c.lg_code6 = '%1'"_s.arg(search.code6);
    for (auto _ : state) {
        QSqlQuery count(m_db->connection());
        count.exec(u"SELECT count(*) FROM consultations c "_s + like);
        count.next();
        benchmark::DoNotOptimize(count.value(0));
        QSqlQueryModel model;
        model.setQuery(consultationQuery(like), m_db->connection());
        readScreen(model, 0);
    }
}
BENCHMARK_REGISTER_F(SearchFixture, ConsultationSearch_BaselineLike)
    ->DenseRange(0, 2)
    ->Unit(benchmark::kMillisecond);

// An export of one fiscal year's consultations (about 100,000 rows).
core::ConsultationFilter exportFilter()
{
    core::ConsultationFilter filter;
    filter.from = QDate(2020, 4, 1);
    filter.to = QDate(2021, 3, 31);
    return filter;
}

BENCHMARK_DEFINE_F(SearchFixture, ConsultationsExport)(benchmark::State &state)
{
    const QString path = QDir::tempPath() +
                         (state.range(0) == 0 ? u"/iotdesk-bench.csv"_s : u"/iotdesk-bench.xlsx"_s);
    int rows = 0;
    for (auto _ : state) {
        const auto written =
            state.range(0) == 0
                ? core::ConsultationExporter::writeCsv(*m_db, exportFilter(), path)
                : core::ConsultationExporter::writeXlsx(*m_db, exportFilter(), path);
        rows = written ? *written : -1;
    }
    state.counters["rows"] = rows;
    state.counters["rss_MB"] = double(residentKilobytes()) / 1024.0;
    QFile::remove(path);
}
BENCHMARK_REGISTER_F(SearchFixture, ConsultationsExport)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);

// Baseline: the rows read into a QSqlQueryModel, then written as one CSV document.
BENCHMARK_DEFINE_F(SearchFixture, ConsultationsExport_BaselineQSqlQueryModel)
(benchmark::State &state)
{
    const QString path = QDir::tempPath() + u"/iotdesk-bench-baseline.csv"_s;
    const core::ConsultationQuery query(exportFilter(), core::Engine::SQLite);
    QString where = query.where();
    for (const QVariant &value : query.values())
        where.replace(where.indexOf(u'?'), 1, u"'"_s + value.toString() + u"'"_s);
    for (auto _ : state) {
        QSqlQueryModel model;
        model.setQuery(consultationQuery(where), m_db->connection());
        while (model.canFetchMore())
            model.fetchMore();
        QList<QStringList> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList fields;
            for (int column = 0; column < model.columnCount(); ++column)
                fields << model.data(model.index(row, column)).toString();
            rows << fields;
        }
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(core::CsvWriter::document(rows));
    }
    state.counters["rss_MB"] = double(residentKilobytes()) / 1024.0;
    QFile::remove(path);
}
BENCHMARK_REGISTER_F(SearchFixture, ConsultationsExport_BaselineQSqlQueryModel)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);

// Resident memory after the list has been opened, scrolled to its end and through 20 pages
// scattered over it.
BENCHMARK_DEFINE_F(SearchFixture, ConsultationsResidentMemory)(benchmark::State &state)
{
    for (auto _ : state) {
        core::ConsultationListModel model(*m_db);
        readScreen(model, 0);
        readScreen(model, model.rowCount() - 50);
        for (int i = 1; i <= 20; ++i)
            readScreen(model, model.rowCount() / 21 * i);
    }
    state.counters["rss_MB"] = double(residentKilobytes()) / 1024.0;
}
BENCHMARK_REGISTER_F(SearchFixture, ConsultationsResidentMemory)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

// The change notifier's look at the file when nothing changed (what the window does every
// second): the pragma and the cursor check.
BENCHMARK_DEFINE_F(SearchFixture, ChangePollIdle)(benchmark::State &state)
{
    core::ChangeNotifier &changes = m_db->changes();
    for (auto _ : state)
        changes.poll();
}
BENCHMARK_REGISTER_F(SearchFixture, ChangePollIdle)->Unit(benchmark::kMicrosecond);

// Baseline: the smallest statement the driver can run.
BENCHMARK_DEFINE_F(SearchFixture, ChangePollIdle_BaselineSelectOne)(benchmark::State &state)
{
    QSqlQuery query(m_db->connection());
    for (auto _ : state) {
        query.exec(u"SELECT 1"_s);
        query.next();
        benchmark::DoNotOptimize(query.value(0));
    }
}
BENCHMARK_REGISTER_F(SearchFixture, ChangePollIdle_BaselineSelectOne)
    ->Unit(benchmark::kMicrosecond);

// Ctrl+K for a common name over a million consultations: every kind through its own index.
BENCHMARK_DEFINE_F(SearchFixture, GlobalSearchCommonName)(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(core::GlobalSearch::find(*m_db, u"府中"_s));
}
BENCHMARK_REGISTER_F(SearchFixture, GlobalSearchCommonName)->Unit(benchmark::kMillisecond);

// Baseline: the naive "find anything", a substring scan of the consultations' summaries.
BENCHMARK_DEFINE_F(SearchFixture, GlobalSearchCommonName_BaselineLike)(benchmark::State &state)
{
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    for (auto _ : state) {
        query.prepare(u"SELECT id FROM consultations WHERE summary LIKE ? ORDER BY id DESC "
                      "LIMIT 6"_s);
        query.addBindValue(u"%府中%"_s);
        query.exec();
        while (query.next())
            benchmark::DoNotOptimize(query.value(0));
    }
}
BENCHMARK_REGISTER_F(SearchFixture, GlobalSearchCommonName_BaselineLike)
    ->Unit(benchmark::kMillisecond);

// The dashboard's figures for the last program year (FY2027) as of the end of its fiscal
// year: applications per bureau over every local government, reports per month, the year's
// consultations per month and channel (about 100,000 rows read through the time index), the
// open follow-ups by age and the attendance per meeting.
const qint64 kDashboardProgram = 10;
const QDate kDashboardToday(2028, 3, 31);

BENCHMARK_DEFINE_F(SearchFixture, DashboardAggregates)(benchmark::State &state)
{
    int consultations = 0;
    for (auto _ : state) {
        const auto data = core::DashboardData::load(*m_db, kDashboardProgram, kDashboardToday);
        if (!data) {
            state.SkipWithError(qPrintable(data.message()));
            return;
        }
        consultations = 0;
        for (const auto &month : data->consultations) {
            for (int count : month.byChannel)
                consultations += count;
        }
        benchmark::DoNotOptimize(data);
    }
    state.counters["consultations"] = consultations;
}
BENCHMARK_REGISTER_F(SearchFixture, DashboardAggregates)->Unit(benchmark::kMillisecond);

// Baseline: the very statements of DashboardData::load with the same parameters, run bare
// (forward-only QSqlQuery, every value of every row read), without building the figures.
BENCHMARK_DEFINE_F(SearchFixture, DashboardAggregates_BaselineBareSql)(benchmark::State &state)
{
    const QString today = kDashboardToday.toString(Qt::ISODate);
    const struct
    {
        QString sql;
        QVariantList values;
    } statements[] = {
        {u"SELECT fiscal_year FROM programs WHERE id = ?"_s, {kDashboardProgram}},
        {u"SELECT b.id, b.name_ja, b.name_en, count(a.id), coalesce(sum(a.decision = "
         "'selected'), 0) FROM bureaus b LEFT JOIN prefectures p ON p.bureau_id = "
         "b.id LEFT JOIN local_governments g ON g.prefecture_code = p.code LEFT JOIN "
         "application_members am ON am.lg_code6 = g.code6 AND am.is_lead = 1 LEFT JOIN "
         "applications a ON a.id = am.application_id AND a.program_id = ? GROUP BY "
         "b.id ORDER BY b.id"_s,
         {kDashboardProgram}},
        {u"SELECT r.month, sum(r.received_on IS NOT NULL AND r.received_on <= "
         "r.due_on), sum(r.received_on > r.due_on), sum(r.received_on IS NULL AND "
         "r.due_on < ?) FROM monthly_reports r JOIN applications a ON a.id = "
         "r.application_id WHERE a.program_id = ? AND (r.cancelled = 0 OR "
         "r.received_on IS NOT NULL) GROUP BY r.month"_s,
         {today, kDashboardProgram}},
        {u"SELECT substr(datetime(occurred_at, '+9 hours'), 1, 7), channel, "
         "count(*) FROM consultations WHERE occurred_at >= ? AND occurred_at < ? "
         "GROUP BY 1, 2"_s,
         {core::JapanTime::dayStartText(QDate(2027, 4, 1)),
          core::JapanTime::dayStartText(QDate(2028, 4, 1))}},
        {u"SELECT CASE WHEN age <= 7 THEN 0 WHEN age <= 30 THEN 1 WHEN age <= 90 THEN 2 "
         "ELSE 3 END, count(*) FROM (SELECT julianday(?) - julianday(date(c.occurred_at, "
         "'+9 hours')) AS age FROM follow_ups f JOIN consultations c ON c.id = "
         "f.consultation_id WHERE f.done_on IS NULL AND c.occurred_at >= ? AND "
         "c.occurred_at < ?) GROUP BY 1"_s,
         {today, core::JapanTime::dayStartText(QDate(2027, 4, 1)),
          core::JapanTime::dayStartText(QDate(2028, 4, 1))}},
        {u"SELECT m.id, m.seq, m.kind, m.name_ja, m.name_en, count(a.day_no), "
         "coalesce(sum(a.state = 'attended'), 0) FROM program_meetings m LEFT JOIN "
         "meeting_sessions s ON s.meeting_id = m.id AND s.cancelled = 0 AND "
         "s.first_day IS NOT NULL LEFT JOIN participants x ON x.session_id = s.id "
         "LEFT JOIN attendance a ON a.participant_id = x.id AND date(s.first_day, "
         "'+' || (a.day_no - 1) || ' days') < ? WHERE m.program_id = ? GROUP BY m.id "
         "ORDER BY m.seq"_s,
         {today, kDashboardProgram}},
    };
    int consultations = 0;
    for (auto _ : state) {
        consultations = 0;
        for (const auto &statement : statements) {
            QSqlQuery query(m_db->connection());
            query.setForwardOnly(true);
            query.prepare(statement.sql);
            for (const QVariant &value : statement.values)
                query.addBindValue(value);
            if (!query.exec()) {
                state.SkipWithError(qPrintable(query.lastError().text()));
                return;
            }
            const int columns = query.record().count();
            while (query.next()) {
                for (int column = 0; column < columns; ++column)
                    benchmark::DoNotOptimize(query.value(column));
                if (&statement == &statements[3])
                    consultations += query.value(2).toInt();
            }
        }
    }
    state.counters["consultations"] = consultations;
}
BENCHMARK_REGISTER_F(SearchFixture, DashboardAggregates_BaselineBareSql)
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    g_path = qEnvironmentVariable("IOTDESK_BENCH_FILE",
                                  QDir::tempPath() + u"/iotdesk-national.sqlite"_s);
    std::fprintf(stderr, "national-scale file: %s\n", qPrintable(g_path));
    if (auto made = bench::NationalFile::ensure(g_path); !made) {
        std::fprintf(stderr, "cannot create it: %s\n", qPrintable(made.message()));
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
