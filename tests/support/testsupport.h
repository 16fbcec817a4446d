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

// A new database in a temporary folder, without the daily backup.
class TempDatabase
{
public:
    TempDatabase();
    core::Database &db() { return *m_db; }
    QString path() const;
    QString folder() const { return m_dir.path(); }
    void close() { m_db.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
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
