#include "core/selection/reviewrepository.h"

#include "core/foundation/dateformatter.h"
#include "core/foundation/japantime.h"
#include "core/storage/changehistory.h"
#include "core/storage/database.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// The history's field of a reviewer's score of an application (kept under the application).
QString scoreField(qint64 reviewerId)
{
    return u"score:%1"_s.arg(reviewerId);
}

QString describe(const ReviewScore &s)
{
    return u"%1/%2/%3 %4"_s.arg(s.proactiveness).arg(s.partner).arg(s.spread).arg(s.comment);
}

} // namespace

namespace {

constexpr ValueName<ReviewerAffiliation> kAffiliations[] = {
    {ReviewerAffiliation::Mic, u"mic",
     QT_TRANSLATE_NOOP("iotdesk::core::ReviewRepository", "MIC division"), u"総務省（担当課）"},
    {ReviewerAffiliation::Bureau, u"bureau",
     QT_TRANSLATE_NOOP("iotdesk::core::ReviewRepository", "Regional bureau"), u"総合通信局"},
    {ReviewerAffiliation::Contractor, u"contractor",
     QT_TRANSLATE_NOOP("iotdesk::core::ReviewRepository", "Support contractor"), u"支援実施事業者"},
};
constexpr ValueName<RequestKind> kRequestKinds[] = {
    {RequestKind::Documents, u"documents",
     QT_TRANSLATE_NOOP("iotdesk::core::ReviewRepository", "Additional documents"), u"追加資料"},
    {RequestKind::Explanation, u"explanation",
     QT_TRANSLATE_NOOP("iotdesk::core::ReviewRepository", "Explanation"), u"説明"},
    {RequestKind::Hearing, u"hearing",
     QT_TRANSLATE_NOOP("iotdesk::core::ReviewRepository", "Hearing"), u"ヒアリング"},
};
constexpr ValueName<RequestStatus> kRequestStatuses[] = {
    {RequestStatus::Open, u"open", QT_TRANSLATE_NOOP("iotdesk::core::ReviewRepository", "Open"),
     u"回答待ち"},
    {RequestStatus::Answered, u"answered",
     QT_TRANSLATE_NOOP("iotdesk::core::ReviewRepository", "Answered"), u"回答済み"},
    {RequestStatus::Withdrawn, u"withdrawn",
     QT_TRANSLATE_NOOP("iotdesk::core::ReviewRepository", "Withdrawn"), u"取り下げ"},
};

} // namespace

template <> const ValueSet<ReviewerAffiliation> &valueSet<ReviewerAffiliation>()
{
    static constexpr ValueSet<ReviewerAffiliation> set("iotdesk::core::ReviewRepository",
                                                       kAffiliations);
    return set;
}

template <> const ValueSet<RequestKind> &valueSet<RequestKind>()
{
    static constexpr ValueSet<RequestKind> set("iotdesk::core::ReviewRepository", kRequestKinds);
    return set;
}

template <> const ValueSet<RequestStatus> &valueSet<RequestStatus>()
{
    static constexpr ValueSet<RequestStatus> set("iotdesk::core::ReviewRepository",
                                                 kRequestStatuses);
    return set;
}

Result<qint64> ReviewRepository::addReviewer(const Reviewer &r)
{
    if (r.name.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, tr("A reviewer needs a name."));
    if (!isKnown(r.affiliation)) {
        return Error(ErrorCode::Invalid,
                     tr("“%1” is not an affiliation.").arg(shownName(r.affiliation)));
    }
    if ((r.affiliation == ReviewerAffiliation::Bureau) != (r.bureauId > 0))
        return Error(ErrorCode::Invalid, tr("A reviewer of a regional bureau names the bureau."));
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO reviewers (program_id, name, affiliation, bureau_id, active) "
              "VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    for (const QVariant &value :
         QVariantList{r.programId, sqlText(r.name.trimmed()), storedValue(r.affiliation),
                      r.bureauId > 0 ? QVariant(r.bureauId) : QVariant(), r.active ? 1 : 0})
        q.addBindValue(value);
    if (!q.exec())
        return storageError(q, Subject::Review);
    const qint64 id = insertedId(q);
    if (auto h = ChangeHistory::record(db, m_db.userName(), u"reviewer"_s, QString::number(id),
                                       u"created"_s, {}, r.name);
        !h) {
        return h.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return id;
}

Result<void> ReviewRepository::updateReviewer(const Reviewer &r)
{
    if (r.name.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, tr("A reviewer needs a name."));
    if (!isKnown(r.affiliation)) {
        return Error(ErrorCode::Invalid,
                     tr("“%1” is not an affiliation.").arg(shownName(r.affiliation)));
    }
    if ((r.affiliation == ReviewerAffiliation::Bureau) != (r.bureauId > 0))
        return Error(ErrorCode::Invalid, tr("A reviewer of a regional bureau names the bureau."));
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r1 =
            execSql(db,
                    u"UPDATE reviewers SET name = ?, affiliation = ?, bureau_id = ?, "
                    "active = ? WHERE id = ?"_s,
                    {sqlText(r.name.trimmed()), storedValue(r.affiliation),
                     r.bureauId > 0 ? QVariant(r.bureauId) : QVariant(), r.active ? 1 : 0, r.id},
                    Subject::Review);
        !r1) {
        return r1;
    }
    if (auto h = ChangeHistory::record(db, m_db.userName(), u"reviewer"_s, QString::number(r.id),
                                       u"updated"_s, {},
                                       QString(r.name + u" / "_s + storedName(r.affiliation) +
                                               (r.active ? QString() : u" (inactive)"_s)));
        !h) {
        return h;
    }
    return transaction->commit();
}

namespace {

const QString kReviewerSelect = u"SELECT r.id, r.program_id, r.name, r.affiliation, "
                                "coalesce(r.bureau_id, 0), r.active FROM reviewers r "_s;

Result<QList<Reviewer>> readReviewers(QSqlQuery &q)
{
    if (!q.exec())
        return storageError(q, Subject::Review);
    QList<Reviewer> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       readStored(q.value(3), ReviewerAffiliation::Mic), q.value(4).toInt(),
                       q.value(5).toInt() != 0});
    }
    return result;
}

} // namespace

Result<QList<Reviewer>> ReviewRepository::reviewers(qint64 programId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kReviewerSelect + u"WHERE r.program_id = ? ORDER BY r.id"_s);
    q.addBindValue(programId);
    return readReviewers(q);
}

Result<QList<Reviewer>> ReviewRepository::stillToScore(qint64 applicationId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kReviewerSelect +
              u"JOIN applications a ON a.program_id = r.program_id WHERE a.id = ? AND "
              "r.active = 1 AND NOT EXISTS (SELECT 1 FROM review_conflicts c WHERE "
              "c.application_id = a.id AND c.reviewer_id = r.id) AND NOT EXISTS (SELECT 1 FROM "
              "review_scores s WHERE s.application_id = a.id AND s.reviewer_id = r.id) "
              "ORDER BY r.id"_s);
    q.addBindValue(applicationId);
    return readReviewers(q);
}

Result<void> ReviewRepository::removeReviewer(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery scored(db);
    scored.prepare(u"SELECT count(*) FROM review_scores WHERE reviewer_id = ?"_s);
    scored.addBindValue(id);
    if (!scored.exec() || !scored.next())
        return storageError(scored, Subject::Review);
    if (scored.value(0).toInt() > 0) {
        return Error(ErrorCode::Invalid, tr("This reviewer has given scores and cannot be removed; "
                                            "mark them inactive instead."));
    }
    scored.finish();
    if (auto r = execSql(db, u"DELETE FROM reviewers WHERE id = ?"_s, {id}, Subject::Review); !r)
        return r;
    if (auto h = ChangeHistory::record(db, m_db.userName(), u"reviewer"_s, QString::number(id),
                                       u"deleted"_s, {}, {});
        !h) {
        return h;
    }
    return transaction->commit();
}

Result<std::optional<ReviewScore>> ReviewRepository::score(qint64 applicationId,
                                                           qint64 reviewerId) const
{
    // The version first: a score given between the two reads makes a save from this one ask,
    // rather than overwrite it.
    const auto version = scoreVersion(applicationId, reviewerId);
    if (!version)
        return version.error();
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT proactiveness, partner, spread, comment FROM review_scores WHERE "
              "application_id = ? AND reviewer_id = ?"_s);
    q.addBindValue(applicationId);
    q.addBindValue(reviewerId);
    if (!q.exec())
        return storageError(q, Subject::Review);
    if (!q.next())
        return std::optional<ReviewScore>();
    return std::optional<ReviewScore>({applicationId, reviewerId, q.value(0).toInt(),
                                       q.value(1).toInt(), q.value(2).toInt(),
                                       q.value(3).toString(), RecordVersion{*version}});
}

Result<qint64> ReviewRepository::scoreVersion(qint64 applicationId, qint64 reviewerId) const
{
    return ChangeHistory::version(m_db.connection(), u"application"_s,
                                  QString::number(applicationId), {scoreField(reviewerId)});
}

Result<QString> ReviewRepository::eventMoment(qint64 applicationId, const QDateTime &at) const
{
    const QDateTime moment = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    const QDate day = moment.toTimeZone(JapanTime::zone()).date();
    if (day > JapanTime::today()) {
        return Error(ErrorCode::Invalid,
                     tr("%1 is still to come: record a review on the day it is given.")
                         .arg(DateFormatter::forMessages().date(day)));
    }
    QSqlQuery received(m_db.connection());
    received.prepare(u"SELECT received_at FROM applications WHERE id = ?"_s);
    received.addBindValue(applicationId);
    if (!received.exec())
        return storageError(received, Subject::Review);
    if (!received.next())
        return Error(ErrorCode::NotFound, tr("There is no application %1.").arg(applicationId));
    const QDate receivedOn = QDateTime::fromString(received.value(0).toString(), Qt::ISODateWithMs)
                                 .toTimeZone(JapanTime::zone())
                                 .date();
    if (receivedOn.isValid() && day < receivedOn) {
        return Error(ErrorCode::Invalid,
                     tr("The application was received on %1: it cannot have been reviewed on "
                        "%2.")
                         .arg(DateFormatter::forMessages().date(receivedOn),
                              DateFormatter::forMessages().date(day)));
    }
    return moment.toString(Qt::ISODateWithMs);
}

Result<qint64> ReviewRepository::setScore(const ReviewScore &s, const QDateTime &scoredAt)
{
    for (int value : {s.proactiveness, s.partner, s.spread}) {
        if (!ReviewRanking::isValidScore(value))
            return Error(ErrorCode::Invalid, tr("Scores run from 1 to 5."));
    }
    const auto moment = eventMoment(s.applicationId, scoredAt);
    if (!moment)
        return moment.error();
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery conflict(db);
    conflict.prepare(u"SELECT reason FROM review_conflicts WHERE application_id = ? AND "
                     "reviewer_id = ?"_s);
    conflict.addBindValue(s.applicationId);
    conflict.addBindValue(s.reviewerId);
    if (!conflict.exec())
        return storageError(conflict, Subject::Review);
    if (conflict.next()) {
        return Error(ErrorCode::Invalid,
                     tr("This reviewer declared a conflict of interest (%1) and cannot score "
                        "this application.")
                         .arg(conflict.value(0).toString()));
    }
    conflict.finish();
    QSqlQuery before(db);
    before.prepare(u"SELECT proactiveness, partner, spread, comment FROM review_scores WHERE "
                   "application_id = ? AND reviewer_id = ?"_s);
    before.addBindValue(s.applicationId);
    before.addBindValue(s.reviewerId);
    if (!before.exec())
        return storageError(before, Subject::Review);
    QVariant old;
    if (before.next()) {
        old = describe({s.applicationId, s.reviewerId, before.value(0).toInt(),
                        before.value(1).toInt(), before.value(2).toInt(),
                        before.value(3).toString()});
    }
    before.finish();
    if (auto r = execSql(db,
                         u"INSERT INTO review_scores (application_id, reviewer_id, proactiveness, "
                         "partner, spread, comment, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT (application_id, reviewer_id) DO UPDATE SET "
                         "proactiveness = excluded.proactiveness, partner = excluded.partner, "
                         "spread = excluded.spread, comment = excluded.comment, "
                         "scored_at = excluded.scored_at"_s,
                         {s.applicationId, s.reviewerId, s.proactiveness, s.partner, s.spread,
                          sqlText(s.comment), *moment},
                         Subject::Review);
        !r) {
        return r.error();
    }
    // Checked after the write, which holds the score's row (or its key) until the commit.
    if (auto r = ChangeHistory::claim(db, {}, u"application"_s, s.applicationId, s.version,
                                      m_db.userName(), {scoreField(s.reviewerId)});
        !r) {
        return r.error();
    }
    if (auto h = ChangeHistory::record(db, m_db.userName(), u"application"_s,
                                       QString::number(s.applicationId), scoreField(s.reviewerId),
                                       old, describe(s));
        !h) {
        return h.error();
    }
    return ChangeHistory::commitEdit(transaction.value(), db, u"application"_s, s.applicationId,
                                     {scoreField(s.reviewerId)});
}

Result<qint64> ReviewRepository::removeScore(qint64 applicationId, qint64 reviewerId,
                                             const RecordVersion &seen)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r =
            execSql(db, u"DELETE FROM review_scores WHERE application_id = ? AND reviewer_id = ?"_s,
                    {applicationId, reviewerId}, Subject::Review);
        !r) {
        return r.error();
    }
    if (auto r = ChangeHistory::claim(db, {}, u"application"_s, applicationId, seen,
                                      m_db.userName(), {scoreField(reviewerId)});
        !r) {
        return r.error();
    }
    if (auto h = ChangeHistory::record(db, m_db.userName(), u"application"_s,
                                       QString::number(applicationId), scoreField(reviewerId),
                                       u"scored"_s, {});
        !h) {
        return h.error();
    }
    return ChangeHistory::commitEdit(transaction.value(), db, u"application"_s, applicationId,
                                     {scoreField(reviewerId)});
}

Result<QList<ReviewScore>> ReviewRepository::scores(qint64 programId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.application_id, s.reviewer_id, s.proactiveness, s.partner, s.spread, "
              "s.comment FROM review_scores s JOIN applications a ON a.id = s.application_id "
              "WHERE a.program_id = ? ORDER BY s.application_id, s.reviewer_id"_s);
    q.addBindValue(programId);
    if (!q.exec())
        return storageError(q, Subject::Review);
    QList<ReviewScore> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                       q.value(3).toInt(), q.value(4).toInt(), q.value(5).toString()});
    }
    return result;
}

Result<void> ReviewRepository::declareConflict(const ReviewConflict &c, const QDateTime &declaredAt)
{
    if (c.reason.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, tr("A conflict of interest needs its reason."));
    const auto moment = eventMoment(c.applicationId, declaredAt);
    if (!moment)
        return moment.error();
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r = execSql(db,
                         u"INSERT INTO review_conflicts (application_id, reviewer_id, reason, "
                         "declared_at) VALUES (?, ?, ?, ?)"_s,
                         {c.applicationId, c.reviewerId, sqlText(c.reason.trimmed()), *moment},
                         Subject::Review);
        !r) {
        return r;
    }
    if (auto h = ChangeHistory::record(db, m_db.userName(), u"application"_s,
                                       QString::number(c.applicationId),
                                       u"conflict:%1"_s.arg(c.reviewerId), {}, c.reason);
        !h) {
        return h;
    }
    return transaction->commit();
}

Result<void> ReviewRepository::withdrawConflict(qint64 applicationId, qint64 reviewerId)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r = execSql(db,
                         u"DELETE FROM review_conflicts WHERE application_id = ? AND "
                         "reviewer_id = ?"_s,
                         {applicationId, reviewerId}, Subject::Review);
        !r) {
        return r;
    }
    if (auto h = ChangeHistory::record(db, m_db.userName(), u"application"_s,
                                       QString::number(applicationId),
                                       u"conflict:%1"_s.arg(reviewerId), u"declared"_s, {});
        !h) {
        return h;
    }
    return transaction->commit();
}

Result<QList<ReviewConflict>> ReviewRepository::conflicts(qint64 programId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.application_id, c.reviewer_id, c.reason FROM review_conflicts c JOIN "
              "applications a ON a.id = c.application_id WHERE a.program_id = ?"_s);
    q.addBindValue(programId);
    if (!q.exec())
        return storageError(q, Subject::Review);
    QList<ReviewConflict> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    return result;
}

namespace {

// Scores given, and active reviewers without a conflict, per application.
const QString kProgressSelect =
    u"SELECT a.id, (SELECT count(*) FROM review_scores WHERE application_id = a.id), "
    "(SELECT count(*) FROM reviewers r WHERE r.program_id = a.program_id AND r.active = 1 AND "
    "NOT EXISTS (SELECT 1 FROM review_conflicts c WHERE c.application_id = a.id AND "
    "c.reviewer_id = r.id)) FROM applications a "_s;

} // namespace

Result<ReviewProgress> ReviewRepository::progress(qint64 applicationId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kProgressSelect + u"WHERE a.id = ?"_s);
    q.addBindValue(applicationId);
    if (!q.exec())
        return storageError(q, Subject::Review);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no application %1.").arg(applicationId));
    return ReviewProgress{q.value(1).toInt(), q.value(2).toInt()};
}

Result<QHash<qint64, ReviewProgress>>
ReviewRepository::progressByApplication(qint64 programId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kProgressSelect + u"WHERE a.program_id = ?"_s);
    q.addBindValue(programId);
    if (!q.exec())
        return storageError(q, Subject::Review);
    QHash<qint64, ReviewProgress> result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()});
    return result;
}

Result<void> ReviewRepository::validate(const ReviewRequest &r) const
{
    if (!isKnown(r.kind))
        return Error(ErrorCode::Invalid,
                     tr("“%1” is not a kind of request.").arg(shownName(r.kind)));
    if (!r.askedOn.isValid())
        return Error(ErrorCode::Invalid, tr("A request needs the date it was made."));
    if (r.question.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, tr("A request needs what was asked."));
    if (!isKnown(r.status)) {
        return Error(ErrorCode::Invalid,
                     tr("“%1” is not a state of a request.").arg(shownName(r.status)));
    }
    if (r.status == RequestStatus::Answered && !r.answeredOn.isValid())
        return Error(ErrorCode::Invalid, tr("An answered request needs the date of the answer."));
    if (r.answeredOn.isValid() && r.answeredOn < r.askedOn)
        return Error(ErrorCode::Invalid, tr("The answer cannot come before the question."));
    // Nothing is asked about an application before it arrived.
    QSqlQuery received(m_db.connection());
    received.prepare(u"SELECT received_at FROM applications WHERE id = ?"_s);
    received.addBindValue(r.applicationId);
    if (!received.exec())
        return storageError(received, Subject::Review);
    if (!received.next())
        return Error(ErrorCode::NotFound, tr("There is no application %1.").arg(r.applicationId));
    const QDate receivedOn = QDateTime::fromString(received.value(0).toString(), Qt::ISODateWithMs)
                                 .toTimeZone(JapanTime::zone())
                                 .date();
    if (receivedOn.isValid() && r.askedOn < receivedOn) {
        return Error(ErrorCode::Invalid,
                     tr("The request cannot have been made on %1, before the application was "
                        "received on %2.")
                         .arg(DateFormatter::forMessages().date(r.askedOn),
                              DateFormatter::forMessages().date(receivedOn)));
    }
    return {};
}

Result<qint64> ReviewRepository::addRequest(const ReviewRequest &r)
{
    if (auto valid = validate(r); !valid)
        return valid.error();
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO application_requests (application_id, kind, asked_on, question, "
              "answered_on, answer, status) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    for (const QVariant &value :
         QVariantList{r.applicationId, storedValue(r.kind), dateOrNull(r.askedOn),
                      sqlText(r.question.trimmed()), dateOrNull(r.answeredOn), sqlText(r.answer),
                      storedValue(r.status)})
        q.addBindValue(value);
    if (!q.exec())
        return storageError(q, Subject::Review);
    const qint64 id = insertedId(q);
    if (auto h = ChangeHistory::record(db, m_db.userName(), u"application"_s,
                                       QString::number(r.applicationId), u"request:%1"_s.arg(id),
                                       {}, r.question);
        !h) {
        return h.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return id;
}

Result<void> ReviewRepository::updateRequest(const ReviewRequest &r)
{
    if (auto valid = validate(r); !valid)
        return valid;
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto u = execSql(db,
                         u"UPDATE application_requests SET kind = ?, asked_on = ?, question = ?, "
                         "answered_on = ?, answer = ?, status = ? WHERE id = ?"_s,
                         {storedValue(r.kind), dateOrNull(r.askedOn), sqlText(r.question.trimmed()),
                          dateOrNull(r.answeredOn), sqlText(r.answer), storedValue(r.status), r.id},
                         Subject::Review);
        !u) {
        return u;
    }
    if (auto h = ChangeHistory::record(db, m_db.userName(), u"application"_s,
                                       QString::number(r.applicationId), u"request:%1"_s.arg(r.id),
                                       {}, QString(storedName(r.status) + u": "_s + r.answer));
        !h) {
        return h;
    }
    return transaction->commit();
}

Result<void> ReviewRepository::removeRequest(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(u"SELECT application_id, question FROM application_requests WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q, Subject::Review);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no request %1.").arg(id));
    const QString applicationId = q.value(0).toString();
    const QString question = q.value(1).toString();
    q.finish();
    if (auto r =
            execSql(db, u"DELETE FROM application_requests WHERE id = ?"_s, {id}, Subject::Review);
        !r)
        return r;
    if (auto h = ChangeHistory::record(db, m_db.userName(), u"application"_s, applicationId,
                                       u"request:%1"_s.arg(id), question, {});
        !h) {
        return h;
    }
    return transaction->commit();
}

Result<QList<ReviewRequest>> ReviewRepository::requests(qint64 applicationId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, application_id, kind, asked_on, question, answered_on, answer, status "
              "FROM application_requests WHERE application_id = ? ORDER BY asked_on, id"_s);
    q.addBindValue(applicationId);
    if (!q.exec())
        return storageError(q, Subject::Review);
    QList<ReviewRequest> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                       readStored(q.value(2), RequestKind::Documents),
                       QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString(),
                       QDate::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toString(),
                       readStored(q.value(7), RequestStatus::Open)});
    }
    return result;
}

} // namespace iotdesk::core
