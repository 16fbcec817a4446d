#include "ui/consultations/consultationspage.h"

#include "core/consultations/consultationlistmodel.h"
#include "core/consultations/consultationrepository.h"
#include "core/documents/consultationexporter.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/contactrepository.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/storage/changenotifier.h"
#include "core/storage/database.h"
#include "core/undo/completefollowupcommand.h"
#include "core/undo/deleteconsultationcommand.h"
#include "core/undo/editconsultationcommand.h"
#include "core/undo/importconsultationmailscommand.h"
#include "core/undo/logconsultationcommand.h"
#include "ui/consultations/consultationdialog.h"
#include "ui/consultations/mailimportdialog.h"
#include "ui/municipalities/contactsdialog.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/dateprompt.h"
#include "ui/widgets/editsession.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/optionaldateedit.h"
#include "ui/widgets/statecolordelegate.h"
#include "ui/widgets/statecolors.h"
#include "ui/widgets/writeaccess.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

// Escaped text with every search word marked, matched on the raw text in one pass so that
// neither entities nor the inserted markup are matched.
QString highlighted(const QString &text, const QStringList &terms)
{
    QStringList alternatives;
    for (const QString &term : terms) {
        if (!term.isEmpty())
            alternatives << QRegularExpression::escape(term);
    }
    QString html;
    qsizetype done = 0;
    if (!alternatives.isEmpty()) {
        const QRegularExpression pattern(alternatives.join(u'|'),
                                         QRegularExpression::CaseInsensitiveOption);
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            html += text.mid(done, match.capturedStart() - done).toHtmlEscaped() +
                    u"<span style='background:#ffe066'>"_s + match.captured().toHtmlEscaped() +
                    u"</span>"_s;
            done = match.capturedEnd();
        }
    }
    html += text.mid(done).toHtmlEscaped();
    return html.replace(u'\n', u"<br>"_s);
}

QDateEdit *optionalDate(QWidget *parent, const QString &none)
{
    return new OptionalDateEdit(none, parent);
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

ConsultationsPage::ConsultationsPage(const core::Database &db, QUndoStack *undoStack,
                                     WriteAccess &writes, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_writes(writes)
    , m_commands(undoStack, &writes, [this](const QString &message) { showError(message); })
    , m_model(new core::ConsultationListModel(db, this))
    , m_searchDelay(new QTimer(this))
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_government(new QLineEdit(this))
    , m_consultant(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_topic(new QComboBox(this))
    , m_from(optionalDate(this, u"—"_s))
    , m_to(optionalDate(this, u"—"_s))
    , m_openOnly(new QCheckBox(this))
    , m_clear(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_log(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_timeline(new QPushButton(this))
    , m_people(new QPushButton(this))
    , m_importMail(new QPushButton(this))
    , m_exportCsv(new QPushButton(this))
    , m_exportXlsx(new QPushButton(this))
    , m_owner(new QComboBox(this))
    , m_followUps(new QTableWidget(this))
    , m_done(new QPushButton(this))
    , m_doneNext(new QPushButton(this))
    , m_byGovernment(new QRadioButton(this))
    , m_byConsultant(new QRadioButton(this))
    , m_hoursFrom(new DateField(this))
    , m_hoursTo(new DateField(this))
    , m_hours(new QTableWidget(this))
{
    setObjectName(u"consultationsPage"_s);
    setAcceptDrops(true);
    createWidgets();
    createLayout();
    createConnections();
    createShortcuts();
    // What writes. People… stays: the people are read there (its dialog guards its own form);
    // the timeline and the exports read.
    for (QObject *writer : {static_cast<QObject *>(m_log), static_cast<QObject *>(m_edit),
                            static_cast<QObject *>(m_delete), static_cast<QObject *>(m_importMail),
                            static_cast<QObject *>(m_done), static_cast<QObject *>(m_doneNext)})
        m_writes.guard(writer, WriteAccess::Needs::Consultations);

    retranslate();
    updateStatus();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateDetails();
}

void ConsultationsPage::createWidgets()
{
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(core::kMaxSearchLength);
    m_search->setObjectName(u"consultationSearch"_s);
    m_government->setClearButtonEnabled(true);
    m_government->setObjectName(u"governmentFilter"_s);
    m_from->setObjectName(u"consultationFrom"_s);
    m_to->setObjectName(u"consultationTo"_s);
    m_hoursFrom->setObjectName(u"hoursFrom"_s);
    m_hoursTo->setObjectName(u"hoursTo"_s);
    m_table->setObjectName(u"consultationTable"_s);
    m_model->setObjectName(u"consultationList"_s);
    m_tabs->setObjectName(u"consultationTabs"_s);
    m_followUps->setObjectName(u"followUpTable"_s);
    m_hours->setObjectName(u"hoursTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new StateColorDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // A million rows: fixed row heights, and no measuring of every row for column widths.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The summary goes last and takes the rest of the width.
    m_table->horizontalHeader()->moveSection(core::ConsultationListModel::Summary,
                                             core::ConsultationListModel::ColumnCount - 1);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(core::ConsultationListModel::When,
                                                  Qt::DescendingOrder);
    m_table->setWordWrap(false);
    m_details->setOpenLinks(false);
    m_details->setObjectName(u"consultationDetails"_s);
}

void ConsultationsPage::createLayout()
{
    // Filters: the text, the government and the dates, then the lists; each row within a
    // 1024-pixel screen in either language and date style.
    auto *filters = new QVBoxLayout;
    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_search, 3);
    firstRow->addWidget(m_government, 2);
    firstRow->addWidget(m_from);
    firstRow->addWidget(new QLabel(u"–"_s, this));
    firstRow->addWidget(m_to);
    firstRow->addWidget(m_clear);
    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(m_consultant);
    secondRow->addWidget(m_channel);
    secondRow->addWidget(m_topic);
    secondRow->addSpacing(12);
    secondRow->addWidget(m_openOnly);
    secondRow->addStretch(1);
    filters->addLayout(firstRow);
    filters->addLayout(secondRow);

    // In the order of Tab.
    m_tabs->addTab(createLogTab(), {});
    m_tabs->addTab(createFollowUpsTab(), {});
    m_tabs->addTab(createHoursTab(), {});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
}

QWidget *ConsultationsPage::createLogTab()
{
    auto *logTab = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Vertical, logTab);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *logButtons = new QHBoxLayout;
    for (QPushButton *button : {m_log, m_edit, m_delete, m_timeline, m_people})
        logButtons->addWidget(button);
    logButtons->addStretch(1);
    for (QPushButton *button : {m_importMail, m_exportCsv, m_exportXlsx})
        logButtons->addWidget(button);
    auto *logLayout = new QVBoxLayout(logTab);
    logLayout->addWidget(splitter, 1);
    logLayout->addLayout(logButtons);
    return logTab;
}

QWidget *ConsultationsPage::createFollowUpsTab()
{
    auto *followTab = new QWidget(this);
    m_followUps->setColumnCount(6);
    m_followUps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_followUps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_followUps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_followUps->verticalHeader()->hide();
    m_followUps->horizontalHeader()->setStretchLastSection(true);
    auto *followTop = new QHBoxLayout;
    followTop->addWidget(m_owner);
    followTop->addStretch(1);
    followTop->addWidget(m_done);
    followTop->addWidget(m_doneNext);
    auto *followLayout = new QVBoxLayout(followTab);
    followLayout->addLayout(followTop);
    followLayout->addWidget(m_followUps, 1);
    return followTab;
}

QWidget *ConsultationsPage::createHoursTab()
{
    auto *hoursTab = new QWidget(this);
    m_byGovernment->setChecked(true);
    for (QDateEdit *edit : {m_hoursFrom, m_hoursTo}) {
        edit->setDisplayFormat(u"yyyy-MM"_s);
        edit->setCalendarPopup(true);
    }
    const QDate today = core::JapanTime::today();
    m_hoursFrom->setDate(QDate(today.year(), today.month(), 1).addMonths(-11));
    m_hoursTo->setDate(today);
    m_hours->setColumnCount(4);
    m_hours->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hours->verticalHeader()->hide();
    m_hours->horizontalHeader()->setStretchLastSection(true);
    auto *hoursTop = new QHBoxLayout;
    hoursTop->addWidget(m_byGovernment);
    hoursTop->addWidget(m_byConsultant);
    hoursTop->addSpacing(16);
    hoursTop->addWidget(m_hoursFrom);
    hoursTop->addWidget(new QLabel(u"–"_s, this));
    hoursTop->addWidget(m_hoursTo);
    hoursTop->addStretch(1);
    auto *hoursLayout = new QVBoxLayout(hoursTab);
    hoursLayout->addLayout(hoursTop);
    hoursLayout->addWidget(m_hours, 1);
    return hoursTab;
}

void ConsultationsPage::createConnections()
{
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ConsultationsPage::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, &ConsultationsPage::applyFilters);
    connect(m_government, &QLineEdit::editingFinished, this, &ConsultationsPage::applyFilters);
    for (QComboBox *box : {m_consultant, m_channel, m_topic})
        connect(box, &QComboBox::activated, this, &ConsultationsPage::applyFilters);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, &ConsultationsPage::applyFilters);
    connect(m_openOnly, &QCheckBox::toggled, this, &ConsultationsPage::applyFilters);
    connect(m_clear, &QPushButton::clicked, this, [this] { setFilter({}); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConsultationsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The first (newest) consultation is shown until another is chosen.
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
        updateDetails();
    });
    // The entry below the list shows it all while the file cannot be written.
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_writes.mayWrite(WriteAccess::Needs::Consultations))
            editCurrent();
    });
    connect(m_log, &QPushButton::clicked, this, [this] { openLogDialog(governmentInView()); });
    m_edit->setObjectName(u"editConsultation"_s);
    connect(m_edit, &QPushButton::clicked, this, &ConsultationsPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ConsultationsPage::deleteCurrent);
    connect(m_timeline, &QPushButton::clicked, this, &ConsultationsPage::showTimeline);
    connect(m_people, &QPushButton::clicked, this, &ConsultationsPage::showPeople);
    connect(m_importMail, &QPushButton::clicked, this, &ConsultationsPage::importMailFiles);
    for (auto [button, excel] : {std::pair{m_exportCsv, false}, std::pair{m_exportXlsx, true}}) {
        connect(button, &QPushButton::clicked, this, [this, excel] {
            const QString path = FileChooser::saveFileName(
                this, tr("Export Consultations"), excel ? u"相談記録.xlsx"_s : u"相談記録.csv"_s,
                excel ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
            if (path.isEmpty())
                return;
            if (const QString error = exportList(path, excel); !error.isEmpty())
                showError(error);
        });
    }
    connect(m_owner, &QComboBox::activated, this, &ConsultationsPage::reloadFollowUps);
    connect(m_done, &QPushButton::clicked, this, &ConsultationsPage::completeCurrentFollowUp);
    connect(m_doneNext, &QPushButton::clicked, this,
            &ConsultationsPage::completeCurrentFollowUpAndPlanTheNext);
    for (QRadioButton *button : {m_byGovernment, m_byConsultant})
        connect(button, &QRadioButton::toggled, this, &ConsultationsPage::reloadHours);
    for (QDateEdit *edit : {m_hoursFrom, m_hoursTo})
        connect(edit, &QDateEdit::editingFinished, this, &ConsultationsPage::reloadHours);
    // The follow-ups and the hours are read when their tab is shown, not at start-up.
    connect(m_tabs, &QTabWidget::currentChanged, this, &ConsultationsPage::reloadCurrentTab);
    // Consultations logged here, by the command line or in another window.
    connect(&m_db.changes(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &changes) {
                if (changes.touches({u"contact"}))
                    fillConsultants();
                if (changes.touches({u"consultation", u"follow_up", u"contact"}))
                    reload();
            });
}

void ConsultationsPage::createShortcuts()
{
    // Ctrl+F: to the search box, as on the Municipalities page.
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        showTab(Tab::Log);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
}

void ConsultationsPage::deleteCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    if (QMessageBox::question(this, tr("Delete Consultation"),
                              tr("Delete the selected consultation? Edit ▸ Undo brings it "
                                 "back.")) != QMessageBox::Yes)
        return;
    if (const QString error = deleteConsultation(id); !error.isEmpty())
        showError(error);
}

void ConsultationsPage::completeCurrentFollowUp()
{
    if (const qint64 id = currentFollowUpId(); id != 0) {
        // Done on the day it was done, which is often not the day it is recorded.
        const auto day = askDate(this, tr("Follow-up Done"), tr("Done &on:"));
        if (!day)
            return;
        if (const QString error = completeFollowUp(id, *day); !error.isEmpty())
            showError(error);
    }
}

void ConsultationsPage::completeCurrentFollowUpAndPlanTheNext()
{
    const qint64 id = currentFollowUpId();
    if (id == 0)
        return;
    // Read before the question: the list may be read again while it is open.
    const int row = m_followUps->currentRow();
    const QString previousAction = m_followUps->item(row, 2)->text();
    const qint64 owner = m_followUps->item(row, 0)->data(Qt::UserRole + 1).toLongLong();
    QDialog ask(this);
    ask.setWindowTitle(tr("Next Follow-up"));
    auto *action = new QLineEdit(&ask);
    action->setText(previousAction);
    auto *due = new DateField(core::JapanTime::today().addDays(7), &ask);
    auto *doneOn = new DateField(core::JapanTime::today(), &ask);
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("Done &on:"), doneOn);
    form->addRow(tr("Action:"), action);
    form->addRow(tr("Due:"), due);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString error = completeFollowUp(
        id, doneOn->date(), core::FollowUp{0, 0, action->text(), due->date(), owner, {}});
    if (!error.isEmpty())
        showError(error);
}

void ConsultationsPage::showEvent(QShowEvent *event)
{
    fillConsultants();
    Page::showEvent(event);
}

namespace {

QStringList mailFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".eml"_s, Qt::CaseInsensitive))
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

void ConsultationsPage::dragEnterEvent(QDragEnterEvent *event)
{
    // Nothing to log while the file cannot be written: the drop is not offered.
    if (!m_writes.writable())
        return;
    if (!mailFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ConsultationsPage::dropEvent(QDropEvent *event)
{
    const QStringList paths = mailFiles(event->mimeData());
    if (paths.isEmpty() || !m_writes.mayWrite(WriteAccess::Needs::Consultations))
        return;
    event->acceptProposedAction();
    // After the drop has finished: the dialog is modal.
    QMetaObject::invokeMethod(
        this, [this, paths] { importMailPaths(paths); }, Qt::QueuedConnection);
}

void ConsultationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConsultationsPage::retranslate()
{
    m_tabs->setTabText(int(Tab::Log), tr("Log"));
    m_tabs->setTabText(int(Tab::FollowUps), tr("Follow-ups"));
    m_tabs->setTabText(int(Tab::Hours), tr("Hours"));
    m_search->setPlaceholderText(tr("Search summaries, advice and mails"));
    m_government->setPlaceholderText(tr("Local government"));
    m_government->setToolTip(tr("A code or a name; Enter applies it."));
    m_openOnly->setText(tr("Open follow-ups"));
    m_clear->setText(tr("Clear Filters"));
    m_from->setToolTip(tr("From (Japan date)"));
    m_to->setToolTip(tr("To (Japan date)"));
    const auto refill = [](QComboBox *box, const QList<QPair<QString, QVariant>> &items) {
        const QVariant current = box->currentData();
        box->clear();
        for (const auto &[text, value] : items)
            box->addItem(text, value);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QList<QPair<QString, QVariant>> channels = {{tr("All channels"), QString()}};
    for (const core::Channel channel : core::allValues<core::Channel>())
        channels.append({core::shownName(channel), core::storedName(channel)});
    refill(m_channel, channels);
    QList<QPair<QString, QVariant>> topics = {{tr("All topics"), -1}};
    for (int t = 0; t < core::kTopicCount; ++t)
        topics.append({core::ConsultationRepository::topicName(core::Topic(t)), t});
    refill(m_topic, topics);
    m_log->setText(tr("Log Consultation…"));
    m_log->setToolTip(tr("Ctrl+L, from any page"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_timeline->setText(tr("Timeline…"));
    m_timeline->setToolTip(tr("Every consultation with this local government, newest first, "
                              "for reading before calling back."));
    m_people->setText(tr("People…"));
    m_people->setToolTip(tr("The people of this local government, or the consultants: names, "
                            "readings, e-mail addresses (which let saved mails find them)."));
    m_importMail->setText(tr("Import Mail…"));
    m_importMail->setToolTip(tr("Saved mails (.eml), each logged as a consultation; or drop "
                                "them on this page."));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportXlsx->setText(tr("Export Excel…"));
    m_done->setText(tr("Done"));
    m_doneNext->setText(tr("Done && Schedule Next…"));
    m_followUps->setHorizontalHeaderLabels({tr("Due"), tr("Owner"), tr("Action"),
                                            tr("Local government"), tr("Consulted"),
                                            tr("Summary")});
    m_byGovernment->setText(tr("By local government"));
    m_byConsultant->setText(tr("By consultant"));
    m_hours->setHorizontalHeaderLabels({tr("Month"), tr("Name"), tr("Consultations"), tr("Hours")});
    fillConsultants();
    m_model->retranslate();
    applyColumnWidths();
    updateStatus();
    updateDetails();
    reloadCurrentTab();
}

void ConsultationsPage::applyColumnWidths()
{
    // Widths from the longest usual texts and the headings: measuring a million rows is not
    // an option.
    using Model = core::ConsultationListModel;
    const QFontMetrics metrics = m_table->fontMetrics();
    const QList<std::pair<int, QString>> widths = {
        {Model::When, dates().date(QDate(2028, 12, 28)) + u" 23:59"_s},
        {Model::Government, u"高知県高岡郡檮原町"_s},
        {Model::Counterpart, u"山田 太郎"_s},
        {Model::Consultant, u"山田 太郎"_s},
        {Model::Channel, core::shownName(core::Channel::Online) + u" ←"_s},
        {Model::Topics, core::ConsultationRepository::topicName(core::Topic::BudgetAndSubsidies)},
        {Model::Duration, tr("%1 min").arg(1440)},
        {Model::FollowUp, dates().date(QDate(2028, 12, 28))}};
    for (const auto &[column, text] : widths) {
        const QString heading = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column, std::max(metrics.horizontalAdvance(text) + 16,
                                                 metrics.horizontalAdvance(heading) + 28));
    }
}

void ConsultationsPage::fillConsultants()
{
    const QVariant current = m_consultant->currentData();
    const QVariant owner = m_owner->currentData();
    m_consultant->clear();
    m_owner->clear();
    m_consultant->addItem(tr("All consultants"), qint64(0));
    m_owner->addItem(tr("Every owner"), qint64(0));
    if (const auto consultants = core::ContactRepository(m_db).consultants()) {
        for (const core::Contact &c : *consultants) {
            m_consultant->addItem(c.name, c.id);
            m_owner->addItem(c.name, c.id);
        }
    }
    m_consultant->setCurrentIndex(std::max(0, m_consultant->findData(current)));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
}

void ConsultationsPage::dateStyleChanged()
{
    m_model->setDateStyle(dates().style());
    applyColumnWidths();
    updateDetails();
    reloadCurrentTab();
}

void ConsultationsPage::setFilter(const core::ConsultationFilter &filter)
{
    m_search->blockSignals(true);
    m_search->setText(filter.text);
    m_search->blockSignals(false);
    QString government;
    if (!filter.lgCode6.isEmpty()) {
        const auto lg =
            core::LocalGovernmentRepository(m_db.connection()).findByCode(filter.lgCode6);
        government = lg ? lg->fullName() + u' ' + lg->code6 : filter.lgCode6;
    }
    m_government->setText(government);
    m_consultant->setCurrentIndex(std::max(0, m_consultant->findData(filter.consultantId)));
    m_channel->setCurrentIndex(
        filter.channel ? std::max(0, m_channel->findData(core::storedName(*filter.channel))) : 0);
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(filter.topic)));
    m_from->setDate(filter.from.isValid() ? filter.from : m_from->minimumDate());
    m_to->setDate(filter.to.isValid() ? filter.to : m_to->minimumDate());
    m_openOnly->blockSignals(true);
    m_openOnly->setChecked(filter.openFollowUpsOnly);
    m_openOnly->blockSignals(false);
    applyFilters();
}

void ConsultationsPage::applyFilters()
{
    m_searchDelay->stop();
    core::ConsultationFilter filter;
    filter.text = m_search->text();
    if (!m_government->text().trimmed().isEmpty()) {
        QString problem;
        filter.lgCode6 = ConsultationDialog::governmentCode(m_db, m_government->text(), &problem);
        if (filter.lgCode6.isEmpty()) {
            m_status->setText(problem);
            return;
        }
    }
    filter.consultantId = m_consultant->currentData().toLongLong();
    filter.channel = core::fromStored<core::Channel>(m_channel->currentData().toString());
    filter.topic = m_topic->currentData().isValid() ? m_topic->currentData().toInt() : -1;
    filter.from = dateOf(m_from);
    filter.to = dateOf(m_to);
    filter.openFollowUpsOnly = m_openOnly->isChecked();
    m_model->setFilter(filter);
    updateStatus();
}

void ConsultationsPage::reload()
{
    const qint64 selected = currentId();
    m_model->reload();
    if (selected != 0) {
        // The selection survives an edit when its row is on the first page.
        for (int row = 0; row < std::min(m_model->rowCount(), 200); ++row) {
            if (m_model->at(row).id == selected) {
                m_table->setCurrentIndex(m_model->index(row, 0));
                break;
            }
        }
    }
    updateStatus();
    updateDetails();
    reloadCurrentTab();
}

void ConsultationsPage::updateStatus()
{
    if (!m_model->lastError().isEmpty()) {
        m_status->setText(m_model->lastError());
        return;
    }
    if (m_model->searchTruncated()) {
        m_status->setText(tr("The %L1 most recently logged matches; there are more — add a word "
                             "or a filter to narrow them.")
                              .arg(m_model->rowCount()));
        return;
    }
    m_status->setText(tr("%Ln consultation(s)", nullptr, m_model->rowCount()));
}

qint64 ConsultationsPage::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->at(index.row()).id : 0;
}

QString ConsultationsPage::governmentInView() const
{
    if (!m_model->filter().lgCode6.isEmpty())
        return m_model->filter().lgCode6;
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->at(index.row()).lgCode6 : QString();
}

void ConsultationsPage::updateDetails()
{
    const qint64 id = currentId();
    m_writes.setAvailable(m_edit, id != 0);
    m_writes.setAvailable(m_delete, id != 0);
    m_timeline->setEnabled(!governmentInView().isEmpty());
    if (id == 0) {
        m_details->setHtml(u"<p>"_s + tr("Select a consultation to read it.").toHtmlEscaped() +
                           u"</p>"_s);
        return;
    }
    const auto c = core::ConsultationRepository(m_db).consultation(id);
    if (!c) {
        m_details->setHtml(u"<p>"_s + c.message().toHtmlEscaped() + u"</p>"_s);
        return;
    }
    const core::ConsultationListRow &row = m_model->at(m_table->currentIndex().row());
    const QStringList terms = m_model->searchTerms();
    const auto esc = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    const QDateTime at = c->occurredAt.toTimeZone(core::JapanTime::zone());
    QStringList topics;
    for (int t = 0; t < core::kTopicCount; ++t) {
        if (c->hasTopic(core::Topic(t)))
            topics << core::ConsultationRepository::topicName(core::Topic(t));
    }
    QString html = u"<h3>"_s + esc(row.lgName) + u"</h3><p>"_s +
                   esc(dates().dateWithWeekday(at.date()) + u' ' + at.toString(u"HH:mm"_s)) +
                   u" · "_s + esc(core::shownName(c->channel)) + u" · "_s +
                   esc(core::shownName(c->direction));
    if (c->durationMinutes > 0)
        html += u" · "_s + esc(tr("%1 min").arg(c->durationMinutes));
    html += u"<br>"_s;
    if (!row.counterpart.isEmpty())
        html += esc(tr("Counterpart: %1").arg(row.counterpart)) + u"<br>"_s;
    if (!row.consultant.isEmpty())
        html += esc(tr("Consultant: %1").arg(row.consultant)) + u"<br>"_s;
    if (!topics.isEmpty())
        html += esc(tr("Topics: %1").arg(topics.join(tr(", ")))) + u"<br>"_s;
    html += u"</p>"_s;
    if (!c->summary.isEmpty())
        html += u"<p><b>"_s + esc(tr("Summary")) + u"</b><br>"_s + highlighted(c->summary, terms) +
                u"</p>"_s;
    if (!c->advice.isEmpty())
        html += u"<p><b>"_s + esc(tr("Advice given")) + u"</b><br>"_s +
                highlighted(c->advice, terms) + u"</p>"_s;
    for (const core::FollowUp &f : c->followUps) {
        html +=
            u"<p>"_s +
            esc(f.isOpen() ? tr("Follow-up: %1 (due %2)")
                                 .arg(f.action, f.dueOn.isValid() ? dates().date(f.dueOn) : u"—"_s)
                           : tr("Follow-up done %2: %1").arg(f.action, dates().date(f.doneOn))) +
            u"</p>"_s;
    }
    if (!c->mailFrom.isEmpty()) {
        html += u"<hr><p>"_s + esc(tr("From: %1").arg(c->mailFrom)) + u"<br>"_s +
                esc(tr("To: %1").arg(c->mailTo)) + u"<br>"_s;
        if (!c->mailCc.isEmpty())
            html += esc(tr("Cc: %1").arg(c->mailCc)) + u"<br>"_s;
        html += u"<b>"_s + highlighted(c->mailSubject, terms) + u"</b></p><p>"_s +
                highlighted(c->mailBody, terms) + u"</p>"_s;
    }
    m_details->setHtml(html);
}

core::Consultation ConsultationsPage::defaults(const QString &code6) const
{
    core::Consultation c;
    c.occurredAt = QDateTime::currentDateTimeUtc();
    c.lgCode6 = code6;
    c.channel = core::Channel::Phone;
    c.direction = core::Direction::Incoming;
    // The user, when the user is one of the consultants.
    const auto found =
        core::ContactRepository(m_db).complete(core::ContactKind::Consultant, m_db.userName());
    if (found) {
        for (const core::Contact &person : *found) {
            if (person.name == m_db.userName())
                c.consultantId = person.id;
        }
    }
    return c;
}

void ConsultationsPage::openLogDialog(const QString &code6)
{
    ConsultationDialog dialog(m_db, defaults(code6), this);
    if (dialog.consultantField()->currentIndex() < 0)
        dialog.consultantField()->setEditText(m_db.userName());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString error = logConsultation(dialog.entered()); !error.isEmpty())
        showError(error);
}

void ConsultationsPage::editCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    const auto stored = core::ConsultationRepository(m_db).consultation(id);
    if (!stored) {
        showError(stored.message());
        return;
    }
    ConsultationDialog dialog(m_db, *stored, this);
    const EditSteps<core::Consultation> steps{
        [&dialog] { return dialog.entered(); },
        [this](const core::Consultation &changed) { return editConsultation(changed); },
        [this, id] { return core::ConsultationRepository(m_db).consultation(id); },
        [&dialog](const core::Consultation &shown) {
            dialog.reload(shown, ConflictPrompt::reloadedNote());
        },
        [](const core::Consultation &opened, const core::Consultation &mine,
           core::Consultation theirs) {
            return core::reapplyEdit(opened, mine, theirs);
        }};
    editUntilSaved(dialog, m_commands, *stored, steps);
}

QString ConsultationsPage::logConsultation(const core::Consultation &consultation)
{
    if (auto valid = core::ConsultationRepository(m_db).validate(consultation); !valid)
        return valid.message();
    auto *command = new undo::LogConsultationCommand(m_db, consultation);
    if (const QString error = m_commands.push(command); !error.isEmpty())
        return error;
    // Pushed without error: the stack owns the command and keeps it.
    const qint64 id = command->consultationId();
    // The new entry is the row in view, so the user sees what was stored.
    for (int row = 0; row < std::min(m_model->rowCount(), 200); ++row) {
        if (m_model->at(row).id == id) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            m_table->scrollTo(m_table->currentIndex());
            break;
        }
    }
    // Said as the user knows it: with whom and when, not the record's number.
    const auto lg =
        core::LocalGovernmentRepository(m_db.connection()).findByCode(consultation.lgCode6);
    const QDateTime at = consultation.occurredAt.toTimeZone(core::JapanTime::zone());
    emit statusMessage(tr("Consultation with %1 on %2 %3 logged.")
                           .arg(lg ? lg->fullName() : consultation.lgCode6, dates().date(at.date()),
                                at.toString(u"HH:mm"_s)));
    return {};
}

QString ConsultationsPage::editConsultation(const core::Consultation &changed)
{
    // What undo puts back: the consultation as stored now (the same as the dialog was opened
    // with, unless someone changed it since, and then the edit is refused).
    const auto before = core::ConsultationRepository(m_db).consultation(changed.id);
    if (!before)
        return before.message();
    if (auto valid = core::ConsultationRepository(m_db).validate(changed); !valid)
        return valid.message();
    return m_commands.push(new undo::EditConsultationCommand(m_db, *before, changed));
}

QString ConsultationsPage::deleteConsultation(qint64 id)
{
    const auto before = core::ConsultationRepository(m_db).consultation(id);
    if (!before)
        return before.message();
    return m_commands.push(new undo::DeleteConsultationCommand(m_db, *before));
}

QString ConsultationsPage::completeFollowUp(qint64 followUpId, QDate doneOn,
                                            const std::optional<core::FollowUp> &next)
{
    return m_commands.push(new undo::CompleteFollowUpCommand(m_db, followUpId, doneOn, next));
}

QString ConsultationsPage::importMails(const QList<core::MailImportItem> &items)
{
    return m_commands.push(new undo::ImportConsultationMailsCommand(m_db, items));
}

QString ConsultationsPage::exportList(const QString &path, bool excel)
{
    const auto written = excel
                             ? core::ConsultationExporter::writeXlsx(m_db, m_model->filter(), path)
                             : core::ConsultationExporter::writeCsv(m_db, m_model->filter(), path);
    if (!written)
        return written.message();
    m_status->setText(tr("%Ln consultation(s) written to %1.", nullptr, *written).arg(path));
    return {};
}

void ConsultationsPage::importMailFiles()
{
    const QStringList paths = FileChooser::openFileNames(this, tr("Import Mail"), {},
                                                         tr("Saved mails (*.eml);;All files (*)"));
    if (!paths.isEmpty())
        importMailPaths(paths);
}

void ConsultationsPage::importMailPaths(const QStringList &paths)
{
    MailImportDialog dialog(m_db, core::MailImporter(m_db).read(paths), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString error = importMails(dialog.items()); !error.isEmpty())
        showError(error);
}

QString ConsultationsPage::timelineHtml(const QString &code6) const
{
    const auto lg = core::LocalGovernmentRepository(m_db.connection()).findByCode(code6);
    const auto list = core::ConsultationRepository(m_db).timeline(code6);
    if (!lg || !list)
        return (!lg ? lg.message() : list.message()).toHtmlEscaped();
    QString html = u"<h2>"_s + lg->fullName().toHtmlEscaped() + u"</h2>"_s;
    if (list->isEmpty())
        html += u"<p>"_s + tr("No consultation yet.").toHtmlEscaped() + u"</p>"_s;
    for (const core::Consultation &c : *list) {
        const QDateTime at = c.occurredAt.toTimeZone(core::JapanTime::zone());
        const QString heading = dates().dateWithWeekday(at.date()) + u' ' +
                                at.toString(u"HH:mm"_s) + u" · "_s + core::shownName(c.channel);
        html += u"<h4>"_s + heading.toHtmlEscaped() + u"</h4><p>"_s +
                highlighted(c.summary.isEmpty() ? c.mailSubject : c.summary, {});
        if (!c.advice.isEmpty())
            html += u"<br><i>"_s + highlighted(c.advice, {}) + u"</i>"_s;
        html += u"</p>"_s;
    }
    return html;
}

void ConsultationsPage::showPeople()
{
    showPeopleOf(governmentInView());
}

void ConsultationsPage::showPeopleOf(const QString &code6)
{
    ContactsDialog dialog(m_db, m_commands, code6, this);
    dialog.exec();
    fillConsultants();
}

void ConsultationsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ConsultationsPage::showConsultation(qint64 id, const QString &code6)
{
    showTab(Tab::Log);
    core::ConsultationFilter filter;
    filter.lgCode6 = code6;
    setFilter(filter);
    // A local government's log is some hundreds of rows: the first pages hold it.
    for (int row = 0; row < m_model->rowCount() && row < 2000; ++row) {
        if (m_model->at(row).id == id) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            m_table->scrollTo(m_table->currentIndex());
            return;
        }
    }
}

void ConsultationsPage::showTimeline()
{
    const QString code = governmentInView();
    if (code.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Timeline"));
    auto *browser = new QTextBrowser(&dialog);
    browser->setHtml(timelineHtml(code));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(640, 720);
    dialog.exec();
}

qint64 ConsultationsPage::currentFollowUpId() const
{
    const int row = m_followUps->currentRow();
    return row < 0 ? 0 : m_followUps->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void ConsultationsPage::reloadCurrentTab()
{
    if (m_tabs->currentIndex() == int(Tab::FollowUps))
        reloadFollowUps();
    else if (m_tabs->currentIndex() == int(Tab::Hours))
        reloadHours();
}

void ConsultationsPage::reloadFollowUps()
{
    const auto rows =
        core::ConsultationRepository(m_db).openFollowUps(m_owner->currentData().toLongLong());
    m_followUps->setRowCount(0);
    if (!rows) {
        m_status->setText(rows.message());
        return;
    }
    const QDate today = core::JapanTime::today();
    m_followUps->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const core::FollowUpRow &row = rows->at(r);
        const QDate due = row.followUp.dueOn;
        const core::RowState state = !due.isValid()            ? core::RowState::Normal
                                     : due < today             ? core::RowState::Problem
                                     : due <= today.addDays(3) ? core::RowState::Attention
                                                               : core::RowState::Done;
        const QStringList cells = {
            due.isValid() ? dates().date(due) : u"—"_s,
            row.ownerName,
            row.followUp.action,
            row.lgName,
            dates().date(row.consultedAt.toTimeZone(core::JapanTime::zone()).date()),
            row.summary.section(u'\n', 0, 0)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0) {
                item->setData(Qt::UserRole, row.followUp.id);
                item->setData(Qt::UserRole + 1, row.followUp.ownerId);
                item->setData(Qt::BackgroundRole, StateColors::brush(state, Qt::BackgroundRole));
                item->setData(Qt::ForegroundRole, StateColors::brush(state, Qt::ForegroundRole));
            }
            m_followUps->setItem(r, c, item);
        }
    }
    m_followUps->resizeColumnsToContents();
    const bool any = !rows->isEmpty();
    m_writes.setAvailable(m_done, any);
    m_writes.setAvailable(m_doneNext, any);
}

void ConsultationsPage::reloadHours()
{
    const QDate from(m_hoursFrom->date().year(), m_hoursFrom->date().month(), 1);
    const QDate to =
        QDate(m_hoursTo->date().year(), m_hoursTo->date().month(), 1).addMonths(1).addDays(-1);
    const auto rows =
        core::ConsultationRepository(m_db).hours(m_byConsultant->isChecked(), from, to);
    m_hours->setRowCount(0);
    if (!rows) {
        m_status->setText(rows.message());
        return;
    }
    m_hours->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const core::HoursRow &row = rows->at(r);
        const QStringList cells = {row.month, row.name.isEmpty() ? tr("(none)") : row.name,
                                   QString::number(row.consultations),
                                   QLocale().toString(row.minutes / 60.0, 'f', 1)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_hours->setItem(r, c, item);
        }
    }
    m_hours->resizeColumnsToContents();
}

QString ConsultationsPage::errorTitle() const
{
    return tr("Consultations");
}

} // namespace iotdesk::ui
