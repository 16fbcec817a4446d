#include "core/undo/recordanswercommand.h"

using namespace Qt::StringLiterals;

namespace iotdesk::undo {

RecordAnswerCommand::RecordAnswerCommand(const core::Database &db, core::ReviewRequest open,
                                         QDate answeredOn, const QString &answer)
    : RepositoryCommand(db, tr("Answer recorded"))
    , m_before(std::move(open))
    , m_answered(m_before)
{
    m_answered.status = core::RequestStatus::Answered;
    m_answered.answeredOn = answeredOn;
    m_answered.answer = answer.trimmed();
}

core::Result<void> RecordAnswerCommand::apply()
{
    return core::ReviewRepository(database()).updateRequest(m_answered);
}

core::Result<void> RecordAnswerCommand::revert()
{
    return core::ReviewRepository(database()).updateRequest(m_before);
}

} // namespace iotdesk::undo
