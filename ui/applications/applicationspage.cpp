#include "ui/applications/applicationspage.h"

#include "core/applications/applicationimporter.h"
#include "core/applications/applicationlistmodel.h"
#include "core/applications/applicationrepository.h"
#include "core/applications/confirmationmail.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/programs/programrepository.h"
#include "core/selection/reviewrepository.h"
#include "core/storage/changenotifier.h"
#include "core/storage/database.h"
#include "core/undo/addapplicationcommand.h"
#include "core/undo/editapplicationcommand.h"
#include "core/undo/importapplicationscommand.h"
#include "core/undo/recordconfirmationcommand.h"
#include "core/undo/takeinapplicationmailscommand.h"
#include "ui/applications/applicationdialog.h"
#include "ui/applications/applicationmaildialog.h"
#include "ui/applications/requestsdialog.h"
#include "ui/widgets/dateprompt.h"
#include "ui/widgets/editsession.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/programselector.h"
#include "ui/widgets/statecolorproxymodel.h"
#include "ui/widgets/storedfilespanel.h"
#include "ui/widgets/writeaccess.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

ApplicationsPage::ApplicationsPage(const core::Database &db, QUndoStack *undoStack,
                                   WriteAccess &writes, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_writes(writes)
    , m_commands(undoStack, &writes, [this](const QString &message) { showError(message); })
    , m_model(new core::ApplicationListModel(db, this))
    , m_sorted(new StateColorProxyModel(this))
    , m_programLabel(new QLabel(this))
    , m_programs(new ProgramSelector(db, this))
    , m_showLabel(new QLabel(this))
    , m_show(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_summary(new QLabel(this))
    , m_import(new QPushButton(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_requests(new QPushButton(this))
    , m_mail(new QPushButton(this))
    , m_copyMail(new QPushButton(this))
    , m_confirmed(new QPushButton(this))
    , m_importMail(new QPushButton(this))
    , m_mailFiles(
          new StoredFilesPanel(db, m_commands, core::FileStore::Kind::ApplicationFiles, this))
{
    setObjectName(u"applicationsPage"_s);
    m_programLabel->setBuddy(m_programs);
    m_showLabel->setBuddy(m_show);
    m_sorted->setSourceModel(m_model);
    m_model->setObjectName(u"applicationList"_s);
    m_table->setObjectName(u"applicationTable"_s);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(core::ApplicationListModel::Received, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setObjectName(u"applicationDetails"_s);
    m_details->setOpenLinks(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_programLabel);
    top->addWidget(m_programs);
    top->addSpacing(16);
    top->addWidget(m_showLabel);
    top->addWidget(m_show);
    top->addStretch(1);
    // Two rows of actions, each within a 1024-pixel screen in both languages: the
    // applications themselves, then the receipt confirmation.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_import);
    buttons->addWidget(m_importMail);
    buttons->addSpacing(16);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_requests);
    buttons->addStretch(1);
    auto *confirmation = new QHBoxLayout;
    confirmation->addWidget(m_mail);
    confirmation->addWidget(m_copyMail);
    confirmation->addWidget(m_confirmed);
    confirmation->addStretch(1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->addWidget(m_mailFiles);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    m_importMail->setObjectName(u"importApplicationMail"_s);
    m_mailFiles->setObjectName(u"applicationMailFiles"_s);
    // Mails dropped anywhere on the page, the details included, come to the page.
    setAcceptDrops(true);
    m_details->setAcceptDrops(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addLayout(confirmation);
    layout->addWidget(m_summary);

    connect(m_programs, &ProgramSelector::activated, this, &ApplicationsPage::reload);
    connect(m_show, &QComboBox::activated, this,
            [this] { setShown(Show(m_show->currentData().toInt())); });
    connect(m_import, &QPushButton::clicked, this, &ApplicationsPage::chooseImportFile);
    connect(m_new, &QPushButton::clicked, this, [this] { openApplicationDialog(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openApplicationDialog(false); });
    connect(m_requests, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        RequestsDialog dialog(m_db, m_commands, m_model->at(row).application.id,
                              m_model->at(row).leadName, this);
        dialog.exec();
    });
    // Enter and a double-click both activate: one signal, one dialog (the details below say
    // all while the file cannot be written).
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_writes.mayWrite())
            openApplicationDialog(false);
    });
    connect(m_mail, &QPushButton::clicked, this, &ApplicationsPage::openConfirmationMail);
    connect(m_copyMail, &QPushButton::clicked, this, &ApplicationsPage::copyConfirmationMail);
    connect(m_confirmed, &QPushButton::clicked, this, [this] {
        // Recorded, not sent: the mail itself goes from the user's mail program.
        const int row = currentRow();
        if (row < 0)
            return;
        // By id: the list may be read again while the question is open.
        const qint64 id = m_model->at(row).application.id;
        const auto day = askDate(this, tr("Record the Confirmation Sent"), tr("Sent &on:"),
                                 m_model->at(row).application.confirmationSentOn.value_or(QDate()));
        if (!day)
            return;
        if (const QString error = markConfirmationSent(m_model->rowOf(id), *day); !error.isEmpty())
            showError(error);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    // Any change to applications, reviews or programs, here or in another window.
    connect(&m_db.changes(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &changes) {
                if (changes.touches({u"program", u"program_meeting"}))
                    m_programs->reload(dates());
                if (changes.touches(
                        {u"application", u"reviewer", u"program", u"contact", u"application_file"}))
                    reload();
            });
    connect(m_importMail, &QPushButton::clicked, this, &ApplicationsPage::chooseApplicationMails);
    connect(m_mailFiles, &StoredFilesPanel::errorShown, this, &ApplicationsPage::errorShown);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int row = currentRow();
        m_mailFiles->setOwner(row >= 0 ? m_model->at(row).application.id : 0);
    });

    // What writes. Requests… stays: its list is read there (its dialog guards its own form);
    // the confirmation mail is written in the user's mail program, not here.
    m_writes.guard({m_new, m_import, m_importMail, m_edit, m_confirmed});

    retranslate();
    m_programs->reload(dates());
    reload();
}

bool ApplicationsPage::isStale() const
{
    // Scores and decisions may have changed on another page or in another window.
    return true;
}

void ApplicationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ApplicationsPage::retranslate()
{
    m_programLabel->setText(tr("&Program:"));
    m_showLabel->setText(tr("&Show:"));
    const QSignalBlocker blocker(m_show);
    const int shown = m_show->currentIndex();
    m_show->clear();
    m_show->addItem(tr("All applications"), int(Show::All));
    m_show->addItem(tr("Confirmation due or overdue"), int(Show::ConfirmationDue));
    m_show->addItem(tr("Ineligible or incomplete"), int(Show::NotEligible));
    m_show->addItem(tr("Still being reviewed"), int(Show::ReviewOpen));
    m_show->addItem(tr("Not yet decided"), int(Show::Undecided));
    m_show->setCurrentIndex(std::max(shown, 0));
    m_import->setText(tr("Import from CSV…"));
    m_new->setText(tr("New Application…"));
    m_edit->setText(tr("Edit…"));
    m_requests->setText(tr("Requests…"));
    m_requests->setToolTip(tr("Additional documents, explanations and hearings asked of the "
                              "applicant, and their answers."));
    m_import->setToolTip(tr("Applications from a CSV file in UTF-8 or Shift_JIS (CP932); all "
                            "or nothing."));
    m_mail->setText(tr("Write Receipt Confirmation…"));
    m_copyMail->setText(tr("Copy Confirmation Text"));
    m_confirmed->setText(tr("Record Confirmation Sent…"));
    m_importMail->setText(tr("Import from Mail…"));
    m_importMail->setToolTip(tr("Applications from saved mails (.eml): received time, sender, "
                                "size and attached files; .eml files can also be dropped on "
                                "this page."));
    m_model->retranslate();
    m_programs->reload(dates());
    updateDetails();
}

void ApplicationsPage::setShown(Show show)
{
    {
        const QSignalBlocker blocker(m_show);
        m_show->setCurrentIndex(m_show->findData(int(show)));
    }
    std::function<bool(int)> accepts;
    const auto row = [this](int sourceRow) -> const core::ApplicationListRow & {
        return m_model->at(sourceRow);
    };
    switch (show) {
    case Show::All:
        break;
    case Show::ConfirmationDue:
        accepts = [row](int r) {
            return row(r).confirmation == core::ConfirmationState::DueToday ||
                   row(r).confirmation == core::ConfirmationState::Overdue;
        };
        break;
    case Show::NotEligible:
        accepts = [row](int r) {
            return row(r).eligibility.status != core::EligibilityStatus::Eligible;
        };
        break;
    case Show::ReviewOpen:
        accepts = [row](int r) {
            return row(r).progress.expected == 0 ||
                   row(r).progress.scored < row(r).progress.expected;
        };
        break;
    case Show::Undecided:
        accepts = [row](int r) {
            return row(r).application.decision == core::Decision::None;
        };
        break;
    }
    m_sorted->setRowFilter(std::move(accepts));
    updateDetails();
    updateButtons();
}

void ApplicationsPage::dateStyleChanged()
{
    m_model->setDateStyle(dates().style());
    m_mailFiles->setDateStyle(dates().style());
    m_programs->reload(dates());
    updateDetails();
}

void ApplicationsPage::reload()
{
    const int row = currentRow();
    const qint64 selected = row >= 0 ? m_model->at(row).application.id : 0;
    m_model->setProgram(m_programs->programId());
    m_table->resizeColumnsToContents();
    if (const int again = m_model->rowOf(selected); again >= 0)
        m_table->setCurrentIndex(m_sorted->mapFromSource(m_model->index(again, 0)));
    int ineligible = 0;
    int overdue = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const core::ApplicationListRow &r = m_model->at(i);
        ineligible += r.eligibility.status == core::EligibilityStatus::Ineligible ? 1 : 0;
        overdue += r.confirmation == core::ConfirmationState::Overdue ||
                           r.confirmation == core::ConfirmationState::DueToday
                       ? 1
                       : 0;
    }
    m_summary->setText(m_model->lastError().isEmpty()
                           ? tr("%Ln application(s); %2 ineligible; %3 confirmation(s) due or "
                                "overdue",
                                nullptr, m_model->rowCount())
                                 .arg(ineligible)
                                 .arg(overdue)
                           : m_model->lastError());
    updateDetails();
    updateButtons();
    m_mailFiles->setOwner(currentRow() >= 0 ? m_model->at(currentRow()).application.id : 0);
}

QString ApplicationsPage::leadCodeInView() const
{
    const int row = currentRow();
    return row < 0 ? QString() : m_model->at(row).application.leadCode();
}

int ApplicationsPage::currentRow() const
{
    const QModelIndex index = m_sorted->mapToSource(m_table->currentIndex());
    return index.isValid() ? index.row() : -1;
}

void ApplicationsPage::updateButtons()
{
    const bool chosen = currentRow() >= 0;
    m_mail->setEnabled(chosen);
    m_writes.setAvailable(m_edit, chosen);
    m_requests->setEnabled(chosen);
    m_copyMail->setEnabled(chosen);
    // Also once recorded: a wrong day can be corrected.
    m_writes.setAvailable(m_confirmed, chosen);
}

void ApplicationsPage::updateDetails()
{
    const int row = currentRow();
    if (row < 0) {
        m_details->setHtml(
            u"<p>"_s + tr("Select an application to see its details.").toHtmlEscaped() + u"</p>"_s);
        return;
    }
    const core::ApplicationListRow &r = m_model->at(row);
    const core::Application &a = r.application;
    const auto esc = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QString html = u"<h3>"_s + esc(r.leadName) + u"</h3>"_s;
    if (!r.memberNames.isEmpty())
        html +=
            u"<p>"_s + esc(tr("Joint applicants: %1").arg(r.memberNames.join(u"、"_s))) + u"</p>"_s;
    html += u"<p>"_s +
            esc(tr("Received %1 from %2 (%3), attachments %4.")
                    .arg(dates().dateWithWeekday(r.receivedOn) + u' ' +
                             a.receivedAt.toTimeZone(core::JapanTime::zone())
                                 .time()
                                 .toString(u"HH:mm"_s),
                         a.senderEmail, core::ApplicationTiming::windowPositionName(r.window),
                         QLocale().formattedDataSize(a.attachmentBytes, 1,
                                                     QLocale::DataSizeSIFormat))) +
            u"</p>"_s;
    if (core::ApplicationTiming::exceedsMailLimit(a.attachmentBytes)) {
        html += u"<p style='color:#8a1010'>"_s +
                esc(tr("Over 10 MB: MIC cannot receive such mail; the applicant must consult MIC "
                       "first.")) +
                u"</p>"_s;
    }
    html += u"<p><b>"_s + esc(core::Eligibility::statusName(r.eligibility.status)) + u"</b>"_s;
    for (const QString &reason : r.eligibility.failingReasons)
        html += u"<br>✗ "_s + esc(reason);
    for (const QString &missing : r.eligibility.missingAnswers)
        html += u"<br>？ "_s + esc(tr("Not answered: %1").arg(missing));
    html += u"</p>"_s;
    for (const core::ApplicationContact &c : a.contacts) {
        html += u"<p>"_s +
                esc(tr("Contact: %1")
                        .arg(QStringList{c.name, c.department, c.title, c.phone, c.email}
                                 .join(u"  "_s)
                                 .trimmed())) +
                u"</p>"_s;
    }
    for (const core::ApplicationPartner &p : a.partners) {
        html += u"<p>"_s +
                esc(tr("Partner: %1 (%2) — %3").arg(p.name, core::shownName(p.kind), p.role)) +
                u"</p>"_s;
    }
    const core::LocalGovernmentRepository localGovernments(m_db.connection());
    for (const core::ApplicationFramework &f : a.frameworks) {
        QStringList members;
        for (const QString &code : f.memberCodes) {
            const auto lg = localGovernments.findByCode(code);
            members << (lg ? lg->name : code);
        }
        html += u"<p>"_s + esc(tr("Framework: %1 %2 (%3)")
                                   .arg(core::shownName(f.kind), f.name, core::shownName(f.state)));
        if (!members.isEmpty())
            html += u"<br>"_s + esc(tr("Members: %1").arg(members.join(u"、"_s)));
        html += u"</p>"_s;
    }
    html += u"<p>"_s +
            esc(tr("Review: %1 of %2 scored").arg(r.progress.scored).arg(r.progress.expected));
    if (const auto owing = core::ReviewRepository(m_db).stillToScore(a.id);
        owing && !owing->isEmpty()) {
        QStringList names;
        for (const core::Reviewer &reviewer : *owing)
            names << reviewer.name;
        html += u"<br>"_s + esc(tr("Still to score: %1").arg(names.join(u"、"_s)));
    }
    html += u"<br>"_s + esc(tr("Decision: %1").arg(core::shownName(a.decision))) + u"</p>"_s;
    if (!a.note.isEmpty())
        html += u"<p>"_s + esc(a.note).replace(u'\n', u"<br>"_s) + u"</p>"_s;
    m_details->setHtml(html);
}

void ApplicationsPage::showApplication(qint64 programId, qint64 applicationId)
{
    m_programs->select(programId);
    setShown(Show::All);
    reload();
    if (const int row = m_model->rowOf(applicationId); row >= 0)
        m_table->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)));
}

QString ApplicationsPage::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    const qint64 programId = m_programs->programId();
    const auto applications = core::ApplicationImporter(m_db).read(file.readAll(), programId);
    if (!applications)
        return applications.message();
    const int count = int(applications->size());
    const QString error =
        m_commands.push(new undo::ImportApplicationsCommand(m_db, applications.value()));
    if (error.isEmpty())
        emit statusMessage(tr("%n application(s) imported.", nullptr, count));
    return error;
}

QString ApplicationsPage::markConfirmationSent(int row, QDate date)
{
    if (row < 0 || row >= m_model->rowCount())
        return tr("Select an application first.");
    return m_commands.push(new undo::RecordConfirmationCommand(m_db, m_model->at(row).application,
                                                               date, m_model->at(row).leadName));
}

QString ApplicationsPage::confirmationMailText(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const auto program = core::ProgramRepository(m_db).program(m_model->programId());
    if (!program)
        return {};
    const core::ApplicationListRow &r = m_model->at(row);
    return core::ConfirmationMail::compose(r.application, *program, r.leadName, dates()).asText();
}

QString ApplicationsPage::addApplication(const core::Application &application)
{
    return m_commands.push(new undo::AddApplicationCommand(m_db, application));
}

QString ApplicationsPage::editApplication(const core::Application &changed)
{
    const auto before = core::ApplicationRepository(m_db).application(changed.id);
    if (!before)
        return before.message();
    return m_commands.push(new undo::EditApplicationCommand(m_db, before.value(), changed));
}

void ApplicationsPage::openApplicationDialog(bool createNew)
{
    core::Application application;
    if (createNew) {
        application.programId = m_programs->programId();
        application.receivedAt = QDateTime::currentDateTimeUtc();
    } else {
        const int row = currentRow();
        if (row < 0)
            return;
        // As stored now, whatever the list last showed: the edit starts from this version.
        auto stored =
            core::ApplicationRepository(m_db).application(m_model->at(row).application.id);
        if (!stored) {
            showError(stored.message());
            return;
        }
        application = std::move(stored.value());
    }
    ApplicationDialog dialog(m_db, application, this);
    const qint64 id = application.id;
    const EditSteps<core::Application> steps{
        [&dialog] { return dialog.entered(); },
        [this, createNew](const core::Application &entered) {
            return createNew ? addApplication(entered) : editApplication(entered);
        },
        [this, id] { return core::ApplicationRepository(m_db).application(id); },
        [&dialog](const core::Application &shown) {
            dialog.reload(shown, ConflictPrompt::reloadedNote());
        },
        [](const core::Application &opened, const core::Application &mine,
           core::Application theirs) {
            return core::reapplyEdit(opened, mine, theirs);
        }};
    editUntilSaved(dialog, m_commands, application, steps);
}

void ApplicationsPage::chooseImportFile()
{
    const QString path = FileChooser::openFileName(this, tr("Import Applications"), {},
                                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = importFile(path); !error.isEmpty())
        showError(error);
}

void ApplicationsPage::openConfirmationMail()
{
    const int row = currentRow();
    const auto program = core::ProgramRepository(m_db).program(m_model->programId());
    if (row < 0 || !program)
        return;
    const core::ApplicationListRow &r = m_model->at(row);
    const core::MailDraft mail =
        core::ConfirmationMail::compose(r.application, *program, r.leadName, dates());
    if (!QDesktopServices::openUrl(mail.mailtoUrl())) {
        QApplication::clipboard()->setText(mail.asText());
        showError(tr("No mail program could be opened; the text was copied to the clipboard "
                     "instead."));
    }
}

void ApplicationsPage::copyConfirmationMail()
{
    if (const QString text = confirmationMailText(currentRow()); !text.isEmpty()) {
        QApplication::clipboard()->setText(text);
        emit statusMessage(tr("The confirmation text is on the clipboard."));
    }
}

void ApplicationsPage::chooseApplicationMails()
{
    const QStringList paths = FileChooser::openFileNames(this, tr("Import Application Mail"), {},
                                                         tr("Saved mails (*.eml);;All files (*)"));
    if (!paths.isEmpty())
        importApplicationMails(paths);
}

void ApplicationsPage::importApplicationMails(const QStringList &paths)
{
    const qint64 programId = m_programs->programId();
    if (programId == 0) {
        showError(tr("Create a program first: applications belong to a program."));
        return;
    }
    const auto items = core::ApplicationMailImporter(m_db, programId).read(paths);
    ApplicationMailDialog dialog(m_db, items, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString error = takeInApplicationMails(dialog.items()); !error.isEmpty())
        showError(error);
}

QString ApplicationsPage::takeInApplicationMails(const QList<core::ApplicationMailItem> &items)
{
    const auto applications =
        core::ApplicationMailImporter(m_db, m_programs->programId()).applications(items);
    if (!applications)
        return applications.message();
    if (applications->isEmpty())
        return tr("No application mail to take in.");
    const int count = int(applications->size());
    if (const QString error =
            m_commands.push(new undo::TakeInApplicationMailsCommand(m_db, applications.value()));
        !error.isEmpty())
        return error;
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Applications"),
                        tr("%n application(s) taken in.", nullptr, count), QMessageBox::Ok, this);
    box->setObjectName(u"applicationMailsTakenIn"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return {};
}

void ApplicationsPage::dragEnterEvent(QDragEnterEvent *event)
{
    // Nothing to take in while the file cannot be written: the drop is not offered.
    if (!m_writes.writable())
        return;
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) {
            return url.isLocalFile() && url.toLocalFile().endsWith(u".eml"_s, Qt::CaseInsensitive);
        }))
        event->acceptProposedAction();
}

void ApplicationsPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".eml"_s, Qt::CaseInsensitive))
            paths << url.toLocalFile();
    }
    if (paths.isEmpty() || !m_writes.mayWrite())
        return;
    event->acceptProposedAction();
    // The dialog opens after the drop has ended, so that the sending program is not held.
    QTimer::singleShot(0, this, [this, paths] { importApplicationMails(paths); });
}

QString ApplicationsPage::errorTitle() const
{
    return tr("Applications");
}

} // namespace iotdesk::ui
