#include "core/foundation/logging.h"

#include "core/foundation/japantime.h"
#include "core/foundation/userfolders.h"

#include <QDir>
#include <QFile>
#include <QMutex>

#include <memory>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

Q_LOGGING_CATEGORY(lcStorage, "iotdesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMunicipalities, "iotdesk.municipalities", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrograms, "iotdesk.programs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApplications, "iotdesk.applications", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSelection, "iotdesk.selection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConsultations, "iotdesk.consultations", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMeetings, "iotdesk.meetings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReports, "iotdesk.reports", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDocuments, "iotdesk.documents", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "iotdesk.ui", QtInfoMsg)

namespace {

struct Sink
{
    QMutex mutex;
    std::unique_ptr<QFile> file;
    QString folder;
    qint64 maxBytes = 0;
    int keep = 0;
    QtMessageHandler previous = nullptr;
};

Sink &sink()
{
    static Sink instance;
    return instance;
}

QString numbered(const QString &base, int n)
{
    return n == 0 ? base : base + u'.' + QString::number(n);
}

// Called with the mutex held. The live file is moved aside first: when it cannot be (another
// process holds it open on Windows), no older file is dropped and it keeps growing until a
// later line can move it.
void rotate(Sink &s)
{
    const QString base = s.file->fileName();
    const QString aside = base + u".rotating"_s;
    s.file->close();
    QFile::remove(aside);
    if (QFile::rename(base, aside)) {
        QFile::remove(numbered(base, s.keep));
        for (int n = s.keep - 1; n >= 1; --n) {
            if (QFile::exists(numbered(base, n)))
                QFile::rename(numbered(base, n), numbered(base, n + 1));
        }
        QFile::rename(aside, numbered(base, 1));
    }
    s.file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'C';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Sink &s = sink();
    // A message raised while this thread writes one (Qt warning about the file itself) goes to
    // the previous handler only: taking the lock again would never return.
    static thread_local bool writing = false;
    if (!writing) {
        writing = true;
        QMutexLocker lock(&s.mutex);
        if (s.file && s.file->isOpen()) {
            const QString line = JapanTime::now().toString(Qt::ISODateWithMs) + u' ' +
                                 QLatin1Char(levelLetter(type)) + u' ' +
                                 QString::fromUtf8(context.category ? context.category : "") +
                                 u": "_s + message + u'\n';
            const QByteArray bytes = line.toUtf8();
            // A line that would take the file past its size starts the next one: the newest
            // line is always in iotdesk.log.
            if (s.file->size() > 0 && s.file->size() + bytes.size() > s.maxBytes)
                rotate(s);
            s.file->write(bytes);
            s.file->flush();
        }
        writing = false;
    }
    if (s.previous)
        s.previous(type, context, message);
}

} // namespace

QString LogFile::defaultFolder()
{
    return UserFolders::dataFolder() + u"/logs"_s;
}

bool LogFile::install(const QString &folder, qint64 maxBytes, int keep)
{
    Sink &s = sink();
    {
        QMutexLocker lock(&s.mutex);
        if (!QDir().mkpath(folder))
            return false;
        auto file = std::make_unique<QFile>(folder + u"/iotdesk.log"_s);
        if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            return false;
        s.file = std::move(file);
        s.folder = folder;
        s.maxBytes = std::max<qint64>(maxBytes, 1024);
        s.keep = std::max(keep, 1);
    }
    QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        s.previous = previous;
    return true;
}

void LogFile::uninstall()
{
    Sink &s = sink();
    qInstallMessageHandler(s.previous);
    QMutexLocker lock(&s.mutex);
    s.file.reset();
    s.folder.clear();
    s.previous = nullptr;
}

QString LogFile::path()
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    return s.file ? s.file->fileName() : QString();
}

} // namespace iotdesk::core
