#include "testsupport.h"

#include "core/datafile/datafile.h"
#include "core/foundation/userfolders.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace iotdesk::test {

QString sourcePath(const QString &relative)
{
    return QString::fromUtf8(IOTDESK_SOURCE_DIR) + u'/' + relative;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

std::unique_ptr<core::Database> openOrDie(const QString &path, core::OpenOptions options)
{
    auto opened = core::openDatabase(path, options);
    if (!opened) {
        ADD_FAILURE() << "cannot open " << path.toStdString() << ": "
                      << opened.message().toStdString();
        std::abort();
    }
    return std::move(opened.value());
}

IsolatedUserFolders::IsolatedUserFolders()
{
    QStandardPaths::setTestModeEnabled(true);
    core::UserFolders::useFolder(m_dir.path());
}

IsolatedUserFolders::~IsolatedUserFolders()
{
    core::UserFolders::useFolder({});
}

QProcessEnvironment isolatedEnvironment(const QString &folder)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"IOTDESK_HOME"_s, folder);
    return environment;
}

bool onServer()
{
    return qEnvironmentVariableIsSet("IOTDESK_TEST_SERVER");
}

core::ServerAddress testServer(const QString &database)
{
    return core::ServerAddress::fromEnvironment(database);
}

void onMaintenanceDatabase(const QString &sql)
{
    const QString name = u"iotdesk-test-maintenance"_s;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isValid()) {
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            const core::ServerAddress address =
                testServer(qEnvironmentVariable("PGDATABASE", u"postgres"_s));
            db.setHostName(address.host);
            db.setPort(address.port);
            db.setDatabaseName(address.database);
            db.setUserName(address.user);
            db.setPassword(address.password);
        }
        if (!db.isOpen() && !db.open()) {
            ADD_FAILURE() << "no test server: " << db.lastError().text().toStdString();
            std::abort();
        }
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
            std::abort();
        }
    }
}

namespace {

// The template every test's server database is copied from: the schema and the master data,
// prepared once per test program (a copy takes a fraction of the time a preparation takes).
QString serverTemplate()
{
    static const QString name = [] {
        const QString templateName =
            u"iotdesk_template_%1"_s.arg(QCoreApplication::applicationPid());
        onMaintenanceDatabase(u"DROP DATABASE IF EXISTS %1"_s.arg(templateName));
        onMaintenanceDatabase(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE "
                              "'C.UTF-8'"_s.arg(templateName));
        auto prepared = core::initialiseServerDatabase(testServer(templateName));
        if (!prepared) {
            ADD_FAILURE() << "cannot prepare the test server: " << prepared.message().toStdString();
            std::abort();
        }
        return templateName;
    }();
    return name;
}

} // namespace

TempDatabase::TempDatabase()
{
    if (onServer()) {
        static int counter = 0;
        const QString source = serverTemplate();
        m_serverDatabase =
            u"iotdesk_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter);
        onMaintenanceDatabase(u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(m_serverDatabase, source));
    }
    reopen();
}

TempDatabase::~TempDatabase()
{
    m_db.reset();
    if (!m_serverDatabase.isEmpty())
        onMaintenanceDatabase(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_serverDatabase));
}

QString TempDatabase::path() const
{
    if (!m_serverDatabase.isEmpty())
        return testServer(m_serverDatabase).url();
    return m_dir.filePath(u"test.sqlite"_s);
}

std::unique_ptr<core::Database> TempDatabase::openAnother() const
{
    if (!m_serverDatabase.isEmpty()) {
        auto opened = core::openServerDatabase(testServer(m_serverDatabase));
        if (!opened) {
            ADD_FAILURE() << opened.message().toStdString();
            std::abort();
        }
        return std::move(opened.value());
    }
    return openOrDie(path(), core::OpenOptions{.dailyBackup = false});
}

void TempDatabase::reopen()
{
    m_db.reset();
    if (!m_serverDatabase.isEmpty()) {
        auto opened = core::openServerDatabase(testServer(m_serverDatabase));
        if (!opened) {
            ADD_FAILURE() << "cannot open " << m_serverDatabase.toStdString() << ": "
                          << opened.message().toStdString();
            std::abort();
        }
        m_db = std::move(opened.value());
        return;
    }
    core::OpenOptions options;
    options.dailyBackup = false;
    m_db = openOrDie(path(), options);
}

QVariant scalar(const core::Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return {};
    }
    return query.value(0);
}

QVariant scalar(const core::Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return {};
    }
    return query.value(0);
}

} // namespace iotdesk::test

#include <QProcess>

namespace iotdesk::test {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed on " << path.toStdString() << ": "
                      << process.readAllStandardError().toStdString();
        return {};
    }
    // pdftotext maps some glyphs of the CJK fonts to compatibility characters (⽒ for 氏, the
    // Kangxi radical); NFKC gives back the ideographs the document was written with.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

QString zipMember(const QString &path, const QString &member)
{
    QProcess process;
    process.start(u"unzip"_s, {u"-p"_s, path, member});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        ADD_FAILURE() << "unzip failed on " << path.toStdString() << ": "
                      << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace iotdesk::test
