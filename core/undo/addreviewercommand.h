// AddReviewerCommand: the user added a reviewer to a program's selection.
#pragma once

#include "core/selection/reviewrepository.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class AddReviewerCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::AddReviewerCommand)

public:
    AddReviewerCommand(const core::Database &db, core::Reviewer reviewer);

    // The number the reviewer was stored under (0 while undone).
    qint64 reviewerId() const { return m_id; }

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Reviewer m_reviewer;
    qint64 m_id = 0;
};

} // namespace iotdesk::undo
