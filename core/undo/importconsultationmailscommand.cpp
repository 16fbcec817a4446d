#include "core/undo/importconsultationmailscommand.h"

#include "core/consultations/consultationrepository.h"

namespace iotdesk::undo {

ImportConsultationMailsCommand::ImportConsultationMailsCommand(const core::Database &db,
                                                               QList<core::MailImportItem> items)
    : RepositoryCommand(db, tr("Import mail"))
    , m_items(std::move(items))
{}

core::Result<void> ImportConsultationMailsCommand::apply()
{
    QList<core::MailImportItem> again = m_items;
    qsizetype next = 0;
    for (core::MailImportItem &item : again) {
        if (item.problem.isEmpty() && next < m_ids.size())
            item.consultation.id = m_ids.at(next++);
    }
    auto stored = core::MailImporter(database()).store(again);
    if (!stored)
        return stored.error();
    m_ids = *stored;
    return {};
}

core::Result<void> ImportConsultationMailsCommand::revert()
{
    for (qint64 id : std::as_const(m_ids)) {
        if (auto removed = core::ConsultationRepository(database()).remove(id); !removed)
            return removed;
    }
    return {};
}

} // namespace iotdesk::undo
