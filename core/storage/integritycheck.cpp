#include "core/storage/integritycheck.h"

#include "core/storage/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

Result<QStringList> IntegrityCheck::foreignKeyProblems(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString failed = tr("The foreign keys could not be checked: %1");
    if (!query.exec(u"PRAGMA foreign_key_check"_s))
        return storageError(query.lastError(), failed);
    QStringList problems;
    while (query.next()) {
        problems.append(tr("A row of %1 refers to a missing row of %2.")
                            .arg(query.value(0).toString(), query.value(2).toString()));
    }
    // A step that fails part way ends the rows early: what was read is not the whole answer.
    if (query.lastError().isValid())
        return storageError(query.lastError(), failed);
    return problems;
}

} // namespace iotdesk::core
