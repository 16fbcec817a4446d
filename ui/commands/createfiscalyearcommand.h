// CreateFiscalYearCommand: "New fiscal year from this program", undoable: redo() copies the
// program one year on, undo() deletes the copy again.
#pragma once

#include <QUndoCommand>

#include <functional>

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class CreateFiscalYearCommand : public QUndoCommand
{
public:
    using CreatedHandler = std::function<void(qint64 programId)>;
    using ErrorHandler = std::function<void(const QString &)>;

    CreateFiscalYearCommand(const core::Database &db, qint64 sourceId, const QString &text,
                            CreatedHandler onCreated, ErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    const core::Database &m_db;
    qint64 m_sourceId;
    qint64 m_createdId = 0;
    CreatedHandler m_onCreated;
    ErrorHandler m_onError;
};

} // namespace iotdesk::ui
