// LogConsultationCommand: the user logged a consultation (a call, a mail, a visit). A redo after
// undo brings it back under the number it had.
#pragma once

#include "core/consultations/consultation.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class LogConsultationCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::LogConsultationCommand)

public:
    LogConsultationCommand(const core::Database &db, core::Consultation consultation);

    // The number it was stored under (kept while undone: a redo uses it again).
    qint64 consultationId() const { return m_consultation.id; }

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Consultation m_consultation;
};

} // namespace iotdesk::undo
