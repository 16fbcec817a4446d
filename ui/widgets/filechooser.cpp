#include "ui/widgets/filechooser.h"

#include "ui/widgets/windowsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace iotdesk::ui::FileChooser {

namespace {

const QString kFolderKey = u"files/lastFolder"_s;

// Where a dialog starts: an absolute path as given; a bare name in the last folder used.
QString startingPoint(const QString &given)
{
    if (!given.isEmpty() && QFileInfo(given).isAbsolute())
        return given;
    QString folder = windowSettings().value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return given.isEmpty() ? folder : QDir(folder).filePath(given);
}

void remember(const QString &path)
{
    if (!path.isEmpty())
        windowSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
}

} // namespace

QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                     const QString &filter)
{
    const QString path =
        QFileDialog::getSaveFileName(parent, caption, startingPoint(suggested), filter);
    remember(path);
    return path;
}

QString openFileName(QWidget *parent, const QString &caption, const QString &start,
                     const QString &filter)
{
    const QString path =
        QFileDialog::getOpenFileName(parent, caption, startingPoint(start), filter);
    remember(path);
    return path;
}

QStringList openFileNames(QWidget *parent, const QString &caption, const QString &start,
                          const QString &filter)
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(parent, caption, startingPoint(start), filter);
    if (!paths.isEmpty())
        remember(paths.front());
    return paths;
}

} // namespace iotdesk::ui::FileChooser
