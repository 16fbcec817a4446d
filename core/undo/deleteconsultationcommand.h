// DeleteConsultationCommand: the user deleted a logged consultation. Undo logs it again under
// its own number, with its follow-ups.
#pragma once

#include "core/consultations/consultation.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class DeleteConsultationCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::DeleteConsultationCommand)

public:
    // `stored` is the consultation as it stands, with its follow-ups.
    DeleteConsultationCommand(const core::Database &db, core::Consultation stored);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Consultation m_stored;
};

} // namespace iotdesk::undo
