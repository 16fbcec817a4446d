// The program's data file: storage's Database opened with the domain's steps (DomainSteps) —
// the report schedule of the selections an older file holds when it reaches schema 6, and the
// registry's people of the applications it stores. Everything that opens a file of IoT Desk
// (the window, the command line, the tests) opens it here, so no open misses a step.
#pragma once

#include "core/storage/database.h"

namespace iotdesk::core {

const DomainSteps &programSteps();

Result<std::unique_ptr<Database>> openDatabase(const QString &path,
                                               const OpenOptions &options = {});
// The team's database on a server, and its preparation (`server init`).
Result<std::unique_ptr<Database>> openServerDatabase(const ServerAddress &address);
Result<std::unique_ptr<Database>> initialiseServerDatabase(const ServerAddress &address,
                                                           int targetVersion = 0);

} // namespace iotdesk::core
