#include "testsupport.h"

#include "core/datafile/datafile.h"
#include "core/foundation/userfolders.h"

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

TempDatabase::TempDatabase()
{
    reopen();
}

QString TempDatabase::path() const
{
    return m_dir.filePath(u"test.sqlite"_s);
}

void TempDatabase::reopen()
{
    m_db.reset();
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
