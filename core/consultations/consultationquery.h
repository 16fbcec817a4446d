// ConsultationQuery: what the consultation list, the search and the exports ask for — filters
// by local government, consultant, channel, topic, dates and open follow-ups, and a text
// searched in the summary, the advice and the mail — turned into one SQL condition with its
// values. Words of three characters or more go through the trigram index; shorter ones
// (Japanese has many two-character words: 予算, 補助) fall back to a plain substring match.
#pragma once

#include "core/consultations/consultation.h"
#include "core/storage/sqldialect.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace iotdesk::core {

struct ConsultationFilter
{
    QString lgCode6;
    qint64 consultantId = 0;
    std::optional<Channel> channel; // none: any
    int topic = -1;                 // a Topic, or -1 for any
    QDate from;                     // in Japan, inclusive; invalid: open
    QDate to;
    bool openFollowUpsOnly = false;
    QString text;

    bool operator==(const ConsultationFilter &) const = default;
};

// The longest search text taken (a sentence; a pasted page would make every trigram a term
// and the search take seconds). Longer texts are refused with a message, and the search
// fields take no more.
inline constexpr int kMaxSearchLength = 200;

// The orders the list can be read in; each one walks an index.
enum class ConsultationOrder
{
    Time,
    Government, // by code: north to south, then by time
    Consultant, // grouped by consultant, then by time
    Channel,
};

class ConsultationQuery
{
public:
    // On a server there is no full-text table: every word is a substring match over the
    // consultation's texts joined, which the server's trigram index (consultations_text_trgm)
    // serves, and ftsMatch() is always empty; scanWhere() checks the words row by row.
    ConsultationQuery(const ConsultationFilter &filter, Engine engine);

    // "WHERE ..." over consultations AS c (empty when nothing is filtered), and its values in
    // order: every match, for counting and exporting.
    QString where() const { return m_where; }
    QVariantList values() const { return m_values; }

    bool hasText() const { return !m_terms.isEmpty(); }
    // When nothing but the local government is filtered, that government's code (empty for
    // none): the count is then kept per government (consultation_counts) and read at once.
    std::optional<QString> countedGovernment() const { return m_countedGovernment; }
    // The full-text index's query for the words of three characters or more (empty if none),
    // and the condition on everything else (the other filters and the shorter words), for a
    // search driven by the index.
    QString ftsMatch() const { return m_ftsMatch; }
    QString restWhere() const { return m_restWhere; }
    QVariantList restValues() const { return m_restValues; }
    // The filters alone (no text), and the filters with every word as a substring match (the
    // same matches as the index gives), for a search confined to few rows.
    QString filterWhere() const { return m_filterWhere; }
    // The same filters as a bare condition ("TRUE" when nothing is filtered).
    QString filterCondition() const { return m_filterCondition; }
    QVariantList filterValues() const { return m_filterValues; }
    QString scanWhere() const { return m_scanWhere; }
    QVariantList scanValues() const { return m_scanValues; }
    // On a server: the words alone as one condition, spelt so that the planner checks them
    // row by row (textScan) or through the trigram index (textIndexed: the words of three
    // characters or more; shorter ones are checked on the index's hits), with their values;
    // indexable() when at least one word can use the index.
    QString textScan() const { return m_textScan; }
    QVariantList textScanValues() const { return m_textScanValues; }
    QString textIndexed() const { return m_textIndexed; }
    QVariantList textIndexedValues() const { return m_textIndexedValues; }
    bool indexable() const { return m_indexable; }
    // The words of the text search, as the highlighting needs them.
    QStringList terms() const { return m_terms; }

    // "ORDER BY ..." for `order`, ascending or not; always ends with the id, so that the order
    // is total and paging is stable.
    static QString orderBy(ConsultationOrder order, bool ascending);

    // The words of a search text: split at spaces (either width), empty ones dropped.
    static QStringList splitTerms(const QString &text);
    // The stored UTC text of the start of a day in Japan.
    static QString japanDayStart(QDate day);

private:
    QString m_where;
    QVariantList m_values;
    QString m_ftsMatch;
    QString m_restWhere;
    QVariantList m_restValues;
    QString m_filterWhere;
    QString m_filterCondition = QStringLiteral("TRUE");
    QVariantList m_filterValues;
    QString m_scanWhere;
    QVariantList m_scanValues;
    QString m_textScan;
    QVariantList m_textScanValues;
    QString m_textIndexed;
    QVariantList m_textIndexedValues;
    bool m_indexable = false;
    QStringList m_terms;
    std::optional<QString> m_countedGovernment;
};

} // namespace iotdesk::core
