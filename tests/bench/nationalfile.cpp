#include "nationalfile.h"

#include "core/datafile/datafile.h"
#include "core/programs/programrepository.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace iotdesk::bench {

namespace {

core::Error failed(const QSqlQuery &query)
{
    return core::Error(core::ErrorCode::Failed, query.lastError().text());
}

// Summaries put together from the phrases of real consultations, so that the trigram index
// sees Japanese text of the usual length and variety. 予算 (budget) is common; ローカル5G is
// rare (about one consultation in a thousand).
QString summary(QRandomGenerator &random)
{
    static const QStringList subjects = {
        u"予算要求"_s,     u"補助金の申請"_s, u"センサーの調達"_s, u"推進体制"_s,
        u"費用対効果"_s,   u"研修会の日程"_s, u"月次報告"_s,       u"データ利活用"_s,
        u"セキュリティ"_s, u"鳥獣被害対策"_s, u"見守りサービス"_s, u"河川の水位監視"_s,
        u"農業IoT"_s,      u"観光客の動態"_s, u"除雪車の位置"_s,   u"公共施設の予約"_s};
    static const QStringList verbs = {u"について相談"_s, u"の進め方を確認"_s,
                                      u"に関する質問"_s, u"の事例紹介を依頼"_s,
                                      u"の課題を共有"_s, u"の見直しを検討"_s};
    static const QStringList tails = {
        u"。次回までに資料を準備する。"_s, u"。庁内の合意形成が課題。"_s,
        u"。担当課と調整中。"_s,           u"。来月の研修会で再度確認する。"_s,
        u"。予算の見通しは未定。"_s,       u"。首長も関心が高い。"_s};
    QString text = subjects[random.bounded(int(subjects.size()))] +
                   verbs[random.bounded(int(verbs.size()))] +
                   tails[random.bounded(int(tails.size()))];
    if (random.bounded(1000) == 0)
        text += u"ローカル5Gの活用も話題に。"_s;
    return text;
}

core::Result<void> addConsultations(const core::Database &db, const QStringList &codes, int count)
{
    const QSqlDatabase connection = db.connection();
    auto transaction = core::Transaction::begin(connection);
    if (!transaction)
        return transaction.error();
    QRandomGenerator random(2019);
    QSqlQuery contact(connection);
    contact.prepare(u"INSERT INTO contacts (kind, name, lg_code6, email) VALUES (?, ?, ?, ?)"_s);
    QList<qint64> consultants;
    for (int i = 0; i < 30; ++i) {
        contact.addBindValue(u"consultant"_s);
        contact.addBindValue(u"相談員%1"_s.arg(i + 1));
        contact.addBindValue(QVariant());
        contact.addBindValue(u"consultant%1@example.jp"_s.arg(i + 1));
        if (!contact.exec())
            return failed(contact);
        consultants.append(contact.lastInsertId().toLongLong());
    }
    // Two counterparts per local government.
    QHash<QString, QList<qint64>> counterparts;
    for (const QString &code : codes) {
        for (int i = 0; i < 2; ++i) {
            contact.addBindValue(u"municipal"_s);
            contact.addBindValue(u"担当者%1-%2"_s.arg(code).arg(i + 1));
            contact.addBindValue(code);
            contact.addBindValue(u"staff%1.%2@example.lg.jp"_s.arg(code).arg(i + 1));
            if (!contact.exec())
                return failed(contact);
            counterparts[code].append(contact.lastInsertId().toLongLong());
        }
    }
    static const QStringList channels = {u"phone"_s, u"phone"_s,  u"email"_s, u"email"_s,
                                         u"visit"_s, u"online"_s, u"other"_s};
    QSqlQuery insert(connection);
    insert.prepare(u"INSERT INTO consultations (occurred_at, lg_code6, counterpart_id, "
                   "consultant_id, channel, direction, topics, duration_minutes, summary, "
                   "advice, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery followUp(connection);
    followUp.prepare(u"INSERT INTO follow_ups (consultation_id, action, due_on, owner_id, "
                     "done_on) VALUES (?, ?, ?, ?, ?)"_s);
    // Ten years of working hours: about 270 consultations a day.
    QDateTime at(QDate(2018, 4, 2), QTime(0, 0), Qt::UTC);
    const qint64 span = qint64(10) * 365 * 24 * 3600;
    const qint64 step = span / count;
    for (int i = 0; i < count; ++i) {
        at = at.addSecs(step / 2 + random.bounded(int(step)));
        const QString code = codes[random.bounded(int(codes.size()))];
        insert.addBindValue(at.toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s));
        insert.addBindValue(code);
        insert.addBindValue(counterparts[code][random.bounded(2)]);
        insert.addBindValue(consultants[random.bounded(int(consultants.size()))]);
        insert.addBindValue(channels[random.bounded(int(channels.size()))]);
        insert.addBindValue(random.bounded(3) == 0 ? u"outgoing"_s : u"incoming"_s);
        insert.addBindValue(1 << random.bounded(10) | 1 << random.bounded(10));
        insert.addBindValue(5 + random.bounded(55));
        insert.addBindValue(summary(random));
        insert.addBindValue(random.bounded(2) == 0 ? summary(random) : QString(u""_s));
        insert.addBindValue(at.toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s));
        if (!insert.exec())
            return failed(insert);
        if (random.bounded(20) == 0) {
            const QDate due = at.date().addDays(7);
            followUp.addBindValue(insert.lastInsertId());
            followUp.addBindValue(u"資料を送付する"_s);
            followUp.addBindValue(due.toString(Qt::ISODate));
            followUp.addBindValue(consultants[random.bounded(int(consultants.size()))]);
            // All but the last few months' are done.
            followUp.addBindValue(i < count - 20'000 ? QVariant(due.toString(Qt::ISODate))
                                                     : QVariant());
            if (!followUp.exec())
                return failed(followUp);
        }
    }
    return transaction->commit();
}

} // namespace

core::Result<QString> NationalFile::ensure(const QString &path, const NationalFileSize &size)
{
    core::OpenOptions options;
    options.dailyBackup = false;
    if (QFile::exists(path)) {
        auto existing = core::openDatabase(path, options);
        if (existing) {
            // The generated history only: making the program years records changes of its
            // own (programs, meetings, sessions), which would never match the size asked for
            // and have the file made again on every run.
            QSqlQuery count((*existing)->connection());
            if (count.exec(u"SELECT (SELECT count(*) FROM history WHERE entity = "
                           "'local_government'), (SELECT count(*) FROM programs), (SELECT "
                           "count(*) FROM consultations)"_s) &&
                count.next() && count.value(0).toInt() == size.historyRows &&
                count.value(1).toInt() == size.programYears &&
                count.value(2).toInt() == size.consultations) {
                return path;
            }
        }
        // Say why the file is made again: it takes minutes.
        std::fprintf(stderr, "%s does not match the sizes asked for (%s); making it again\n",
                     qPrintable(path),
                     existing ? "different counts" : qPrintable(existing.message()));
        for (const char16_t *suffix : {u"", u"-wal", u"-shm"})
            QFile::remove(path + QString::fromUtf16(suffix));
    }
    auto db = core::openDatabase(path, options);
    if (!db)
        return db.error();
    core::ProgramRepository programs(**db);
    for (qint64 id = 1; id < size.programYears; ++id) {
        if (auto next = programs.createNextFiscalYear(id); !next)
            return next.error();
    }

    QStringList codes;
    {
        QSqlQuery query((*db)->connection());
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT code6 FROM local_governments"_s))
            return core::Error(core::ErrorCode::Failed, query.lastError().text());
        while (query.next())
            codes.append(query.value(0).toString());
    }
    auto transaction = core::Transaction::begin((*db)->connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery insert((*db)->connection());
    insert.prepare(u"INSERT INTO history (changed_at, changed_by, entity, entity_id, field, "
                   "old_value, new_value) VALUES (?, ?, 'local_government', ?, 'note', ?, ?)"_s);
    QRandomGenerator random(2018);
    const QStringList users = {u"sato"_s, u"suzuki"_s, u"takahashi"_s, u"tanaka"_s, u"ito"_s};
    QDateTime at(QDate(2018, 4, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < size.historyRows; ++i) {
        at = at.addSecs(30 + random.bounded(60));
        insert.addBindValue(at.toString(Qt::ISODateWithMs));
        insert.addBindValue(users[random.bounded(int(users.size()))]);
        insert.addBindValue(codes[random.bounded(int(codes.size()))]);
        insert.addBindValue(QString::number(i));
        insert.addBindValue(QString::number(i + 1));
        if (!insert.exec())
            return core::Error(core::ErrorCode::Failed, insert.lastError().text());
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    if (auto consultations = addConsultations(**db, codes, size.consultations); !consultations)
        return consultations.error();
    return path;
}

} // namespace iotdesk::bench
