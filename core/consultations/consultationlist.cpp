#include "core/consultations/consultationlist.h"

#include "core/municipalities/localgovernment.h"
#include "core/storage/database.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// "?,?,?" for `count` values: a page is at most a few hundred ids.
QString placeholders(qsizetype count)
{
    QString text = u"?"_s;
    for (qsizetype i = 1; i < count; ++i)
        text += u",?"_s;
    return text;
}

QVariantList variants(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(id);
    return values;
}

Result<QList<qint64>> readIds(QSqlQuery &q, const QVariantList &values)
{
    if (!execWith(q, values))
        return storageError(q, Subject::Consultation);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace

Result<int> ConsultationList::count(const ConsultationQuery &query) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (const auto government = query.countedGovernment(); !government) {
        q.prepare(u"SELECT count(*) FROM consultations c "_s + query.where());
    } else if (government->isEmpty()) {
        q.prepare(u"SELECT coalesce(sum(consultations), 0) FROM consultation_counts"_s);
    } else {
        q.prepare(u"SELECT coalesce(max(consultations), 0) FROM consultation_counts WHERE "
                  "lg_code6 = ?"_s);
    }
    if (!execWith(q, query.values()) || !q.next())
        return storageError(q, Subject::Consultation);
    return q.value(0).toInt();
}

Result<QList<qint64>> ConsultationList::ids(const ConsultationQuery &query, ConsultationOrder order,
                                            bool ascending, int limit, int offset) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id FROM consultations c "_s + query.where() + u' ' +
              ConsultationQuery::orderBy(order, ascending) + u" LIMIT ? OFFSET ?"_s);
    return readIds(q, query.values() + QVariantList{limit, offset});
}

Result<QList<qint64>> ConsultationList::sorted(const QList<qint64> &ids, ConsultationOrder order,
                                               bool ascending) const
{
    if (ids.isEmpty())
        return QList<qint64>();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id FROM consultations c WHERE c.id IN ("_s + placeholders(ids.size()) +
              u") "_s + ConsultationQuery::orderBy(order, ascending));
    return readIds(q, variants(ids));
}

Result<QList<ConsultationListRow>> ConsultationList::rows(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<ConsultationListRow>();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT c.id, c.occurred_at, c.lg_code6, "_s + LocalGovernment::fullNameSql() +
        u", coalesce(cp.name, ''), coalesce(co.name, ''), c.channel, c.direction, "
        "c.topics, c.duration_minutes, substr(c.summary, 1, 200), (SELECT count(*) FROM "
        "follow_ups f WHERE f.consultation_id = c.id AND f.done_on IS NULL), (SELECT "
        "min(f.due_on) FROM follow_ups f WHERE f.consultation_id = c.id AND f.done_on IS "
        "NULL) FROM consultations c JOIN local_governments g ON g.code6 = c.lg_code6 JOIN "
        "prefectures p ON p.code = g.prefecture_code LEFT JOIN contacts cp ON cp.id = "
        "c.counterpart_id LEFT JOIN contacts co ON co.id = c.consultant_id WHERE c.id IN ("_s +
        placeholders(ids.size()) + u')');
    if (!execWith(q, variants(ids)))
        return storageError(q, Subject::Consultation);
    QHash<qint64, ConsultationListRow> byId;
    while (q.next()) {
        ConsultationListRow row;
        row.id = q.value(0).toLongLong();
        row.occurredAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate).toUTC();
        row.lgCode6 = q.value(2).toString();
        row.lgName = q.value(3).toString();
        row.counterpart = q.value(4).toString();
        row.consultant = q.value(5).toString();
        row.channel = readStored(q.value(6), Channel::Other);
        row.direction = readStored(q.value(7), Direction::Incoming);
        row.topics = quint32(q.value(8).toUInt());
        row.durationMinutes = q.value(9).toInt();
        row.summary = q.value(10).toString();
        row.openFollowUps = q.value(11).toInt();
        row.nextDue = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        byId.insert(row.id, row);
    }
    QList<ConsultationListRow> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids)
        rows.append(byId.value(id));
    return rows;
}

} // namespace iotdesk::core
