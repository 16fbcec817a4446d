// SelectionBoard: everything the selection meeting looks at for one program, read in one go:
// each application with its lead, bureau, eligibility, review progress, scores, rank and
// decision; the counts per regional bureau against their limits; where the decisions break
// the cap or a limit; and the balanced proposal over the eligible, reviewed candidates.
#pragma once

#include "core/applications/application.h"
#include "core/applications/eligibility.h"
#include "core/foundation/result.h"
#include "core/selection/reviewranking.h"
#include "core/selection/reviewrepository.h"
#include "core/selection/selectionoptimizer.h"

#include <QList>
#include <QString>

namespace iotdesk::core {

class Database;

struct BoardRow
{
    qint64 applicationId = 0;
    QString leadCode;
    QString leadName; // prefecture + name
    int bureauId = 0;
    EligibilityStatus eligibility = EligibilityStatus::Incomplete;
    RankedApplication ranking;
    ReviewProgress progress;
    Decision decision = Decision::None;
};

struct BureauCount
{
    int bureauId = 0;
    QString nameJa;
    QString nameEn;
    int candidates = 0; // eligible applications not withdrawn
    int selected = 0;
    int limit = -1;        // -1: none
    bool ownLimit = false; // the bureau's own limit rather than the one for every bureau
};

struct SelectionBoardData
{
    QList<Application> applications; // in order of arrival, as read for the board
    QList<BoardRow> rows;            // in ranking order
    QList<BureauCount> bureaus;
    SelectionLimits limits;
    QList<SelectionViolation> violations; // of the decisions taken so far
    SelectionProposal proposal;
};

class SelectionBoard
{
public:
    static Result<SelectionBoardData> build(const Database &db, qint64 programId);
};

} // namespace iotdesk::core
