// SelectionOptimizer: the balanced proposal. Among the candidates it picks the set with the
// highest total score that keeps the selection cap and each regional bureau's limit, exactly
// (a dynamic programme over bureaus, not a greedy pass), and says what changed against the
// plain ranking and why. Equal totals are decided by the better ranks, then by the places in
// the ranking, so that the proposal departs from the ranking only where a limit makes it.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace iotdesk::core {

struct SelectionCandidate
{
    qint64 id = 0;
    int bureauId = 0;
    double score = 0; // the ranking's total
    int rank = 0;     // the ranking's rank (1 = best; tied applications share one)
    int position = 0; // the place in the ranking's order, unique; decides among equal ranks
};

struct SelectionLimits
{
    int cap = 10;
    int perBureau = -1;       // -1: no limit
    QHash<int, int> byBureau; // overrides perBureau for these bureaus

    int limitFor(int bureauId) const { return byBureau.value(bureauId, perBureau); }
};

struct SelectionChange
{
    qint64 id = 0;
    QString reason;
};

struct SelectionProposal
{
    QList<qint64> selected; // best first
    double total = 0;
    QList<qint64> plainRanking; // the first `cap` of the ranking, limits ignored
    QList<SelectionChange> added;
    QList<SelectionChange> dropped;
};

struct SelectionViolation
{
    int bureauId = 0; // 0: the cap
    int selected = 0;
    int limit = 0;
};

class SelectionOptimizer
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::SelectionOptimizer)

public:
    static SelectionProposal propose(const QList<SelectionCandidate> &candidates,
                                     const SelectionLimits &limits);
    // The first `cap` candidates by score (then rank).
    static QList<qint64> plainRanking(const QList<SelectionCandidate> &candidates, int cap);
    // Where a selection breaks the cap or a bureau's limit.
    static QList<SelectionViolation> violations(const QList<qint64> &selected,
                                                const QList<SelectionCandidate> &candidates,
                                                const SelectionLimits &limits);
    // Scores in the integer units the optimiser compares (millionths), so that sums are exact.
    static qint64 points(double score);
};

} // namespace iotdesk::core
