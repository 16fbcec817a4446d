// SetBureauOwnLimitCommand: the user gave one regional bureau a limit of its own, or took it
// away (no value: the common limit applies).
#pragma once

#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

#include <optional>

namespace iotdesk::undo {

class SetBureauOwnLimitCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::SetBureauOwnLimitCommand)

public:
    SetBureauOwnLimitCommand(const core::Database &db, qint64 programId, int bureauId,
                             std::optional<int> before, std::optional<int> limit);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    qint64 m_programId;
    int m_bureauId;
    std::optional<int> m_before;
    std::optional<int> m_limit;
};

} // namespace iotdesk::undo
