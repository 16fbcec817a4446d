#include "core/plans/knowhowrepository.h"

#include "core/municipalities/localgovernment.h"
#include "core/storage/database.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

constexpr ValueName<KnowhowPhase> kPhases[] = {
    {KnowhowPhase::Issues, u"issues",
     QT_TRANSLATE_NOOP("iotdesk::core::KnowhowRepository", "Making the issues clear"),
     u"課題の明確化"},
    {KnowhowPhase::Solutions, u"solutions",
     QT_TRANSLATE_NOOP("iotdesk::core::KnowhowRepository", "Choosing solutions"), u"解決策の検討"},
    {KnowhowPhase::Promotion, u"promotion",
     QT_TRANSLATE_NOOP("iotdesk::core::KnowhowRepository", "Building the promotion system"),
     u"推進体制の構築"},
    {KnowhowPhase::Cost, u"cost",
     QT_TRANSLATE_NOOP("iotdesk::core::KnowhowRepository", "Estimating cost-effectiveness"),
     u"費用対効果の算定"},
    {KnowhowPhase::Consensus, u"consensus",
     QT_TRANSLATE_NOOP("iotdesk::core::KnowhowRepository", "Consensus and budgeting"),
     u"合意形成・予算化"},
    {KnowhowPhase::Procurement, u"procurement",
     QT_TRANSLATE_NOOP("iotdesk::core::KnowhowRepository", "Procurement"), u"調達"},
    {KnowhowPhase::Operation, u"operation",
     QT_TRANSLATE_NOOP("iotdesk::core::KnowhowRepository", "Operation"), u"運用"},
    {KnowhowPhase::Other, u"other", QT_TRANSLATE_NOOP("iotdesk::core::KnowhowRepository", "Other"),
     u"その他"},
};

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

const QString kSelect =
    u"SELECT k.id, k.program_id, coalesce(k.application_id, 0), k.phase, k.lesson, "
    "coalesce(k.consultation_id, 0), coalesce(k.report_id, 0), coalesce(k.session_id, 0), "
    "k.approved, k.created_at, k.created_by, coalesce(g.code6, ''), "_s +
    u"coalesce("_s + LocalGovernment::fullNameSql() + u", ''), "_s +
    ChangeHistory::versionColumn(u"knowhow"_s, u"k.id"_s) +
    u" FROM knowhow k LEFT JOIN application_members am ON am.application_id = k.application_id "
    "AND am.is_lead = 1 LEFT JOIN local_governments g ON g.code6 = am.lg_code6 LEFT JOIN "
    "prefectures p ON p.code = g.prefecture_code "_s;

Lesson readLesson(const QSqlQuery &q)
{
    Lesson l;
    l.id = q.value(0).toLongLong();
    l.programId = q.value(1).toLongLong();
    l.applicationId = q.value(2).toLongLong();
    l.phase = readStored(q.value(3), KnowhowPhase::Other);
    l.lesson = q.value(4).toString();
    l.consultationId = q.value(5).toLongLong();
    l.reportId = q.value(6).toLongLong();
    l.sessionId = q.value(7).toLongLong();
    l.approved = q.value(8).toInt() != 0;
    l.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    l.createdBy = q.value(10).toString();
    l.code6 = q.value(11).toString();
    l.municipality = q.value(12).toString();
    l.version.seen = q.value(13).toLongLong();
    return l;
}

QList<ChangeHistory::FieldChange> fieldsOf(const Lesson &before, const Lesson &after)
{
    return {{u"application_id"_s, before.applicationId, after.applicationId},
            {u"phase"_s, storedName(before.phase), storedName(after.phase)},
            {u"lesson"_s, before.lesson, after.lesson},
            {u"consultation_id"_s, before.consultationId, after.consultationId},
            {u"report_id"_s, before.reportId, after.reportId},
            {u"session_id"_s, before.sessionId, after.sessionId},
            {u"approved"_s, before.approved, after.approved}};
}

} // namespace

template <> const ValueSet<KnowhowPhase> &valueSet<KnowhowPhase>()
{
    static constexpr ValueSet<KnowhowPhase> set("iotdesk::core::KnowhowRepository", kPhases);
    return set;
}

Result<QList<Lesson>> KnowhowRepository::lessons(qint64 programId, bool approvedOnly) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + u"WHERE k.program_id = ? AND (k.approved = 1 OR ? = 0) ORDER BY CASE "
                        "k.phase WHEN 'issues' THEN 1 WHEN 'solutions' THEN 2 WHEN 'promotion' "
                        "THEN 3 WHEN 'cost' THEN 4 WHEN 'consensus' THEN 5 WHEN 'procurement' "
                        "THEN 6 WHEN 'operation' THEN 7 ELSE 8 END, g.code6, k.id"_s);
    if (!execWith(q, {programId, approvedOnly ? 1 : 0}))
        return storageError(q, Subject::Knowhow);
    QList<Lesson> list;
    while (q.next())
        list.append(readLesson(q));
    return list;
}

Result<Lesson> KnowhowRepository::lesson(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + u"WHERE k.id = ?"_s);
    if (!execWith(q, {id}))
        return storageError(q, Subject::Knowhow);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no lesson %1.").arg(id));
    return readLesson(q);
}

Result<void> KnowhowRepository::validate(const Lesson &l) const
{
    if (!isKnown(l.phase))
        return Error(ErrorCode::Invalid, tr("Unknown phase."));
    if (l.lesson.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, tr("Write what was learned."));
    if ((l.consultationId != 0) + (l.reportId != 0) + (l.sessionId != 0) > 1)
        return Error(ErrorCode::Invalid, tr("A lesson comes from one place: a consultation, a "
                                            "report or a meeting."));
    // What it names must be there, and of the same program.
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT (SELECT count(*) FROM programs WHERE id = ?), (? = 0 OR EXISTS (SELECT 1 "
              "FROM applications WHERE id = ? AND program_id = ?)), (? = 0 OR EXISTS (SELECT 1 "
              "FROM consultations WHERE id = ?)), (? = 0 OR EXISTS (SELECT 1 FROM monthly_reports "
              "r JOIN applications a ON a.id = r.application_id WHERE r.id = ? AND a.program_id "
              "= ?)), (? = 0 OR EXISTS (SELECT 1 FROM meeting_sessions s JOIN program_meetings m "
              "ON m.id = s.meeting_id WHERE s.id = ? AND m.program_id = ?))"_s);
    if (!execWith(q, {l.programId, l.applicationId, l.applicationId, l.programId, l.consultationId,
                      l.consultationId, l.reportId, l.reportId, l.programId, l.sessionId,
                      l.sessionId, l.programId}) ||
        !q.next())
        return storageError(q, Subject::Knowhow);
    if (q.value(0).toInt() == 0)
        return Error(ErrorCode::NotFound, tr("There is no program %1.").arg(l.programId));
    if (!q.value(1).toBool())
        return Error(ErrorCode::NotFound,
                     tr("Application %1 is not of this program.").arg(l.applicationId));
    if (!q.value(2).toBool())
        return Error(ErrorCode::NotFound, tr("There is no consultation %1.").arg(l.consultationId));
    if (!q.value(3).toBool())
        return Error(ErrorCode::NotFound, tr("Report %1 is not of this program.").arg(l.reportId));
    if (!q.value(4).toBool())
        return Error(ErrorCode::NotFound,
                     tr("Meeting session %1 is not of this program.").arg(l.sessionId));
    return {};
}

Result<qint64> KnowhowRepository::add(const Lesson &l)
{
    if (auto r = validate(l); !r)
        return r.error();
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO knowhow (id, program_id, application_id, phase, lesson, "
              "consultation_id, report_id, session_id, approved, created_at, created_by) VALUES "
              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    const QDateTime at = l.createdAt.isValid() ? l.createdAt : QDateTime::currentDateTimeUtc();
    if (!execWith(q, {idOrNull(l.id), l.programId, idOrNull(l.applicationId), storedValue(l.phase),
                      l.lesson.trimmed(), idOrNull(l.consultationId), idOrNull(l.reportId),
                      idOrNull(l.sessionId), l.approved ? 1 : 0,
                      at.toUTC().toString(Qt::ISODateWithMs),
                      sqlText(l.createdBy.isEmpty() ? m_db.userName() : l.createdBy)}))
        return storageError(q, Subject::Knowhow);
    const qint64 id = insertedId(q);
    if (auto r = ChangeHistory::record(db, m_db.userName(), u"knowhow"_s, QString::number(id),
                                       u"created"_s, {}, l.lesson.trimmed());
        !r)
        return r.error();
    if (auto r = transaction->commit(); !r)
        return r.error();
    return id;
}

Result<qint64> KnowhowRepository::update(const Lesson &changed)
{
    if (auto r = validate(changed); !r)
        return r.error();
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r = ChangeHistory::claim(db, u"knowhow"_s, u"knowhow"_s, changed.id, changed.version,
                                      m_db.userName());
        !r)
        return r.error();
    const auto stored = lesson(changed.id);
    if (!stored)
        return stored.error();
    Lesson after = changed;
    after.lesson = after.lesson.trimmed();
    if (auto r = execSql(db,
                         u"UPDATE knowhow SET application_id = ?, phase = ?, lesson = ?, "
                         "consultation_id = ?, report_id = ?, session_id = ?, approved = ? WHERE "
                         "id = ?"_s,
                         {idOrNull(after.applicationId), storedValue(after.phase), after.lesson,
                          idOrNull(after.consultationId), idOrNull(after.reportId),
                          idOrNull(after.sessionId), after.approved ? 1 : 0, after.id},
                         Subject::Knowhow);
        !r)
        return r.error();
    if (auto r = ChangeHistory::recordChanges(db, m_db.userName(), u"knowhow"_s,
                                              QString::number(after.id), fieldsOf(*stored, after));
        !r)
        return r.error();
    return ChangeHistory::commitEdit(transaction.value(), db, u"knowhow"_s, after.id);
}

Result<void> KnowhowRepository::remove(const Lesson &l)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r =
            ChangeHistory::claim(db, u"knowhow"_s, u"knowhow"_s, l.id, l.version, m_db.userName());
        !r)
        return r;
    if (auto r = execSql(db, u"DELETE FROM knowhow WHERE id = ?"_s, {l.id}, Subject::Knowhow); !r)
        return r;
    if (auto r = ChangeHistory::record(db, m_db.userName(), u"knowhow"_s, QString::number(l.id),
                                       u"deleted"_s, l.lesson, {});
        !r)
        return r;
    return transaction->commit();
}

} // namespace iotdesk::core
