// ApplicationMailDialog: the application mails about to be taken in, one row each: when the
// mail arrived, from whom, the subject, its size (flagged over the 10 MB mail limit), the
// attached files and the lead local government recognised from the sender — to be named or
// chosen by the user where none or several were found. Files that are not mails or were taken
// in already are shown and left out.
#pragma once

#include "applicationmailimporter.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class ApplicationMailDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        File,
        Government, // first after the file: the one column to fill in
        Received,
        From,
        Subject,
        Size,
        Attachments,
        Note,
        ColumnCount
    };

    ApplicationMailDialog(const core::Database &db, const QList<core::ApplicationMailItem> &items,
                          QWidget *parent = nullptr);

    // The items with the local governments as entered; `problem` names the rows still
    // without one.
    QList<core::ApplicationMailItem> items(QString *problem = nullptr) const;
    QTableWidget *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    const core::Database &m_db;
    QList<core::ApplicationMailItem> m_items;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace iotdesk::ui
