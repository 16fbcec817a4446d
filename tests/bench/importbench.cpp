// Importing 10,000 applications from a CSV file (ApplicationImporter: decoding, the CSV,
// local governments resolved by name or code, every application checked, then stored with its
// members, contact person, partner and framework, the people of the lead government and the
// history, in one transaction). The baseline in the same run writes the very same rows with
// prepared statements in one transaction, without reading a file and without any check.
// Goal (issue 12): the import within 3× the bare inserts.
// Each iteration starts from a copy of the same fresh file (master data and the seeded FY2018
// program), so every iteration does the same work; the copy and the open are not timed.
// Run: build/tests/iotdesk_import_bench (see docs/benchmarks.md).
#include "core/applications/applicationimporter.h"
#include "core/datafile/datafile.h"
#include "core/foundation/csvwriter.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

constexpr int kApplications = 10'000;
constexpr qint64 kProgram = 1; // FY2018, seeded in every new file

QTemporaryDir *g_dir = nullptr;
QString g_template;

// One application as the importer stores it: the values of every row it writes.
struct Contact
{
    QString name, department, title, phone, email;
};
struct Partner
{
    QString name, kind, role;
};
struct Framework
{
    QString kind, name, state;
    QStringList codes;
};
struct Row
{
    QString receivedAt; // UTC, as stored
    QString senderEmail, subject;
    qint64 attachmentBytes = 0;
    QStringList codes; // the lead first
    QVariant answers[8];
    QString note;
    Contact contact;
    std::optional<Partner> partner;
    std::optional<Framework> framework;
};

QByteArray g_csv;
QList<Row> g_rows;

struct Government
{
    QString code6, prefecture, name;
    bool byName = false; // its name and prefecture find it, and only it
};

QString withThousands(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u',');
    return digits;
}

// 10,000 applications over every local government of the master data, in the order they
// might arrive during FY2018's window: half name their lead by name and prefecture, half by
// code; every fifth is joint, every other has a partner, every tenth a multi-area framework.
void generate(const core::Database &db)
{
    QList<Government> governments;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.exec(u"SELECT lg.code6, p.name_ja, lg.name FROM local_governments lg JOIN prefectures "
               "p ON p.code = lg.prefecture_code ORDER BY lg.code6"_s);
    while (query.next())
        governments.append({query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toString(), false});
    const core::LocalGovernmentRepository repository(db.connection());
    QHash<QString, QList<int>> byPrefecture;
    for (int i = 0; i < governments.size(); ++i) {
        Government &g = governments[i];
        const auto found = repository.resolve(g.name, g.prefecture);
        g.byName = found && found->code6 == g.code6;
        byPrefecture[g.prefecture].append(i);
    }
    const auto written = [](const Government &g) {
        return g.byName ? g.name : g.code6;
    };

    static const QStringList families = {u"山田"_s, u"佐藤"_s, u"鈴木"_s,
                                         u"髙橋"_s, u"田中"_s, u"渡辺"_s};
    static const QStringList givens = {u"太郎"_s,   u"花子"_s, u"一郎"_s, u"次郎"_s, u"三郎"_s,
                                       u"久美子"_s, u"健"_s,   u"誠"_s,   u"恵"_s,   u"翔"_s,
                                       u"陽子"_s,   u"大輔"_s, u"直樹"_s, u"裕子"_s, u"剛"_s,
                                       u"愛"_s,     u"学"_s,   u"綾"_s,   u"修"_s,   u"智子"_s};
    static const QStringList departments = {u"企画課"_s, u"情報政策課"_s, u"総務課"_s,
                                            u"地域振興課"_s};
    static const QStringList titles = {u"主事"_s, u"主査"_s, u"係長"_s, u"課長補佐"_s};
    // (as written in the file, as stored)
    static const QList<std::pair<QString, QString>> partnerKinds = {
        {u"企業"_s, u"company"_s},
        {u"大学・研究機関"_s, u"university"_s},
        {u"NPO・団体"_s, u"npo"_s},
        {u"公的機関"_s, u"public"_s},
        {u"その他"_s, u"other"_s}};
    static const QList<std::pair<QString, QString>> frameworkKinds = {
        {u"定住自立圏"_s, u"settlement_area"_s},
        {u"連携中枢都市圏"_s, u"central_city_area"_s},
        {u"その他"_s, u"other"_s}};
    static const QList<std::pair<QString, QString>> frameworkStates = {{u"形成済み"_s, u"formed"_s},
                                                                       {u"形成中"_s, u"forming"_s}};

    QList<QStringList> lines;
    lines.append({u"受付日時"_s,
                  u"送信者メール"_s,
                  u"件名"_s,
                  u"添付サイズ"_s,
                  u"代表団体"_s,
                  u"都道府県"_s,
                  u"共同応募団体"_s,
                  u"担当者氏名"_s,
                  u"担当部署"_s,
                  u"役職"_s,
                  u"電話"_s,
                  u"メール"_s,
                  u"連携事業者名"_s,
                  u"連携事業者種別"_s,
                  u"連携事業者の役割"_s,
                  u"広域連携"_s,
                  u"広域連携の名称"_s,
                  u"広域連携の状況"_s,
                  u"広域連携の構成団体"_s,
                  u"定期報告の意向"_s,
                  u"第2回開催の意向"_s,
                  u"研修会参加の意向"_s,
                  u"ICTまち・ひと・しごと創生推進事業"_s,
                  u"データ利活用型スマートシティ整備推進事業"_s,
                  u"地域IoT実装推進事業"_s,
                  u"IoTサービス創出支援事業"_s,
                  u"地域包括連携協定"_s,
                  u"備考"_s});
    for (int i = 0; i < kApplications; ++i) {
        // 7,919 is prime: the leads go round every government before any comes again.
        const int leadIndex = int((qint64(i) * 7919) % governments.size());
        const Government &lead = governments[leadIndex];
        Row row;
        QStringList line;

        // The window runs 2018-05-14 to 06-08 (Japan time), office hours.
        const QDateTime local(QDate(2018, 5, 14).addDays(i % 26),
                              QTime(9, 0).addSecs(60 * ((i * 37) % 480)), core::JapanTime::zone());
        line << local.toString(u"yyyy/MM/dd HH:mm"_s);
        row.receivedAt = local.toUTC().toString(Qt::ISODateWithMs);
        row.senderEmail = u"kikaku%1@lg%2.example.jp"_s.arg(i).arg(lead.code6);
        row.subject = u"【応募】地域IoT実装計画策定支援（%1）"_s.arg(lead.name);
        row.attachmentBytes = 1'200'000 + qint64(i) * 733;
        line << row.senderEmail << row.subject << withThousands(row.attachmentBytes)
             << written(lead) << lead.prefecture;
        row.codes << lead.code6;

        // Joint applications: one or two more of the same prefecture.
        QStringList members;
        if (i % 5 == 0) {
            const QList<int> &near = byPrefecture[lead.prefecture];
            for (int k = 1; k <= 1 + (i / 5) % 2 && k < near.size(); ++k) {
                const Government &other =
                    governments[near[(near.indexOf(leadIndex) + k) % near.size()]];
                members << written(other);
                row.codes << other.code6;
            }
        }
        line << members.join(u"、"_s);

        // The contact person: a new person of the lead government on every line.
        row.contact = {families[(i / governments.size()) % families.size()] + u' ' +
                           givens[(i / 7) % givens.size()],
                       departments[i % departments.size()], titles[i % titles.size()],
                       u"0%1-00-%2"_s.arg(100 + i % 900).arg(i, 4, 10, QChar(u'0')),
                       u"tanto%1@lg%2.example.jp"_s.arg(i).arg(lead.code6)};
        line << row.contact.name << row.contact.department << row.contact.title << row.contact.phone
             << row.contact.email;

        if (i % 2 == 0) {
            const auto &kind = partnerKinds[(i / 2) % partnerKinds.size()];
            row.partner = Partner{u"株式会社地域ネットワーク%1"_s.arg(i % 97), kind.second,
                                  u"センサー網の構築と運用"_s};
            line << row.partner->name << kind.first << row.partner->role;
        } else {
            line << QString() << QString() << QString();
        }

        if (i % 10 == 0) {
            const auto &kind = frameworkKinds[(i / 10) % frameworkKinds.size()];
            const auto &state = frameworkStates[(i / 10) % frameworkStates.size()];
            row.framework =
                Framework{kind.second, u"%1圏域連携"_s.arg(lead.name), state.second, {lead.code6}};
            if (row.codes.size() > 1)
                row.framework->codes << row.codes[1];
            line << kind.first << row.framework->name << state.first
                 << row.framework->codes.join(u"、"_s);
        } else {
            line << QString() << QString() << QString() << QString();
        }

        // The commitments yes, the prior programs mostly no; some not answered yet.
        for (int k = 0; k < 8; ++k) {
            const bool unanswered = (i + k) % 23 == 0;
            const bool yes = k < 3 ? (i + k) % 17 != 0 : (i * 3 + k) % 11 == 0;
            row.answers[k] = unanswered ? QVariant() : QVariant(yes ? 1 : 0);
            line << (unanswered ? QString() : yes ? u"はい"_s : u"いいえ"_s);
        }
        row.note = i % 4 == 0 ? u"センサー設置, 見守り\n（%1行目の備考）"_s.arg(i + 2) : QString();
        line << row.note;

        lines.append(line);
        g_rows.append(row);
    }
    g_csv = core::CsvWriter::document(lines);
}

core::OpenOptions options()
{
    core::OpenOptions o;
    o.dailyBackup = false;
    return o;
}

std::unique_ptr<core::Database> openOrAbort(const QString &path)
{
    auto db = core::openDatabase(path, options());
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(db.message()));
        std::abort();
    }
    return std::move(db.value());
}

// A copy of the fresh file to work on.
QString freshCopy(const QString &name)
{
    const QString path = g_dir->filePath(name);
    for (const char16_t *suffix : {u"", u"-wal", u"-shm"})
        QFile::remove(path + QString::fromUtf16(suffix));
    if (!QFile::copy(g_template, path)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(g_template));
        std::abort();
    }
    return path;
}

core::Result<void> importRows(const core::Database &db)
{
    const auto ids = core::ApplicationImporter(db).import(g_csv, kProgram);
    if (!ids)
        return ids.error();
    if (ids->size() != kApplications)
        return core::Error(core::ErrorCode::Failed, u"%1 imported"_s.arg(ids->size()));
    return {};
}

// The same rows, written bare: prepared statements bound and run, one transaction, no
// reading of a file, no lookup, no check.
core::Result<void> insertRows(const core::Database &db)
{
    const QSqlDatabase c = db.connection();
    auto transaction = core::Transaction::begin(c);
    if (!transaction)
        return transaction.error();
    QSqlQuery application(c), member(c), applicationContact(c), partner(c), framework(c),
        frameworkMember(c), contact(c), history(c);
    application.prepare(u"INSERT INTO applications (program_id, received_at, sender_email, "
                        "subject, attachment_bytes, confirmation_sent_on, reports_monthly, "
                        "hosts_workshop2, attends_meetings, used_ict_town, used_data_smart_city, "
                        "used_regional_iot, used_iot_service, has_comprehensive_agreement, "
                        "bureau_opinion, contractor_opinion, decision, decision_rationale, "
                        "override_reason, decided_at, note, message_id) VALUES (?, ?, ?, ?, ?, "
                        "?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, '', '', ?, ?, '')"_s);
    member.prepare(u"INSERT INTO application_members (application_id, lg_code6, is_lead, "
                   "position) VALUES (?, ?, ?, ?)"_s);
    applicationContact.prepare(u"INSERT INTO application_contacts (application_id, position, "
                               "name, department, title, phone, email) VALUES (?, 0, ?, ?, ?, "
                               "?, ?)"_s);
    partner.prepare(u"INSERT INTO application_partners (application_id, position, name, kind, "
                    "role) VALUES (?, 0, ?, ?, ?)"_s);
    framework.prepare(u"INSERT INTO application_frameworks (application_id, position, kind, "
                      "name, state) VALUES (?, 0, ?, ?, ?)"_s);
    frameworkMember.prepare(
        u"INSERT INTO framework_members (framework_id, lg_code6) VALUES (?, ?)"_s);
    contact.prepare(u"INSERT INTO contacts (name, kana, lg_code6, department, title, email, "
                    "phone, active, kind) VALUES (?, '', ?, ?, ?, ?, ?, 1, 'municipal')"_s);
    history.prepare(u"INSERT INTO history (changed_at, changed_by, entity, entity_id, field, "
                    "old_value, new_value) VALUES (?, ?, ?, ?, ?, NULL, ?)"_s);
    const auto run = [](QSqlQuery &query, std::initializer_list<QVariant> values) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec();
    };
    const auto failed = [](const QSqlQuery &query) {
        return core::Error(core::ErrorCode::Failed, query.lastError().text());
    };
    const QString user = db.userName();
    const auto now = [] {
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    };
    bool first = true;
    for (const Row &row : std::as_const(g_rows)) {
        if (!run(application,
                 {kProgram, row.receivedAt, row.senderEmail, row.subject, row.attachmentBytes,
                  QVariant(), row.answers[0], row.answers[1], row.answers[2], row.answers[3],
                  row.answers[4], row.answers[5], row.answers[6], row.answers[7], QVariant(),
                  QVariant(), row.note.isNull() ? u""_s : row.note}))
            return failed(application);
        const qint64 id = application.lastInsertId().toLongLong();
        QStringList described;
        for (int k = 0; k < row.codes.size(); ++k) {
            if (!run(member, {id, row.codes[k], k == 0 ? 1 : 0, k}))
                return failed(member);
            described << (k == 0 ? row.codes[k] + u'*' : row.codes[k]);
        }
        const Contact &p = row.contact;
        if (!run(applicationContact, {id, p.name, p.department, p.title, p.phone, p.email}))
            return failed(applicationContact);
        if (row.partner &&
            !run(partner, {id, row.partner->name, row.partner->kind, row.partner->role}))
            return failed(partner);
        if (row.framework) {
            if (!run(framework,
                     {id, row.framework->kind, row.framework->name, row.framework->state}))
                return failed(framework);
            const qint64 frameworkId = framework.lastInsertId().toLongLong();
            for (const QString &code : row.framework->codes) {
                if (!run(frameworkMember, {frameworkId, code}))
                    return failed(frameworkMember);
            }
        }
        // The contact person joins the people of the lead government, with its history.
        if (!run(contact, {p.name, row.codes.front(), p.department, p.title, p.email, p.phone}))
            return failed(contact);
        if (!run(history, {now(), user, u"contact"_s, contact.lastInsertId().toString(),
                           u"created"_s, p.name}))
            return failed(history);
        if (first && !run(history, {now(), user, u"contact_registry"_s, u"application_contacts"_s,
                                    u"registered"_s, u"application"_s}))
            return failed(history);
        first = false;
        if (!run(history, {now(), user, u"application"_s, QString::number(id), u"created"_s,
                           described.join(u", "_s)}))
            return failed(history);
    }
    return transaction->commit();
}

void runIterations(benchmark::State &state, core::Result<void> (*write)(const core::Database &))
{
    for (auto _ : state) {
        state.PauseTiming();
        auto db = openOrAbort(freshCopy(u"run.sqlite"_s));
        state.ResumeTiming();
        if (auto written = write(*db); !written) {
            state.SkipWithError(qPrintable(written.message()));
            return;
        }
        state.PauseTiming();
        db.reset();
        state.ResumeTiming();
    }
    state.counters["applications"] = kApplications;
}

void ImportApplications(benchmark::State &state)
{
    runIterations(state, importRows);
}
BENCHMARK(ImportApplications)->Unit(benchmark::kMillisecond)->UseRealTime();

void ImportApplications_BaselineBareInserts(benchmark::State &state)
{
    runIterations(state, insertRows);
}
BENCHMARK(ImportApplications_BaselineBareInserts)->Unit(benchmark::kMillisecond)->UseRealTime();

// Of the import, the reading alone: the file decoded and parsed, the local governments found,
// every application checked; nothing stored.
void ImportApplications_ReadOnly(benchmark::State &state)
{
    auto db = openOrAbort(freshCopy(u"read.sqlite"_s));
    const core::ApplicationImporter importer(*db);
    for (auto _ : state) {
        const auto read = importer.read(g_csv, kProgram);
        if (!read || read->size() != kApplications) {
            state.SkipWithError(qPrintable(read.message()));
            return;
        }
    }
    state.counters["applications"] = kApplications;
}
BENCHMARK(ImportApplications_ReadOnly)->Unit(benchmark::kMillisecond)->UseRealTime();

// Every table's row count, and a digest of its content (the history without its times).
QMap<QString, std::pair<int, QByteArray>> contents(const core::Database &db)
{
    QMap<QString, std::pair<int, QByteArray>> result;
    QSqlQuery tables(db.connection());
    tables.setForwardOnly(true);
    tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                "'sqlite_%' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &name : std::as_const(names)) {
        QSqlQuery rows(db.connection());
        rows.setForwardOnly(true);
        rows.exec(u"SELECT * FROM \"%1\""_s.arg(name));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        int count = 0;
        QStringList lines;
        while (rows.next()) {
            ++count;
            QStringList values;
            for (int column = 0; column < rows.record().count(); ++column) {
                if (name == u"history" && rows.record().fieldName(column) == u"changed_at")
                    continue;
                const QVariant value = rows.value(column);
                values << (value.isNull() ? u"∅"_s : value.toString());
            }
            lines << values.join(u'\x1f');
        }
        lines.sort();
        hash.addData(lines.join(u'\n').toUtf8());
        result.insert(name, {count, hash.result()});
    }
    return result;
}

// The baseline must write exactly what the import writes: every table compared.
bool sameRowsWritten()
{
    const auto before = contents(*openOrAbort(g_template));
    QMap<QString, std::pair<int, QByteArray>> written[2];
    for (int way = 0; way < 2; ++way) {
        auto db = openOrAbort(freshCopy(u"check.sqlite"_s));
        if (auto r = way == 0 ? importRows(*db) : insertRows(*db); !r) {
            std::fprintf(stderr, "%s: %s\n", way == 0 ? "import" : "baseline",
                         qPrintable(r.message()));
            return false;
        }
        written[way] = contents(*db);
    }
    bool same = true;
    for (auto it = written[0].cbegin(); it != written[0].cend(); ++it) {
        const auto &baseline = written[1].value(it.key());
        if (it.value() != before.value(it.key()) || baseline != before.value(it.key())) {
            std::fprintf(stderr, "  %-24s %7d -> import %7d, baseline %7d%s\n",
                         qPrintable(it.key()), before.value(it.key()).first, it.value().first,
                         baseline.first, it.value() == baseline ? "" : "  DIFFERENT");
        }
        same = same && it.value() == baseline;
    }
    return same;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    g_dir = &dir;
    g_template = dir.filePath(u"fresh.sqlite"_s);
    {
        auto db = openOrAbort(g_template);
        generate(*db);
    }
    std::fprintf(stderr, "%d applications, %lld bytes of CSV; rows written (before -> after):\n",
                 kApplications, qint64(g_csv.size()));
    if (!sameRowsWritten()) {
        std::fprintf(stderr, "the baseline does not write what the import writes\n");
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
