// MailImportDialog: the mails about to be logged, one row each: when, from whom, the subject,
// and the local government found for it — to be named by the user where none was found.
// Mails that are not mails or are already in the log are shown and left out.
#pragma once

#include "mailimporter.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class MailImportDialog : public QDialog
{
    Q_OBJECT

public:
    MailImportDialog(const core::Database &db, const QList<core::MailImportItem> &items,
                     QWidget *parent = nullptr);

    // The items with the local governments as entered; `problem` names the rows still
    // without one.
    QList<core::MailImportItem> items(QString *problem = nullptr) const;
    QTableWidget *table() const { return m_table; }

    void accept() override;

private:
    const core::Database &m_db;
    QList<core::MailImportItem> m_items;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace iotdesk::ui
