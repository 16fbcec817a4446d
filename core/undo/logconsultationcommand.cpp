#include "core/undo/logconsultationcommand.h"

#include "core/consultations/consultationrepository.h"

namespace iotdesk::undo {

LogConsultationCommand::LogConsultationCommand(const core::Database &db,
                                               core::Consultation consultation)
    : RepositoryCommand(db, tr("Log a consultation"))
    , m_consultation(std::move(consultation))
{
    m_consultation.id = 0;
}

core::Result<void> LogConsultationCommand::apply()
{
    auto created = core::ConsultationRepository(database()).create(m_consultation);
    if (!created)
        return created.error();
    m_consultation.id = *created;
    return {};
}

core::Result<void> LogConsultationCommand::revert()
{
    return core::ConsultationRepository(database()).remove(m_consultation.id);
}

} // namespace iotdesk::undo
