// FileChooser: the file dialogs of the program. They open in the folder the user last chose a
// file in (the Documents folder at first), never in the program's working directory, and a
// suggested file name is put in that folder.
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace iotdesk::ui::FileChooser {

QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested = {},
                     const QString &filter = {});
QString openFileName(QWidget *parent, const QString &caption, const QString &start = {},
                     const QString &filter = {});
QStringList openFileNames(QWidget *parent, const QString &caption, const QString &start = {},
                          const QString &filter = {});

} // namespace iotdesk::ui::FileChooser
