// ConsultationSearch: the most recently logged consultations that match a filter with a text,
// found from the full-text index's side. The index hands out its hits newest first; without
// other filters the first `limit` are the answer (a common word costs what a rare one does),
// with them each run of hits is checked against the rest in SQL until enough are found —
// unless the other filters leave few rows (one local government: some hundreds), which are
// then read directly and matched as substrings. Words shorter than three characters cannot
// use the index and scan from the newest row. A server's trigram index hands out all its hits
// at once and unordered, so there the newest rows are read first and the rate of matches
// among them decides how the rest is found: on from the newest row, or through the index.
#pragma once

#include "core/consultations/consultationquery.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>

namespace iotdesk::core {

class Database;

class ConsultationSearch
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ConsultationSearch)

public:
    // Ids newest logged first; at most `limit`, with `more` set when there are others.
    // `chunk`: how many of the index's hits are checked against the other filters at a time.
    static constexpr int kChunk = 4000;
    // Other filters leaving at most this many rows are searched by reading them.
    static constexpr int kFewRows = 20'000;
    // On a server, how many of the newest rows are read first to learn how common the words
    // are (at most `chunk`): enough to tell one consultation in ten from one in a thousand.
    static constexpr int kNewestRows = 1000;
    static Result<QList<qint64>> newest(const Database &db, const ConsultationFilter &filter,
                                        int limit, bool *more = nullptr, int chunk = kChunk,
                                        int fewRows = kFewRows);
};

} // namespace iotdesk::core
