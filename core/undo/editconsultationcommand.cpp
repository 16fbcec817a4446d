#include "core/undo/editconsultationcommand.h"

#include "core/consultations/consultationrepository.h"

namespace iotdesk::undo {

EditConsultationCommand::EditConsultationCommand(const core::Database &db,
                                                 core::Consultation before,
                                                 core::Consultation changed)
    : RepositoryCommand(db, tr("Edit a consultation"))
    , m_before(std::move(before))
    , m_changed(std::move(changed))
{}

core::Result<void> EditConsultationCommand::apply()
{
    return core::ConsultationRepository(database()).update(m_changed);
}

core::Result<void> EditConsultationCommand::revert()
{
    return core::ConsultationRepository(database()).update(m_before);
}

} // namespace iotdesk::undo
