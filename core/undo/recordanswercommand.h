// RecordAnswerCommand: the applicant answered a request, on a day.
#pragma once

#include "core/selection/reviewrepository.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class RecordAnswerCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::RecordAnswerCommand)

public:
    RecordAnswerCommand(const core::Database &db, core::ReviewRequest open, QDate answeredOn,
                        const QString &answer);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::ReviewRequest m_before;
    core::ReviewRequest m_answered;
};

} // namespace iotdesk::undo
