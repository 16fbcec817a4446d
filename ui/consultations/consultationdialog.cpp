#include "ui/consultations/consultationdialog.h"

#include "core/consultations/consultationrepository.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/contactrepository.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/storage/database.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/governmentchooser.h"
#include "ui/widgets/optionaldateedit.h"
#include "ui/widgets/valuecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QStringListModel>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

// The topics are laid out four to a row.
constexpr int kTopicColumns = 4;

// A form label for a row that holds a layout: its shortcut goes to the row's first field.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QPlainTextEdit *textBox(QWidget *parent, int height)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(height);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return edit;
}

} // namespace

core::Result<core::LocalGovernment> ConsultationDialog::government(const core::Database &db,
                                                                   const QString &text)
{
    // A completion's text carries its code.
    static const QRegularExpression code(u"\\b(\\d{6})\\b"_s);
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = code.match(trimmed);
    const QString key = match.hasMatch() ? match.captured(1) : trimmed;
    if (key.isEmpty()) {
        return core::Error(core::ErrorCode::Invalid,
                           tr("Name the local government: a code, a name or its reading."));
    }
    return core::LocalGovernmentRepository(db.connection()).lookup(key);
}

QString ConsultationDialog::governmentCode(const core::Database &db, const QString &text,
                                           QString *problem)
{
    const auto found = government(db, text);
    if (!found) {
        if (problem)
            *problem = found.message();
        return {};
    }
    return found->code6;
}

ConsultationDialog::ConsultationDialog(const core::Database &db,
                                       const core::Consultation &consultation, QWidget *parent)
    : GuardedDialog(parent)
    , m_db(db)
    , m_consultation(consultation)
    , m_when(new DateTimeField(this))
    , m_government(new QLineEdit(this))
    , m_governmentName(new QLabel(this))
    , m_counterpart(new QLineEdit(this))
    , m_department(new QLineEdit(this))
    , m_counterpartNames(new QStringListModel(this))
    , m_consultant(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_summary(textBox(this, 80))
    , m_advice(textBox(this, 60))
    , m_followUp(new QLineEdit(this))
    , m_due(new OptionalDateEdit(tr("no date"), this))
    , m_owner(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"consultationDialog"_s);
    setWindowTitle(consultation.id == 0 ? tr("Log Consultation") : tr("Consultation"));
    createWidgets();
    createLayout();
    createConnections();
    orderTabs();
    resize(760, 620);
    fill();
    // A new entry starts at the government (the time is now); a correction at the top.
    if (consultation.id == 0)
        m_government->setFocus();
    else
        m_when->setFocus();
}

void ConsultationDialog::createWidgets()
{
    m_government->setPlaceholderText(tr("Code, name or reading, e.g. 132063, 府中市, ふちゅう"));
    auto *governments = new QCompleter(GovernmentChooser::completionTexts(m_db), this);
    governments->setFilterMode(Qt::MatchContains);
    governments->setCaseSensitivity(Qt::CaseInsensitive);
    governments->setMaxVisibleItems(12);
    m_government->setCompleter(governments);
    m_governmentName->setStyleSheet(u"color: palette(mid);"_s);
    auto *people = new QCompleter(m_counterpartNames, this);
    people->setFilterMode(Qt::MatchContains);
    people->setCaseSensitivity(Qt::CaseInsensitive);
    m_counterpart->setCompleter(people);
    m_counterpart->setPlaceholderText(tr("Name; completed from the people known there"));
    m_consultant->setEditable(true);
    m_consultant->setInsertPolicy(QComboBox::NoInsert);
    if (const auto consultants = core::ContactRepository(m_db).consultants()) {
        for (const core::Contact &c : *consultants) {
            if (c.active)
                m_consultant->addItem(c.name, c.id);
        }
    }
    m_consultant->completer()->setCompletionMode(QCompleter::PopupCompletion);
    ValueCombo::fill<core::Channel>(m_channel);
    ValueCombo::fill<core::Direction>(m_direction);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSingleStep(5);
    m_followUp->setPlaceholderText(tr("What has to follow, if anything"));
    m_owner->addItem(tr("the consultant"), qint64(-1));
    m_owner->addItem(tr("nobody"), qint64(0));
    for (int i = 0; i < m_consultant->count(); ++i)
        m_owner->addItem(m_consultant->itemText(i), m_consultant->itemData(i));
}

void ConsultationDialog::createLayout()
{
    auto *form = new QFormLayout;
    form->addRow(tr("&When (Japan time):"), m_when);
    auto *governmentRow = new QHBoxLayout;
    governmentRow->addWidget(m_government, 1);
    governmentRow->addWidget(m_governmentName, 1);
    form->addRow(buddyLabel(tr("&Local government:"), m_government, this), governmentRow);
    auto *personRow = new QHBoxLayout;
    personRow->addWidget(m_counterpart, 1);
    personRow->addWidget(new QLabel(tr("Department:"), this));
    personRow->addWidget(m_department, 1);
    form->addRow(buddyLabel(tr("C&ounterpart:"), m_counterpart, this), personRow);
    form->addRow(tr("Co&nsultant:"), m_consultant);
    auto *how = new QHBoxLayout;
    how->addWidget(m_channel);
    how->addWidget(m_direction);
    how->addWidget(new QLabel(tr("Duration:"), this));
    how->addWidget(m_minutes);
    how->addStretch(1);
    form->addRow(buddyLabel(tr("C&hannel:"), m_channel, this), how);
    auto *topics = new QGroupBox(tr("Topics"), this);
    auto *topicGrid = new QGridLayout(topics);
    for (int t = 0; t < core::kTopicCount; ++t) {
        auto *box = new QCheckBox(core::ConsultationRepository::topicName(core::Topic(t)), this);
        m_topics[std::size_t(t)] = box;
        topicGrid->addWidget(box, t / kTopicColumns, t % kTopicColumns);
        // The topics are one stop of Tab; the arrows move among them, Space ticks.
        box->setFocusPolicy(t == 0 ? Qt::StrongFocus : Qt::ClickFocus);
        box->installEventFilter(this);
    }
    form->addRow(topics);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Advice given:"), m_advice);
    auto *followRow = new QHBoxLayout;
    followRow->addWidget(m_followUp, 1);
    followRow->addWidget(new QLabel(tr("Due:"), this));
    followRow->addWidget(m_due);
    followRow->addWidget(new QLabel(tr("Owner:"), this));
    followRow->addWidget(m_owner);
    form->addRow(buddyLabel(tr("&Follow-up:"), m_followUp, this), followRow);

    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #8a1010;"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setDefault(false);
            push->setAutoDefault(false);
        }
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsultationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ConsultationDialog::createConnections()
{
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this,
                &ConsultationDialog::accept);
    }
    connect(m_government, &QLineEdit::textChanged, this, &ConsultationDialog::updateCounterparts);
    connect(m_counterpart, &QLineEdit::textChanged, this, &ConsultationDialog::fillDepartment);
}

// As the form reads, the topics before the summary.
void ConsultationDialog::orderTabs()
{
    setTabOrder(m_when, m_government);
    setTabOrder(m_government, m_counterpart);
    setTabOrder(m_counterpart, m_department);
    setTabOrder(m_department, m_consultant);
    setTabOrder(m_consultant, m_channel);
    setTabOrder(m_channel, m_direction);
    setTabOrder(m_direction, m_minutes);
    QWidget *previous = m_minutes;
    for (QCheckBox *box : m_topics) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_summary);
    setTabOrder(m_summary, m_advice);
    setTabOrder(m_advice, m_followUp);
    setTabOrder(m_followUp, m_due);
    setTabOrder(m_due, m_owner);
}

// A known person brings their department, as the registry knows it.
void ConsultationDialog::fillDepartment()
{
    // Only a department the user has not typed is filled in (or replaced, as the name
    // grows from 山田 to 山田 太郎).
    if (m_department->text() != m_filledDepartment)
        return;
    const QString code = governmentCode(m_db, m_government->text());
    const QString name = m_counterpart->text().trimmed();
    QString department;
    if (!code.isEmpty() && !name.isEmpty()) {
        if (const auto known = core::ContactRepository(m_db).ofGovernment(code)) {
            for (const core::Contact &person : *known) {
                if (person.name == name) {
                    department = person.department;
                    break;
                }
            }
        }
    }
    m_department->setText(department);
    m_filledDepartment = department;
}

void ConsultationDialog::fill()
{
    const core::Consultation &c = m_consultation;
    const QDateTime at = (c.occurredAt.isValid() ? c.occurredAt : QDateTime::currentDateTimeUtc())
                             .toTimeZone(core::JapanTime::zone());
    m_when->setDateTime(QDateTime(at.date(), at.time()));
    if (!c.lgCode6.isEmpty()) {
        const auto lg = core::LocalGovernmentRepository(m_db.connection()).findByCode(c.lgCode6);
        m_government->setText(lg ? lg->fullName() + u' ' + lg->code6 : c.lgCode6);
    }
    const core::ContactRepository contacts(m_db);
    if (c.counterpartId != 0) {
        if (const auto person = contacts.contact(c.counterpartId)) {
            m_counterpart->setText(person->name);
            m_department->setText(person->department);
            m_filledDepartment = person->department;
        }
    }
    if (c.consultantId == 0) {
        // Never someone else by default: the first name of the list is not the user.
        m_consultant->setCurrentIndex(-1);
        m_consultant->setEditText(QString());
    } else {
        const int index = m_consultant->findData(c.consultantId);
        if (index >= 0) {
            m_consultant->setCurrentIndex(index);
        } else if (const auto person = contacts.contact(c.consultantId)) {
            m_consultant->addItem(person->name, person->id);
            m_consultant->setCurrentIndex(m_consultant->count() - 1);
        }
    }
    ValueCombo::select(m_channel, c.channel);
    ValueCombo::select(m_direction, c.direction);
    for (int t = 0; t < core::kTopicCount; ++t)
        m_topics[std::size_t(t)]->setChecked(c.hasTopic(core::Topic(t)));
    m_minutes->setValue(c.durationMinutes);
    m_summary->setPlainText(c.summary);
    m_advice->setPlainText(c.advice);
    // The first open follow-up is edited here; the others stay as they are.
    m_due->setDate(m_due->minimumDate());
    for (const core::FollowUp &f : c.followUps) {
        if (f.isOpen()) {
            m_followUp->setText(f.action);
            if (f.dueOn.isValid())
                m_due->setDate(f.dueOn);
            if (f.ownerId != c.consultantId) {
                if (m_owner->findData(f.ownerId) < 0) {
                    const auto owner = contacts.contact(f.ownerId);
                    m_owner->addItem(owner ? owner->name : tr("(nobody)"), f.ownerId);
                }
                m_owner->setCurrentIndex(m_owner->findData(f.ownerId));
            }
            break;
        }
    }
    updateCounterparts();
}

void ConsultationDialog::updateCounterparts()
{
    const QString code = governmentCode(m_db, m_government->text());
    QStringList names;
    if (!code.isEmpty()) {
        if (const auto lg = core::LocalGovernmentRepository(m_db.connection()).findByCode(code))
            m_governmentName->setText(lg->fullName());
        if (const auto people = core::ContactRepository(m_db).ofGovernment(code)) {
            for (const core::Contact &c : *people)
                names << c.name;
        }
    } else {
        m_governmentName->clear();
    }
    m_counterpartNames->setStringList(names);
}

qint64 ConsultationDialog::contactId(core::ContactKind kind, const QString &name,
                                     const QString &code6) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    // The person the consultation already names stays, active or not.
    const core::ContactRepository contacts(m_db);
    for (const qint64 id : {m_consultation.counterpartId, m_consultation.consultantId}) {
        if (id == 0)
            continue;
        if (const auto person = contacts.contact(id);
            person && person->kind == kind && person->name == trimmed &&
            (kind != core::ContactKind::Municipal || person->lgCode6 == code6))
            return id;
    }
    const auto known = contacts.complete(kind, trimmed, code6, 50);
    if (known) {
        for (const core::Contact &c : *known) {
            if (c.name == trimmed && (kind != core::ContactKind::Municipal || c.lgCode6 == code6))
                return c.id;
        }
    }
    return -1;
}

core::Consultation ConsultationDialog::entered(QString *problem) const
{
    core::Consultation c = m_consultation;
    QStringList problems;
    const QDateTime wallClock = m_when->dateTime();
    c.occurredAt = QDateTime(wallClock.date(), wallClock.time(), core::JapanTime::zone()).toUTC();
    QString governmentProblem;
    c.lgCode6 = governmentCode(m_db, m_government->text(), &governmentProblem);
    if (c.lgCode6.isEmpty())
        problems << governmentProblem;
    c.channel = ValueCombo::current(m_channel, core::Channel::Phone);
    c.direction = ValueCombo::current(m_direction, core::Direction::Incoming);
    c.topics = 0;
    for (int t = 0; t < core::kTopicCount; ++t)
        c.setTopic(core::Topic(t), m_topics[std::size_t(t)]->isChecked());
    c.durationMinutes = m_minutes->value();
    c.summary = m_summary->toPlainText().trimmed();
    c.advice = m_advice->toPlainText().trimmed();
    // People not known yet are added on accept; until then they count as "none" here.
    c.counterpartId = std::max<qint64>(
        0, contactId(core::ContactKind::Municipal, m_counterpart->text(), c.lgCode6));
    c.consultantId = std::max<qint64>(
        0, contactId(core::ContactKind::Consultant, m_consultant->currentText(), {}));
    const QString action = m_followUp->text().trimmed();
    const QDate due = m_due->date() == m_due->minimumDate() ? QDate() : m_due->date();
    // -1 is "the consultant"; 0 nobody; otherwise that person.
    const qint64 chosenOwner = m_owner->currentData().toLongLong();
    const qint64 owner = chosenOwner < 0 ? c.consultantId : chosenOwner;
    bool placed = false;
    for (core::FollowUp &f : c.followUps) {
        if (f.isOpen()) {
            f.action = action;
            f.dueOn = due;
            f.ownerId = owner;
            placed = true;
            break;
        }
    }
    if (!placed && !action.isEmpty())
        c.followUps.append({0, c.id, action, due, owner, {}});
    // An emptied open follow-up is removed.
    c.followUps.removeIf([](const core::FollowUp &f) { return f.isOpen() && f.action.isEmpty(); });
    if (problems.isEmpty()) {
        if (auto valid = core::ConsultationRepository(m_db).validate(c); !valid)
            problems << valid.message();
    }
    if (problem)
        *problem = problems.join(u'\n');
    return c;
}

void ConsultationDialog::reload(const core::Consultation &consultation, const QString &note)
{
    m_consultation = consultation;
    fill();
    m_message->setText(note);
}

void ConsultationDialog::accept()
{
    QString problem;
    const core::Consultation c = entered(&problem);
    if (problem.isEmpty()) {
        // Names typed for the first time become people kept for next time.
        core::ContactRepository contacts(m_db);
        const auto add = [&](core::ContactKind kind, const QString &name, const QString &code,
                             const QString &department) -> bool {
            if (contactId(kind, name, code) != -1)
                return true;
            core::Contact contact;
            contact.kind = kind;
            contact.name = name.trimmed();
            contact.lgCode6 = code;
            contact.department = department.trimmed();
            const auto id = contacts.add(contact);
            if (!id)
                problem = id.message();
            return bool(id);
        };
        if (add(core::ContactKind::Municipal, m_counterpart->text(), c.lgCode6,
                m_department->text()))
            add(core::ContactKind::Consultant, m_consultant->currentText(), {}, {});
    }
    m_message->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

void ConsultationDialog::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        focusNextChild();
        return;
    }
    GuardedDialog::keyPressEvent(event);
}

bool ConsultationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto found = std::find(m_topics.begin(), m_topics.end(), watched);
        if (found != m_topics.end()) {
            const int index = int(found - m_topics.begin());
            int next = index;
            switch (static_cast<QKeyEvent *>(event)->key()) {
            case Qt::Key_Right:
                next = index + 1;
                break;
            case Qt::Key_Left:
                next = index - 1;
                break;
            case Qt::Key_Down:
                next = index + kTopicColumns;
                break;
            case Qt::Key_Up:
                next = index - kTopicColumns;
                break;
            default:
                return GuardedDialog::eventFilter(watched, event);
            }
            if (next >= 0 && next < core::kTopicCount)
                m_topics[std::size_t(next)]->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return GuardedDialog::eventFilter(watched, event);
}

} // namespace iotdesk::ui
