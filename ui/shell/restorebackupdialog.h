// RestoreBackupDialog: picks the backup that is to replace a database file: one of the file's
// own backups, newest first, or any other IoT Desk file chosen from disk.
#pragma once

#include "core/foundation/dateformatter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace iotdesk::ui {

class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &databasePath, core::DateStyle style,
                        QWidget *parent = nullptr);

    QString selectedBackup() const { return m_selected; }
    int backupCount() const;

private:
    void chooseFile();
    void updateSelection();

    QString m_databasePath;
    QString m_selected;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_other = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace iotdesk::ui
