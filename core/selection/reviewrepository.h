// ReviewRepository: the review of a program's applications. Reviewers (MIC, a regional bureau,
// the contractor), their scores on the three viewpoints with a comment, declared conflicts of
// interest (a reviewer with one cannot score that application: the file's triggers enforce it
// too), and requests for documents, explanations or hearings. Every change is recorded.
#pragma once

#include "core/foundation/result.h"
#include "core/foundation/valueset.h"
#include "core/selection/reviewranking.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace iotdesk::core {

class Database;

// Where a reviewer works: MIC's division, one of the regional bureaus, or the contractor.
enum class ReviewerAffiliation
{
    Mic,
    Bureau,
    Contractor,
};
template <> const ValueSet<ReviewerAffiliation> &valueSet<ReviewerAffiliation>();

// What the review asks of an applicant, and where the request stands.
enum class RequestKind
{
    Documents,
    Explanation,
    Hearing,
};
template <> const ValueSet<RequestKind> &valueSet<RequestKind>();

enum class RequestStatus
{
    Open,
    Answered,
    Withdrawn,
};
template <> const ValueSet<RequestStatus> &valueSet<RequestStatus>();

struct Reviewer
{
    qint64 id = 0;
    qint64 programId = 0;
    QString name;
    ReviewerAffiliation affiliation = ReviewerAffiliation::Mic;
    int bureauId = 0; // for a bureau's reviewer
    bool active = true;

    bool operator==(const Reviewer &) const = default;
};

struct ReviewConflict
{
    qint64 applicationId = 0;
    qint64 reviewerId = 0;
    QString reason;
};

struct ReviewRequest
{
    qint64 id = 0;
    qint64 applicationId = 0;
    RequestKind kind = RequestKind::Documents;
    QDate askedOn;
    QString question;
    QDate answeredOn;
    QString answer;
    RequestStatus status = RequestStatus::Open;

    bool operator==(const ReviewRequest &) const = default;
};

struct ReviewProgress
{
    int scored = 0;
    int expected = 0; // active reviewers without a conflict
};

class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ReviewRepository)

public:
    explicit ReviewRepository(const Database &db)
        : m_db(db)
    {}

    Result<qint64> addReviewer(const Reviewer &reviewer);
    Result<void> updateReviewer(const Reviewer &reviewer);
    Result<QList<Reviewer>> reviewers(qint64 programId) const;
    // Only a reviewer who has scored nothing can be removed; otherwise deactivate them.
    Result<void> removeReviewer(qint64 id);
    // The score a reviewer gave an application, if any.
    Result<std::optional<ReviewScore>> score(qint64 applicationId, qint64 reviewerId) const;
    // The version of that score (of its history: 0 before it was first given), for a score
    // to be given from.
    Result<qint64> scoreVersion(qint64 applicationId, qint64 reviewerId) const;

    // Sets (or replaces) a reviewer's scores for an application, as given at `scoredAt` (now
    // when not given): not before the application was received, nor after today. Refused
    // (ErrorCode::Conflict) when someone else changed that score since `score.version` was
    // read. The score's version after.
    Result<qint64> setScore(const ReviewScore &score, const QDateTime &scoredAt = {});
    // Checked as setScore() against `seen`; the score's version after.
    Result<qint64> removeScore(qint64 applicationId, qint64 reviewerId,
                               const RecordVersion &seen = {});
    Result<QList<ReviewScore>> scores(qint64 programId) const;

    // Declaring a conflict withdraws a score the reviewer may have given. Dated as setScore().
    Result<void> declareConflict(const ReviewConflict &conflict, const QDateTime &declaredAt = {});
    Result<void> withdrawConflict(qint64 applicationId, qint64 reviewerId);
    Result<QList<ReviewConflict>> conflicts(qint64 programId) const;

    Result<ReviewProgress> progress(qint64 applicationId) const;
    // The progress of every application of a program, in one query.
    Result<QHash<qint64, ReviewProgress>> progressByApplication(qint64 programId) const;
    // The active reviewers without a conflict who have not yet scored the application.
    Result<QList<Reviewer>> stillToScore(qint64 applicationId) const;

    Result<qint64> addRequest(const ReviewRequest &request);
    Result<void> updateRequest(const ReviewRequest &request);
    Result<QList<ReviewRequest>> requests(qint64 applicationId) const;
    Result<void> removeRequest(qint64 id);

private:
    Result<void> validate(const ReviewRequest &request) const;
    // When an event about an application happened: `at`, or now; refused before its receipt
    // (Japan dates) or after today. The moment as stored.
    Result<QString> eventMoment(qint64 applicationId, const QDateTime &at) const;

    const Database &m_db;
};

} // namespace iotdesk::core
