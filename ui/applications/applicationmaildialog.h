// ApplicationMailDialog: the application mails about to be taken in, one row each (see
// MailReviewDialog): the lead local government recognised from the sender — to be chosen
// from the candidates or named by the user where none or several were found — and what it
// names, from whom, the subject, when the mail arrived, its size (flagged over the 10 MB
// mail limit), the attached files and the file. Files that are not mails or were taken in
// already are shown and left out.
#pragma once

#include "core/documents/applicationmailimporter.h"
#include "ui/widgets/mailreviewdialog.h"

namespace iotdesk::ui {

class ApplicationMailDialog : public MailReviewDialog
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
        Size,
        Attachments,
        File,
        ColumnCount
    };

    ApplicationMailDialog(const core::Database &db, const QList<core::ApplicationMailItem> &items,
                          QWidget *parent = nullptr);

    // The items with the local governments as entered; `problem` names the rows still
    // without one.
    QList<core::ApplicationMailItem> items(QString *problem = nullptr) const;

private:
    QList<core::ApplicationMailItem> m_items;
};

} // namespace iotdesk::ui
