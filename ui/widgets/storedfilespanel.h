// StoredFilesPanel: the files kept with one owner (a meeting session's materials, a monthly
// report's attachments): their names, sizes, when and by whom they were added. Add, open (a
// copy, so that the stored file stays as it was), save as and remove; adding and removing are
// undoable, and undo puts a removed file back under its own id.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/storage/filestore.h"
#include "ui/widgets/commandrunner.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class StoredFilesPanel : public QWidget
{
    Q_OBJECT

public:
    StoredFilesPanel(const core::Database &db, CommandRunner &commands, core::FileStore::Kind kind,
                     QWidget *parent = nullptr);

    void setOwner(qint64 ownerId);
    void setDateStyle(core::DateStyle style);
    void reload();
    QTableWidget *table() const { return m_table; }

    // The work behind the buttons; what went wrong, or an empty string.
    QString addFile(const QString &path);
    QString removeFile(qint64 fileId);

signals:
    void errorShown(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openFile(bool saveAs);

    const core::Database &m_db;
    CommandRunner &m_commands;
    core::FileStore::Kind m_kind;
    core::DateFormatter m_dates;
    qint64 m_owner = 0;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_saveAs = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace iotdesk::ui
