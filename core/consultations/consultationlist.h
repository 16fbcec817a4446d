// ConsultationList: the reads behind the consultation list (ConsultationListModel) — how many
// consultations a filter matches, one page of their ids in the list's order through the
// order's index, the ids of search matches put in that order, and a page's rows by primary key.
// Each is one statement; the model decides which pages to read and keeps them.
#pragma once

#include "core/consultations/consultation.h"
#include "core/consultations/consultationquery.h"
#include "core/foundation/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace iotdesk::core {

class Database;

// One row of the list: what the table shows, without the consultation's long texts.
struct ConsultationListRow
{
    qint64 id = 0;
    QDateTime occurredAt; // UTC
    QString lgCode6;
    QString lgName;
    QString counterpart;
    QString consultant;
    Channel channel = Channel::Phone;
    Direction direction = Direction::Incoming;
    quint32 topics = 0;
    int durationMinutes = 0;
    QString summary; // the first 200 characters
    int openFollowUps = 0;
    QDate nextDue; // of the open follow-ups
};

class ConsultationList
{
public:
    explicit ConsultationList(const Database &db)
        : m_db(db)
    {}

    Result<int> count(const ConsultationQuery &query) const;
    // `limit` ids from `offset` on, in `order`.
    Result<QList<qint64>> ids(const ConsultationQuery &query, ConsultationOrder order,
                              bool ascending, int limit, int offset) const;
    // The given ids in `order`.
    Result<QList<qint64>> sorted(const QList<qint64> &ids, ConsultationOrder order,
                                 bool ascending) const;
    // The rows of the given ids, in the order given.
    Result<QList<ConsultationListRow>> rows(const QList<qint64> &ids) const;

private:
    const Database &m_db;
};

} // namespace iotdesk::core
