// The team's load: CLIENTS people at once, each on a connection of their own, each logging
// EACH consultations through the repository as the window does (one transaction each, with
// its history), and every tenth time correcting one consultation all of them share, from the
// version it just read. Then every consultation is counted: none lost, none twice, each
// client's own summaries all there; and of the shared corrections, each saved one started from
// a version no other saved one started from (none overwrote another unseen), and every other
// was refused as a conflict. Run on a local file (every client a connection to the same file) and,
// when a server is given, on the server; prints the commits per second of both in the same
// run, so the comparison is a ratio on the same machine.
//
// Run: build/tests/iotdesk_team_load [CLIENTS [EACH]]     (default 20 clients × 500)
//   inside pg_virtualenv (or with PGHOST, PGPORT, PGUSER, PGPASSWORD set) to add the server.
// With IOTDESK_RESTART_SERVER set to a command (pg_ctlcluster 15 regress restart), the server
// is restarted by it while the clients log: what was acknowledged must all be there, once;
// changes refused while it was down are not (and a commit whose acknowledgement the restart
// cut off may be there without having been counted).
// Exit 0 when nothing was lost or doubled on every engine, 1 otherwise.
#include "core/consultations/consultationrepository.h"
#include "core/datafile/datafile.h"
#include "core/foundation/userfolders.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace iotdesk;
using namespace Qt::StringLiterals;

namespace {

using Opener = std::function<core::Result<std::unique_ptr<core::Database>>()>;

struct Outcome
{
    double seconds = 0;
    qint64 logged = 0;   // acknowledged by the repository
    qint64 failed = 0;   // refused (each a reported failure)
    qint64 attempts = 0; // logged + refused
    qint64 stored = 0;   // rows in the table afterwards
    qint64 distinct = 0; // distinct summaries afterwards
    qint64 missing = 0;  // acknowledged but not stored
    qint64 doubled = 0;  // stored more than once
    // The corrections of the shared consultation.
    qint64 edits = 0;       // saved
    qint64 conflicts = 0;   // refused as a conflict (someone saved first)
    qint64 overwrites = 0;  // saved from a version another saved edit started from too
    int refusedClients = 0; // clients refused at least once (while the server was down)
    int back = 0;           // of those, the clients that saved again afterwards
};

// `restart`: a command that restarts the server, run once the clients are under way.
Outcome run(const Opener &open, int clients, int each, const QByteArray &restart = {})
{
    std::atomic<qint64> logged = 0;
    std::atomic<qint64> failed = 0;
    std::atomic<qint64> conflicts = 0;
    std::atomic<int> back = 0;
    std::atomic<int> refusedClients = 0;
    std::atomic<qint64> attempts = 0;
    std::mutex editsMutex;
    std::vector<qint64> editedFrom; // the version each saved correction started from
    qint64 shared = 0;
    if (auto db = open()) {
        core::Consultation c;
        c.lgCode6 = u"132063"_s;
        c.occurredAt = QDateTime::currentDateTimeUtc();
        c.summary = u"共有の相談（皆で補足する）"_s;
        if (const auto id = core::ConsultationRepository(**db).create(c))
            shared = *id;
    }
    std::vector<std::thread> threads;
    QElapsedTimer clock;
    clock.start();
    if (!restart.isEmpty()) {
        threads.emplace_back([&] {
            // Once a tenth of the consultations are in.
            while (logged + failed < qint64(clients) * each / 10)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            QTextStream(stdout) << "restarting the server: " << restart << '\n';
            if (std::system(restart.constData()) != 0)
                QTextStream(stderr) << "the restart command failed\n";
        });
    }
    for (int client = 0; client < clients; ++client) {
        threads.emplace_back([&, client] {
            auto db = open();
            if (!db) {
                QTextStream(stderr) << "client " << client << ": " << db.message() << '\n';
                failed += each;
                return;
            }
            (*db)->setUserName(u"client%1"_s.arg(client));
            core::ConsultationRepository repository(**db);
            bool refusedOnce = false; // while the server was down
            bool cameBack = false;    // saved again after that
            // A client refused near its end goes on until it has saved once more (within half
            // a minute): what is measured is that everyone carries on, not who was last.
            QElapsedTimer sinceRefusal;
            for (int i = 0;
                 i < each || (refusedOnce && !cameBack && !sinceRefusal.hasExpired(30000)); ++i) {
                ++attempts;
                core::Consultation c;
                c.lgCode6 = u"132063"_s;
                c.occurredAt = QDateTime::currentDateTimeUtc();
                c.durationMinutes = 5;
                c.summary = u"負荷 %1-%2 センサー設置の相談"_s.arg(client).arg(i);
                if (repository.create(c)) {
                    ++logged;
                    if (refusedOnce && !std::exchange(cameBack, true))
                        ++back;
                } else {
                    // As a person would, a moment before the next one.
                    ++failed;
                    if (!std::exchange(refusedOnce, true)) {
                        ++refusedClients;
                        sinceRefusal.start();
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                }
                if (i % 10 != 0 || shared == 0)
                    continue;
                auto common = repository.consultation(shared);
                if (!common)
                    continue;
                const qint64 from = common->version.seen.value_or(-1);
                common->advice = u"補足 %1-%2"_s.arg(client).arg(i);
                if (const auto saved = repository.update(*common)) {
                    const std::lock_guard lock(editsMutex);
                    editedFrom.push_back(from);
                } else if (saved.error().code() == core::ErrorCode::Conflict) {
                    ++conflicts;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    Outcome outcome;
    outcome.seconds = double(clock.nsecsElapsed()) / 1e9;
    outcome.logged = logged;
    outcome.failed = failed;
    outcome.attempts = attempts;
    auto db = open();
    if (!db)
        return outcome;
    QSqlQuery q((*db)->connection());
    if (q.exec(u"SELECT count(*), count(DISTINCT summary) FROM consultations WHERE summary LIKE "
               "'負荷 %'"_s) &&
        q.next()) {
        outcome.stored = q.value(0).toLongLong();
        outcome.distinct = q.value(1).toLongLong();
    }
    outcome.doubled = outcome.stored - outcome.distinct;
    outcome.missing = outcome.logged - outcome.distinct;
    outcome.back = back;
    outcome.refusedClients = refusedClients;
    outcome.edits = qint64(editedFrom.size());
    outcome.conflicts = conflicts;
    std::sort(editedFrom.begin(), editedFrom.end());
    outcome.overwrites =
        qint64(editedFrom.size()) -
        qint64(std::unique(editedFrom.begin(), editedFrom.end()) - editedFrom.begin());
    return outcome;
}

void report(QTextStream &out, const QString &engine, const Outcome &o)
{
    out << engine << ": " << o.logged << " logged, " << o.failed << " refused, " << o.stored
        << " stored, " << o.missing << " lost, " << o.doubled << " doubled; "
        << QString::number(o.seconds, 'f', 2) << " s, "
        << QString::number(double(o.logged) / o.seconds, 'f', 0) << " commits/s\n"
        << "  shared consultation: " << o.edits << " corrections saved, " << o.conflicts
        << " refused as conflicts, " << o.overwrites << " overwrote another unseen\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir home;
    core::UserFolders::useFolder(home.path());
    const QStringList arguments = app.arguments();
    const int clients = arguments.size() > 1 ? arguments[1].toInt() : 20;
    const int each = arguments.size() > 2 ? arguments[2].toInt() : 500;
    QTextStream out(stdout);
    out << clients << " clients × " << each << " consultations\n";
    bool whole = true;

    // A local file, every client a connection of its own to it.
    const QString file = home.filePath(u"team.sqlite"_s);
    {
        core::OpenOptions options;
        options.dailyBackup = false;
        if (!core::openDatabase(file, options)) {
            out << "cannot create " << file << '\n';
            return 1;
        }
    }
    const Outcome local = run(
        [&file] {
            core::OpenOptions options;
            options.dailyBackup = false;
            return core::openDatabase(file, options);
        },
        clients, each);
    report(out, u"local file"_s, local);
    whole = whole && local.missing == 0 && local.doubled == 0 && local.overwrites == 0 &&
            local.logged + local.failed == local.attempts;

    if (qEnvironmentVariableIsSet("PGHOST")) {
        const core::ServerAddress address =
            core::ServerAddress::fromEnvironment(u"iotdesk_team_load"_s);
        {
            core::ServerAddress maintenance = address;
            maintenance.database = qEnvironmentVariable("PGDATABASE", u"postgres"_s);
            QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"maintenance"_s);
            admin.setHostName(maintenance.host);
            admin.setPort(maintenance.port);
            admin.setUserName(maintenance.user);
            admin.setPassword(maintenance.password);
            admin.setDatabaseName(maintenance.database);
            if (!admin.open()) {
                out << "cannot reach the server: " << admin.lastError().text() << '\n';
                return 1;
            }
            QSqlQuery make(admin);
            if (!make.exec(u"DROP DATABASE IF EXISTS iotdesk_team_load"_s) ||
                !make.exec(u"CREATE DATABASE iotdesk_team_load TEMPLATE template0 ENCODING "
                           "'UTF8' LOCALE 'C.UTF-8'"_s)) {
                out << "cannot create the server database: " << make.lastError().text() << '\n';
                return 1;
            }
        }
        QSqlDatabase::removeDatabase(u"maintenance"_s);
        if (auto prepared = core::initialiseServerDatabase(address); !prepared) {
            out << prepared.message() << '\n';
            return 1;
        }
        const QByteArray restart = qgetenv("IOTDESK_RESTART_SERVER");
        const Outcome server =
            run([&address] { return core::openServerDatabase(address); }, clients, each, restart);
        report(out, u"server"_s, server);
        if (restart.isEmpty()) {
            whole = whole && server.missing == 0 && server.doubled == 0 && server.failed == 0 &&
                    server.overwrites == 0 && server.edits > 0 &&
                    server.logged == qint64(clients) * each;
        } else {
            // Refusals while it was down are expected; a loss of anything acknowledged is not,
            // and the clients carry on after it on connections opened again.
            whole = whole && server.missing <= 0 && server.doubled == 0 && server.overwrites == 0 &&
                    server.logged + server.failed == server.attempts && server.refusedClients > 0 &&
                    server.back == server.refusedClients;
            out << "  clients saving again after refusals while it was down: " << server.back
                << " of " << server.refusedClients << '\n';
        }
        out << "server / local file commits per second: "
            << QString::number((double(server.logged) / server.seconds) /
                                   (double(local.logged) / local.seconds),
                               'f', 2)
            << "\n";
    }
    out << (whole ? "nothing lost, nothing doubled\n" : "LOST OR DOUBLED\n");
    return whole ? 0 : 1;
}
