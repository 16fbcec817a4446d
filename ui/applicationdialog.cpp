#include "applicationdialog.h"

#include "applicationrepository.h"
#include "database.h"
#include "eligibility.h"
#include "japanesetext.h"
#include "localgovernmentrepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

const QTimeZone &japan()
{
    // UTC+9 without daylight saving since 1951.
    static const QTimeZone zone(9 * 3600);
    return zone;
}

QPlainTextEdit *textBox(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(64);
    return edit;
}

std::optional<bool> answerOf(const QComboBox *box)
{
    const int value = box->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<bool>(value == 1);
}

void setAnswer(QComboBox *box, const std::optional<bool> &answer)
{
    box->setCurrentIndex(box->findData(answer.has_value() ? (*answer ? 1 : 0) : -1));
}

} // namespace

ApplicationDialog::ApplicationDialog(const core::Database &db, const core::Application &application,
                                     QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_application(application)
    , m_received(new QDateTimeEdit(this))
    , m_sender(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_attachmentKb(new QSpinBox(this))
    , m_lead(new QLineEdit(this))
    , m_members(new QLineEdit(this))
    , m_contactName(new QLineEdit(this))
    , m_contactDepartment(new QLineEdit(this))
    , m_contactPhone(new QLineEdit(this))
    , m_contactEmail(new QLineEdit(this))
    , m_bureauOpinion(textBox(this))
    , m_contractorOpinion(textBox(this))
    , m_note(textBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"applicationDialog"_s);
    setWindowTitle(application.id == 0 ? tr("New Application") : tr("Application"));
    m_received->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_received->setCalendarPopup(true);
    m_attachmentKb->setRange(0, 2'000'000);
    m_attachmentKb->setSuffix(u" KB"_s);
    m_attachmentKb->setGroupSeparatorShown(true);
    m_lead->setPlaceholderText(tr("Code or name, e.g. 132063 or 東京都府中市"));
    m_members->setPlaceholderText(tr("Joint applicants, separated by 、"));

    auto *intake = new QGroupBox(tr("Received by e-mail"), this);
    auto *intakeForm = new QFormLayout(intake);
    intakeForm->addRow(tr("Received (Japan time):"), m_received);
    intakeForm->addRow(tr("Sender:"), m_sender);
    intakeForm->addRow(tr("Subject:"), m_subject);
    intakeForm->addRow(tr("Attachments:"), m_attachmentKb);
    auto *applicants = new QGroupBox(tr("Applicants"), this);
    auto *applicantForm = new QFormLayout(applicants);
    applicantForm->addRow(tr("Lead:"), m_lead);
    applicantForm->addRow(tr("Joint:"), m_members);
    applicantForm->addRow(tr("Contact person:"), m_contactName);
    applicantForm->addRow(tr("Department:"), m_contactDepartment);
    applicantForm->addRow(tr("Phone:"), m_contactPhone);
    applicantForm->addRow(tr("E-mail:"), m_contactEmail);

    auto *eligibility = new QGroupBox(tr("Eligibility"), this);
    auto *eligibilityForm = new QFormLayout(eligibility);
    // Long questions: each above its answer, at full width, never squeezed.
    eligibilityForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    const QStringList questions = {
        tr("Reports its activities about monthly"),
        tr("Hosts workshop 2 in its own area"),
        tr("Attends workshops 1 and 3 and the final meeting"),
        tr("Introduced IoT through: %1")
            .arg(core::Eligibility::priorProgramName(core::PriorProgram::IctTownPeopleJobs)),
        tr("Introduced IoT through: %1")
            .arg(core::Eligibility::priorProgramName(core::PriorProgram::DataSmartCity)),
        tr("Introduced IoT through: %1")
            .arg(
                core::Eligibility::priorProgramName(core::PriorProgram::RegionalIotImplementation)),
        tr("Introduced IoT through: %1")
            .arg(core::Eligibility::priorProgramName(core::PriorProgram::IotServiceCreation)),
        tr("Has a comprehensive regional partnership agreement for ICT/IoT"),
    };
    for (std::size_t i = 0; i < m_answers.size(); ++i) {
        auto *box = new QComboBox(this);
        box->addItem(tr("— not answered"), -1);
        box->addItem(tr("Yes"), 1);
        box->addItem(tr("No"), 0);
        m_answers[i] = box;
        auto *label = new QLabel(questions[qsizetype(i)], this);
        label->setWordWrap(true);
        label->setBuddy(box);
        eligibilityForm->addRow(label, box);
    }
    auto *opinions = new QGroupBox(tr("Opinions"), this);
    auto *opinionForm = new QFormLayout(opinions);
    opinionForm->addRow(tr("Regional bureau:"), m_bureauOpinion);
    opinionForm->addRow(tr("Contractor:"), m_contractorOpinion);
    opinionForm->addRow(tr("Note:"), m_note);

    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    left->addWidget(intake);
    left->addWidget(applicants);
    left->addWidget(opinions);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(eligibility);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #8a1010;"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(1000, 720);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApplicationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
}

void ApplicationDialog::fill()
{
    const core::Application &a = m_application;
    const QDateTime received =
        a.receivedAt.isValid() ? a.receivedAt : QDateTime::currentDateTimeUtc();
    // The edit shows Japan's wall clock, whatever the computer's time zone is.
    const QDateTime inJapan = received.toTimeZone(japan());
    m_received->setDateTime(QDateTime(inJapan.date(), inJapan.time()));
    m_sender->setText(a.senderEmail);
    m_subject->setText(a.subject);
    m_attachmentKb->setValue(int((a.attachmentBytes + 999) / 1000));
    const core::LocalGovernmentRepository localGovernments(m_db.connection());
    QStringList joint;
    for (const core::ApplicationMember &member : a.members) {
        const auto lg = localGovernments.findByCode(member.code6);
        const QString text = lg ? lg->prefecture + lg->name : member.code6;
        if (member.lead)
            m_lead->setText(text);
        else
            joint << text;
    }
    m_members->setText(joint.join(u"、"_s));
    if (!a.contacts.isEmpty()) {
        m_contactName->setText(a.contacts.front().name);
        m_contactDepartment->setText(a.contacts.front().department);
        m_contactPhone->setText(a.contacts.front().phone);
        m_contactEmail->setText(a.contacts.front().email);
    }
    setAnswer(m_answers[0], a.answers.reportsMonthly);
    setAnswer(m_answers[1], a.answers.hostsWorkshop2);
    setAnswer(m_answers[2], a.answers.attendsCentralMeetings);
    for (std::size_t i = 0; i < a.answers.usedPriorProgram.size(); ++i)
        setAnswer(m_answers[3 + i], a.answers.usedPriorProgram[i]);
    setAnswer(m_answers[7], a.answers.hasComprehensiveAgreement);
    m_bureauOpinion->setPlainText(a.bureauOpinion);
    m_contractorOpinion->setPlainText(a.contractorOpinion);
    m_note->setPlainText(a.note);
}

core::Application ApplicationDialog::entered(QString *problem) const
{
    core::Application a = m_application;
    QStringList problems;
    const QDateTime wallClock = m_received->dateTime();
    a.receivedAt = QDateTime(wallClock.date(), wallClock.time(), japan()).toUTC();
    a.senderEmail = m_sender->text().trimmed();
    a.subject = m_subject->text().trimmed();
    // Keep an exact byte count from a mail or an import unless the field was changed.
    if (m_attachmentKb->value() != int((m_application.attachmentBytes + 999) / 1000))
        a.attachmentBytes = qint64(m_attachmentKb->value()) * 1000;

    const core::LocalGovernmentRepository localGovernments(m_db.connection());
    const auto resolve = [&](const QString &text) -> QString {
        const auto found = core::JapaneseText::isDigits(text) ? localGovernments.findByCode(text)
                                                              : localGovernments.resolve(text);
        if (!found) {
            problems << found.message();
            return {};
        }
        return found->code6;
    };
    a.members.clear();
    if (const QString lead = m_lead->text().trimmed(); !lead.isEmpty()) {
        if (const QString code = resolve(lead); !code.isEmpty())
            a.members.append({code, true});
    }
    static const QRegularExpression separator(u"[;；、,，]"_s);
    for (const QString &member : m_members->text().split(separator, Qt::SkipEmptyParts)) {
        if (const QString code = resolve(member.trimmed()); !code.isEmpty())
            a.members.append({code, false});
    }
    core::ApplicationContact contact =
        a.contacts.isEmpty() ? core::ApplicationContact{} : a.contacts.front();
    contact.name = m_contactName->text().trimmed();
    contact.department = m_contactDepartment->text().trimmed();
    contact.phone = m_contactPhone->text().trimmed();
    contact.email = m_contactEmail->text().trimmed();
    if (!a.contacts.isEmpty())
        a.contacts.removeFirst();
    if (!contact.name.isEmpty() || !contact.email.isEmpty())
        a.contacts.prepend(contact);
    a.answers.reportsMonthly = answerOf(m_answers[0]);
    a.answers.hostsWorkshop2 = answerOf(m_answers[1]);
    a.answers.attendsCentralMeetings = answerOf(m_answers[2]);
    for (std::size_t i = 0; i < a.answers.usedPriorProgram.size(); ++i)
        a.answers.usedPriorProgram[i] = answerOf(m_answers[3 + i]);
    a.answers.hasComprehensiveAgreement = answerOf(m_answers[7]);
    a.bureauOpinion = m_bureauOpinion->toPlainText().trimmed();
    a.contractorOpinion = m_contractorOpinion->toPlainText().trimmed();
    a.note = m_note->toPlainText().trimmed();
    if (problems.isEmpty()) {
        if (auto valid = core::ApplicationRepository(m_db).validate(a); !valid)
            problems << valid.message();
    }
    if (problem)
        *problem = problems.join(u'\n');
    return a;
}

void ApplicationDialog::accept()
{
    QString problem;
    entered(&problem);
    m_message->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace iotdesk::ui
