#include "core/undo/changesessioncommand.h"

#include "core/meetings/meetingrepository.h"

#include <QLocale>

namespace iotdesk::undo {

ChangeSessionCommand::ChangeSessionCommand(const core::Database &db,
                                           const core::SessionSummary &before,
                                           core::MeetingSession changed)
    : RepositoryCommand(
          db, tr("Change %1").arg(before.title(QLocale().language() == QLocale::Japanese)))
    , m_before(before.session)
    , m_changed(std::move(changed))
{}

core::Result<void> ChangeSessionCommand::apply()
{
    auto cut = core::MeetingRepository(database()).updateSession(m_changed);
    if (!cut)
        return cut.error();
    m_restore = cut->cutOff;
    m_before.version = {cut->version, true};
    return {};
}

core::Result<void> ChangeSessionCommand::revert()
{
    auto back = core::MeetingRepository(database()).updateSession(m_before, m_restore);
    if (!back)
        return back.error();
    m_changed.version = {back->version, true};
    return {};
}

} // namespace iotdesk::undo
