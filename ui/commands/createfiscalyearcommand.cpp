#include "ui/commands/createfiscalyearcommand.h"

#include "core/programs/programrepository.h"

namespace iotdesk::ui {

CreateFiscalYearCommand::CreateFiscalYearCommand(const core::Database &db, qint64 sourceId,
                                                 const QString &text, CreatedHandler onCreated,
                                                 ErrorHandler onError)
    : QUndoCommand(text)
    , m_db(db)
    , m_sourceId(sourceId)
    , m_onCreated(std::move(onCreated))
    , m_onError(std::move(onError))
{}

void CreateFiscalYearCommand::redo()
{
    const auto created = core::ProgramRepository(m_db).createNextFiscalYear(m_sourceId);
    if (!created) {
        setObsolete(true);
        if (m_onError)
            m_onError(created.message());
        return;
    }
    m_createdId = created.value();
    if (m_onCreated)
        m_onCreated(m_createdId);
}

void CreateFiscalYearCommand::undo()
{
    if (auto removed = core::ProgramRepository(m_db).remove(m_createdId); !removed) {
        setObsolete(true);
        if (m_onError)
            m_onError(removed.message());
        return;
    }
    if (m_onCreated)
        m_onCreated(m_sourceId);
}

} // namespace iotdesk::ui
