#include "ui/selection/scoredialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

QSpinBox *scoreBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(core::ReviewRanking::kMinScore, core::ReviewRanking::kMaxScore);
    box->setValue(3);
    return box;
}

QLabel *guidance(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #555555;"_s);
    return label;
}

} // namespace

ScoreDialog::ScoreDialog(const core::Database &db, qint64 programId, qint64 applicationId,
                         const QString &applicantName, QWidget *parent)
    : GuardedDialog(parent)
    , m_db(db)
    , m_programId(programId)
    , m_applicationId(applicationId)
    , m_reviewer(new QComboBox(this))
    , m_proactiveness(scoreBox(this))
    , m_partner(scoreBox(this))
    , m_spread(scoreBox(this))
    , m_comment(new QPlainTextEdit(this))
    , m_conflict(new QCheckBox(this))
    , m_conflictReason(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"scoreDialog"_s);
    setWindowTitle(tr("Review of %1").arg(applicantName));
    if (const auto reviewers = core::ReviewRepository(db).reviewers(programId)) {
        for (const core::Reviewer &reviewer : *reviewers) {
            if (reviewer.active) {
                m_reviewer->addItem(reviewer.name + u" ("_s +
                                        core::shownName(reviewer.affiliation) + u')',
                                    reviewer.id);
            }
        }
    }
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    m_conflict->setText(tr("I have a conflict of interest with this application"));
    m_conflictReason->setPlaceholderText(tr("Reason (required)"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #8a1010;"_s);

    // The viewpoints and example questions of the call for applications.
    auto *form = new QFormLayout;
    form->addRow(tr("&Reviewer:"), m_reviewer);
    form->addRow(tr("1. &Proactiveness of the municipality:"), m_proactiveness);
    form->addRow(QString(), guidance(tr("Is the head keen? Are there keen staff? Does it intend "
                                        "to set up a system to drive the work?"),
                                     this));
    form->addRow(tr("2. A &business or body willing to implement:"), m_partner);
    form->addRow(QString(), guidance(tr("Is there a business or body that will work with the "
                                        "municipality to implement regional IoT?"),
                                     this));
    form->addRow(tr("3. Potential to &spread to neighbours:"), m_spread);
    form->addRow(QString(), guidance(tr("Does it form, or is it forming, a multi-area framework "
                                        "such as a 定住自立圏 or 連携中枢都市圏?"),
                                     this));
    form->addRow(tr("&Comment:"), m_comment);
    form->addRow(QString(), m_conflict);
    form->addRow(QString(), m_conflictReason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reviewer, &QComboBox::currentIndexChanged, this, &ScoreDialog::loadReviewer);
    connect(m_conflict, &QCheckBox::toggled, this, [this](bool conflict) {
        for (QWidget *field :
             {static_cast<QWidget *>(m_proactiveness), static_cast<QWidget *>(m_partner),
              static_cast<QWidget *>(m_spread), static_cast<QWidget *>(m_comment)})
            field->setEnabled(!conflict);
        m_conflictReason->setEnabled(conflict);
    });
    loadReviewer();
    if (m_reviewer->count() == 0) {
        m_message->setText(tr("This program has no active reviewer yet: add reviewers first."));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

void ScoreDialog::loadReviewer()
{
    const qint64 reviewer = reviewerId();
    m_hadConflict = false;
    m_conflict->setChecked(false);
    m_conflictReason->clear();
    m_conflictReason->setEnabled(false);
    m_version = {};
    if (reviewer == 0)
        return;
    const core::ReviewRepository reviews(m_db);
    // The version first: a score given between the two reads makes the save ask, rather than
    // overwrite it.
    if (const auto version = reviews.scoreVersion(m_applicationId, reviewer))
        m_version = {*version};
    if (const auto conflicts = reviews.conflicts(m_programId)) {
        for (const core::ReviewConflict &conflict : *conflicts) {
            if (conflict.applicationId == m_applicationId && conflict.reviewerId == reviewer) {
                m_hadConflict = true;
                m_conflict->setChecked(true);
                m_conflictReason->setText(conflict.reason);
            }
        }
    }
    if (const auto existing = reviews.score(m_applicationId, reviewer); existing && *existing) {
        core::ReviewScore shown = **existing;
        shown.version = m_version;
        showScore(shown);
    }
}

void ScoreDialog::showMessage(const QString &message)
{
    m_message->setText(message);
}

void ScoreDialog::showScore(const core::ReviewScore &score)
{
    m_proactiveness->setValue(score.proactiveness);
    m_partner->setValue(score.partner);
    m_spread->setValue(score.spread);
    m_comment->setPlainText(score.comment);
    m_version = score.version;
}

qint64 ScoreDialog::reviewerId() const
{
    return m_reviewer->currentData().toLongLong();
}

bool ScoreDialog::declaresConflict() const
{
    return m_conflict->isChecked();
}

QString ScoreDialog::conflictReason() const
{
    return m_conflictReason->text().trimmed();
}

core::ReviewScore ScoreDialog::score() const
{
    return {m_applicationId,    reviewerId(),      m_proactiveness->value(),
            m_partner->value(), m_spread->value(), m_comment->toPlainText().trimmed(),
            m_version};
}

void ScoreDialog::accept()
{
    if (declaresConflict() && conflictReason().isEmpty()) {
        m_message->setText(tr("A conflict of interest needs its reason."));
        return;
    }
    QDialog::accept();
}

} // namespace iotdesk::ui
