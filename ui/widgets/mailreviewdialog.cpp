#include "ui/widgets/mailreviewdialog.h"

#include "ui/widgets/governmentchooser.h"
#include "ui/widgets/statecolors.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

// The mails listed by name below the table; the rest are counted.
constexpr int kListedProblems = 4;
// The subject's width at most when the other columns leave it no room, and at least.
constexpr int kSubjectWidth = 320;
constexpr int kSubjectMinimum = 200;
// Room for a local government's name, or the start of why the field names none.
constexpr int kStatusWidth = 180;

const char *const kRowProperty = "mailRow";

} // namespace

MailReviewDialog::MailReviewDialog(const core::Database &db, int rows, const QStringList &headers,
                                   int governmentColumn, int stretchColumn, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_governmentColumn(governmentColumn)
    , m_stretchColumn(stretchColumn)
    , m_fileNames(rows)
    , m_detailTexts(rows)
    , m_table(new QTableWidget(rows, int(headers.size()), this))
    , m_instructions(new QLabel(this))
    , m_details(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_instructions->setObjectName(u"instructions"_s);
    m_instructions->setWordWrap(true);
    m_instructions->setTextFormat(Qt::PlainText);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    // Tab leaves the table for the government fields, one row after the other.
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->viewport()->installEventFilter(this);
    m_details->setObjectName(u"details"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(4);
    m_details->setMinimumHeight(5 * fontMetrics().lineSpacing() + 12);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { showDetails(row); });
}

GovernmentChooser *MailReviewDialog::chooser(int row) const
{
    return qobject_cast<GovernmentChooser *>(m_table->cellWidget(row, m_governmentColumn));
}

QStringList MailReviewDialog::problems() const
{
    QStringList result;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (const GovernmentChooser *c = chooser(r);
            c && c->state() != GovernmentChooser::State::Named)
            result << m_fileNames[r] + u": "_s + c->problem();
    }
    return result;
}

void MailReviewDialog::accept()
{
    const QStringList waiting = problems();
    if (waiting.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_tried = true;
    refresh();
    // Straight to the first mail still waiting.
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (GovernmentChooser *c = chooser(r); c && c->state() != GovernmentChooser::State::Named) {
            c->setFocus();
            break;
        }
    }
}

QTableWidgetItem *MailReviewDialog::setCell(int row, int column, const QString &text,
                                            const QString &toolTip)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    m_table->setItem(row, column, item);
    return item;
}

void MailReviewDialog::leaveOut(int row, const QString &fileName, const QString &why)
{
    m_fileNames[row] = fileName;
    // Written once the columns are sized: a long reason must not widen them.
    m_leftOut.append({row, why});
}

GovernmentChooser *
MailReviewDialog::addChooser(int row, const QString &fileName,
                             const QList<core::MunicipalDomain::Candidate> &candidates,
                             const QString &proposedCode6, const QString &matchedBy)
{
    m_fileNames[row] = fileName;
    auto *chooser = new GovernmentChooser(m_db, candidates, proposedCode6, matchedBy, m_table);
    chooser->setProperty(kRowProperty, row);
    chooser->installEventFilter(this);
    m_table->setCellWidget(row, m_governmentColumn, chooser);
    setCell(row, m_governmentColumn + 1, {});
    connect(chooser, &GovernmentChooser::governmentChanged, this, &MailReviewDialog::refresh);
    return chooser;
}

void MailReviewDialog::setDetails(int row, const QString &html)
{
    m_detailTexts[row] = u"<table cellspacing=\"0\" cellpadding=\"1\">"_s + html + u"</table>"_s;
}

QString MailReviewDialog::detailRow(const QString &label, const QString &text)
{
    return u"<tr><th align=\"left\" valign=\"top\" style=\"padding-right: 8px; "
           "white-space: nowrap;\">"_s +
           label.toHtmlEscaped() + u"</th><td>"_s + text.toHtmlEscaped() + u"</td></tr>"_s;
}

QString MailReviewDialog::opening(const QString &body)
{
    constexpr int kLength = 160;
    const QString text = body.simplified();
    return text.size() > kLength ? text.left(kLength) + u'…' : text;
}

void MailReviewDialog::finish(const QString &instructions, const QString &okText,
                              const QList<std::pair<int, int>> &limits, int lastInView)
{
    m_lastInView = lastInView;
    setMinimumSize(640, 420);
    m_instructions->setText(instructions);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    QList<GovernmentChooser *> choosers;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (GovernmentChooser *c = chooser(r))
            choosers << c;
    }
    m_ok->setEnabled(!choosers.isEmpty());

    // Rows as high as a field, columns as wide as their contents within the limits.
    refresh();
    if (!choosers.isEmpty()) {
        m_table->verticalHeader()->setDefaultSectionSize(
            std::max(m_table->verticalHeader()->defaultSectionSize(),
                     choosers.front()->sizeHint().height() + 2));
    }
    m_table->resizeColumnsToContents();
    for (const auto &[column, limit] : limits)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), limit));
    m_table->setColumnWidth(m_governmentColumn + 1,
                            std::max(m_table->columnWidth(m_governmentColumn + 1), kStatusWidth));
    // The fields are not contents to the table: as wide as they ask.
    for (const GovernmentChooser *c : std::as_const(choosers)) {
        m_table->setColumnWidth(
            m_governmentColumn,
            std::max(m_table->columnWidth(m_governmentColumn), c->sizeHint().width()));
    }
    m_stretchWidth = std::min(m_table->columnWidth(m_stretchColumn), kSubjectWidth);
    for (const auto &[row, why] : std::as_const(m_leftOut)) {
        m_table->setSpan(row, m_governmentColumn, 1, 2);
        QTableWidgetItem *item = setCell(row, m_governmentColumn, m_fileNames[row] + u": "_s + why);
        item->setForeground(palette().brush(QPalette::PlaceholderText));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_instructions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MailReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QWidget *previous = m_table;
    for (GovernmentChooser *c : std::as_const(choosers)) {
        setTabOrder(previous, c);
        previous = c;
    }
    setTabOrder(previous, buttons);
    // The first mail that waits for the user, else the first to confirm.
    GovernmentChooser *first = choosers.isEmpty() ? nullptr : choosers.front();
    for (GovernmentChooser *c : std::as_const(choosers)) {
        if (c->state() != GovernmentChooser::State::Named) {
            first = c;
            break;
        }
    }
    if (first) {
        first->setFocus();
        m_table->setCurrentCell(first->property(kRowProperty).toInt(), m_governmentColumn);
    } else if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(0, m_governmentColumn);
        buttons->button(QDialogButtonBox::Cancel)->setFocus();
    }
    // Room for the columns that matter on a 1024×768 screen, never more than the screen.
    resize(QSize(1000, 620).boundedTo(screen()->availableSize() - QSize(16, 48)));
}

bool MailReviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
    } else if (event->type() == QEvent::FocusIn) {
        // The row of the field being edited is the one shown in full below.
        const QVariant row = watched->property(kRowProperty);
        if (row.isValid())
            m_table->setCurrentCell(row.toInt(), m_governmentColumn);
    }
    return QDialog::eventFilter(watched, event);
}

void MailReviewDialog::refresh()
{
    bool wrong = false;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const GovernmentChooser *c = chooser(r);
        if (!c)
            continue;
        QTableWidgetItem *status = m_table->item(r, m_governmentColumn + 1);
        status->setText(c->status());
        status->setToolTip(c->statusToolTip());
        const core::RowState state =
            c->state() == GovernmentChooser::State::Named   ? core::RowState::Done
            : c->state() == GovernmentChooser::State::Empty ? core::RowState::Attention
                                                            : core::RowState::Problem;
        status->setData(Qt::BackgroundRole, StateColors::brush(state, Qt::BackgroundRole));
        status->setData(Qt::ForegroundRole, StateColors::brush(state, Qt::ForegroundRole));
        wrong = wrong || c->state() == GovernmentChooser::State::Wrong;
    }
    const QStringList waiting = problems();
    if (waiting.isEmpty()) {
        m_message->clear();
        return;
    }
    QStringList lines = {
        tr("%n mail(s) still without a local government:", nullptr, int(waiting.size()))};
    lines << waiting.first(std::min(waiting.size(), qsizetype(kListedProblems)));
    if (waiting.size() > kListedProblems)
        lines << tr("… and %n more.", nullptr, int(waiting.size() - kListedProblems));
    m_message->setText(lines.join(u'\n'));
    const QColor colour =
        StateColors::brush(wrong || m_tried ? core::RowState::Problem : core::RowState::Attention,
                           Qt::ForegroundRole)
            .value<QBrush>()
            .color();
    m_message->setStyleSheet(u"color: %1;"_s.arg(colour.name()));
}

void MailReviewDialog::fitColumns()
{
    int all = 0;
    int inView = 0;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        if (c == m_stretchColumn)
            continue;
        all += m_table->columnWidth(c);
        if (c <= m_lastInView)
            inView += m_table->columnWidth(c);
    }
    const int available = m_table->viewport()->width();
    // Wider than its contents when there is room for every column; else as wide as its
    // contents, or narrower (elided) where that keeps the columns up to m_lastInView in view.
    const int width = available - all >= m_stretchWidth
                          ? available - all
                          : std::max(std::min(m_stretchWidth, kSubjectMinimum),
                                     std::min(m_stretchWidth, available - inView));
    m_table->setColumnWidth(m_stretchColumn, width);
}

void MailReviewDialog::showDetails(int row)
{
    m_details->setText(row >= 0 && row < m_detailTexts.size() ? m_detailTexts[row] : QString());
}

} // namespace iotdesk::ui
