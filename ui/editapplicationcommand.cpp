#include "editapplicationcommand.h"

#include "applicationrepository.h"

namespace iotdesk::ui {

EditApplicationCommand::EditApplicationCommand(const core::Database &db, core::Application before,
                                               core::Application after, const QString &text,
                                               ErrorHandler onError)
    : QUndoCommand(text)
    , m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{}

void EditApplicationCommand::redo()
{
    store(m_after);
}

void EditApplicationCommand::undo()
{
    store(m_before);
}

void EditApplicationCommand::store(const core::Application &application)
{
    if (auto stored = core::ApplicationRepository(m_db).update(application); !stored) {
        setObsolete(true);
        if (m_onError)
            m_onError(stored.message());
    }
}

} // namespace iotdesk::ui
