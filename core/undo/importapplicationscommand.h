// ImportApplicationsCommand: the user imported applications from a CSV file, as one undoable
// step: redo() stores them all in one transaction, undo() removes them again.
#pragma once

#include "core/applications/application.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class ImportApplicationsCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::ImportApplicationsCommand)

public:
    ImportApplicationsCommand(const core::Database &db, QList<core::Application> applications);

    // The numbers they were stored under (empty while undone).
    const QList<qint64> &ids() const { return m_ids; }

protected:
    ImportApplicationsCommand(const core::Database &db, QList<core::Application> applications,
                              const QString &text);

    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    QList<core::Application> m_applications;
    QList<qint64> m_ids;
};

} // namespace iotdesk::undo
