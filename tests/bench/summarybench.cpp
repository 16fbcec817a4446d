// The printed progress summary: the whole program for ten municipalities with a year of data
// (monthly reports, 2,000 consultations with follow-ups, four meetings with attendance), read
// and laid out as an A4 PDF. The baseline in the same run is the one-page published list of the
// same ten, the smallest PDF the program prints. Goal: the summary under a second.
// Run: build/tests/iotdesk_summary_bench (see docs/benchmarks.md).
#include "core/applications/applicationrepository.h"
#include "core/consultations/consultationrepository.h"
#include "core/datafile/datafile.h"
#include "core/meetings/meetingrepository.h"
#include "core/municipalities/contactrepository.h"
#include "core/overview/progresssummarydata.h"
#include "core/programs/programrepository.h"
#include "core/reports/reportrepository.h"
#include "core/selection/selectionpublication.h"
#include "core/storage/database.h"
#include "ui/print/progresssummary.h"
#include "ui/print/selectedlistreport.h"

#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

std::unique_ptr<core::Database> g_db;
QTemporaryDir *g_dir = nullptr;
const QDate kAsOf(2019, 3, 31);

// Ten selected municipalities of FY2018 with everything a year brings.
core::Result<void> fill(const core::Database &db)
{
    const QStringList codes = {u"011002"_s, u"042021"_s, u"132063"_s, u"152048"_s, u"172014"_s,
                               u"232033"_s, u"272124"_s, u"342084"_s, u"392014"_s, u"472018"_s};
    core::ApplicationRepository applications(db);
    core::ContactRepository contacts(db);
    QList<qint64> people;
    for (const QString &code : codes) {
        core::Application a;
        a.programId = 1;
        a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
        a.members = {{code, true}};
        a.contacts = {
            {u"担当 太郎"_s, u"企画課"_s, u"主査"_s, u"000-000-0000"_s, u"tanto@example.jp"_s}};
        a.decision = core::Decision::Selected;
        a.decisionRationale = u"地域課題が明確で、推進体制の構想が具体的である。"_s;
        a.overrideReason = u"ベンチマーク"_s;
        a.decidedAt = QDateTime(QDate(2018, 6, 29), QTime(6, 0), Qt::UTC);
        if (auto id = applications.create(a); !id)
            return id.error();
        core::Contact person;
        person.kind = core::ContactKind::Municipal;
        person.name = u"担当 太郎"_s;
        person.lgCode6 = code;
        auto id = contacts.add(person);
        if (!id)
            return id.error();
        people.append(*id);
    }
    core::ReportRepository reports(db);
    for (core::MonthlyReport r : reports.reports(1).value()) {
        r.receivedOn = r.dueOn.addDays(-2);
        r.channel = core::ReportChannel::Email;
        r.activities = u"庁内検討会を開催し、センサー設置場所の候補を整理した。"_s.repeated(3);
        r.progress = u"マイルストーン2まで完了。"_s;
        r.issues = u"通信環境の確保と予算措置。"_s;
        r.nextPlans = u"実証計画の素案を作成する。"_s;
        if (auto updated = reports.update(r); !updated)
            return updated.error();
    }
    QList<core::Consultation> log;
    for (int i = 0; i < 2000; ++i) {
        core::Consultation c;
        c.occurredAt = QDateTime(QDate(2018, 4, 2).addDays(i % 360), QTime(1 + i % 8, 0), Qt::UTC);
        c.lgCode6 = codes[i % codes.size()];
        c.channel = i % 3 == 0 ? core::Channel::Email : core::Channel::Phone;
        c.direction = core::Direction::Incoming;
        c.durationMinutes = 15 + i % 45;
        c.summary = u"実装計画の進め方について相談（%1）"_s.arg(i);
        if (i % 10 == 0)
            c.followUps.append({0, 0, u"資料を送付"_s, c.occurredAt.date().addDays(14), 0, {}});
        log.append(c);
    }
    if (auto stored = core::ConsultationRepository(db).createAll(log); !stored)
        return stored.error();
    core::MeetingRepository meetings(db);
    for (const core::SessionSummary &s : meetings.sessions(1).value()) {
        core::MeetingSession session = s.session;
        session.firstDay = s.meeting.plannedStart.addDays(2);
        if (auto updated = meetings.updateSession(session); !updated)
            return updated.error();
        auto added = meetings.addParticipants(session.id, people);
        if (!added)
            return added.error();
        QList<core::AttendanceChange> marks;
        for (qint64 p : *added) {
            for (int day = 1; day <= session.dayCount; ++day)
                marks.append({p, day, core::AttendanceMark{core::AttendanceState::Attended, {}}});
        }
        if (auto marked = meetings.setAttendance(marks); !marked)
            return marked.error();
    }
    return {};
}

void ProgressSummaryWholeProgram(benchmark::State &state)
{
    const QString path = g_dir->filePath(u"summary.pdf"_s);
    int pages = 0;
    for (auto _ : state) {
        const auto data = core::ProgressSummaryData::load(*g_db, 1, kAsOf);
        const ui::ProgressSummary summary(*data, core::DateFormatter(core::DateStyle::JapaneseEra),
                                          true);
        if (!summary.document().writePdf(path))
            state.SkipWithError("the PDF could not be written");
        pages = int(data->municipalities.size());
    }
    state.counters["municipalities"] = pages;
    state.counters["kB"] = double(QFileInfo(path).size()) / 1024;
}
BENCHMARK(ProgressSummaryWholeProgram)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The reading alone, to tell it from the layout.
void ProgressSummaryWholeProgram_ReadOnly(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(core::ProgressSummaryData::load(*g_db, 1, kAsOf));
}
BENCHMARK(ProgressSummaryWholeProgram_ReadOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void ProgressSummaryWholeProgram_BaselinePublishedList(benchmark::State &state)
{
    const QString path = g_dir->filePath(u"list.pdf"_s);
    for (auto _ : state) {
        const auto entries = core::SelectionPublication::entries(*g_db, 1);
        const ui::SelectedListReport report(
            core::ProgramRepository(*g_db).program(1).value(), *entries,
            core::DateFormatter(core::DateStyle::JapaneseEra), kAsOf);
        if (!report.writePdf(path))
            state.SkipWithError("the PDF could not be written");
    }
}
BENCHMARK(ProgressSummaryWholeProgram_BaselinePublishedList)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

} // namespace

int main(int argc, char **argv)
{
    // Laying out a PDF needs fonts, and so a GUI application, but never a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    g_dir = &dir;
    auto opened = core::openDatabase(dir.filePath(u"summary.sqlite"_s));
    if (!opened) {
        std::fprintf(stderr, "cannot create the file: %s\n", qPrintable(opened.message()));
        return 1;
    }
    g_db = std::move(opened.value());
    if (auto filled = fill(*g_db); !filled) {
        std::fprintf(stderr, "cannot fill the file: %s\n", qPrintable(filled.message()));
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_db.reset();
    return 0;
}
