// ReviewRanking: applications ordered by their reviewers' scores on the call's three
// viewpoints (1-5 each): the mean per viewpoint, and their sum as the total. Equal totals
// share a rank (1, 2, 2, 4), so that ties are visible rather than broken silently.
#pragma once

#include "core/storage/changehistory.h"

#include <QList>

namespace iotdesk::core {

struct ReviewScore
{
    qint64 applicationId = 0;
    qint64 reviewerId = 0;
    int proactiveness = 0; // 支援対象自治体の積極性
    int partner = 0;       // 地域IoT実装の意向がある事業者又は団体の存在
    int spread = 0;        // 近隣地方公共団体等への横展開の可能性
    QString comment;
    // As read (of the reviewer's score of the application; 0 before the first): a score saved
    // from it is refused if someone else scored since.
    RecordVersion version{};
};

struct RankedApplication
{
    qint64 applicationId = 0;
    int scoredBy = 0;
    double meanProactiveness = 0;
    double meanPartner = 0;
    double meanSpread = 0;
    double total = 0;
    int rank = 0;      // 0: not scored yet
    bool tied = false; // shares its rank with another application
};

class ReviewRanking
{
public:
    static constexpr int kMinScore = 1;
    static constexpr int kMaxScore = 5;
    static bool isValidScore(int score) { return score >= kMinScore && score <= kMaxScore; }

    // Every application in `applicationIds`, best first; unscored ones last, unranked.
    static QList<RankedApplication> rank(const QList<qint64> &applicationIds,
                                         const QList<ReviewScore> &scores);
};

} // namespace iotdesk::core
