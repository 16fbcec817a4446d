#include "ui/consultations/mailimportdialog.h"

#include "core/foundation/japantime.h"
#include "ui/widgets/governmentchooser.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

MailImportDialog::MailImportDialog(const core::Database &db,
                                   const QList<core::MailImportItem> &items, QWidget *parent)
    : MailReviewDialog(db, int(items.size()),
                       {tr("Local government"), tr("Recognised as"), tr("From"), tr("Subject"),
                        tr("Received"), tr("File")},
                       Government, Subject, parent)
    , m_items(items)
{
    setObjectName(u"mailImportDialog"_s);
    setWindowTitle(tr("Import Mail"));
    int importable = 0;
    for (int r = 0; r < items.size(); ++r) {
        const core::MailImportItem &item = items[r];
        const QString fileName = QFileInfo(item.path).fileName();
        setCell(r, File, fileName, QDir::toNativeSeparators(item.path));
        QString details = detailRow(tr("File:"), QDir::toNativeSeparators(item.path));
        if (!item.problem.isEmpty() && !item.duplicate) {
            leaveOut(r, fileName, item.problem);
            setDetails(r, details + detailRow(tr("Left out:"), item.problem));
            continue;
        }
        const QString received =
            item.mail.date.toTimeZone(core::JapanTime::zone()).toString(u"yyyy-MM-dd HH:mm"_s);
        setCell(r, Received, received);
        // The address, which the government is recognised from; the name in the details.
        setCell(r, From, item.mail.from.address, item.mail.from.display());
        setCell(r, Subject, item.mail.subject);
        details += detailRow(tr("From:"), item.mail.from.display());
        if (!item.mail.to.isEmpty())
            details += detailRow(tr("To:"), core::MailParser::addressList(item.mail.to));
        if (!item.mail.cc.isEmpty())
            details += detailRow(tr("Cc:"), core::MailParser::addressList(item.mail.cc));
        details += detailRow(tr("Subject:"), item.mail.subject) +
                   detailRow(tr("Received:"), received) +
                   detailRow(tr("Text:"), opening(item.mail.body));
        if (item.duplicate) {
            leaveOut(r, fileName, tr("Already in the log; left out."));
            setDetails(r, details + detailRow(tr("Left out:"), item.problem));
            continue;
        }
        ++importable;
        addChooser(r, fileName, item.candidates, item.consultation.lgCode6, item.matchedBy);
        setDetails(r, details);
    }
    finish(tr("Each mail is logged as one e-mail consultation, with its real date, its "
              "addresses and its text. Check the local government of each mail: where no known "
              "person or mail domain names one, or the domain fits several, choose a candidate "
              "or type a code (6 digits), a name or a reading; the local government it names "
              "is shown beside it. Files that are not mails, and mails already in the log, are "
              "left out."),
           tr("Log %n Mail(s)", nullptr, importable), {{Recognised, 260}, {From, 240}, {File, 200}},
           Received);
}

QList<core::MailImportItem> MailImportDialog::items(QString *problem) const
{
    QList<core::MailImportItem> result = m_items;
    for (int r = 0; r < result.size(); ++r) {
        const GovernmentChooser *government = chooser(r);
        if (!government)
            continue;
        const QString proposed = result[r].consultation.lgCode6;
        result[r].consultation.lgCode6 = government->code6();
        // The person found belongs to the proposed government, not to another one.
        if (result[r].consultation.lgCode6 != proposed)
            result[r].consultation.counterpartId = 0;
    }
    if (problem)
        *problem = problems().join(u'\n');
    return result;
}

} // namespace iotdesk::ui
