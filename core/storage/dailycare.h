// DailyCare: the day's care of a file that the window opened with its full check deferred
// (OpenOptions::deferFullCheck): PRAGMA integrity_check, then today's backup, both on
// read-only connections of the calling thread — so the window runs it in a worker thread
// while the user reads, and allows writes (Database::releaseWrites) only once it passed.
#pragma once

#include <QString>
#include <QStringList>

namespace iotdesk::core {

struct DailyCareResult
{
    QStringList problems;  // empty: the file is whole
    QString backup;        // today's backup, when written
    QString backupProblem; // why it could not be (a warning)
    qint64 checkMs = 0;    // how long the check took
};

class DailyCare
{
public:
    static DailyCareResult run(const QString &path, int backupsToKeep);
};

} // namespace iotdesk::core
