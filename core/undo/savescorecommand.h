// SaveScoreCommand: a reviewer's score for an application, entered or corrected; undo puts back
// the score before, or none.
#pragma once

#include "core/selection/reviewranking.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

#include <optional>

namespace iotdesk::undo {

class SaveScoreCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::SaveScoreCommand)

public:
    SaveScoreCommand(const core::Database &db, core::ReviewScore score,
                     std::optional<core::ReviewScore> previous);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::ReviewScore m_score;
    std::optional<core::ReviewScore> m_previous;
    core::RecordVersion m_after; // the score's version after the step, for its undo
};

} // namespace iotdesk::undo
