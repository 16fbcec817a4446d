#include "ui/selection/selectionpage.h"

#include "core/applications/applicationrepository.h"
#include "core/foundation/csvwriter.h"
#include "core/foundation/japantime.h"
#include "core/foundation/modelroles.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/programs/programrepository.h"
#include "core/selection/selectionboardmodel.h"
#include "core/storage/changenotifier.h"
#include "core/storage/database.h"
#include "core/undo/decideapplicationcommand.h"
#include "core/undo/declareconflictcommand.h"
#include "core/undo/savescorecommand.h"
#include "core/undo/setbureaulimitcommand.h"
#include "core/undo/setbureauownlimitcommand.h"
#include "core/undo/withdrawconflictcommand.h"
#include "ui/selection/decisiondialog.h"
#include "ui/selection/reviewersdialog.h"
#include "ui/selection/scoredialog.h"
#include "ui/widgets/compactcolumns.h"
#include "ui/widgets/dateprompt.h"
#include "ui/widgets/editsession.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/printpreview.h"
#include "ui/widgets/programselector.h"
#include "ui/widgets/statecolorproxymodel.h"
#include "ui/widgets/writeaccess.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>

#include <optional>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

bool englishUi()
{
    return QLocale().language() != QLocale::Japanese;
}

// A bureau's own limit: 0 to 50, or "—" to follow the limit per bureau.
class OwnLimitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setRange(-1, 50);
        spin->setSpecialValueText(u"—"_s);
        spin->setFrame(false);
        return spin;
    }
};

std::optional<int> asOptional(int limit)
{
    return limit < 0 ? std::nullopt : std::optional<int>(limit);
}

} // namespace

SelectionPage::SelectionPage(const core::Database &db, QUndoStack *undoStack, WriteAccess &writes,
                             QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_writes(writes)
    , m_commands(undoStack, &writes, [this](const QString &message) { showError(message); })
    , m_board(new core::SelectionBoardModel(this))
    , m_bureaus(new core::BureauBalanceModel(this))
    , m_sortedBoard(new StateColorProxyModel(this))
    , m_sortedBureaus(new StateColorProxyModel(this))
    , m_programLabel(new QLabel(this))
    , m_programs(new ProgramSelector(db, this))
    , m_limitLabel(new QLabel(this))
    , m_limit(new QSpinBox(this))
    , m_cap(new QLabel(this))
    , m_boardView(new QTableView(this))
    , m_bureauView(new QTableView(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_warnings(new QLabel(this))
    , m_proposal(new QTextBrowser(this))
    , m_decide(new QPushButton(this))
    , m_selectProposal(new QPushButton(this))
    , m_preview(new QPushButton(this))
    , m_reviewers(new QPushButton(this))
    , m_score(new QPushButton(this))
    , m_savePdf(new QPushButton(this))
    , m_saveCsv(new QPushButton(this))
{
    setObjectName(u"selectionPage"_s);
    createWidgets();
    createLayout();
    createConnections();
    // What writes. Reviewers… stays: its list is read there (its dialog guards its own form).
    m_writes.guard({m_limit, m_bureauView, m_decide, m_selectProposal});
    m_writes.guard(m_score, WriteAccess::Needs::Scores); // a reviewer's part of the review

    retranslate();
    m_programs->reload(dates());
    reload();
}

void SelectionPage::createWidgets()
{
    m_programLabel->setBuddy(m_programs);
    m_limitLabel->setBuddy(m_limit);
    m_limit->setRange(-1, 50);
    m_limit->setSpecialValueText(u"—"_s);
    m_board->setObjectName(u"selectionBoardModel"_s);
    m_bureaus->setObjectName(u"bureauBalanceModel"_s);
    m_sortedBoard->setSourceModel(m_board);
    m_sortedBureaus->setSourceModel(m_bureaus);
    for (QTableView *view : {m_boardView, m_bureauView}) {
        wrapHeaders(view);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        // Compact rows: twenty applications and eleven bureaus in view at once.
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    }
    m_boardView->setObjectName(u"selectionBoard"_s);
    m_score->setObjectName(u"scoreApplication"_s);
    m_boardView->setModel(m_sortedBoard);
    m_boardView->setSortingEnabled(true);
    m_boardView->sortByColumn(core::SelectionBoardModel::Rank, Qt::AscendingOrder);
    m_boardView->horizontalHeader()->setStretchLastSection(true);
    m_bureauView->setModel(m_sortedBureaus);
    m_bureauView->setItemDelegateForColumn(core::BureauBalanceModel::Limit,
                                           new OwnLimitDelegate(m_bureauView));
    m_bureauView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView->setObjectName(u"bureauBalanceChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180); // the page fits a 768-pixel screen
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(font().pointSizeF());
    m_chart->setTitleFont(titleFont);
    m_warnings->setObjectName(u"selectionWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(u"color: #8a1010; font-weight: bold;"_s);
    m_proposal->setObjectName(u"selectionProposal"_s);
}

void SelectionPage::createLayout()
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_programLabel);
    top->addWidget(m_programs);
    top->addSpacing(16);
    top->addWidget(m_cap);
    top->addSpacing(16);
    top->addWidget(m_limitLabel);
    top->addWidget(m_limit);
    top->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_boardView, 3);
    leftLayout->addWidget(m_warnings);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reviewers);
    buttons->addWidget(m_score);
    buttons->addWidget(m_decide);
    buttons->addWidget(m_selectProposal);
    buttons->addStretch(1);
    // The published list on a row of its own: both rows fit a 1024-pixel screen in English.
    auto *publication = new QHBoxLayout;
    publication->addStretch(1);
    publication->addWidget(m_preview);
    publication->addWidget(m_savePdf);
    publication->addWidget(m_saveCsv);
    leftLayout->addLayout(buttons);
    leftLayout->addLayout(publication);
    m_lower = new QTabWidget(this);
    m_lower->setTabBarAutoHide(true); // the proposal alone needs no tab
    m_lower->addTab(m_proposal, QString());
    leftLayout->addWidget(m_lower, 2);
    m_balance = new QWidget(this);
    m_balanceLayout = new QBoxLayout(QBoxLayout::TopToBottom, m_balance);
    m_balanceLayout->setContentsMargins(0, 0, 0, 0);
    m_balanceLayout->addWidget(m_bureauView);
    m_balanceLayout->addWidget(m_chartView, 1);
    m_splitter = new QSplitter(this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_balance);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({840, 250});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
}

void SelectionPage::createConnections()
{
    connect(m_programs, &ProgramSelector::activated, this, &SelectionPage::reload);
    connect(m_limit, &QSpinBox::editingFinished, this, [this] {
        if (const QString error = setBureauLimit(m_limit->value()); !error.isEmpty())
            showError(error);
    });
    // Applied once the cell's editor has closed: the command reloads the model under it.
    connect(
        m_bureaus, &core::BureauBalanceModel::limitEdited, this,
        [this](int bureauId, int limit) {
            if (const QString error = setBureauOwnLimit(bureauId, limit); !error.isEmpty())
                showError(error);
        },
        Qt::QueuedConnection);
    connect(m_decide, &QPushButton::clicked, this, &SelectionPage::openDecisionDialog);
    connect(m_score, &QPushButton::clicked, this, &SelectionPage::openScoreDialog);
    connect(m_reviewers, &QPushButton::clicked, this, [this] {
        ReviewersDialog dialog(m_db, m_commands, programId(), this);
        dialog.exec();
    });
    connect(m_boardView, &QTableView::activated, this, [this] {
        if (m_writes.mayWrite())
            openDecisionDialog();
    });
    connect(m_selectProposal, &QPushButton::clicked, this, [this] {
        const auto day =
            askDate(this, tr("Select the Proposal"), tr("Decided &on:"), {}, proposalExplanation());
        if (!day)
            return;
        if (const QString error = selectProposal(*day); !error.isEmpty())
            showError(error);
    });
    connect(m_preview, &QPushButton::clicked, this, [this] {
        if (const auto list = publishedList(); list)
            PrintPreview::show(list->document(), this);
        else
            showError(list.message());
    });
    connect(m_savePdf, &QPushButton::clicked, this, [this] {
        const QString path = FileChooser::saveFileName(this, tr("Save the Published List"),
                                                       u"選定結果.pdf"_s, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const QString error = savePublishedList(path); !error.isEmpty())
            showError(error);
    });
    connect(m_saveCsv, &QPushButton::clicked, this, [this] {
        const QString path = FileChooser::saveFileName(this, tr("Save the Published List"),
                                                       u"選定結果.csv"_s, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = savePublishedCsv(path); !error.isEmpty())
            showError(error);
    });
    // Any change to applications, reviews or programs, here or in another window.
    connect(&m_db.changes(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &changes) {
                if (changes.touches({u"program", u"program_meeting"}))
                    m_programs->reload(dates());
                if (changes.touches({u"application", u"reviewer", u"program", u"bureau_limit"}))
                    reload();
            });
}

SelectionPage::~SelectionPage() = default;

bool SelectionPage::isStale() const
{
    // Scores and decisions may have changed on another page or in another window.
    return true;
}

void SelectionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void SelectionPage::retranslate()
{
    m_programLabel->setText(tr("&Program:"));
    m_limitLabel->setText(tr("&Limit per bureau:"));
    m_limit->setToolTip(tr("How many applications one regional bureau's area may have selected; "
                           "— for no limit."));
    m_decide->setText(tr("Decide…"));
    m_reviewers->setText(tr("Reviewers…"));
    m_score->setText(tr("Score…"));
    m_score->setToolTip(tr("A reviewer's scores for the selected application, or their conflict "
                           "of interest."));
    m_selectProposal->setText(tr("Select the Proposal…"));
    m_selectProposal->setToolTip(tr("Marks every application of the balanced proposal as "
                                    "selected, in one step that can be undone."));
    m_chart->setTitle(tr("Applications and selections per regional bureau"));
    m_preview->setText(tr("Published List…"));
    m_preview->setToolTip(tr("Print preview of the A4 list of selected applicants, in Japanese."));
    m_savePdf->setText(tr("Save List as PDF…"));
    m_saveCsv->setText(tr("Save List as CSV…"));
    m_saveCsv->setToolTip(tr("UTF-8 with a byte order mark, which Excel opens correctly."));
    m_lower->setTabText(0, tr("Balanced Proposal"));
    if (m_lower->count() > 1)
        m_lower->setTabText(1, tr("Regional Bureaus"));
    m_board->retranslate();
    m_bureaus->retranslate();
    m_programs->reload(dates());
}

void SelectionPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeForWidth();
}

void SelectionPage::arrangeForWidth()
{
    // Side by side only when the whole board and the bureaus' table both fit: otherwise both
    // would scroll sideways.
    int board =
        2 * m_boardView->frameWidth() + m_boardView->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_board->columnCount(); ++column)
        board += m_boardView->horizontalHeader()->sectionSize(column);
    int bureaus = 2 * m_bureauView->frameWidth();
    for (int column = 0; column < m_bureaus->columnCount(); ++column)
        bureaus += m_bureauView->horizontalHeader()->sectionSize(column);
    const int needed = board + bureaus + m_splitter->handleWidth() +
                       layout()->contentsMargins().left() + layout()->contentsMargins().right();
    if (const bool narrow = width() < needed; narrow != m_narrow)
        arrange(narrow);
}

void SelectionPage::arrange(bool narrow)
{
    m_narrow = narrow;
    if (narrow) {
        m_balanceLayout->setDirection(QBoxLayout::LeftToRight);
        m_lower->addTab(m_balance, tr("Regional Bureaus"));
    } else {
        m_lower->removeTab(m_lower->indexOf(m_balance));
        m_balanceLayout->setDirection(QBoxLayout::TopToBottom);
        m_splitter->addWidget(m_balance);
        m_splitter->setSizes({840, 250});
    }
    fitBureauTable();
}

void SelectionPage::fitBureauTable()
{
    fitColumnsToContents(m_bureauView);
    int width = 2 * m_bureauView->frameWidth();
    for (int column = 0; column < m_bureaus->columnCount(); ++column)
        width += m_bureauView->horizontalHeader()->sectionSize(column);
    // Eleven bureaus need more height than a tab below the board has: the chart shows only
    // beside the board, where its labels are readable; the table holds the same numbers.
    m_chartView->setVisible(!m_narrow);
    // Alone in its tab, the table starts at the left, as every table does, not in the middle
    // of an empty tab.
    m_balanceLayout->setAlignment(m_bureauView, m_narrow ? Qt::AlignLeft : Qt::Alignment());
    if (m_narrow) {
        // In a tab of its own: it scrolls up and down, never sideways.
        m_bureauView->setMinimumHeight(0);
        m_bureauView->setMaximumHeight(QWIDGETSIZE_MAX);
        m_bureauView->setFixedWidth(width + m_bureauView->verticalScrollBar()->sizeHint().width());
        return;
    }
    // Every bureau in view without scrolling; the chart takes the rest of the height.
    m_bureauView->setMinimumWidth(0);
    m_bureauView->setMaximumWidth(QWIDGETSIZE_MAX);
    m_balance->setMinimumWidth(width);
    m_bureauView->setFixedHeight(m_bureauView->horizontalHeader()->sizeHint().height() +
                                 m_bureaus->rowCount() *
                                     m_bureauView->verticalHeader()->defaultSectionSize() +
                                 2 * m_bureauView->frameWidth());
}

void SelectionPage::dateStyleChanged()
{
    m_programs->reload(dates());
}

qint64 SelectionPage::programId() const
{
    return m_programs->programId();
}

void SelectionPage::reload()
{
    const auto board = core::SelectionBoard::build(m_db, programId());
    const auto bureaus = core::LocalGovernmentRepository(m_db.connection()).bureaus();
    if (!board || !bureaus) {
        m_warnings->setText(!board ? board.message() : bureaus.message());
        return;
    }
    const bool english = englishUi();
    m_board->setBoard(board.value(), bureaus.value(), english);
    m_bureaus->setBoard(board.value(), english);
    fitColumnsToContents(m_boardView);
    fitBureauTable();
    arrangeForWidth();
    {
        const QSignalBlocker blocker(m_limit);
        m_limit->setValue(board->limits.perBureau);
    }
    m_cap->setText(tr("Cap: %n", nullptr, board->limits.cap));

    QStringList warnings;
    for (const core::SelectionViolation &violation : board->violations) {
        if (violation.bureauId == 0) {
            warnings << tr("%1 selected, over the cap of %2.")
                            .arg(violation.selected)
                            .arg(violation.limit);
        } else {
            for (const core::BureauCount &count : board->bureaus) {
                if (count.bureauId == violation.bureauId) {
                    warnings << tr("%1: %2 selected, over its limit of %3.")
                                    .arg(english ? count.nameEn : count.nameJa)
                                    .arg(violation.selected)
                                    .arg(violation.limit);
                }
            }
        }
    }
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
    updateChart();
    updateProposal();
}

void SelectionPage::updateChart()
{
    const core::SelectionBoardData &board = m_board->board();
    const bool english = englishUi();
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    auto *eligible = new QBarSet(tr("Eligible"));
    auto *selected = new QBarSet(tr("Selected"));
    QStringList categories;
    int highest = 1;
    for (auto it = board.bureaus.crbegin(); it != board.bureaus.crend(); ++it) {
        categories << core::Bureau::shortName(english ? it->nameEn : it->nameJa);
        *eligible << it->candidates;
        *selected << it->selected;
        highest = std::max({highest, it->candidates, it->selected});
    }
    // Horizontal bars: eleven bureau names need the room of a vertical axis.
    auto *series = new QHorizontalBarSeries;
    series->append(eligible);
    series->append(selected);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_chart->addSeries(series);
    auto *bureauAxis = new QBarCategoryAxis;
    bureauAxis->append(categories);
    // Eleven names on one axis: a size smaller than the table's keeps them unabridged.
    QFont labels = bureauAxis->labelsFont();
    labels.setPointSizeF(std::max(7.0, font().pointSizeF() - 1.5));
    bureauAxis->setLabelsFont(labels);
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, highest + 1);
    countAxis->setLabelFormat(u"%d"_s);
    countAxis->setTickCount(std::min(highest + 2, 6));
    m_chart->addAxis(bureauAxis, Qt::AlignLeft);
    m_chart->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(bureauAxis);
    series->attachAxis(countAxis);
}

QString SelectionPage::proposedName(qint64 applicationId) const
{
    for (const core::BoardRow &row : m_board->board().rows) {
        if (row.applicationId == applicationId)
            return row.leadName;
    }
    return QString::number(applicationId);
}

QString SelectionPage::proposalExplanation() const
{
    const QList<qint64> &selected = m_board->board().proposal.selected;
    QString html =
        u"<p>"_s +
        tr("These %n application(s) of the balanced proposal will be marked as selected, in one "
           "step that can be undone:",
           nullptr, int(selected.size()))
            .toHtmlEscaped() +
        u"</p><ol>"_s;
    for (const qint64 id : selected)
        html += u"<li>"_s + proposedName(id).toHtmlEscaped() + u"</li>"_s;
    return html + u"</ol>"_s;
}

void SelectionPage::updateProposal()
{
    const core::SelectionBoardData &board = m_board->board();
    const auto nameOf = [this](qint64 id) {
        return proposedName(id);
    };
    const auto esc = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QString html = u"<h4>"_s +
                   esc(tr("Balanced proposal: %n application(s), total score %1", nullptr,
                          int(board.proposal.selected.size()))
                           .arg(QString::number(board.proposal.total, 'f', 2))) +
                   u"</h4><ol>"_s;
    for (qint64 id : board.proposal.selected)
        html += u"<li>"_s + esc(nameOf(id)) + u"</li>"_s;
    html += u"</ol>"_s;
    if (board.proposal.added.isEmpty() && board.proposal.dropped.isEmpty()) {
        html +=
            u"<p>"_s + esc(tr("The same as the plain ranking: no limit changes it.")) + u"</p>"_s;
    } else {
        html += u"<p>"_s + esc(tr("Against the plain ranking:")) + u"</p><ul>"_s;
        for (const core::SelectionChange &change : board.proposal.dropped)
            html +=
                u"<li>− "_s + esc(nameOf(change.id)) + u": "_s + esc(change.reason) + u"</li>"_s;
        for (const core::SelectionChange &change : board.proposal.added)
            html +=
                u"<li>+ "_s + esc(nameOf(change.id)) + u": "_s + esc(change.reason) + u"</li>"_s;
        html += u"</ul>"_s;
    }
    m_proposal->setHtml(html);
    m_writes.setAvailable(m_selectProposal, !board.proposal.selected.isEmpty());
}

QString SelectionPage::setBureauLimit(int limit)
{
    const qint64 id = programId();
    const auto before = core::ProgramRepository(m_db).selectionLimits(id);
    if (!before)
        return before.message();
    if (before->perBureau == limit)
        return {};
    return m_commands.push(new undo::SetBureauLimitCommand(m_db, id, asOptional(before->perBureau),
                                                           asOptional(limit)));
}

QString SelectionPage::setBureauOwnLimit(int bureauId, int limit)
{
    const qint64 id = programId();
    const auto before = core::ProgramRepository(m_db).selectionLimits(id);
    if (!before)
        return before.message();
    const int old = before->byBureau.value(bureauId, -1);
    if (old == limit)
        return {};
    return m_commands.push(
        new undo::SetBureauOwnLimitCommand(m_db, id, bureauId, asOptional(old), asOptional(limit)));
}

QString SelectionPage::decide(qint64 applicationId, core::Decision decision,
                              const QString &rationale, const QString &overrideReason,
                              QDate decidedOn)
{
    if (!decidedOn.isValid())
        decidedOn = core::JapanTime::today();
    const auto before = core::ApplicationRepository(m_db).application(applicationId);
    if (!before)
        return before.message();
    core::Application after = before.value();
    after.decision = decision;
    after.decisionRationale = rationale;
    after.overrideReason = overrideReason;
    // The time of the decision changes only with the decision: a corrected rationale does not
    // move the report schedule that starts from it.
    if (decision == core::Decision::None)
        after.decidedAt = QDateTime();
    else if (decision != before->decision || decidedOn != core::JapanTime::dayOf(before->decidedAt))
        after.decidedAt = core::JapanTime::momentOn(decidedOn);
    if (auto valid = core::ApplicationRepository(m_db).validateChange(after); !valid)
        return valid.message();
    return m_commands.push(new undo::DecideApplicationCommand(m_db, before.value(), after));
}

core::Result<SelectedListReport> SelectionPage::publishedList() const
{
    const auto program = core::ProgramRepository(m_db).program(programId());
    if (!program)
        return program.error();
    const auto entries = core::SelectionPublication::entries(m_db, programId());
    if (!entries)
        return entries.error();
    const auto publishedOn = core::SelectionPublication::publishedOn(m_db, programId());
    if (!publishedOn)
        return publishedOn.error();
    // The list is published in Japanese, with dates in the era style officials use.
    return SelectedListReport(*program, *entries, core::DateFormatter(core::DateStyle::JapaneseEra),
                              *publishedOn);
}

QString SelectionPage::savePublishedList(const QString &pdfPath) const
{
    const auto list = publishedList();
    if (!list)
        return list.message();
    const auto written = list->writePdf(pdfPath);
    return written ? QString() : written.message();
}

QString SelectionPage::savePublishedCsv(const QString &csvPath) const
{
    const auto entries = core::SelectionPublication::entries(m_db, programId());
    if (!entries)
        return entries.message();
    // Written whole or not at all.
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(core::CsvWriter::document(core::SelectionPublication::csvRows(*entries))) < 0 ||
        !file.commit()) {
        return tr("Cannot write %1: %2").arg(csvPath, file.errorString());
    }
    return {};
}

QString SelectionPage::selectProposal(QDate decidedOn)
{
    if (!decidedOn.isValid())
        decidedOn = core::JapanTime::today();
    const core::SelectionBoardData board = m_board->board();
    if (board.proposal.selected.isEmpty())
        return tr("There is nothing to propose yet: no eligible application has been scored.");
    QString error;
    m_commands.beginMacro(tr("Select the balanced proposal"));
    for (qint64 id : board.proposal.selected) {
        const auto before = core::ApplicationRepository(m_db).application(id);
        if (!before) {
            error = before.message();
            break;
        }
        if (before->decision == core::Decision::Selected)
            continue;
        core::Application after = before.value();
        after.decision = core::Decision::Selected;
        if (after.decisionRationale.isEmpty())
            after.decisionRationale = core::ApplicationRepository::balancedProposalRationale();
        after.decidedAt = core::JapanTime::momentOn(decidedOn);
        if (auto valid = core::ApplicationRepository(m_db).validateChange(after); !valid) {
            error = valid.message();
            break;
        }
        // Inside the macro: a failure is kept for endMacro().
        (void)m_commands.push(new undo::DecideApplicationCommand(m_db, before.value(), after));
    }
    const QString failed = m_commands.endMacro();
    return error.isEmpty() ? failed : error;
}

QString SelectionPage::governmentInView() const
{
    const QModelIndex index = m_sortedBoard->mapToSource(m_boardView->currentIndex());
    return index.isValid() ? m_board->at(index.row()).leadCode : QString();
}

void SelectionPage::openDecisionDialog()
{
    const QModelIndex index = m_sortedBoard->mapToSource(m_boardView->currentIndex());
    if (!index.isValid())
        return;
    const core::BoardRow &row = m_board->at(index.row());
    const auto application = core::ApplicationRepository(m_db).application(row.applicationId);
    if (!application) {
        showError(application.message());
        return;
    }
    DecisionDialog dialog(m_db, application.value(), row.leadName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Application decided = dialog.decided();
    if (const QString error =
            decide(decided.id, decided.decision, decided.decisionRationale, decided.overrideReason,
                   core::JapanTime::dayOf(decided.decidedAt));
        !error.isEmpty())
        showError(error);
}

QString SelectionPage::recordScore(const core::ReviewScore &score)
{
    const auto old = core::ReviewRepository(m_db).score(score.applicationId, score.reviewerId);
    if (!old)
        return old.message();
    return m_commands.push(new undo::SaveScoreCommand(m_db, score, old.value()));
}

QString SelectionPage::recordConflict(qint64 applicationId, qint64 reviewerId,
                                      const QString &reason)
{
    // Declaring withdraws a score; the way back restores it.
    const auto old = core::ReviewRepository(m_db).score(applicationId, reviewerId);
    if (!old)
        return old.message();
    return m_commands.push(
        new undo::DeclareConflictCommand(m_db, {applicationId, reviewerId, reason}, old.value()));
}

QString SelectionPage::withdrawConflict(qint64 applicationId, qint64 reviewerId,
                                        const QString &reason)
{
    return m_commands.push(
        new undo::WithdrawConflictCommand(m_db, {applicationId, reviewerId, reason}));
}

void SelectionPage::openScoreDialog()
{
    const QModelIndex index = m_sortedBoard->mapToSource(m_boardView->currentIndex());
    if (!index.isValid()) {
        showError(tr("Select an application on the board first."));
        return;
    }
    // Copies: the board may be read again while the dialog is open (a change elsewhere).
    const qint64 applicationId = m_board->at(index.row()).applicationId;
    const QString leadName = m_board->at(index.row()).leadName;
    ScoreDialog dialog(m_db, programId(), applicationId, leadName, this);
    // Until saved or given up: a refusal reopens the dialog as it was; a score someone else
    // gave meanwhile is offered to reload, with the user's changes on top.
    EditSteps<core::ReviewScore> steps;
    steps.entered = [&dialog] {
        return dialog.score();
    };
    steps.save = [this, &dialog, applicationId](const core::ReviewScore &score) {
        if (dialog.declaresConflict()) {
            return dialog.hadConflict()
                       ? QString()
                       : recordConflict(applicationId, score.reviewerId, dialog.conflictReason());
        }
        if (dialog.hadConflict()) {
            if (const QString error =
                    withdrawConflict(applicationId, score.reviewerId, dialog.conflictReason());
                !error.isEmpty())
                return error;
        }
        return recordScore(score);
    };
    steps.storedNow = [this, &dialog, applicationId]() -> core::Result<core::ReviewScore> {
        const core::ReviewRepository reviews(m_db);
        const auto version = reviews.scoreVersion(applicationId, dialog.reviewerId());
        if (!version)
            return version.error();
        const auto stored = reviews.score(applicationId, dialog.reviewerId());
        if (!stored)
            return stored.error();
        core::ReviewScore now = stored->value_or(dialog.score());
        now.version = {*version};
        return now;
    };
    steps.show = [&dialog](const core::ReviewScore &score) {
        dialog.showScore(score);
        dialog.showMessage(ConflictPrompt::reloadedNote());
    };
    steps.reapply = [](const core::ReviewScore &opened, const core::ReviewScore &mine,
                       core::ReviewScore theirs) {
        return core::reapplyEdit(opened, mine, std::move(theirs), &core::ReviewScore::proactiveness,
                                 &core::ReviewScore::partner, &core::ReviewScore::spread,
                                 &core::ReviewScore::comment);
    };
    editUntilSaved(dialog, m_commands, dialog.score(), steps);
}

QString SelectionPage::errorTitle() const
{
    return tr("Selection");
}

} // namespace iotdesk::ui
