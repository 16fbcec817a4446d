// SetReviewerActiveCommand: a reviewer taken off the selection (inactive) or back on.
#pragma once

#include "core/selection/reviewrepository.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class SetReviewerActiveCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::SetReviewerActiveCommand)

public:
    SetReviewerActiveCommand(const core::Database &db, core::Reviewer before, bool active);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Reviewer m_before;
    core::Reviewer m_changed;
};

} // namespace iotdesk::undo
