#include "ui/shell/passwordkeychain.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

// The keychain's service name: what the user sees in the keychain's own window.
const QString kService = u"IoT Desk team database"_s;

// Starts `job` and waits until it finishes or the time is up; true when it finished.
bool runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(PasswordKeychain::kTimeoutMs, &loop, &QEventLoop::quit);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished] { finished = true; });
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

core::Error keychainError(const QKeychain::Job &job, bool finished)
{
    if (!finished)
        return {core::ErrorCode::Failed,
                PasswordKeychain::tr("The system keychain did not answer within a minute.")};
    return {
        core::ErrorCode::Failed,
        PasswordKeychain::tr("The system keychain could not be used: %1").arg(job.errorString())};
}

} // namespace

QString PasswordKeychain::entryName(const core::ServerAddress &address)
{
    return u"%1@%2:%3/%4"_s.arg(address.user, address.host, QString::number(address.port),
                                address.database);
}

core::Result<QString> PasswordKeychain::read(const core::ServerAddress &address)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(entryName(address));
    const bool finished = runToEnd(job);
    if (finished && job.error() == QKeychain::NoError)
        return job.textData();
    if (finished && job.error() == QKeychain::EntryNotFound)
        return QString();
    return keychainError(job, finished);
}

std::optional<core::Error> PasswordKeychain::write(const core::ServerAddress &address,
                                                   const QString &password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(entryName(address));
    job.setTextData(password);
    const bool finished = runToEnd(job);
    if (finished && job.error() == QKeychain::NoError)
        return std::nullopt;
    return keychainError(job, finished);
}

std::optional<core::Error> PasswordKeychain::forget(const core::ServerAddress &address)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(entryName(address));
    const bool finished = runToEnd(job);
    if (finished && (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound))
        return std::nullopt;
    return keychainError(job, finished);
}

} // namespace iotdesk::ui
