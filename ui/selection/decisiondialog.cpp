#include "ui/selection/decisiondialog.h"

#include "core/applications/applicationrepository.h"
#include "core/foundation/japantime.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/valuecombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

DecisionDialog::DecisionDialog(const core::Database &db, const core::Application &application,
                               const QString &applicantName, QWidget *parent)
    : GuardedDialog(parent)
    , m_db(db)
    , m_application(application)
    , m_decision(new QComboBox(this))
    , m_decidedOn(new DateField(this))
    , m_rationale(new QPlainTextEdit(this))
    , m_override(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"decisionDialog"_s);
    setWindowTitle(tr("Decision for %1").arg(applicantName));
    ValueCombo::fill<core::Decision>(m_decision);
    // Decisions are often recorded after the meeting that took them: the day is the meeting's.
    m_decidedOn->setCalendarPopup(true);
    m_decidedOn->setToolTip(tr("The day the decision was taken. The monthly reports of a "
                               "selected municipality start the month after it."));
    m_rationale->setTabChangesFocus(true);
    m_override->setTabChangesFocus(true);
    m_override->setPlaceholderText(
        tr("Needed only to select an application that is not eligible or not reviewed."));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #8a1010;"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Decision:"), m_decision);
    form->addRow(tr("Decided &on:"), m_decidedOn);
    form->addRow(tr("&Rationale:"), m_rationale);
    form->addRow(tr("O&verride reason:"), m_override);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(560, 360);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this] {
        m_decidedOn->setEnabled(ValueCombo::current(m_decision, core::Decision::None) !=
                                core::Decision::None);
    });
    setDecision(application.decision, application.decisionRationale, application.overrideReason,
                core::JapanTime::dayOf(application.decidedAt));
}

void DecisionDialog::setDecision(core::Decision decision, const QString &rationale,
                                 const QString &overrideReason, QDate decidedOn)
{
    ValueCombo::select(m_decision, decision);
    m_decidedOn->setDate(decidedOn.isValid() ? decidedOn : core::JapanTime::today());
    m_decidedOn->setEnabled(decision != core::Decision::None);
    // A standard rationale the program wrote reads in the interface language.
    m_rationale->setPlainText(core::ApplicationRepository::rationaleText(rationale));
    m_override->setPlainText(overrideReason);
}

core::Application DecisionDialog::decided() const
{
    core::Application a = m_application;
    a.decision = ValueCombo::current(m_decision, core::Decision::None);
    // A standard rationale left as shown stays as it was stored.
    const QString rationale = m_rationale->toPlainText().trimmed();
    a.decisionRationale =
        rationale == core::ApplicationRepository::rationaleText(m_application.decisionRationale)
                         .trimmed()
            ? m_application.decisionRationale.trimmed()
            : core::ApplicationRepository::storedRationale(rationale);
    a.overrideReason = m_override->toPlainText().trimmed();
    // The time of the decision moves only with its day or the decision itself: a corrected
    // rationale does not move the report schedule that starts from it.
    const QDate day = m_decidedOn->date();
    if (a.decision == core::Decision::None)
        a.decidedAt = QDateTime();
    else if (a.decision != m_application.decision || day != core::JapanTime::dayOf(a.decidedAt))
        a.decidedAt = core::JapanTime::momentOn(day);
    return a;
}

QString DecisionDialog::problem() const
{
    const auto valid = core::ApplicationRepository(m_db).validateChange(decided());
    return valid ? QString() : valid.message();
}

void DecisionDialog::accept()
{
    const QString message = problem();
    m_message->setText(message);
    if (message.isEmpty())
        QDialog::accept();
}

} // namespace iotdesk::ui
