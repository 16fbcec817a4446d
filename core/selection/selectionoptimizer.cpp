#include "core/selection/selectionoptimizer.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace iotdesk::core {

namespace {

// Better first: higher score, then better (lower) rank, then the earlier place in the
// ranking, then lower id for a stable order.
bool better(const SelectionCandidate &a, const SelectionCandidate &b)
{
    const qint64 pa = SelectionOptimizer::points(a.score);
    const qint64 pb = SelectionOptimizer::points(b.score);
    if (pa != pb)
        return pa > pb;
    if (a.rank != b.rank)
        return a.rank < b.rank;
    if (a.position != b.position)
        return a.position < b.position;
    return a.id < b.id;
}

// What the programme maximises: the total score, then (for equal totals) the smallest sum of
// ranks, then the smallest sum of places. All are additive, so the lexicographic order keeps
// the programme exact.
struct Value
{
    qint64 points = std::numeric_limits<qint64>::min();
    qint64 rankSum = 0;
    qint64 positionSum = 0;

    bool valid() const { return points != std::numeric_limits<qint64>::min(); }
    Value plus(const Value &other) const
    {
        return {points + other.points, rankSum + other.rankSum, positionSum + other.positionSum};
    }
    bool operator>(const Value &other) const
    {
        if (!other.valid())
            return valid();
        if (points != other.points)
            return points > other.points;
        if (rankSum != other.rankSum)
            return rankSum < other.rankSum;
        return positionSum < other.positionSum;
    }
};

} // namespace

qint64 SelectionOptimizer::points(double score)
{
    return std::llround(score * 1'000'000.0);
}

QList<qint64> SelectionOptimizer::plainRanking(const QList<SelectionCandidate> &candidates, int cap)
{
    QList<SelectionCandidate> sorted = candidates;
    std::sort(sorted.begin(), sorted.end(), better);
    QList<qint64> ids;
    for (qsizetype i = 0; i < sorted.size() && i < cap; ++i)
        ids.append(sorted[i].id);
    return ids;
}

SelectionProposal SelectionOptimizer::propose(const QList<SelectionCandidate> &candidates,
                                              const SelectionLimits &limits)
{
    SelectionProposal proposal;
    const int cap = std::max(limits.cap, 0);
    proposal.plainRanking = plainRanking(candidates, cap);

    // Within a bureau, taking k candidates is best done with its k best: the programme only
    // has to choose how many each bureau gets.
    QMap<int, QList<SelectionCandidate>> byBureau;
    for (const SelectionCandidate &candidate : candidates)
        byBureau[candidate.bureauId].append(candidate);
    QList<int> bureaus = byBureau.keys();
    for (int bureau : bureaus)
        std::sort(byBureau[bureau].begin(), byBureau[bureau].end(), better);

    // best[b][c]: the best value with exactly c selected from the first b bureaus.
    const qsizetype bureauCount = bureaus.size();
    QList<QList<Value>> best(bureauCount + 1, QList<Value>(cap + 1));
    QList<QList<int>> taken(bureauCount + 1, QList<int>(cap + 1, 0));
    best[0][0] = Value{0, 0, 0};
    for (qsizetype b = 0; b < bureauCount; ++b) {
        const QList<SelectionCandidate> &group = byBureau[bureaus[b]];
        const int limit = limits.limitFor(bureaus[b]);
        const int most = int(limit < 0 ? group.size() : std::min<qsizetype>(limit, group.size()));
        QList<Value> prefix(most + 1, Value{0, 0, 0});
        for (int k = 1; k <= most; ++k) {
            const SelectionCandidate &next = group[k - 1];
            prefix[k] = prefix[k - 1].plus({points(next.score), next.rank, next.position});
        }
        for (int c = 0; c <= cap; ++c) {
            if (!best[b][c].valid())
                continue;
            for (int k = 0; k <= most && c + k <= cap; ++k) {
                const Value value = best[b][c].plus(prefix[k]);
                if (value > best[b + 1][c + k]) {
                    best[b + 1][c + k] = value;
                    taken[b + 1][c + k] = k;
                }
            }
        }
    }
    int count = 0;
    for (int c = 1; c <= cap; ++c) {
        if (best[bureauCount][c] > best[bureauCount][count])
            count = c;
    }
    QList<SelectionCandidate> chosen;
    for (qsizetype b = bureauCount; b > 0; --b) {
        const int k = taken[b][count];
        const QList<SelectionCandidate> &group = byBureau[bureaus[b - 1]];
        for (int i = 0; i < k; ++i)
            chosen.append(group[i]);
        count -= k;
    }
    std::sort(chosen.begin(), chosen.end(), better);
    for (const SelectionCandidate &candidate : chosen) {
        proposal.selected.append(candidate.id);
        proposal.total += candidate.score;
    }

    // What changed against the plain ranking, and why.
    QHash<qint64, SelectionCandidate> byId;
    for (const SelectionCandidate &candidate : candidates)
        byId.insert(candidate.id, candidate);
    QHash<int, int> perBureau;
    for (const SelectionCandidate &candidate : chosen)
        ++perBureau[candidate.bureauId];
    const QSet<qint64> selectedSet(proposal.selected.begin(), proposal.selected.end());
    const QSet<qint64> plainSet(proposal.plainRanking.begin(), proposal.plainRanking.end());
    for (qint64 id : proposal.plainRanking) {
        if (selectedSet.contains(id))
            continue;
        const SelectionCandidate &candidate = byId[id];
        const int limit = limits.limitFor(candidate.bureauId);
        const int already = perBureau.value(candidate.bureauId);
        // With places deciding ties, only a full bureau keeps a ranked candidate out; the
        // second reason is there should the scores say otherwise.
        proposal.dropped.append(
            {id, limit >= 0 && already >= limit
                     ? tr("Its bureau already has %1 selected, its limit.").arg(already)
                     : tr("Another application with the same score takes its place.")});
    }
    for (qint64 id : proposal.selected) {
        if (plainSet.contains(id))
            continue;
        proposal.added.append(
            {id,
             tr("Ranked %1; takes a place that a bureau's limit left free.").arg(byId[id].rank)});
    }
    return proposal;
}

QList<SelectionViolation>
SelectionOptimizer::violations(const QList<qint64> &selected,
                               const QList<SelectionCandidate> &candidates,
                               const SelectionLimits &limits)
{
    QList<SelectionViolation> found;
    if (selected.size() > limits.cap)
        found.append({0, int(selected.size()), limits.cap});
    QHash<qint64, int> bureauOf;
    for (const SelectionCandidate &candidate : candidates)
        bureauOf.insert(candidate.id, candidate.bureauId);
    QMap<int, int> perBureau;
    for (qint64 id : selected)
        ++perBureau[bureauOf.value(id)];
    for (auto it = perBureau.cbegin(); it != perBureau.cend(); ++it) {
        const int limit = limits.limitFor(it.key());
        if (limit >= 0 && it.value() > limit)
            found.append({it.key(), it.value(), limit});
    }
    return found;
}

} // namespace iotdesk::core
