#include "core/consultations/consultationsearch.h"

#include "core/storage/database.h"
#include "core/storage/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

Result<QList<qint64>> ids(QSqlQuery &q)
{
    if (!q.exec())
        return storageError(q);
    QList<qint64> found;
    while (q.next())
        found.append(q.value(0).toLongLong());
    return found;
}

// The newest `count` rows of a condition, read from the newest row back.
Result<QList<qint64>> newestRows(const Database &db, const QString &where,
                                 const QVariantList &values, int count)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id FROM consultations c "_s + where + u" ORDER BY c.id DESC LIMIT ?"_s);
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(count);
    return ids(q);
}

// A row found through the server's trigram index costs about two and a half times a row
// read newest first (measured on the national file: 92,000 hits of 補助金の申請 read and
// checked in 295 ms, 10,800 rows read from the newest in 14.5 ms).
constexpr double kIndexHitCost = 2.5;

// The search on a server, whose trigram index hands out every hit of a word at once and in no
// order: the newest of a common phrase are found sooner by reading from the newest row, a rare
// word's only through the index. The planner chooses between the two from the 100 texts of
// its statistics (the default target), and a sample that happened to hold a rare word made it
// read the whole table from the newest row (0.8 s for ローカル5G, in about one consultation in
// 700, taken for one in 110). So the newest `window` rows are read first; how many of them
// match says how common the words are, and the rest is read on from the newest row or through
// the index, whichever that rate makes cheaper.
Result<QList<qint64>> newestOnServer(const Database &db, const ConsultationQuery &query, int limit,
                                     int window)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // The newest rows of the table, each with whether the words match and whether the filters
    // do too: the words' own rate is what the index would hand out.
    q.prepare(u"SELECT c.id, "_s + query.textScan() + u", "_s + query.filterCondition() +
              u" FROM (SELECT c.id, c.occurred_at, c.lg_code6, c.consultant_id, c.channel, "
              "c.topics, c.summary, c.advice, c.mail_subject, c.mail_body FROM consultations c "
              "ORDER BY c.id DESC LIMIT ?) AS c ORDER BY c.id DESC"_s);
    for (const QVariant &value : query.textScanValues())
        q.addBindValue(value);
    for (const QVariant &value : query.filterValues())
        q.addBindValue(value);
    q.addBindValue(window);
    if (!q.exec())
        return storageError(q);
    QList<qint64> found;
    qint64 words = 0;
    int rows = 0;
    qint64 highest = 0;
    qint64 lowest = 0;
    while (q.next()) {
        lowest = q.value(0).toLongLong();
        if (rows++ == 0)
            highest = lowest;
        if (q.value(1).toBool()) {
            ++words;
            if (q.value(2).toBool())
                found.append(lowest);
        }
    }
    q.finish();
    // Enough, or every row read.
    if (found.size() > limit || rows < window)
        return found;
    const double span = double(highest - lowest + 1);
    // The rows (by id) to read on for the rest, at the window's rate of matches, against the
    // index's hits below the window, at the window's rate of the words alone.
    const double toRead = found.isEmpty()
                              ? std::numeric_limits<double>::infinity()
                              : double(limit + 1 - found.size()) * span / double(found.size());
    const double hits = double(words) * double(lowest - 1) / span;
    if (query.indexable() && kIndexHitCost * hits < toRead) {
        // OFFSET 0 has the inner query planned on its own, without the LIMIT outside: for
        // what it takes to be a few thousand rows the planner then reads the index, instead
        // of walking the table from the newest row in the hope of meeting the limit soon.
        q.prepare(u"SELECT c.id FROM (SELECT c.id FROM consultations c WHERE c.id < ? AND "_s +
                  query.filterCondition() + u" AND "_s + query.textIndexed() +
                  u" OFFSET 0) AS c ORDER BY c.id DESC LIMIT ?"_s);
        q.addBindValue(lowest);
        for (const QVariant &value : query.filterValues())
            q.addBindValue(value);
        for (const QVariant &value : query.textIndexedValues())
            q.addBindValue(value);
        q.addBindValue(limit + 1 - int(found.size()));
        auto older = ids(q);
        if (!older)
            return older.error();
        return found + *older;
    }
    // On from the newest row, a range of ids at a time: a condition the planner cannot
    // estimate (words checked row by row) would otherwise have it read the whole table and
    // sort. Each range is what the rate so far needs for the rest, and at least twice the
    // last, so that a rate that falls further down takes few more statements.
    qint64 below = lowest;
    double range = span;
    qint64 read = highest - lowest + 1;
    while (found.size() <= limit && below > 1) {
        const double rest = double(limit + 1 - found.size());
        const double needed = found.isEmpty() ? 0 : rest * double(read) / double(found.size());
        range = std::min(double(below - 1), std::max(2 * range, needed * 1.25));
        const qint64 from = below - qint64(range);
        q.prepare(u"SELECT c.id FROM consultations c WHERE c.id < ? AND c.id >= ? AND "_s +
                  query.filterCondition() + u" AND "_s + query.textScan() +
                  u" ORDER BY c.id DESC LIMIT ?"_s);
        q.addBindValue(below);
        q.addBindValue(from);
        for (const QVariant &value : query.filterValues())
            q.addBindValue(value);
        for (const QVariant &value : query.textScanValues())
            q.addBindValue(value);
        q.addBindValue(int(rest));
        auto older = ids(q);
        if (!older)
            return older.error();
        found += *older;
        read += below - from;
        below = from;
    }
    return found;
}

} // namespace

Result<QList<qint64>> ConsultationSearch::newest(const Database &db,
                                                 const ConsultationFilter &filter, int limit,
                                                 bool *more, int chunk, int fewRows)
{
    if (filter.text.size() > kMaxSearchLength) {
        return Error(ErrorCode::Invalid,
                     tr("The search text is %1 characters long; search for at most %2.")
                         .arg(filter.text.size())
                         .arg(kMaxSearchLength));
    }
    const ConsultationQuery query(filter, db.engine());
    QList<qint64> found;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    bool confined = false;
    if (!query.filterWhere().isEmpty()) {
        q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM consultations c "_s + query.filterWhere() +
                  u" LIMIT ?) AS confined"_s);
        for (const QVariant &value : query.filterValues())
            q.addBindValue(value);
        q.addBindValue(fewRows + 1);
        if (!q.exec() || !q.next())
            return storageError(q);
        confined = q.value(0).toInt() <= fewRows;
        q.finish();
    }
    if (confined) {
        auto read = newestRows(db, query.scanWhere(), query.scanValues(), limit + 1);
        if (!read)
            return read.error();
        found = *read;
    } else if (db.engine() == Engine::PostgreSQL && query.hasText()) {
        auto read = newestOnServer(db, query, limit, std::min(chunk, kNewestRows));
        if (!read)
            return read.error();
        found = *read;
    } else if (query.ftsMatch().isEmpty()) {
        // Short words only: newest first until enough are found.
        auto read = newestRows(db, query.restWhere(), query.restValues(), limit + 1);
        if (!read)
            return read.error();
        found = *read;
    } else if (query.restWhere().isEmpty()) {
        q.prepare(u"SELECT rowid FROM consultations_fts WHERE consultations_fts MATCH ? ORDER BY "
                  "rowid DESC LIMIT ?"_s);
        q.addBindValue(query.ftsMatch());
        q.addBindValue(limit + 1);
        auto read = ids(q);
        if (!read)
            return read.error();
        found = *read;
    } else {
        qint64 below = std::numeric_limits<qint64>::max();
        while (found.size() <= limit) {
            q.prepare(u"SELECT rowid FROM consultations_fts WHERE consultations_fts MATCH ? AND "
                      "rowid < ? ORDER BY rowid DESC LIMIT ?"_s);
            q.addBindValue(query.ftsMatch());
            q.addBindValue(below);
            q.addBindValue(chunk);
            auto hits = ids(q);
            if (!hits)
                return hits.error();
            if (hits->isEmpty())
                break;
            below = hits->back();
            QString placeholders = u"?"_s;
            for (qsizetype i = 1; i < hits->size(); ++i)
                placeholders += u",?"_s;
            QSqlQuery rest(db.connection());
            rest.setForwardOnly(true);
            rest.prepare(u"SELECT c.id FROM consultations c "_s + query.restWhere() +
                         u" AND c.id IN ("_s + placeholders + u") ORDER BY c.id DESC"_s);
            for (const QVariant &value : query.restValues())
                rest.addBindValue(value);
            for (qint64 id : std::as_const(*hits))
                rest.addBindValue(id);
            auto kept = ids(rest);
            if (!kept)
                return kept.error();
            found += *kept;
            if (hits->size() < chunk)
                break;
        }
    }
    if (more)
        *more = found.size() > limit;
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

} // namespace iotdesk::core
