#include "core/selection/reviewranking.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace iotdesk::core {

namespace {

// Means of small integers: totals closer than this are the same score.
constexpr double kSameScore = 1e-9;

} // namespace

QList<RankedApplication> ReviewRanking::rank(const QList<qint64> &applicationIds,
                                             const QList<ReviewScore> &scores)
{
    QHash<qint64, RankedApplication> byId;
    for (qint64 id : applicationIds)
        byId.insert(id, RankedApplication{id});
    for (const ReviewScore &score : scores) {
        auto it = byId.find(score.applicationId);
        if (it == byId.end())
            continue;
        ++it->scoredBy;
        it->meanProactiveness += score.proactiveness;
        it->meanPartner += score.partner;
        it->meanSpread += score.spread;
    }
    QList<RankedApplication> ranked;
    ranked.reserve(applicationIds.size());
    for (qint64 id : applicationIds) {
        RankedApplication entry = byId.value(id);
        if (entry.scoredBy > 0) {
            entry.meanProactiveness /= entry.scoredBy;
            entry.meanPartner /= entry.scoredBy;
            entry.meanSpread /= entry.scoredBy;
            entry.total = entry.meanProactiveness + entry.meanPartner + entry.meanSpread;
        }
        ranked.append(entry);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const RankedApplication &a, const RankedApplication &b) {
                         if ((a.scoredBy > 0) != (b.scoredBy > 0))
                             return a.scoredBy > 0;
                         return a.total > b.total + kSameScore;
                     });
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        RankedApplication &entry = ranked[i];
        if (entry.scoredBy == 0)
            break;
        const bool sameAsPrevious =
            i > 0 && std::abs(ranked[i - 1].total - entry.total) <= kSameScore;
        entry.rank = sameAsPrevious ? ranked[i - 1].rank : int(i) + 1;
        if (sameAsPrevious) {
            entry.tied = true;
            ranked[i - 1].tied = true;
        }
    }
    return ranked;
}

} // namespace iotdesk::core
