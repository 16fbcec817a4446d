#include "core/undo/importapplicationscommand.h"

#include "core/applications/applicationrepository.h"

namespace iotdesk::undo {

ImportApplicationsCommand::ImportApplicationsCommand(const core::Database &db,
                                                     QList<core::Application> applications)
    : ImportApplicationsCommand(db, applications,
                                tr("Import %n application(s)", nullptr, int(applications.size())))
{}

ImportApplicationsCommand::ImportApplicationsCommand(const core::Database &db,
                                                     QList<core::Application> applications,
                                                     const QString &text)
    : RepositoryCommand(db, text)
    , m_applications(std::move(applications))
{}

core::Result<void> ImportApplicationsCommand::apply()
{
    const auto ids = core::ApplicationRepository(database()).createAll(m_applications);
    if (!ids)
        return ids.error();
    m_ids = ids.value();
    return {};
}

core::Result<void> ImportApplicationsCommand::revert()
{
    core::ApplicationRepository repository(database());
    for (qint64 id : std::as_const(m_ids)) {
        if (auto removed = repository.remove(id); !removed)
            return removed;
    }
    m_ids.clear();
    return {};
}

} // namespace iotdesk::undo
