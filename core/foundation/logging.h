// Logging: one category per room (iotdesk.storage, iotdesk.consultations, ...), and the log
// file that lets a user's problem be diagnosed after the fact. The window writes every message
// of its process to <data folder>/logs/iotdesk.log (Help ▸ Open Log Folder), a few files kept
// by rotation; the command line writes to its standard error only. The categories start at
// Info: debug messages are there for a developer who turns them on with QT_LOGGING_RULES.
#pragma once

#include <QLoggingCategory>
#include <QString>

namespace iotdesk::core {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcMunicipalities)
Q_DECLARE_LOGGING_CATEGORY(lcPrograms)
Q_DECLARE_LOGGING_CATEGORY(lcApplications)
Q_DECLARE_LOGGING_CATEGORY(lcSelection)
Q_DECLARE_LOGGING_CATEGORY(lcConsultations)
Q_DECLARE_LOGGING_CATEGORY(lcMeetings)
Q_DECLARE_LOGGING_CATEGORY(lcReports)
Q_DECLARE_LOGGING_CATEGORY(lcDocuments)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace LogFile {

// <the data folder (UserFolders)>/logs.
QString defaultFolder();

// From now on every message of the process is also appended to `folder`/iotdesk.log, one line
// each (Japan's time, level, category, text). When the next line would take it past `maxBytes`
// it becomes iotdesk.log.1 (the older ones move up to iotdesk.log.`keep`, the oldest dropped).
// False when the folder or the file cannot be written; messages then go to standard error only.
bool install(const QString &folder = defaultFolder(), qint64 maxBytes = 1024 * 1024, int keep = 4);
// Back to standard error only (for tests).
void uninstall();
// The file being written; empty when none is.
QString path();

} // namespace LogFile

} // namespace iotdesk::core
