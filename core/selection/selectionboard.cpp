#include "core/selection/selectionboard.h"

#include "core/applications/applicationrepository.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/programs/programrepository.h"
#include "core/storage/database.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

Result<SelectionBoardData> SelectionBoard::build(const Database &db, qint64 programId)
{
    const auto applications = ApplicationRepository(db).applications(programId);
    if (!applications)
        return applications.error();
    const ReviewRepository reviews(db);
    const auto scores = reviews.scores(programId);
    if (!scores)
        return scores.error();
    const auto progress = reviews.progressByApplication(programId);
    if (!progress)
        return progress.error();
    const auto limits = ProgramRepository(db).selectionLimits(programId);
    if (!limits)
        return limits.error();
    const LocalGovernmentRepository localGovernments(db.connection());
    const auto bureaus = localGovernments.bureaus();
    if (!bureaus)
        return bureaus.error();

    SelectionBoardData board;
    board.applications = applications.value();
    board.limits = limits.value();
    QList<qint64> ids;
    QHash<qint64, BoardRow> rows;
    for (const Application &a : *applications) {
        BoardRow row;
        row.applicationId = a.id;
        row.leadCode = a.leadCode();
        if (const auto lead = localGovernments.findByCode(row.leadCode)) {
            row.leadName = lead->fullName();
            row.bureauId = lead->bureauId;
        }
        row.eligibility = Eligibility::evaluate(a.answers).status;
        row.progress = progress->value(a.id);
        row.decision = a.decision;
        ids.append(a.id);
        rows.insert(a.id, row);
    }
    for (const RankedApplication &ranked : ReviewRanking::rank(ids, scores.value())) {
        BoardRow row = rows.value(ranked.applicationId);
        row.ranking = ranked;
        board.rows.append(row);
    }

    QHash<int, BureauCount> counts;
    for (const Bureau &bureau : *bureaus)
        counts.insert(bureau.id, {bureau.id, bureau.nameJa, bureau.nameEn, 0, 0,
                                  board.limits.limitFor(bureau.id),
                                  board.limits.byBureau.contains(bureau.id)});
    QList<SelectionCandidate> candidates;
    QList<qint64> selected;
    int position = 0;
    for (const BoardRow &row : std::as_const(board.rows)) {
        ++position;
        BureauCount &count = counts[row.bureauId];
        if (row.eligibility == EligibilityStatus::Eligible && row.decision != Decision::Withdrawn)
            ++count.candidates;
        if (row.decision == Decision::Selected) {
            ++count.selected;
            selected.append(row.applicationId);
        }
        // The proposal considers what could be selected without an override.
        if (row.eligibility == EligibilityStatus::Eligible && row.ranking.scoredBy > 0 &&
            row.decision != Decision::Withdrawn) {
            candidates.append(
                {row.applicationId, row.bureauId, row.ranking.total, row.ranking.rank, position});
        }
    }
    for (const Bureau &bureau : *bureaus)
        board.bureaus.append(counts.value(bureau.id));
    QList<SelectionCandidate> everyone = candidates;
    for (const BoardRow &row : std::as_const(board.rows)) {
        if (row.decision == Decision::Selected &&
            std::none_of(candidates.begin(), candidates.end(),
                         [&](const SelectionCandidate &c) { return c.id == row.applicationId; })) {
            everyone.append(
                {row.applicationId, row.bureauId, row.ranking.total, row.ranking.rank, 0});
        }
    }
    board.violations = SelectionOptimizer::violations(selected, everyone, board.limits);
    board.proposal = SelectionOptimizer::propose(candidates, board.limits);
    return board;
}

} // namespace iotdesk::core
