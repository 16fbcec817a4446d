// CreateFiscalYearCommand: "New fiscal year from this program": redo() copies the program one
// year on, undo() deletes the copy again. `onShown` hears which program should be in view
// afterwards (the copy after redo, the source after undo).
#pragma once

#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

#include <functional>

namespace iotdesk::undo {

class CreateFiscalYearCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::CreateFiscalYearCommand)

public:
    using ShownHandler = std::function<void(qint64 programId)>;

    // `sourceLabel` names the source's fiscal year in the undo history.
    CreateFiscalYearCommand(const core::Database &db, qint64 sourceId, const QString &sourceLabel,
                            ShownHandler onShown = {});

    qint64 createdId() const { return m_createdId; }

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    qint64 m_sourceId;
    qint64 m_createdId = 0;
    ShownHandler m_onShown;
};

} // namespace iotdesk::undo
