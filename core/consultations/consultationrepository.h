// ConsultationRepository: stores consultations with their follow-ups. Every change is checked
// first (a bad value changes nothing), written in one transaction and recorded in the history;
// a mail whose Message-ID is already stored is refused as a duplicate.
#pragma once

#include "core/consultations/consultation.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>

namespace iotdesk::core {

class Database;

// An open follow-up with what the list of follow-ups shows beside it.
struct FollowUpRow
{
    FollowUp followUp;
    QDateTime consultedAt;
    QString lgCode6;
    QString lgName; // prefecture + name
    QString ownerName;
    QString summary;
};

// Minutes and consultations per month (Japan time) and per local government or consultant.
struct HoursRow
{
    QString month; // yyyy-MM
    QString key;   // code6, or the consultant's id
    QString name;
    int minutes = 0;
    int consultations = 0;
};

class ConsultationRepository
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ConsultationRepository)

public:
    explicit ConsultationRepository(const Database &db)
        : m_db(db)
    {}

    Result<void> validate(const Consultation &consultation) const;
    Result<qint64> create(const Consultation &consultation);
    // All or nothing, in one transaction.
    Result<QList<qint64>> createAll(const QList<Consultation> &consultations);
    Result<Consultation> consultation(qint64 id) const;
    // The consultations of `ids` (search hits, say), in that order, with their follow-ups:
    // two statements for any number. An id that names none is left out.
    Result<QList<Consultation>> consultations(const QList<qint64> &ids) const;
    // Stores `changed`, refused (ErrorCode::Conflict) when the consultation changed since
    // `changed.version` was read; gives its version after.
    Result<qint64> update(const Consultation &changed);
    Result<void> remove(qint64 id);
    Result<qint64> count() const;
    // True when a consultation already holds the mail with this Message-ID.
    Result<bool> hasMessage(const QString &messageId) const;

    // Open follow-ups, the earliest due first (those without a date last); one owner's only
    // when ownerId is not 0.
    Result<QList<FollowUpRow>> openFollowUps(qint64 ownerId = 0) const;
    // Marks a follow-up done on `doneOn`; with `next`, adds the next one to the same
    // consultation in the same transaction and returns its id (0 without).
    Result<qint64> completeFollowUp(qint64 followUpId, QDate doneOn,
                                    const std::optional<FollowUp> &next = std::nullopt);
    // Undoes completeFollowUp: open again, and the follow-up it added removed.
    Result<void> reopenFollowUp(qint64 followUpId, qint64 addedId = 0);

    // A local government's consultations, newest first.
    Result<QList<Consultation>> timeline(const QString &code6, int limit = 500) const;
    // Hours per month, by local government (byConsultant false) or by consultant, between two
    // dates in Japan (inclusive).
    Result<QList<HoursRow>> hours(bool byConsultant, QDate from, QDate to) const;

    static QString topicName(Topic topic);
    // The topic's key in files and on the command line (budget_and_subsidies); -1 if unknown.
    static QString topicKey(Topic topic);
    static int topicFromKey(const QString &key);

private:
    Result<qint64> insert(const Consultation &consultation);
    Result<void> writeFollowUps(qint64 id, const QList<FollowUp> &followUps) const;

    const Database &m_db;
};

} // namespace iotdesk::core
