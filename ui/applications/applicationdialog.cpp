#include "ui/applications/applicationdialog.h"

#include "core/applications/applicationrepository.h"
#include "core/applications/eligibility.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/storage/database.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/rowlisteditor.h"
#include "ui/widgets/valuecombo.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

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

QGroupBox *listGroup(const QString &title, RowListEditor *editor, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(editor);
    return group;
}

} // namespace

ApplicationDialog::ApplicationDialog(const core::Database &db, const core::Application &application,
                                     QWidget *parent)
    : GuardedDialog(parent)
    , m_db(db)
    , m_application(application)
    , m_received(new DateTimeField(this))
    , m_sender(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_attachmentMb(new QDoubleSpinBox(this))
    , m_lead(new QLineEdit(this))
    , m_members(new QLineEdit(this))
    , m_contacts(new RowListEditor({{tr("Full name"), {}, {}},
                                    {tr("Department"), {}, {}},
                                    {tr("Title"), {}, {}},
                                    {tr("Phone"), {}, {}},
                                    {tr("E-mail"), {}, {}}},
                                   this))
    , m_partners(new RowListEditor({{tr("Name"), {}, {}},
                                    {tr("Kind"), ValueCombo::choices<core::PartnerKind>(), {}},
                                    {tr("Role in the project"), {}, {}}},
                                   this))
    , m_frameworks(new RowListEditor(
          {{tr("Kind"), ValueCombo::choices<core::FrameworkKind>(), {}},
           {tr("Name"), {}, {}},
           {tr("State"), ValueCombo::choices<core::FrameworkState>(), {}},
           {tr("Member municipalities"), {}, tr("Codes or names, separated by 、")}},
          this))
    , m_bureauOpinion(textBox(this))
    , m_contractorOpinion(textBox(this))
    , m_note(textBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"applicationDialog"_s);
    setWindowTitle(application.id == 0 ? tr("New Application") : tr("Application"));
    // Megabytes as MIC's mail server counts them (10 MB = 10,000,000 bytes), as everywhere.
    m_attachmentMb->setRange(0, 2'000);
    m_attachmentMb->setDecimals(2);
    m_attachmentMb->setSingleStep(0.1);
    m_attachmentMb->setSuffix(u" MB"_s);
    m_lead->setPlaceholderText(tr("Code or name, e.g. 132063 or 東京都府中市"));
    m_members->setPlaceholderText(tr("Joint applicants, separated by 、"));

    auto *intake = new QGroupBox(tr("Received by e-mail"), this);
    auto *intakeForm = new QFormLayout(intake);
    intakeForm->addRow(tr("Received (Japan time):"), m_received);
    intakeForm->addRow(tr("Sender:"), m_sender);
    intakeForm->addRow(tr("Subject:"), m_subject);
    intakeForm->addRow(tr("Attachments:"), m_attachmentMb);
    auto *applicants = new QGroupBox(tr("Applicants"), this);
    auto *applicantForm = new QFormLayout(applicants);
    applicantForm->addRow(tr("Lead:"), m_lead);
    applicantForm->addRow(tr("Joint:"), m_members);

    auto *eligibility = new QGroupBox(tr("Eligibility"), this);
    // Long questions: each above its answer, at the group's full width.
    auto *eligibilityForm = new QVBoxLayout(eligibility);
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
        eligibilityForm->addWidget(label);
        eligibilityForm->addWidget(box);
        eligibilityForm->addSpacing(4);
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
    auto *people = new QWidget(this);
    auto *peopleLayout = new QVBoxLayout(people);
    peopleLayout->addWidget(listGroup(tr("Contact persons"), m_contacts, people), 1);
    peopleLayout->addWidget(listGroup(tr("Partner businesses and bodies"), m_partners, people), 1);
    peopleLayout->addWidget(listGroup(tr("Multi-area frameworks"), m_frameworks, people), 1);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(scroll, tr("Application"));
    tabs->addTab(people, tr("Contacts, Partners and Frameworks"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #8a1010;"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
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
    const QDateTime inJapan = received.toTimeZone(core::JapanTime::zone());
    m_received->setDateTime(QDateTime(inJapan.date(), inJapan.time()));
    m_sender->setText(a.senderEmail);
    m_subject->setText(a.subject);
    m_attachmentMb->setValue(double(a.attachmentBytes) / 1e6);
    QStringList joint;
    for (const core::ApplicationMember &member : a.members) {
        if (member.lead)
            m_lead->setText(namesOf({member.code6}));
        else
            joint << member.code6;
    }
    m_members->setText(namesOf(joint));
    QList<QStringList> rows;
    for (const core::ApplicationContact &c : a.contacts)
        rows.append({c.name, c.department, c.title, c.phone, c.email});
    m_contacts->setRows(rows);
    rows.clear();
    for (const core::ApplicationPartner &p : a.partners)
        rows.append({p.name, core::storedName(p.kind), p.role});
    m_partners->setRows(rows);
    rows.clear();
    for (const core::ApplicationFramework &f : a.frameworks)
        rows.append(
            {core::storedName(f.kind), f.name, core::storedName(f.state), namesOf(f.memberCodes)});
    m_frameworks->setRows(rows);
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
    a.receivedAt = QDateTime(wallClock.date(), wallClock.time(), core::JapanTime::zone()).toUTC();
    a.senderEmail = m_sender->text().trimmed();
    a.subject = m_subject->text().trimmed();
    // Keep an exact byte count from a mail or an import unless the field was changed.
    // Unchanged in the field: the exact size stays (the field shows it rounded).
    if (std::abs(m_attachmentMb->value() - double(m_application.attachmentBytes) / 1e6) >= 0.005)
        a.attachmentBytes = qint64(std::llround(m_attachmentMb->value() * 1e6));

    a.members.clear();
    const QStringList lead = resolveAll(m_lead->text(), problems);
    if (lead.size() > 1)
        problems << tr("Name one local government as the lead; the others are joint applicants.");
    for (const QString &code : lead)
        a.members.append({code, true});
    for (const QString &code : resolveAll(m_members->text(), problems))
        a.members.append({code, false});
    a.contacts.clear();
    for (const QStringList &row : m_contacts->rows())
        a.contacts.append({row[0], row[1], row[2], row[3], row[4]});
    a.partners.clear();
    for (const QStringList &row : m_partners->rows())
        a.partners.append(
            {row[0], core::fromStored<core::PartnerKind>(row[1]).value_or(core::PartnerKind::Other),
             row[2]});
    a.frameworks.clear();
    for (const QStringList &row : m_frameworks->rows()) {
        // Members are a set, kept in code order as they are stored.
        QStringList members = resolveAll(row[3], problems);
        members.sort();
        members.removeDuplicates();
        a.frameworks.append(
            {core::fromStored<core::FrameworkKind>(row[0]).value_or(core::FrameworkKind::Other),
             row[1],
             core::fromStored<core::FrameworkState>(row[2]).value_or(core::FrameworkState::Formed),
             members});
    }
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
        if (auto valid = core::ApplicationRepository(m_db).validateChange(a); !valid)
            problems << valid.message();
    }
    if (problem)
        *problem = problems.join(u'\n');
    return a;
}

QStringList ApplicationDialog::resolveAll(const QString &text, QStringList &problems) const
{
    static const QRegularExpression separator(u"[;；、,，]"_s);
    const core::LocalGovernmentRepository localGovernments(m_db.connection());
    QStringList codes;
    for (const QString &part : text.split(separator, Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        const auto found = localGovernments.lookup(name);
        if (found)
            codes << found->code6;
        else
            problems << found.message();
    }
    return codes;
}

QString ApplicationDialog::namesOf(const QStringList &codes) const
{
    const core::LocalGovernmentRepository localGovernments(m_db.connection());
    QStringList names;
    for (const QString &code : codes) {
        const auto lg = localGovernments.findByCode(code);
        names << (lg ? lg->prefecture + lg->name : code);
    }
    return names.join(u"、"_s);
}

void ApplicationDialog::reload(const core::Application &application, const QString &note)
{
    m_application = application;
    fill();
    m_message->setText(note);
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
