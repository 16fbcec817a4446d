// MailImportDialog: the mails about to be logged as consultations, one row each (see
// MailReviewDialog): the local government found for the mail — to be chosen from the
// candidates its domain spells, or named by the user, where none or several were found — and
// what it names, from whom, the subject, when and the file. Files that are not mails or are
// already in the log are shown and left out.
#pragma once

#include "core/documents/mailimporter.h"
#include "ui/widgets/mailreviewdialog.h"

namespace iotdesk::ui {

class MailImportDialog : public MailReviewDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Government, // first: the one column to fill in
        Recognised, // what the government field names, or why it names none
        From,
        Subject,
        Received,
        File,
        ColumnCount
    };

    MailImportDialog(const core::Database &db, const QList<core::MailImportItem> &items,
                     QWidget *parent = nullptr);

    // The items with the local governments as entered; `problem` names the rows still
    // without one.
    QList<core::MailImportItem> items(QString *problem = nullptr) const;

private:
    QList<core::MailImportItem> m_items;
};

} // namespace iotdesk::ui
