// CompleteFollowUpCommand: the user marked a follow-up done on a day, perhaps scheduling the
// next one; undo reopens it and takes the next one away.
#pragma once

#include "core/consultations/consultation.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

#include <optional>

namespace iotdesk::undo {

class CompleteFollowUpCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::CompleteFollowUpCommand)

public:
    CompleteFollowUpCommand(const core::Database &db, qint64 followUpId, QDate doneOn,
                            std::optional<core::FollowUp> next);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    qint64 m_followUpId;
    QDate m_doneOn;
    std::optional<core::FollowUp> m_next;
    qint64 m_addedId = 0;
};

} // namespace iotdesk::undo
