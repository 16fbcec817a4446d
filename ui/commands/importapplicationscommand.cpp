#include "ui/commands/importapplicationscommand.h"

#include "core/applications/applicationrepository.h"

namespace iotdesk::ui {

ImportApplicationsCommand::ImportApplicationsCommand(const core::Database &db,
                                                     QList<core::Application> applications,
                                                     const QString &text, ErrorHandler onError)
    : QUndoCommand(text)
    , m_db(db)
    , m_applications(std::move(applications))
    , m_onError(std::move(onError))
{}

void ImportApplicationsCommand::redo()
{
    const auto ids = core::ApplicationRepository(m_db).createAll(m_applications);
    if (!ids) {
        setObsolete(true);
        if (m_onError)
            m_onError(ids.message());
        return;
    }
    m_ids = ids.value();
}

void ImportApplicationsCommand::undo()
{
    core::ApplicationRepository repository(m_db);
    for (qint64 id : std::as_const(m_ids)) {
        if (auto removed = repository.remove(id); !removed) {
            setObsolete(true);
            if (m_onError)
                m_onError(removed.message());
            return;
        }
    }
    m_ids.clear();
}

} // namespace iotdesk::ui
