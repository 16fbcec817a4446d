// EditConsultationCommand: the user corrected a logged consultation.
#pragma once

#include "core/consultations/consultation.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class EditConsultationCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::EditConsultationCommand)

public:
    EditConsultationCommand(const core::Database &db, core::Consultation before,
                            core::Consultation changed);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Consultation m_before;
    core::Consultation m_changed;
};

} // namespace iotdesk::undo
