#include "core/undo/deleteconsultationcommand.h"

#include "core/consultations/consultationrepository.h"

namespace iotdesk::undo {

DeleteConsultationCommand::DeleteConsultationCommand(const core::Database &db,
                                                     core::Consultation stored)
    : RepositoryCommand(db, tr("Delete a consultation"))
    , m_stored(std::move(stored))
{}

core::Result<void> DeleteConsultationCommand::apply()
{
    return core::ConsultationRepository(database()).remove(m_stored.id);
}

core::Result<void> DeleteConsultationCommand::revert()
{
    auto created = core::ConsultationRepository(database()).create(m_stored);
    if (!created)
        return created.error();
    return {};
}

} // namespace iotdesk::undo
