#include "core/consultations/consultationsearch.h"

#include "core/storage/database.h"
#include "core/storage/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

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
