// Helpers shared by the test programs: temporary folders, a fresh database, file digests.
#pragma once

#include "core/storage/database.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace iotdesk::test {

// The repository's root, for fixtures and shipped data.
QString sourcePath(const QString &relative);

// SHA-256 of a file's bytes; empty if it cannot be read.
QByteArray fileDigest(const QString &path);

// The settings and data folder of one test program's run, in a temporary folder: ctest runs
// several test programs at once, and one test's preferences (the user's name, the date style)
// must reach neither another's nor the user's own. Through Qt's test mode (every other
// QStandardPaths location) and core::UserFolders, so that it works alike on every system —
// HOME and XDG variables move nothing on Windows. One at the top of each main().
class IsolatedUserFolders
{
public:
    IsolatedUserFolders();
    ~IsolatedUserFolders();
    IsolatedUserFolders(const IsolatedUserFolders &) = delete;
    IsolatedUserFolders &operator=(const IsolatedUserFolders &) = delete;
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// The environment for a program a test starts (iotdesk-cli): its settings and data folder are
// `folder`'s (IOTDESK_HOME, see core::UserFolders).
QProcessEnvironment isolatedEnvironment(const QString &folder);

// Whether this run stores its data on a team server: the test programs run once on local
// files and once more, whole, inside a throw-away PostgreSQL cluster (pg_virtualenv sets
// PGHOST, PGPORT, PGUSER, PGPASSWORD; ctest's *_on_server tests set IOTDESK_TEST_SERVER).
bool onServer();
// The address of a database of that server.
core::ServerAddress testServer(const QString &database);

// On a server run: runs one statement on the server's maintenance database (creating and
// dropping databases); the test fails and stops when it fails.
void onMaintenanceDatabase(const QString &sql);

// For a test of what only a local file has (its bytes, its backups, its locks): skipped, with
// the reason, when the run is on a server.
#define IOTDESK_LOCAL_FILE_ONLY()                                                                  \
    do {                                                                                           \
        if (::iotdesk::test::onServer())                                                           \
            GTEST_SKIP() << "a property of the local file, which a server does not have";          \
    } while (false)

// A new database without the daily backup: a file in a temporary folder, or on a server run
// a new server database made from a template that holds the schema and the master data.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;
    core::Database &db() { return *m_db; }
    // The file; on a server run, its address.
    QString path() const;
    QString folder() const { return m_dir.path(); }
    void close() { m_db.reset(); }
    void reopen();
    // A second connection to the same database, as another program (or user) has it.
    std::unique_ptr<core::Database> openAnother() const;

private:
    QTemporaryDir m_dir;
    QString m_serverDatabase; // on a server run
    std::unique_ptr<core::Database> m_db;
};

// Opens or fails the test (ASSERT-style): tests can rely on the result.
std::unique_ptr<core::Database> openOrDie(const QString &path, core::OpenOptions options = {});

// One value from an SQL query on the database (first column of the first row).
QVariant scalar(const core::Database &db, const QString &sql);
// The same with `values` bound to the statement's placeholders, in order.
QVariant scalar(const core::Database &db, const QString &sql, const QVariantList &values);

} // namespace iotdesk::test

#include <ostream>

// Lets GoogleTest print QStrings readably in failures (found by argument-dependent lookup).
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace iotdesk::test {

// The text of a PDF through poppler's pdftotext (a Debian package the project installs).
QString pdfText(const QString &path);

// One member of a zip file (an .xlsx workbook's sheet) as text, through unzip.
QString zipMember(const QString &path, const QString &member);

} // namespace iotdesk::test
