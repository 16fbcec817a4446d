// SetBureauLimitCommand: the user changed how many applications each regional bureau may have
// selected (no value: no limit).
#pragma once

#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

#include <optional>

namespace iotdesk::undo {

class SetBureauLimitCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::SetBureauLimitCommand)

public:
    SetBureauLimitCommand(const core::Database &db, qint64 programId, std::optional<int> before,
                          std::optional<int> limit);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    qint64 m_programId;
    std::optional<int> m_before;
    std::optional<int> m_limit;
};

} // namespace iotdesk::undo
