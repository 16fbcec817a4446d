#include "core/storage/dailycare.h"

#include "core/storage/backupstore.h"
#include "core/storage/databasefile.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

DailyCareResult DailyCare::run(const QString &path, int backupsToKeep)
{
    DailyCareResult result;
    QElapsedTimer timer;
    timer.start();
    const QString problems = DatabaseFile::problemsOf(DatabaseFile::check(path, true));
    result.checkMs = timer.elapsed();
    if (!problems.isEmpty()) {
        result.problems = {problems};
        return result;
    }
    // Only a whole file is backed up.
    if (auto backup = BackupStore(path).createDailyFromFileIfDue(backupsToKeep); backup)
        result.backup = backup.value();
    else
        result.backupProblem = backup.message();
    return result;
}

} // namespace iotdesk::core
