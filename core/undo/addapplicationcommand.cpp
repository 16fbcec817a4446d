#include "core/undo/addapplicationcommand.h"

#include "core/applications/applicationrepository.h"

namespace iotdesk::undo {

AddApplicationCommand::AddApplicationCommand(const core::Database &db,
                                             core::Application application)
    : RepositoryCommand(db, tr("New application"))
    , m_application(std::move(application))
{}

core::Result<void> AddApplicationCommand::apply()
{
    const auto created = core::ApplicationRepository(database()).create(m_application);
    if (!created)
        return created.error();
    m_id = created.value();
    return {};
}

core::Result<void> AddApplicationCommand::revert()
{
    auto removed = core::ApplicationRepository(database()).remove(m_id);
    if (removed)
        m_id = 0;
    return removed;
}

} // namespace iotdesk::undo
