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

// Each way stores from the version the other way left, so that an undo or a redo that would
// overwrite someone else's later change is refused (the user's own later steps, undone or not,
// do not count).
core::Result<void> EditConsultationCommand::apply()
{
    const auto version = core::ConsultationRepository(database()).update(m_changed);
    if (!version)
        return version.error();
    m_before.version = {*version, true};
    return {};
}

core::Result<void> EditConsultationCommand::revert()
{
    const auto version = core::ConsultationRepository(database()).update(m_before);
    if (!version)
        return version.error();
    m_changed.version = {*version, true};
    return {};
}

} // namespace iotdesk::undo
