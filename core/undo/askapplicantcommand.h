// AskApplicantCommand: the user asked an applicant for documents, an explanation or a hearing.
#pragma once

#include "core/selection/reviewrepository.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class AskApplicantCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::AskApplicantCommand)

public:
    AskApplicantCommand(const core::Database &db, core::ReviewRequest request);

    // The number the request was stored under (0 while undone).
    qint64 requestId() const { return m_id; }

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::ReviewRequest m_request;
    qint64 m_id = 0;
};

} // namespace iotdesk::undo
