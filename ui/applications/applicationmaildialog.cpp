#include "ui/applications/applicationmaildialog.h"

#include "core/foundation/japantime.h"
#include "ui/widgets/governmentchooser.h"
#include "ui/widgets/statecolors.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

ApplicationMailDialog::ApplicationMailDialog(const core::Database &db,
                                             const QList<core::ApplicationMailItem> &items,
                                             QWidget *parent)
    : MailReviewDialog(db, int(items.size()),
                       {tr("Lead local government"), tr("Recognised as"), tr("From"), tr("Subject"),
                        tr("Received"), tr("Size"), tr("Attachments"), tr("File")},
                       Government, Subject, parent)
    , m_items(items)
{
    setObjectName(u"applicationMailDialog"_s);
    setWindowTitle(tr("Import Application Mail"));
    const QLocale locale;
    const auto size = [&locale](qint64 bytes) {
        return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
    };
    int importable = 0;
    for (int r = 0; r < items.size(); ++r) {
        const core::ApplicationMailItem &item = items[r];
        const QString fileName = QFileInfo(item.path).fileName();
        setCell(r, File, fileName, QDir::toNativeSeparators(item.path));
        QString details = detailRow(tr("File:"), QDir::toNativeSeparators(item.path));
        if (!item.problem.isEmpty() && !item.duplicate) {
            leaveOut(r, fileName, item.problem);
            setDetails(r, details + detailRow(tr("Left out:"), item.problem));
            continue;
        }
        const core::Application &a = item.application;
        const QString received =
            a.receivedAt.toTimeZone(core::JapanTime::zone()).toString(u"yyyy-MM-dd HH:mm"_s);
        setCell(r, Received, received);
        // The address is what the government was recognised from.
        setCell(r, From, item.mail.from.address, item.mail.from.display());
        setCell(r, Subject, a.subject);
        QStringList names;
        QStringList files;
        for (const core::StoredFile &file : a.files) {
            names << file.fileName;
            files << u"%1 (%2)"_s.arg(file.fileName, size(file.sizeBytes));
        }
        setCell(r, Attachments, names.join(u", "_s), files.join(u'\n'));
        details +=
            detailRow(tr("From:"), item.mail.from.display()) +
            detailRow(tr("Subject:"), a.subject) + detailRow(tr("Received:"), received) +
            detailRow(tr("Text:"), opening(item.mail.body)) +
            detailRow(tr("Attachments:"), files.isEmpty() ? tr("none") : files.join(u", "_s));
        if (item.exceedsMailLimit()) {
            const QString over = tr("Attachments of %1 exceed the 10 MB MIC can receive by mail: "
                                    "the applicant must consult MIC.")
                                     .arg(size(a.attachmentBytes));
            QTableWidgetItem *cell = setCell(
                r, Size, tr("%1 (over)", "over the 10 MB mail limit").arg(size(a.attachmentBytes)),
                over);
            cell->setData(Qt::ForegroundRole,
                          StateColors::brush(core::RowState::Problem, Qt::ForegroundRole));
            details += detailRow(tr("Size:"), over);
        } else {
            setCell(r, Size, size(a.attachmentBytes));
        }
        if (item.duplicate) {
            leaveOut(r, fileName, item.problem);
            setDetails(r, details + detailRow(tr("Left out:"), item.problem));
            continue;
        }
        ++importable;
        addChooser(r, fileName, item.candidates, a.leadCode(), item.matchedBy);
        setDetails(r, details);
    }
    finish(tr("Each mail is taken in as one application, with its attached files. Check the "
              "lead local government of each mail: where the sender names none, or the mail "
              "domain fits several, choose a candidate or type a code (6 digits), a name or a "
              "reading; the local government it names is shown beside it. Mails with more than "
              "10 MB of attachments are marked: MIC cannot receive them by mail, so the "
              "applicant must consult MIC. Files that are not mails, and mails taken in "
              "already, are left out."),
           tr("Take In %n Application(s)", nullptr, importable),
           {{Recognised, 260}, {From, 240}, {Attachments, 220}, {File, 200}}, Size);
}

QList<core::ApplicationMailItem> ApplicationMailDialog::items(QString *problem) const
{
    QList<core::ApplicationMailItem> result = m_items;
    for (int r = 0; r < result.size(); ++r) {
        if (const GovernmentChooser *government = chooser(r))
            result[r].setGovernment(government->code6());
    }
    if (problem)
        *problem = problems().join(u'\n');
    return result;
}

} // namespace iotdesk::ui
