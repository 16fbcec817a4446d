#include "ui/reports/reportdialog.h"

#include "core/reports/reportrepository.h"
#include "core/storage/database.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/valuecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

ReportDialog::ReportDialog(const core::Database &db, const core::MonthlyReport &report,
                           const core::DateFormatter &dates, QDate today, QWidget *parent)
    : GuardedDialog(parent)
    , m_db(db)
    , m_report(report)
    , m_dates(dates)
    , m_received(new QCheckBox(tr("&Received on"), this))
    , m_receivedOn(new DateField(this))
    , m_channel(new QComboBox(this))
    , m_comment(new QPlainTextEdit(this))
    , m_reviewed(new QCheckBox(tr("Re&viewed on"), this))
    , m_reviewedOn(new DateField(this))
    , m_reviewedBy(new QLineEdit(this))
{
    setWindowTitle(tr("Monthly Report"));
    const QString month = QLocale().language() == QLocale::Japanese
                              ? dates.month(report.month) + u"分"_s
                              : QLocale(QLocale::English).toString(report.month, u"MMMM yyyy"_s);
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::RichText);
    heading->setText(u"<b>%1 — %2</b><br>%3"_s.arg(
        report.name.toHtmlEscaped(), month.toHtmlEscaped(),
        tr("Due %1 · Status: %2")
            .arg(dates.dateWithWeekday(report.dueOn),
                 core::ReportRepository::statusName(report.status(today)))
            .toHtmlEscaped()));
    // How a report came; "not received" is the check box beside it.
    QList<core::ReportChannel> channels = core::allValues<core::ReportChannel>();
    channels.removeAll(core::ReportChannel::None);
    ValueCombo::fill(m_channel, channels);
    m_received->setChecked(report.receivedOn.has_value());
    m_receivedOn->setDate(report.receivedOn.value_or(today));
    if (report.channel != core::ReportChannel::None)
        ValueCombo::select(m_channel, report.channel);
    auto *receipt = new QHBoxLayout;
    receipt->addWidget(m_received);
    receipt->addWidget(m_receivedOn);
    receipt->addWidget(new QLabel(tr("via"), this));
    receipt->addWidget(m_channel);
    receipt->addStretch();

    const QStringList titles = {
        tr("&Activities this month"), tr("&Progress against the plan's milestones"),
        tr("&Issues and risks"), tr("Plans for &next month"), tr("&Support requested")};
    const QStringList texts = {report.activities, report.progress, report.issues, report.nextPlans,
                               report.supportRequested};
    auto *grid = new QGridLayout;
    for (int i = 0; i < titles.size(); ++i) {
        auto *edit = new QPlainTextEdit(texts[i], this);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(64);
        auto *label = new QLabel(titles[i], this);
        label->setBuddy(edit);
        grid->addWidget(label, (i / 2) * 2, i % 2);
        grid->addWidget(edit, (i / 2) * 2 + 1, i % 2);
        m_parts.append(edit);
    }
    m_comment->setPlainText(report.reviewerComment);
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(64);
    auto *commentLabel = new QLabel(tr("Reviewer's &comment"), this);
    commentLabel->setBuddy(m_comment);
    grid->addWidget(commentLabel, 4, 1);
    grid->addWidget(m_comment, 5, 1);

    m_reviewed->setChecked(report.reviewedOn.has_value());
    m_reviewedOn->setDate(report.reviewedOn.value_or(today));
    m_reviewedBy->setText(report.reviewedBy.isEmpty() ? db.userName() : report.reviewedBy);
    auto *review = new QHBoxLayout;
    review->addWidget(m_reviewed);
    review->addWidget(m_reviewedOn);
    review->addWidget(new QLabel(tr("by"), this));
    review->addWidget(m_reviewedBy, 1);

    // The plan's milestones, each with this month's state and a note.
    m_milestones = new QTableWidget(0, 3, this);
    m_milestones->setObjectName(u"reportMilestones"_s);
    m_milestones->setHorizontalHeaderLabels({tr("Milestone"), tr("State"), tr("Note")});
    m_milestones->verticalHeader()->hide();
    m_milestones->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_milestones->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_milestones->horizontalHeader()->setStretchLastSection(true);
    m_milestones->setSelectionMode(QAbstractItemView::NoSelection);
    m_milestones->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_milestones->setMaximumHeight(150);
    auto *milestonesLabel = new QLabel(this);
    milestonesLabel->setBuddy(m_milestones);
    milestonesLabel->setWordWrap(true);
    milestonesLabel->setText(report.milestones.isEmpty()
                                 ? tr("The municipality's plan has no milestones yet: they are "
                                      "entered on the Plans page, under Roadmap.")
                                 : tr("&Milestones of the plan this month:"));
    m_milestones->setVisible(!report.milestones.isEmpty());
    showMilestones(report.milestones);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_note);
    layout->addLayout(receipt);
    layout->addLayout(grid, 1);
    layout->addWidget(milestonesLabel);
    layout->addWidget(m_milestones);
    layout->addLayout(review);
    layout->addWidget(buttons);
    resize(860, report.milestones.isEmpty() ? 620 : 680);

    const auto enable = [this] {
        m_receivedOn->setEnabled(m_received->isChecked());
        m_channel->setEnabled(m_received->isChecked());
        m_reviewed->setEnabled(m_received->isChecked());
        m_reviewedOn->setEnabled(m_received->isChecked() && m_reviewed->isChecked());
        m_reviewedBy->setEnabled(m_received->isChecked() && m_reviewed->isChecked());
    };
    connect(m_received, &QCheckBox::toggled, this, enable);
    connect(m_reviewed, &QCheckBox::toggled, this, enable);
    enable();
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ReportDialog::reload(const core::MonthlyReport &report, const QString &note)
{
    m_report = report;
    m_received->setChecked(report.receivedOn.has_value());
    if (report.receivedOn)
        m_receivedOn->setDate(*report.receivedOn);
    if (report.channel != core::ReportChannel::None)
        ValueCombo::select(m_channel, report.channel);
    const QStringList texts = {report.activities, report.progress, report.issues, report.nextPlans,
                               report.supportRequested};
    for (int i = 0; i < texts.size(); ++i)
        m_parts[i]->setPlainText(texts[i]);
    m_comment->setPlainText(report.reviewerComment);
    m_reviewed->setChecked(report.reviewedOn.has_value());
    if (report.reviewedOn)
        m_reviewedOn->setDate(*report.reviewedOn);
    if (!report.reviewedBy.isEmpty())
        m_reviewedBy->setText(report.reviewedBy);
    showMilestones(report.milestones);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ReportDialog::showMilestones(const QList<core::MilestoneProgress> &milestones)
{
    m_milestones->setRowCount(int(milestones.size()));
    for (int row = 0; row < milestones.size(); ++row) {
        const core::MilestoneProgress &m = milestones[row];
        auto *title = new QTableWidgetItem(tr("%1 (due %2)").arg(m.title, m_dates.date(m.dueOn)));
        title->setData(Qt::UserRole, m.milestoneId);
        m_milestones->setItem(row, 0, title);
        auto *state = new QComboBox(m_milestones);
        state->addItem(tr("—"));
        for (const core::MilestoneState s : core::allValues<core::MilestoneState>())
            state->addItem(core::shownName(s), int(s));
        state->setCurrentIndex(m.state ? state->findData(int(*m.state)) : 0);
        m_milestones->setCellWidget(row, 1, state);
        auto *note = new QLineEdit(m.note, m_milestones);
        m_milestones->setCellWidget(row, 2, note);
    }
}

core::MonthlyReport ReportDialog::report() const
{
    core::MonthlyReport r = m_report;
    const bool received = m_received->isChecked();
    r.receivedOn = received ? std::optional<QDate>(m_receivedOn->date()) : std::nullopt;
    r.channel = received ? ValueCombo::current(m_channel, core::ReportChannel::Email)
                         : core::ReportChannel::None;
    r.activities = m_parts[0]->toPlainText();
    r.progress = m_parts[1]->toPlainText();
    r.issues = m_parts[2]->toPlainText();
    r.nextPlans = m_parts[3]->toPlainText();
    r.supportRequested = m_parts[4]->toPlainText();
    r.reviewerComment = m_comment->toPlainText();
    const bool reviewed = received && m_reviewed->isChecked();
    r.reviewedOn = reviewed ? std::optional<QDate>(m_reviewedOn->date()) : std::nullopt;
    r.reviewedBy = reviewed ? m_reviewedBy->text().trimmed() : QString();
    for (int row = 0; row < r.milestones.size() && row < m_milestones->rowCount(); ++row) {
        const auto *state = static_cast<QComboBox *>(m_milestones->cellWidget(row, 1));
        const auto *note = static_cast<QLineEdit *>(m_milestones->cellWidget(row, 2));
        r.milestones[row].state =
            state->currentData().isValid()
                ? std::optional(core::MilestoneState(state->currentData().toInt()))
                : std::nullopt;
        r.milestones[row].note = note->text().trimmed();
    }
    return r;
}

void ReportDialog::accept()
{
    if (auto valid = core::ReportRepository(m_db).validate(report()); !valid) {
        QMessageBox::warning(this, windowTitle(), valid.message());
        return;
    }
    QDialog::accept();
}

} // namespace iotdesk::ui
