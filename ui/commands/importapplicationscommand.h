// ImportApplicationsCommand: applications imported from a CSV file, as one undoable step:
// redo() stores them all in one transaction, undo() removes them again.
#pragma once

#include "core/applications/application.h"

#include <QUndoCommand>

#include <functional>

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class ImportApplicationsCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &)>;

    ImportApplicationsCommand(const core::Database &db, QList<core::Application> applications,
                              const QString &text, ErrorHandler onError);

    void redo() override;
    void undo() override;
    const QList<qint64> &ids() const { return m_ids; }

private:
    const core::Database &m_db;
    QList<core::Application> m_applications;
    QList<qint64> m_ids;
    ErrorHandler m_onError;
};

} // namespace iotdesk::ui
