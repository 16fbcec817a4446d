#include "ui/reports/reportspage.h"

#include "core/documents/tablefilewriter.h"
#include "core/foundation/japantime.h"
#include "core/foundation/modelroles.h"
#include "core/programs/programrepository.h"
#include "core/reports/reportgridmodel.h"
#include "core/reports/reportreminder.h"
#include "core/reports/reportrepository.h"
#include "core/storage/changenotifier.h"
#include "core/storage/database.h"
#include "core/undo/receivereportcommand.h"
#include "ui/print/progresssummary.h"
#include "ui/reports/reportdialog.h"
#include "ui/widgets/editsession.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/printpreview.h"
#include "ui/widgets/programselector.h"
#include "ui/widgets/statecolordelegate.h"
#include "ui/widgets/storedfilespanel.h"
#include "ui/widgets/writeaccess.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

enum Tab
{
    ScheduleTab,
    OverdueTab,
};

// 平成30年8月 / 2018年8月 in the user's style; Aug 2018 in English.
QString monthLabel(const core::DateFormatter &dates, QDate month)
{
    return QLocale().language() == QLocale::Japanese
               ? dates.month(month)
               : QLocale(QLocale::English).toString(month, u"MMM yyyy"_s);
}

QString paragraph(const QString &title, const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    return u"<h4>"_s + title.toHtmlEscaped() + u"</h4><p>"_s +
           text.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
}

} // namespace

ReportsPage::ReportsPage(const core::Database &db, QUndoStack *undoStack, WriteAccess &writes,
                         QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_writes(writes)
    , m_commands(undoStack, &writes, [this](const QString &message) { showError(message); })
    , m_grid(new core::ReportGridModel(this))
    , m_programLabel(new QLabel(this))
    , m_programs(new ProgramSelector(db, this))
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_gridView(new QTableView(this))
    , m_legend(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_open(new QPushButton(this))
    , m_summaryButton(new QPushButton(this))
    , m_overdue(new QTableWidget(0, 4, this))
    , m_mail(new QPushButton(this))
    , m_copy(new QPushButton(this))
{
    setObjectName(u"reportsPage"_s);
    // A long count wraps rather than widening the window.
    m_summary->setWordWrap(true);
    m_programLabel->setBuddy(m_programs);
    auto *top = new QHBoxLayout;
    top->addWidget(m_programLabel);
    top->addWidget(m_programs);
    top->addWidget(m_summary, 1);
    top->addWidget(m_export);

    m_grid->setObjectName(u"reportGridModel"_s);
    m_gridView->setObjectName(u"reportGrid"_s);
    m_gridView->setModel(m_grid);
    m_gridView->setItemDelegate(new StateColorDelegate(m_gridView));
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->verticalHeader()->hide();
    m_gridView->verticalHeader()->setDefaultSectionSize(m_gridView->fontMetrics().height() + 10);
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_legend->setWordWrap(true);
    m_details->setOpenLinks(false);
    auto *schedule = new QWidget(this);
    auto *below = new QWidget(this);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_legend, 1);
    openRow->addWidget(m_summaryButton);
    openRow->addWidget(m_open);
    auto *summaryMenu = new QMenu(m_summaryButton);
    summaryMenu->addAction(QString(), this,
                           [this] { PrintPreview::show(municipalitySummary(), this); });
    summaryMenu->addAction(QString(), this, [this] {
        const PrintedDocument document = municipalitySummary();
        const QString path =
            FileChooser::saveFileName(this, tr("Save the Progress Summary"),
                                      document.title() + u".pdf"_s, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto written = document.writePdf(path); !written)
            showError(written.message());
    });
    m_summaryButton->setMenu(summaryMenu);
    belowLayout->addLayout(openRow);
    m_attachments =
        new StoredFilesPanel(db, m_commands, core::FileStore::Kind::ReportAttachments, this);
    m_attachments->setObjectName(u"reportAttachments"_s);
    connect(m_attachments, &StoredFilesPanel::errorShown, this,
            [this](const QString &message) { showError(message); });
    auto *content = new QSplitter(Qt::Horizontal, below);
    m_details->setObjectName(u"reportDetails"_s);
    content->addWidget(m_details);
    content->addWidget(m_attachments);
    content->setSizes({700, 360});
    belowLayout->addWidget(content, 1);
    auto *splitter = new QSplitter(Qt::Vertical, schedule);
    splitter->addWidget(m_gridView);
    splitter->addWidget(below);
    splitter->setSizes({360, 260});
    auto *scheduleLayout = new QVBoxLayout(schedule);
    scheduleLayout->addWidget(splitter);

    m_overdue->setObjectName(u"overdueReports"_s);
    m_overdue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overdue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overdue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overdue->verticalHeader()->hide();
    m_overdue->horizontalHeader()->setStretchLastSection(true);
    auto *overdue = new QWidget(this);
    auto *mailRow = new QHBoxLayout;
    mailRow->addStretch();
    mailRow->addWidget(m_copy);
    mailRow->addWidget(m_mail);
    auto *overdueLayout = new QVBoxLayout(overdue);
    overdueLayout->addWidget(m_overdue, 1);
    overdueLayout->addLayout(mailRow);

    m_tabs->addTab(schedule, {});
    m_tabs->addTab(overdue, {});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_programs, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            reload();
    });
    connect(m_gridView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReportsPage::updateDetails);
    // The report's content shows below the grid while the file cannot be written.
    connect(m_gridView, &QTableView::activated, this, [this] {
        if (m_writes.mayWrite())
            openCurrentReport();
    });
    connect(m_open, &QPushButton::clicked, this, &ReportsPage::openCurrentReport);
    connect(m_mail, &QPushButton::clicked, this, [this] { sendReminder(false); });
    connect(m_copy, &QPushButton::clicked, this, [this] { sendReminder(true); });
    connect(m_overdue, &QTableWidget::cellDoubleClicked, this, [this] { sendReminder(false); });
    auto *exportMenu = new QMenu(m_export);
    for (const bool overdueList : {false, true}) {
        QAction *action = exportMenu->addAction(QString());
        connect(action, &QAction::triggered, this, [this, overdueList] {
            const QString path = FileChooser::saveFileName(
                this, tr("Export"), overdueList ? u"月次報告_未提出.xlsx"_s : u"月次報告.xlsx"_s,
                tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
            if (path.isEmpty())
                return;
            if (const QString error = exportTable(path, overdueList); !error.isEmpty())
                showError(error);
        });
    }
    m_export->setMenu(exportMenu);
    // Read when shown; a change made elsewhere marks a hidden page for reading when shown.
    connect(&m_db.changes(), &core::ChangeNotifier::changed, this, &ReportsPage::refresh);
    // What writes: recording a report (the attachments panel guards its own buttons). The
    // reminders are written in the user's mail program or on the clipboard, not here.
    m_writes.guard(m_open);
    retranslate();
    markStale();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::dateStyleChanged()
{
    m_grid->setDateStyle(dates().style());
    m_attachments->setDateStyle(dates().style());
    refresh();
}

qint64 ReportsPage::programId() const
{
    return m_programs->programId();
}

void ReportsPage::reload()
{
    if (m_reloading)
        return;
    markFresh();
    m_reloading = true;
    const qint64 keep = m_gridView->currentIndex().data(core::KeyRole).toLongLong();
    const int keepColumn = m_gridView->currentIndex().column();
    if (const QString error = m_programs->reload(dates()); !error.isEmpty())
        emit errorShown(error);
    const QString error = m_grid->load(m_db, programId(), core::JapanTime::today());
    QModelIndex current = keepColumn > 0 ? m_grid->indexOf(keep) : QModelIndex();
    if (!current.isValid() && m_grid->rowCount() > 0) {
        // The first month with a report, not an empty April before the selection.
        current = m_grid->index(0, core::ReportGridModel::FirstMonth);
        for (int column = current.column(); column < m_grid->columnCount(); ++column) {
            if (m_grid->index(0, column).data(core::KeyRole).isValid()) {
                current = m_grid->index(0, column);
                break;
            }
        }
    }
    m_gridView->setCurrentIndex(current);
    // The months that have reports share the width; a month before the first report (or
    // after the schedule) is only as wide as its name.
    QHeaderView *header = m_gridView->horizontalHeader();
    header->setSectionResizeMode(core::ReportGridModel::Municipality,
                                 QHeaderView::ResizeToContents);
    for (int column = core::ReportGridModel::FirstMonth; column < m_grid->columnCount(); ++column) {
        bool scheduled = false;
        for (int row = 0; row < m_grid->rowCount() && !scheduled; ++row)
            scheduled = m_grid->index(row, column).data(core::KeyRole).isValid();
        header->setSectionResizeMode(column, scheduled || m_grid->rowCount() == 0
                                                 ? QHeaderView::Stretch
                                                 : QHeaderView::ResizeToContents);
    }
    int counts[5] = {};
    for (const core::MonthlyReport &r : m_grid->reports())
        ++counts[int(r.status(core::JapanTime::today()))];
    m_summary->setText(tr("%n municipality(ies) reporting; %1 received, %2 overdue, %3 due.",
                          nullptr, m_grid->rowCount())
                           .arg(counts[int(core::ReportStatus::Received)] +
                                counts[int(core::ReportStatus::Reviewed)])
                           .arg(counts[int(core::ReportStatus::Overdue)])
                           .arg(counts[int(core::ReportStatus::Due)]));
    if (m_grid->rowCount() == 0 && error.isEmpty()) {
        // An empty schedule says why and what to do.
        m_summary->setText(
            tr("No monthly report is scheduled in this program. A municipality reports from the "
               "month after the day it was selected until March: record the decisions, with the "
               "day they were taken, on the Selection page (Decide… or Select the Proposal…)."));
    }
    fillOverdue();
    m_reloading = false;
    updateDetails();
    if (!error.isEmpty())
        showError(error);
}

QString ReportsPage::governmentInView() const
{
    const QModelIndex current = m_gridView->currentIndex();
    if (!current.isValid())
        return {};
    const qint64 application = m_grid->index(current.row(), 0).data(core::KeyRole).toLongLong();
    for (const core::MonthlyReport &r : m_grid->reports()) {
        if (r.applicationId == application)
            return r.code6;
    }
    return {};
}

PrintedDocument ReportsPage::municipalitySummary() const
{
    // The municipality of the row under the cursor (the first one when there is none).
    const int row = std::max(0, m_gridView->currentIndex().row());
    const qint64 application = m_grid->index(row, 0).data(core::KeyRole).toLongLong();
    QString code6;
    for (const core::MonthlyReport &r : m_grid->reports()) {
        if (r.applicationId == application)
            code6 = r.code6;
    }
    if (code6.isEmpty()) {
        return PrintedDocument(tr("Progress summary"),
                               u"<p>"_s + tr("No municipality is selected yet.").toHtmlEscaped() +
                                   u"</p>"_s);
    }
    const auto loaded =
        core::ProgressSummaryData::load(m_db, programId(), core::JapanTime::today(), code6);
    if (!loaded) {
        return PrintedDocument(tr("Progress summary"),
                               u"<p>"_s + loaded.message().toHtmlEscaped() + u"</p>"_s);
    }
    return ProgressSummary(*loaded, dates(), QLocale().language() == QLocale::Japanese).document();
}

void ReportsPage::showMonth(qint64 programId, QDate month)
{
    m_programs->select(programId);
    reload();
    m_tabs->setCurrentIndex(ScheduleTab);
    for (int column = core::ReportGridModel::FirstMonth; column < m_grid->columnCount(); ++column) {
        if (m_grid->monthOf(column) == month && m_grid->rowCount() > 0)
            m_gridView->setCurrentIndex(m_grid->index(0, column));
    }
}

void ReportsPage::updateDetails()
{
    const core::MonthlyReport *r = m_grid->reportAt(m_gridView->currentIndex());
    m_writes.setAvailable(m_open, r != nullptr);
    m_attachments->setOwner(r ? r->id : 0);
    if (!r) {
        m_details->setHtml(u"<p>"_s + tr("Choose a month of a municipality.").toHtmlEscaped() +
                           u"</p>"_s);
        return;
    }
    const core::ReportStatus status = r->status(core::JapanTime::today());
    QString html = u"<h3>"_s + r->name.toHtmlEscaped() + u" — "_s +
                   monthLabel(dates(), r->month).toHtmlEscaped() + u"</h3><p>"_s +
                   core::ReportRepository::statusName(status).toHtmlEscaped() + u" · "_s +
                   tr("due %1").arg(dates().dateWithWeekday(r->dueOn)).toHtmlEscaped();
    if (r->receivedOn) {
        html += u" · "_s + tr("received %1 (%2)")
                               .arg(dates().date(*r->receivedOn), core::shownName(r->channel))
                               .toHtmlEscaped();
    }
    if (m_grid->isSilent(r->applicationId, r->month)) {
        html += u"<br><b>"_s +
                tr("⚑ Neither a report nor any consultation this month.").toHtmlEscaped() +
                u"</b>"_s;
    }
    html += u"</p>"_s;
    html += paragraph(tr("Activities this month"), r->activities);
    html += paragraph(tr("Progress against the plan's milestones"), r->progress);
    html += paragraph(tr("Issues and risks"), r->issues);
    html += paragraph(tr("Plans for next month"), r->nextPlans);
    html += paragraph(tr("Support requested"), r->supportRequested);
    html += paragraph(tr("Reviewer's comment"), r->reviewerComment);
    // The plan's milestones as this report gives them.
    if (const auto full = core::ReportRepository(m_db).report(r->id); full) {
        QString items;
        for (const core::MilestoneProgress &m : full->milestones) {
            if (!m.state)
                continue;
            const bool delayed = *m.state == core::MilestoneState::Delayed;
            items += u"<li>"_s + (delayed ? u"<b>▲ "_s : QString()) + m.title.toHtmlEscaped() +
                     u" — "_s + core::shownName(*m.state).toHtmlEscaped() +
                     (delayed ? u"</b>"_s : QString()) +
                     (m.note.isEmpty() ? QString() : u": "_s + m.note.toHtmlEscaped()) + u"</li>"_s;
        }
        if (!items.isEmpty())
            html +=
                u"<h4>"_s + tr("Milestones").toHtmlEscaped() + u"</h4><ul>"_s + items + u"</ul>"_s;
    } else {
        html += u"<p>"_s + full.message().toHtmlEscaped() + u"</p>"_s;
    }
    m_details->setHtml(html);
}

void ReportsPage::openCurrentReport()
{
    const core::MonthlyReport *r = m_grid->reportAt(m_gridView->currentIndex());
    if (!r)
        return;
    // As stored now, whatever the grid last showed: the edit starts from this version.
    const auto stored = core::ReportRepository(m_db).report(r->id);
    if (!stored) {
        showError(stored.message());
        return;
    }
    ReportDialog dialog(m_db, *stored, dates(), core::JapanTime::today(), this);
    const qint64 id = stored->id;
    const EditSteps<core::MonthlyReport> steps{
        [&dialog] { return dialog.report(); },
        [this](const core::MonthlyReport &changed) { return saveReport(changed); },
        [this, id] { return core::ReportRepository(m_db).report(id); },
        [&dialog](const core::MonthlyReport &shown) {
            dialog.reload(shown, ConflictPrompt::reloadedNote());
        },
        [](const core::MonthlyReport &opened, const core::MonthlyReport &mine,
           core::MonthlyReport theirs) {
            return core::reapplyEdit(opened, mine, theirs);
        }};
    editUntilSaved(dialog, m_commands, *stored, steps);
}

QString ReportsPage::saveReport(const core::MonthlyReport &changed)
{
    const auto before = core::ReportRepository(m_db).report(changed.id);
    if (!before)
        return before.message();
    if (auto valid = core::ReportRepository(m_db).validate(changed); !valid)
        return valid.message();
    return m_commands.push(new undo::ReceiveReportCommand(m_db, *before, changed));
}

void ReportsPage::fillOverdue()
{
    // One row per municipality: its overdue months, the oldest due date first.
    QMap<QString, QList<const core::MonthlyReport *>> byMunicipality;
    for (const core::MonthlyReport &r : m_grid->reports()) {
        if (r.status(core::JapanTime::today()) == core::ReportStatus::Overdue)
            byMunicipality[r.code6].append(&r);
    }
    m_overdue->setRowCount(0);
    const core::ReportRepository repository(m_db);
    for (const auto &list : byMunicipality) {
        const int row = m_overdue->rowCount();
        m_overdue->insertRow(row);
        QStringList months;
        for (const core::MonthlyReport *r : list)
            months.append(monthLabel(dates(), r->month));
        auto *name = new QTableWidgetItem(list.front()->name);
        name->setData(Qt::UserRole, list.front()->applicationId);
        m_overdue->setItem(row, 0, name);
        m_overdue->setItem(row, 1, new QTableWidgetItem(months.join(u", "_s)));
        m_overdue->setItem(row, 2,
                           new QTableWidgetItem(dates().dateWithWeekday(list.front()->dueOn)));
        const auto address = repository.contactAddress(list.front()->applicationId);
        m_overdue->setItem(row, 3, new QTableWidgetItem(address ? *address : QString()));
    }
    m_overdue->resizeColumnsToContents();
    m_tabs->setTabText(OverdueTab, tr("Overdue (%1)").arg(m_overdue->rowCount()));
    const bool any = m_overdue->rowCount() > 0;
    m_mail->setEnabled(any);
    m_copy->setEnabled(any);
    if (any)
        m_overdue->setCurrentCell(0, 0);
}

core::MailDraft ReportsPage::reminderFor(qint64 applicationId) const
{
    QList<core::MonthlyReport> overdue;
    for (const core::MonthlyReport &r : m_grid->reports()) {
        if (r.applicationId == applicationId &&
            r.status(core::JapanTime::today()) == core::ReportStatus::Overdue)
            overdue.append(r);
    }
    const auto program = core::ProgramRepository(m_db).program(programId());
    const auto address = core::ReportRepository(m_db).contactAddress(applicationId);
    // The mail is Japanese: an ISO preference writes 2018年8月10日.
    const core::DateFormatter mailDates(dates().style() == core::DateStyle::Iso
                                            ? core::DateStyle::WesternJapanese
                                            : dates().style());
    return core::ReportReminder::compose(overdue, program ? *program : core::Program{},
                                         address ? *address : QString(), mailDates);
}

void ReportsPage::sendReminder(bool clipboard)
{
    const int row = m_overdue->currentRow();
    if (row < 0)
        return;
    const core::MailDraft mail =
        reminderFor(m_overdue->item(row, 0)->data(Qt::UserRole).toLongLong());
    if (clipboard || !QDesktopServices::openUrl(mail.mailtoUrl())) {
        QApplication::clipboard()->setText(mail.asText());
        emit errorShown(tr("The reminder is on the clipboard."));
    }
}

QString ReportsPage::exportTable(const QString &path, bool overdue) const
{
    const auto written =
        overdue ? core::TableFileWriter::writeModel(*m_overdue->model(), path, u"未提出"_s)
                : core::TableFileWriter::writeModel(*m_grid, path, u"月次報告"_s);
    return written ? QString() : written.message();
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ReportsPage::isStale() const
{
    // Statuses depend on the day: a page left open overnight is read again.
    return Page::isStale() || m_grid->today() != core::JapanTime::today();
}

void ReportsPage::retranslate()
{
    m_programLabel->setText(tr("&Program:"));
    m_export->setText(tr("&Export…"));
    const QList<QAction *> actions = m_export->menu()->actions();
    actions[0]->setText(tr("The &Schedule…"));
    actions[1]->setText(tr("The &Overdue List…"));
    m_tabs->setTabText(ScheduleTab, tr("Schedule"));
    m_tabs->setTabText(OverdueTab, tr("Overdue (%1)").arg(m_overdue->rowCount()));
    m_legend->setText(tr("✔ reviewed · ● received (green; yellow when late) · ! overdue (red) · "
                         "due dates in yellow once the month is over · ⚑ neither a report nor "
                         "a consultation that month · ▲ a milestone of the plan delayed. Enter or "
                         "double-click opens the report."));
    m_open->setText(tr("Open Repor&t…"));
    m_summaryButton->setText(tr("Municipality &Summary"));
    m_summaryButton->setToolTip(tr("The chosen municipality's progress summary on A4."));
    const QList<QAction *> summaryActions = m_summaryButton->menu()->actions();
    summaryActions[0]->setText(tr("Print &Preview…"));
    summaryActions[1]->setText(tr("&Save as PDF…"));
    m_overdue->setHorizontalHeaderLabels(
        {tr("Municipality"), tr("Months overdue"), tr("Oldest due date"), tr("Address")});
    m_mail->setText(tr("&Write Reminder…"));
    m_copy->setText(tr("&Copy Reminder"));
}

QString ReportsPage::errorTitle() const
{
    return tr("Reports");
}

} // namespace iotdesk::ui
