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
    return storeVersioned(m_changed, m_before, [this](const auto &r) {
        return core::ConsultationRepository(database()).update(r);
    });
}

core::Result<void> EditConsultationCommand::revert()
{
    return storeVersioned(m_before, m_changed, [this](const auto &r) {
        return core::ConsultationRepository(database()).update(r);
    });
}

} // namespace iotdesk::undo
