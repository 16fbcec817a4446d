#include "core/consultations/consultationrepository.h"

#include "core/consultations/consultationquery.h"
#include "core/foundation/dateformatter.h"
#include "core/foundation/japantime.h"
#include "core/foundation/localgovernmentcode.h"
#include "core/municipalities/localgovernment.h"
#include "core/storage/changehistory.h"
#include "core/storage/database.h"
#include "core/storage/sqldialect.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

constexpr ValueName<Channel> kChannels[] = {
    {Channel::Phone, u"phone", QT_TRANSLATE_NOOP("iotdesk::core::ConsultationRepository", "Phone"),
     u"電話"},
    {Channel::Email, u"email", QT_TRANSLATE_NOOP("iotdesk::core::ConsultationRepository", "E-mail"),
     u"メール"},
    {Channel::Visit, u"visit",
     QT_TRANSLATE_NOOP("iotdesk::core::ConsultationRepository", "On-site visit"), u"訪問"},
    {Channel::Online, u"online",
     QT_TRANSLATE_NOOP("iotdesk::core::ConsultationRepository", "Online meeting"),
     u"オンライン会議"},
    {Channel::Other, u"other", QT_TRANSLATE_NOOP("iotdesk::core::ConsultationRepository", "Other"),
     u"その他"},
};

constexpr ValueName<Direction> kDirections[] = {
    {Direction::Incoming, u"incoming",
     QT_TRANSLATE_NOOP("iotdesk::core::ConsultationRepository", "Incoming"), u"受信"},
    {Direction::Outgoing, u"outgoing",
     QT_TRANSLATE_NOOP("iotdesk::core::ConsultationRepository", "Outgoing"), u"発信"},
};

const QString kSelect =
    u"SELECT id, occurred_at, lg_code6, coalesce(counterpart_id, 0), coalesce(consultant_id, 0), "
    "channel, direction, topics, duration_minutes, summary, advice, mail_subject, mail_from, "
    "mail_to, mail_cc, mail_body, coalesce(message_id, ''), "_s +
    ChangeHistory::versionColumn(u"consultation"_s, u"consultations.id"_s) +
    u" FROM consultations "_s;

// A follow-up is recorded as done on the day it was, never ahead.
QString futureFollowUp(QDate doneOn)
{
    return QCoreApplication::translate("iotdesk::core::ConsultationRepository",
                                       "The follow-up cannot have been done on %1, a day still "
                                       "to come.")
        .arg(DateFormatter::forMessages().date(doneOn));
}

QString storedMoment(const QDateTime &moment)
{
    return moment.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

QVariant storedDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant storedId(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

// The fields a consultant enters, in the order of the INSERT and UPDATE statements.
void bindEntry(QSqlQuery &q, const Consultation &c)
{
    q.addBindValue(storedMoment(c.occurredAt));
    q.addBindValue(c.lgCode6);
    q.addBindValue(storedId(c.counterpartId));
    q.addBindValue(storedId(c.consultantId));
    q.addBindValue(storedName(c.channel));
    q.addBindValue(storedName(c.direction));
    q.addBindValue(c.topics);
    q.addBindValue(c.durationMinutes);
    q.addBindValue(sqlText(c.summary.trimmed()));
    q.addBindValue(sqlText(c.advice.trimmed()));
}

Consultation readConsultation(const QSqlQuery &q)
{
    Consultation c;
    c.id = q.value(0).toLongLong();
    c.occurredAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate).toUTC();
    c.lgCode6 = q.value(2).toString();
    c.counterpartId = q.value(3).toLongLong();
    c.consultantId = q.value(4).toLongLong();
    c.channel = readStored(q.value(5), Channel::Other);
    c.direction = readStored(q.value(6), Direction::Incoming);
    c.topics = quint32(q.value(7).toUInt());
    c.durationMinutes = q.value(8).toInt();
    c.summary = q.value(9).toString();
    c.advice = q.value(10).toString();
    c.mailSubject = q.value(11).toString();
    c.mailFrom = q.value(12).toString();
    c.mailTo = q.value(13).toString();
    c.mailCc = q.value(14).toString();
    c.mailBody = q.value(15).toString();
    c.messageId = q.value(16).toString();
    c.version.seen = q.value(17).toLongLong();
    return c;
}

QString describeFollowUps(const QList<FollowUp> &followUps)
{
    QStringList parts;
    for (const FollowUp &f : followUps) {
        parts << u"%1 [%2 %3 %4]"_s.arg(f.action, f.dueOn.toString(Qt::ISODate))
                     .arg(f.ownerId)
                     .arg(f.doneOn.toString(Qt::ISODate));
    }
    return parts.join(u"; "_s);
}

} // namespace

template <> const ValueSet<Channel> &valueSet<Channel>()
{
    static constexpr ValueSet<Channel> set("iotdesk::core::ConsultationRepository", kChannels);
    return set;
}

template <> const ValueSet<Direction> &valueSet<Direction>()
{
    static constexpr ValueSet<Direction> set("iotdesk::core::ConsultationRepository", kDirections);
    return set;
}

QString ConsultationRepository::topicName(Topic topic)
{
    switch (topic) {
    case Topic::RegionalIssues:
        return tr("Regional issues");
    case Topic::Solutions:
        return tr("Solutions");
    case Topic::PromotionSystem:
        return tr("Promotion system");
    case Topic::CostEffectiveness:
        return tr("Cost-effectiveness");
    case Topic::BudgetAndSubsidies:
        return tr("Budget and subsidies");
    case Topic::Procurement:
        return tr("Procurement");
    case Topic::DataAndSecurity:
        return tr("Data and security");
    case Topic::WorkshopLogistics:
        return tr("Workshop logistics");
    case Topic::MonthlyReport:
        return tr("Monthly report");
    case Topic::Other:
        return tr("Other");
    }
    return {};
}

namespace {

const QStringList kTopicKeys = {
    u"regional_issues"_s,      u"solutions"_s,   u"promotion_system"_s,  u"cost_effectiveness"_s,
    u"budget_and_subsidies"_s, u"procurement"_s, u"data_and_security"_s, u"workshop_logistics"_s,
    u"monthly_report"_s,       u"other"_s};

} // namespace

QString ConsultationRepository::topicKey(Topic topic)
{
    return kTopicKeys.value(int(topic));
}

int ConsultationRepository::topicFromKey(const QString &key)
{
    return int(kTopicKeys.indexOf(key.trimmed().toLower()));
}

Result<void> ConsultationRepository::validate(const Consultation &c) const
{
    const auto invalid = [](const QString &message) {
        return Error(ErrorCode::Invalid, message);
    };
    if (!c.occurredAt.isValid())
        return invalid(tr("A consultation needs its date and time."));
    if (!LocalGovernmentCode::isValidCode6(c.lgCode6))
        return invalid(tr("A consultation needs the local government it was with."));
    if (!isKnown(c.channel))
        return invalid(tr("A consultation needs one of the known channels."));
    if (!isKnown(c.direction))
        return invalid(tr("A consultation is either incoming or outgoing."));
    if (c.topics >= (1u << kTopicCount))
        return invalid(tr("Unknown topics."));
    if (c.durationMinutes < 0 || c.durationMinutes > 24 * 60)
        return invalid(tr("The duration must be between 0 and 1,440 minutes."));
    for (const FollowUp &f : c.followUps) {
        if (f.action.trimmed().isEmpty())
            return invalid(tr("Every follow-up needs the action to take."));
        if (f.doneOn.isValid() && f.doneOn < c.occurredAt.toTimeZone(JapanTime::zone()).date())
            return invalid(tr("A follow-up cannot be done before the consultation."));
        if (f.doneOn.isValid() && f.doneOn > JapanTime::today())
            return invalid(futureFollowUp(f.doneOn));
    }
    // The referenced rows must exist and be of the right kind.
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT (SELECT count(*) FROM local_governments WHERE code6 = ?), "
              "(SELECT kind FROM contacts WHERE id = ?), (SELECT kind FROM contacts WHERE id = ?), "
              "(SELECT coalesce(lg_code6, '') FROM contacts WHERE id = ?), "
              "(SELECT min(fiscal_year) FROM programs)"_s);
    q.addBindValue(c.lgCode6);
    q.addBindValue(c.counterpartId);
    q.addBindValue(c.consultantId);
    q.addBindValue(c.counterpartId);
    if (!q.exec() || !q.next())
        return storageError(q, Subject::Consultation);
    if (q.value(0).toInt() == 0)
        return invalid(tr("There is no local government with the code %1.").arg(c.lgCode6));
    // A moment far from the program's years is a typing slip (9999-12-31), not a call: from
    // the fiscal year before the first program to a day ahead (a time zone's worth).
    const QDateTime at = c.occurredAt.toTimeZone(JapanTime::zone());
    if (at > QDateTime::currentDateTimeUtc().addDays(1).toTimeZone(JapanTime::zone())) {
        return invalid(tr("A consultation cannot be logged at %1, a moment still to come.")
                           .arg(DateFormatter::forMessages().date(at.date())));
    }
    if (!q.value(4).isNull() &&
        at.date() < DateFormatter::fiscalYearStart(q.value(4).toInt() - 1)) {
        return invalid(tr("A consultation cannot be logged on %1, years before the first program "
                          "(FY%2) of this file.")
                           .arg(DateFormatter::forMessages().date(at.date()))
                           .arg(q.value(4).toInt()));
    }
    if (c.counterpartId != 0 &&
        fromStored<ContactKind>(q.value(1).toString()) != ContactKind::Municipal)
        return invalid(tr("The counterpart must be a person at a local government."));
    if (c.counterpartId != 0 && q.value(3).toString() != c.lgCode6)
        return invalid(tr("The counterpart works at another local government."));
    if (c.consultantId != 0 &&
        fromStored<ContactKind>(q.value(2).toString()) != ContactKind::Consultant)
        return invalid(tr("The consultant must be one of the consultants."));
    for (const FollowUp &f : c.followUps) {
        if (f.ownerId == 0)
            continue;
        QSqlQuery owner(m_db.connection());
        owner.prepare(u"SELECT 1 FROM contacts WHERE id = ?"_s);
        owner.addBindValue(f.ownerId);
        if (!owner.exec())
            return storageError(owner, Subject::Consultation);
        if (!owner.next())
            return invalid(tr("There is no contact %1 to own the follow-up.").arg(f.ownerId));
    }
    return {};
}

Result<qint64> ConsultationRepository::insert(const Consultation &c)
{
    const QSqlDatabase db = m_db.connection();
    if (!c.messageId.isEmpty()) {
        auto known = hasMessage(c.messageId);
        if (!known)
            return known.error();
        if (*known)
            return Error(ErrorCode::Invalid,
                         tr("The mail %1 is already in the log.").arg(c.messageId));
    }
    QSqlQuery q(db);
    // A given id is kept: undo brings a deleted consultation back under its own number.
    q.prepare(u"INSERT INTO consultations (occurred_at, lg_code6, counterpart_id, consultant_id, "
              "channel, direction, topics, duration_minutes, summary, advice, mail_subject, "
              "mail_from, mail_to, mail_cc, mail_body, message_id, created_at, created_by, id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    bindEntry(q, c);
    q.addBindValue(sqlText(c.mailSubject));
    q.addBindValue(sqlText(c.mailFrom));
    q.addBindValue(sqlText(c.mailTo));
    q.addBindValue(sqlText(c.mailCc));
    q.addBindValue(sqlText(c.mailBody));
    q.addBindValue(c.messageId.isEmpty() ? QVariant() : QVariant(c.messageId));
    q.addBindValue(storedMoment(QDateTime::currentDateTimeUtc()));
    q.addBindValue(sqlText(m_db.userName()));
    q.addBindValue(storedId(c.id));
    if (!q.exec())
        return storageError(q, Subject::Consultation);
    const qint64 id = insertedId(q);
    if (auto r = writeFollowUps(id, c.followUps); !r)
        return r.error();
    if (auto r = ChangeHistory::record(db, m_db.userName(), u"consultation"_s, QString::number(id),
                                       u"created"_s, {}, c.lgCode6);
        !r) {
        return r.error();
    }
    return id;
}

Result<void> ConsultationRepository::writeFollowUps(qint64 id,
                                                    const QList<FollowUp> &followUps) const
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery keep(db);
    keep.prepare(u"DELETE FROM follow_ups WHERE consultation_id = ?"_s);
    keep.addBindValue(id);
    if (!keep.exec())
        return storageError(keep, Subject::Consultation);
    for (const FollowUp &f : followUps) {
        QSqlQuery q(db);
        // A follow-up keeps its id across edits, so that the list of follow-ups and undo
        // find it again.
        q.prepare(u"INSERT INTO follow_ups (id, consultation_id, action, due_on, owner_id, "
                  "done_on) VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(storedId(f.id));
        q.addBindValue(id);
        q.addBindValue(f.action.trimmed());
        q.addBindValue(storedDate(f.dueOn));
        q.addBindValue(storedId(f.ownerId));
        q.addBindValue(storedDate(f.doneOn));
        if (!q.exec())
            return storageError(q, Subject::Consultation);
    }
    return {};
}

Result<qint64> ConsultationRepository::create(const Consultation &c)
{
    auto ids = createAll({c});
    if (!ids)
        return ids.error();
    return ids->front();
}

Result<QList<qint64>> ConsultationRepository::createAll(const QList<Consultation> &consultations)
{
    for (const Consultation &c : consultations) {
        if (auto valid = validate(c); !valid)
            return valid.error();
    }
    auto transaction = Transaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QList<qint64> ids;
    for (const Consultation &c : consultations) {
        auto id = insert(c);
        if (!id)
            return id.error();
        ids.append(*id);
    }
    if (auto r = transaction->commit(); !r)
        return r.error();
    return ids;
}

Result<bool> ConsultationRepository::hasMessage(const QString &messageId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT 1 FROM consultations WHERE message_id = ?"_s);
    q.addBindValue(messageId);
    if (!q.exec())
        return storageError(q, Subject::Consultation);
    return q.next();
}

Result<Consultation> ConsultationRepository::consultation(qint64 id) const
{
    auto found = consultations({id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(ErrorCode::NotFound, tr("There is no consultation %1.").arg(id));
    return found->takeFirst();
}

Result<QList<Consultation>> ConsultationRepository::consultations(const QList<qint64> &ids) const
{
    QList<Consultation> list;
    if (ids.isEmpty())
        return list;
    const QVariant idList = sqlList(ids);
    QHash<qint64, Consultation> byId;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const SqlDialect sql(m_db.connection());
    q.prepare(kSelect + u"WHERE id IN ("_s + sql.idsIn() + u')');
    if (!execWith(q, {idList}))
        return storageError(q, Subject::Consultation);
    while (q.next()) {
        Consultation c = readConsultation(q);
        byId.insert(c.id, std::move(c));
    }
    QSqlQuery f(m_db.connection());
    f.setForwardOnly(true);
    f.prepare(u"SELECT id, consultation_id, action, coalesce(due_on, ''), coalesce(owner_id, 0), "
              "coalesce(done_on, '') FROM follow_ups WHERE consultation_id IN ("_s +
              sql.idsIn() + u") ORDER BY id"_s);
    if (!execWith(f, {idList}))
        return storageError(f, Subject::Consultation);
    while (f.next()) {
        const qint64 consultation = f.value(1).toLongLong();
        byId[consultation].followUps.append(
            {f.value(0).toLongLong(), consultation, f.value(2).toString(),
             QDate::fromString(f.value(3).toString(), Qt::ISODate), f.value(4).toLongLong(),
             QDate::fromString(f.value(5).toString(), Qt::ISODate)});
    }
    list.reserve(byId.size());
    for (qint64 id : ids) {
        if (auto it = byId.find(id); it != byId.end() && it->id == id)
            list.append(*it);
    }
    return list;
}

Result<qint64> ConsultationRepository::update(const Consultation &c)
{
    if (auto valid = validate(c); !valid)
        return valid.error();
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r = ChangeHistory::claim(db, u"consultations"_s, u"consultation"_s, c.id, c.version,
                                      m_db.userName());
        !r)
        return r.error();
    const auto stored = consultation(c.id);
    if (!stored)
        return stored.error();
    QSqlQuery q(db);
    q.prepare(u"UPDATE consultations SET occurred_at = ?, lg_code6 = ?, counterpart_id = ?, "
              "consultant_id = ?, channel = ?, direction = ?, topics = ?, duration_minutes = ?, "
              "summary = ?, advice = ? WHERE id = ?"_s);
    bindEntry(q, c);
    q.addBindValue(c.id);
    if (!q.exec())
        return storageError(q, Subject::Consultation);
    if (stored->followUps != c.followUps) {
        if (auto r = writeFollowUps(c.id, c.followUps); !r)
            return r.error();
    }
    const QList<ChangeHistory::FieldChange> fields = {
        {u"occurred_at"_s, storedMoment(stored->occurredAt), storedMoment(c.occurredAt)},
        {u"lg_code6"_s, stored->lgCode6, c.lgCode6},
        {u"counterpart_id"_s, stored->counterpartId, c.counterpartId},
        {u"consultant_id"_s, stored->consultantId, c.consultantId},
        {u"channel"_s, storedName(stored->channel), storedName(c.channel)},
        {u"direction"_s, storedName(stored->direction), storedName(c.direction)},
        {u"topics"_s, stored->topics, c.topics},
        {u"duration_minutes"_s, stored->durationMinutes, c.durationMinutes},
        {u"summary"_s, stored->summary, c.summary.trimmed()},
        {u"advice"_s, stored->advice, c.advice.trimmed()},
        {u"follow_ups"_s, describeFollowUps(stored->followUps), describeFollowUps(c.followUps)},
    };
    if (auto r = ChangeHistory::recordChanges(db, m_db.userName(), u"consultation"_s,
                                              QString::number(c.id), fields);
        !r) {
        return r.error();
    }
    return ChangeHistory::commitEdit(transaction.value(), db, u"consultation"_s, c.id);
}

Result<void> ConsultationRepository::remove(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto stored = consultation(id);
    if (!stored)
        return stored.error();
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM consultations WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q, Subject::Consultation);
    if (auto r = ChangeHistory::record(db, m_db.userName(), u"consultation"_s, QString::number(id),
                                       u"deleted"_s,
                                       QString(stored->lgCode6 + u' ' + stored->summary), {});
        !r) {
        return r;
    }
    return transaction->commit();
}

Result<qint64> ConsultationRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM consultations"_s) || !q.next())
        return storageError(q, Subject::Consultation);
    return q.value(0).toLongLong();
}

Result<QList<FollowUpRow>> ConsultationRepository::openFollowUps(qint64 ownerId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT f.id, f.consultation_id, f.action, coalesce(f.due_on, ''), "
              "coalesce(f.owner_id, 0), c.occurred_at, c.lg_code6, "_s +
              LocalGovernment::fullNameSql() +
              u", coalesce(o.name, ''), c.summary FROM follow_ups f JOIN consultations c ON c.id = "
              "f.consultation_id JOIN local_governments g ON g.code6 = c.lg_code6 JOIN "
              "prefectures p ON p.code = g.prefecture_code LEFT JOIN contacts o ON o.id = "
              "f.owner_id WHERE f.done_on IS NULL AND (? = 0 OR f.owner_id = ?) ORDER BY "
              "f.due_on IS NULL, f.due_on, f.id"_s);
    q.addBindValue(ownerId);
    q.addBindValue(ownerId);
    if (!q.exec())
        return storageError(q, Subject::Consultation);
    QList<FollowUpRow> rows;
    while (q.next()) {
        FollowUpRow row;
        row.followUp = {
            q.value(0).toLongLong(), q.value(1).toLongLong(),
            q.value(2).toString(),   QDate::fromString(q.value(3).toString(), Qt::ISODate),
            q.value(4).toLongLong(), {}};
        row.consultedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate).toUTC();
        row.lgCode6 = q.value(6).toString();
        row.lgName = q.value(7).toString();
        row.ownerName = q.value(8).toString();
        row.summary = q.value(9).toString();
        rows.append(row);
    }
    return rows;
}

Result<qint64> ConsultationRepository::completeFollowUp(qint64 followUpId, QDate doneOn,
                                                        const std::optional<FollowUp> &next)
{
    if (!doneOn.isValid())
        return Error(ErrorCode::Invalid, tr("A follow-up is done on a date."));
    if (doneOn > JapanTime::today())
        return Error(ErrorCode::Invalid, futureFollowUp(doneOn));
    if (next && next->action.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, tr("Every follow-up needs the action to take."));
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(u"SELECT consultation_id, done_on FROM follow_ups WHERE id = ?"_s);
    q.addBindValue(followUpId);
    if (!q.exec())
        return storageError(q, Subject::Consultation);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no follow-up %1.").arg(followUpId));
    const qint64 consultationId = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        return Error(ErrorCode::Invalid, tr("This follow-up is already done."));
    q.finish();
    const auto consulted = consultation(consultationId);
    if (!consulted)
        return consulted.error();
    if (const QDate day = consulted->occurredAt.toTimeZone(JapanTime::zone()).date();
        doneOn < day) {
        return Error(ErrorCode::Invalid,
                     tr("The follow-up cannot have been done on %1, before the consultation on "
                        "%2.")
                         .arg(DateFormatter::forMessages().date(doneOn),
                              DateFormatter::forMessages().date(day)));
    }
    QSqlQuery done(db);
    done.prepare(u"UPDATE follow_ups SET done_on = ? WHERE id = ?"_s);
    done.addBindValue(storedDate(doneOn));
    done.addBindValue(followUpId);
    if (!done.exec())
        return storageError(done, Subject::Consultation);
    if (auto r =
            ChangeHistory::record(db, m_db.userName(), u"follow_up"_s, QString::number(followUpId),
                                  u"done_on"_s, {}, doneOn.toString(Qt::ISODate));
        !r) {
        return r.error();
    }
    qint64 addedId = 0;
    if (next) {
        QSqlQuery add(db);
        add.prepare(u"INSERT INTO follow_ups (consultation_id, action, due_on, owner_id) VALUES "
                    "(?, ?, ?, ?) RETURNING id"_s);
        add.addBindValue(consultationId);
        add.addBindValue(next->action.trimmed());
        add.addBindValue(storedDate(next->dueOn));
        add.addBindValue(storedId(next->ownerId));
        if (!add.exec())
            return storageError(add, Subject::Consultation);
        addedId = insertedId(add);
        if (auto r =
                ChangeHistory::record(db, m_db.userName(), u"follow_up"_s, QString::number(addedId),
                                      u"created"_s, {}, next->action.trimmed());
            !r) {
            return r.error();
        }
    }
    if (auto r = transaction->commit(); !r)
        return r.error();
    return addedId;
}

Result<void> ConsultationRepository::reopenFollowUp(qint64 followUpId, qint64 addedId)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(u"UPDATE follow_ups SET done_on = NULL WHERE id = ?"_s);
    q.addBindValue(followUpId);
    if (!q.exec())
        return storageError(q, Subject::Consultation);
    if (q.numRowsAffected() != 1)
        return Error(ErrorCode::NotFound, tr("There is no follow-up %1.").arg(followUpId));
    if (auto r = ChangeHistory::record(db, m_db.userName(), u"follow_up"_s,
                                       QString::number(followUpId), u"done_on"_s, u"done"_s, {});
        !r) {
        return r;
    }
    if (addedId != 0) {
        QSqlQuery remove(db);
        remove.prepare(u"DELETE FROM follow_ups WHERE id = ?"_s);
        remove.addBindValue(addedId);
        if (!remove.exec())
            return storageError(remove, Subject::Consultation);
        if (auto r = ChangeHistory::record(db, m_db.userName(), u"follow_up"_s,
                                           QString::number(addedId), u"deleted"_s, {}, {});
            !r) {
            return r;
        }
    }
    return transaction->commit();
}

Result<QList<Consultation>> ConsultationRepository::timeline(const QString &code6, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + u"WHERE lg_code6 = ? ORDER BY occurred_at DESC, id DESC LIMIT ?"_s);
    q.addBindValue(code6);
    q.addBindValue(limit);
    if (!q.exec())
        return storageError(q, Subject::Consultation);
    QList<Consultation> list;
    while (q.next())
        list.append(readConsultation(q));
    return list;
}

Result<QList<HoursRow>> ConsultationRepository::hours(bool byConsultant, QDate from, QDate to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString month = SqlDialect(m_db.connection()).japanMonth(u"c.occurred_at"_s);
    if (byConsultant) {
        q.prepare(u"SELECT "_s + month +
                  u", coalesce(c.consultant_id, 0), coalesce(o.name, ''), "
                  "sum(c.duration_minutes), count(*) FROM consultations c LEFT JOIN contacts o "
                  "ON o.id = c.consultant_id WHERE c.occurred_at >= ? AND c.occurred_at < ? "
                  "GROUP BY 1, 2, 3 ORDER BY 1, 3"_s);
    } else {
        q.prepare(u"SELECT "_s + month + u", c.lg_code6, "_s + LocalGovernment::fullNameSql() +
                  u", sum(c.duration_minutes), count(*) FROM "
                  "consultations c JOIN local_governments g ON g.code6 = c.lg_code6 JOIN "
                  "prefectures p ON p.code = g.prefecture_code WHERE c.occurred_at >= ? AND "
                  "c.occurred_at < ? GROUP BY 1, 2, 3 ORDER BY 1, 2"_s);
    }
    q.addBindValue(ConsultationQuery::japanDayStart(from));
    q.addBindValue(ConsultationQuery::japanDayStart(to.addDays(1)));
    if (!q.exec())
        return storageError(q, Subject::Consultation);
    QList<HoursRow> rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toInt(), q.value(4).toInt()});
    }
    return rows;
}

} // namespace iotdesk::core
