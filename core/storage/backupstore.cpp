#include "core/storage/backupstore.h"

#include "core/foundation/japantime.h"
#include "core/foundation/platform.h"
#include "core/storage/database.h"
#include "core/storage/databasefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

constexpr auto kStampFormat = "yyyyMMdd-HHmmss-zzz";

struct KindSuffix
{
    BackupKind kind;
    const char16_t *suffix;
};

constexpr KindSuffix kSuffixes[] = {
    {BackupKind::Manual, u"manual"},
    {BackupKind::Daily, u"daily"},
    {BackupKind::BeforeUpgrade, u"before-upgrade"},
    {BackupKind::BeforeRestore, u"before-restore"},
};

QString suffixOf(BackupKind kind)
{
    for (const auto &entry : kSuffixes) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.suffix);
    }
    return {};
}

} // namespace

BackupStore::BackupStore(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{
    const QFileInfo info(m_databasePath);
    m_baseName = info.completeBaseName();
    m_directory = info.absolutePath() + u'/' + m_baseName + u"-backups"_s;
}

QString BackupStore::kindName(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Manual:
        return tr("manual");
    case BackupKind::Daily:
        return tr("daily");
    case BackupKind::BeforeUpgrade:
        return tr("before upgrade");
    case BackupKind::BeforeRestore:
        return tr("before restore");
    }
    return {};
}

QString BackupStore::fileName(BackupKind kind, const QDateTime &at) const
{
    return m_baseName + u'-' + at.toString(QString::fromLatin1(kStampFormat)) + u'-' +
           suffixOf(kind) + u".sqlite"_s;
}

QList<BackupEntry> BackupStore::list() const
{
    static const QRegularExpression pattern(
        u"^(.*)-(\\d{8}-\\d{6}-\\d{3})-(manual|daily|before-upgrade|before-restore)\\.sqlite$"_s);
    QList<BackupEntry> entries;
    const QFileInfoList files = QDir(m_directory).entryInfoList({u"*.sqlite"_s}, QDir::Files);
    for (const QFileInfo &file : files) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch() || match.captured(1) != m_baseName)
            continue;
        BackupEntry entry;
        entry.path = file.absoluteFilePath();
        entry.createdAt =
            QDateTime::fromString(match.captured(2), QString::fromLatin1(kStampFormat));
        entry.size = file.size();
        for (const auto &suffix : kSuffixes) {
            if (match.captured(3) == QString::fromUtf16(suffix.suffix))
                entry.kind = suffix.kind;
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const BackupEntry &a, const BackupEntry &b) { return a.createdAt > b.createdAt; });
    return entries;
}

Result<QString> BackupStore::create(const Database &db, BackupKind kind) const
{
    const QString target = m_directory + u'/' + fileName(kind, JapanTime::now());
    if (auto written = db.backupTo(target); !written)
        return written.error();
    return target;
}

bool BackupStore::dailyDue() const
{
    const QDate today = JapanTime::today();
    for (const BackupEntry &entry : list()) {
        if (entry.kind == BackupKind::Daily && entry.createdAt.date() == today)
            return false;
    }
    return true;
}

Result<QString> BackupStore::createDailyIfDue(const Database &db, int keep) const
{
    return writeDailyIfDue(keep, [&db](const QString &target) { return db.backupTo(target); });
}

Result<QString> BackupStore::createDailyFromFileIfDue(int keep) const
{
    return writeDailyIfDue(
        keep, [this](const QString &target) { return DatabaseFile::copy(m_databasePath, target); });
}

Result<QString>
BackupStore::writeDailyIfDue(int keep,
                             const std::function<Result<void>(const QString &)> &write) const
{
    const QDate today = JapanTime::today();
    QList<BackupEntry> dailies;
    for (const BackupEntry &entry : list()) {
        if (entry.kind == BackupKind::Daily)
            dailies.append(entry);
    }
    if (!dailies.isEmpty() && dailies.front().createdAt.date() == today)
        return QString();
    const QString created = m_directory + u'/' + fileName(BackupKind::Daily, JapanTime::now());
    if (auto written = write(created); !written)
        return written.error();
    // The new one is the newest; drop the oldest beyond `keep` (never the one just written).
    const int toKeep = std::max(keep, 1) - 1;
    for (qsizetype i = toKeep; i < dailies.size(); ++i)
        QFile::remove(dailies[i].path);
    return created;
}

Result<void> BackupStore::restore(const QString &backupPath, const QString &databasePath) const
{
    const auto facts = DatabaseFile::inspect(backupPath);
    if (!facts) {
        return Error(facts.error().code(),
                     tr("This backup cannot be restored: %1").arg(facts.message()));
    }
    if (!facts->exists || facts->empty)
        return Error(ErrorCode::NotFound,
                     tr("The backup “%1” is empty or missing.").arg(backupPath));

    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (!QDir().mkpath(m_directory))
        return Error(ErrorCode::Failed, tr("Cannot create the backup folder %1.").arg(m_directory));

    // Copy the backup next to the target first (through SQLite, so that a live file's log is
    // included) and make it durable.
    const QString incoming = target + u".restoring"_s;
    QFile::remove(incoming);
    if (auto copied = DatabaseFile::copy(backupPath, incoming); !copied)
        return Error(copied.error().code(), tr("Cannot copy the backup: %1").arg(copied.message()));
    if (!Platform::syncFile(incoming)) {
        QFile::remove(incoming);
        return Error(ErrorCode::Failed, tr("Cannot copy the backup to %1.").arg(incoming));
    }

    // The replaced file, whatever its state, is kept in the backup folder with its side
    // files, by hard link (a copy where links are not possible), so that the target path never
    // stands empty. Its side files are then removed: an old log must never be replayed onto
    // the restored file. Last, one rename puts the restored file in place.
    const QString keptAs =
        m_directory + u'/' + fileName(BackupKind::BeforeRestore, JapanTime::now());
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        const QString from = target + suffix;
        if (!QFileInfo::exists(from))
            continue;
        if (!Platform::createHardLink(from, keptAs + suffix) &&
            !QFile::copy(from, keptAs + suffix)) {
            QFile::remove(incoming);
            return Error(ErrorCode::Failed,
                         tr("Cannot keep the current file in %1.").arg(keptAs + suffix));
        }
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(target + suffix) && !QFile::remove(target + suffix)) {
            QFile::remove(incoming);
            return Error(ErrorCode::Failed,
                         tr("Cannot remove %1; nothing was restored.").arg(target + suffix));
        }
    }
    if (!Platform::replaceFile(incoming, target)) {
        QFile::remove(incoming);
        return Error(ErrorCode::Failed, tr("Cannot put the backup in place at %1.").arg(target));
    }
    // The renames are durable only once their folders are.
    for (const QString &folder : {QFileInfo(target).absolutePath(), m_directory})
        Platform::syncFolder(folder);
    return {};
}

} // namespace iotdesk::core
