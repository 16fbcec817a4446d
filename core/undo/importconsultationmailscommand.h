// ImportConsultationMailsCommand: the user imported saved mails as consultations. A redo after
// undo stores the same mails under the numbers they had.
#pragma once

#include "core/documents/mailimporter.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class ImportConsultationMailsCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::ImportConsultationMailsCommand)

public:
    ImportConsultationMailsCommand(const core::Database &db, QList<core::MailImportItem> items);

    // The consultations the mails became.
    const QList<qint64> &ids() const { return m_ids; }

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    QList<core::MailImportItem> m_items;
    QList<qint64> m_ids;
};

} // namespace iotdesk::undo
