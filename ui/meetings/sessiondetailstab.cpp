#include "ui/meetings/sessiondetailstab.h"

#include "core/foundation/japantime.h"
#include "core/meetings/meetingrepository.h"
#include "core/municipalities/contactrepository.h"
#include "core/undo/changesessioncommand.h"
#include "ui/municipalities/contactsdialog.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/editsession.h"
#include "ui/widgets/writeaccess.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

SessionDetailsTab::SessionDetailsTab(const core::Database &db, CommandRunner &commands,
                                     WriteAccess &writes, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_commands(commands)
    , m_dateFixed(new QCheckBox(this))
    , m_firstDay(new DateField(this))
    , m_dayCount(new QSpinBox(this))
    , m_venue(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_consultants(new QListWidget(this))
    , m_consultantsHint(new QLabel(this))
    , m_editConsultants(new QPushButton(this))
    , m_note(new QPlainTextEdit(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    createLayout();
    createConnections();
    // Consultants… stays: the people are read there, and its dialog guards its own form.
    writes.guard({m_dateFixed, m_firstDay, m_dayCount, m_venue, m_address, m_consultants, m_note,
                  m_save, m_revert});
    retranslate();
}

void SessionDetailsTab::createLayout()
{
    m_dateFixed->setObjectName(u"sessionDateFixed"_s);
    m_firstDay->setObjectName(u"sessionFirstDay"_s);
    m_dayCount->setObjectName(u"sessionDayCount"_s);
    m_dayCount->setRange(1, 14);
    m_venue->setObjectName(u"sessionVenue"_s);
    m_address->setObjectName(u"sessionAddress"_s);
    m_consultants->setObjectName(u"sessionConsultants"_s);
    m_consultants->setMaximumHeight(120);
    // Consultants are the people of the registry marked as consultants: say so, and add them
    // from here.
    m_consultantsHint->setWordWrap(true);
    m_note->setObjectName(u"sessionNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    m_save->setObjectName(u"saveSessionDetails"_s);
    m_save->setDefault(true);
    m_revert->setObjectName(u"revertSessionDetails"_s);
    auto *date = new QHBoxLayout;
    date->addWidget(m_dateFixed);
    date->addWidget(m_firstDay);
    date->addStretch();
    auto *form = new QFormLayout;
    const QList<QWidget *> buddies = {m_dateFixed, m_dayCount,    m_venue,
                                      m_address,   m_consultants, m_note};
    for (QWidget *buddy : buddies) {
        auto *label = new QLabel(this);
        label->setBuddy(buddy);
        m_formLabels.append(label);
    }
    form->addRow(m_formLabels[0], date);
    form->addRow(m_formLabels[1], m_dayCount);
    form->addRow(m_formLabels[2], m_venue);
    form->addRow(m_formLabels[3], m_address);
    auto *consultants = new QVBoxLayout;
    consultants->addWidget(m_consultants);
    auto *consultantsRow = new QHBoxLayout;
    consultantsRow->addWidget(m_consultantsHint, 1);
    consultantsRow->addWidget(m_editConsultants, 0, Qt::AlignRight);
    consultants->addLayout(consultantsRow);
    form->addRow(m_formLabels[4], consultants);
    form->addRow(m_formLabels[5], m_note);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);
}

void SessionDetailsTab::createConnections()
{
    connect(m_dateFixed, &QCheckBox::toggled, m_firstDay, &QWidget::setEnabled);
    // Any edit marks the form as unsaved (not the filling from the file).
    const auto edited = [this] {
        if (!m_filling)
            m_dirty = true;
    };
    connect(m_dateFixed, &QCheckBox::toggled, this, edited);
    connect(m_firstDay, &QDateEdit::dateChanged, this, edited);
    connect(m_dayCount, &QSpinBox::valueChanged, this, edited);
    connect(m_venue, &QLineEdit::textEdited, this, edited);
    connect(m_address, &QLineEdit::textEdited, this, edited);
    connect(m_note, &QPlainTextEdit::textChanged, this, edited);
    connect(m_consultants, &QListWidget::itemChanged, this, edited);
    connect(m_editConsultants, &QPushButton::clicked, this, &SessionDetailsTab::editConsultants);
    connect(m_save, &QPushButton::clicked, this, [this] {
        // A conflict was answered in its own question: nothing more to say.
        if (const QString error = save(); !error.isEmpty() && !conflictAnswered())
            emit errorShown(error);
    });
    connect(m_revert, &QPushButton::clicked, this, &SessionDetailsTab::discard);
}

void SessionDetailsTab::load(const core::SessionSummary &session)
{
    if (session.session.id != m_session.session.id)
        m_dirty = false;
    // What is being edited stays as it is when something else changed the file, and so does
    // the session it was opened from: its save goes on from that version, so that a change
    // made meanwhile is asked about rather than overwritten with what the form still shows.
    if (m_dirty)
        return;
    m_session = session;
    fill();
}

void SessionDetailsTab::clear()
{
    m_session = {};
    m_dirty = false;
}

void SessionDetailsTab::discard()
{
    m_dirty = false;
    // The session as the file holds it now, which may have changed while the form was edited.
    if (m_session.session.id != 0) {
        if (const auto stored = core::MeetingRepository(m_db).session(m_session.session.id))
            m_session = *stored;
    }
    fill();
}

QString SessionDetailsTab::save()
{
    m_conflictAnswered = false;
    const core::MeetingSession mine = fromForm();
    const QString error = saveSession(mine);
    if (!error.isEmpty() && m_commands.lastErrorCode() == core::ErrorCode::Conflict) {
        m_conflictAnswered = true;
        return resolveConflict(error, mine);
    }
    return error;
}

QString SessionDetailsTab::resolveConflict(const QString &message, const core::MeetingSession &mine)
{
    const auto choice = ConflictPrompt::ask(this, message);
    if (choice == ConflictPrompt::Choice::KeepEditing)
        return message;
    const auto theirs = core::MeetingRepository(m_db).session(m_session.session.id);
    if (!theirs)
        return theirs.message();
    const core::MeetingSession opened = m_session.session;
    m_session = *theirs;
    if (choice == ConflictPrompt::Choice::Discard) {
        fill();
        return {};
    }
    // For the user to check and save again.
    showSession(core::reapplyEdit(opened, mine, theirs->session));
    m_dirty = true;
    return ConflictPrompt::reloadedNote();
}

QString SessionDetailsTab::saveSession(const core::MeetingSession &changed)
{
    // The session as it stands, for the step's name and its undo; `changed` carries the
    // version the edit was made from.
    const auto before = core::MeetingRepository(m_db).session(changed.id);
    if (!before)
        return before.message();
    // Saved: the form is filled again from the file once the command has run.
    const bool wasDirty = std::exchange(m_dirty, false);
    const QString error = m_commands.push(new undo::ChangeSessionCommand(m_db, *before, changed));
    if (!error.isEmpty())
        m_dirty = wasDirty;
    return error;
}

void SessionDetailsTab::fill()
{
    m_filling = true;
    const auto done = qScopeGuard([this] {
        m_filling = false;
        m_dirty = false;
    });
    showSession(m_session.session);
}

void SessionDetailsTab::showSession(const core::MeetingSession &session)
{
    const QScopedValueRollback filling(m_filling, true);
    const core::ProgramMeeting &meeting = m_session.meeting;
    m_dateFixed->setChecked(session.firstDay.has_value());
    m_firstDay->setEnabled(session.firstDay.has_value());
    m_firstDay->setDate(session.firstDay.value_or(
        meeting.plannedStart.isValid() ? meeting.plannedStart : core::JapanTime::today()));
    m_dayCount->setValue(session.dayCount);
    m_venue->setText(session.venueName);
    m_address->setText(session.venueAddress);
    m_note->setPlainText(session.note);
    fillConsultantList(session.consultantIds);
}

void SessionDetailsTab::fillConsultantList(const QList<qint64> &ticked)
{
    m_consultants->clear();
    const auto consultants = core::ContactRepository(m_db).consultants();
    for (const core::Contact &c : consultants ? *consultants : QList<core::Contact>()) {
        if (!c.active && !ticked.contains(c.id))
            continue;
        auto *item = new QListWidgetItem(c.name, m_consultants);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_consultantsHint->setVisible(m_consultants->count() == 0);
}

QList<qint64> SessionDetailsTab::tickedConsultants() const
{
    QList<qint64> ticked;
    for (int i = 0; i < m_consultants->count(); ++i) {
        if (m_consultants->item(i)->checkState() == Qt::Checked)
            ticked.append(m_consultants->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ticked;
}

void SessionDetailsTab::editConsultants()
{
    const QList<qint64> ticked = tickedConsultants();
    ContactsDialog dialog(m_db, m_commands, QString(), this);
    dialog.exec();
    // The people added or changed there; the ticks as they were, and not an edit.
    const bool filling = std::exchange(m_filling, true);
    fillConsultantList(ticked);
    m_filling = filling;
}

core::MeetingSession SessionDetailsTab::fromForm() const
{
    core::MeetingSession s = m_session.session;
    s.firstDay = m_dateFixed->isChecked() ? std::optional<QDate>(m_firstDay->date()) : std::nullopt;
    s.dayCount = m_dayCount->value();
    s.venueName = m_venue->text();
    s.venueAddress = m_address->text();
    s.note = m_note->toPlainText();
    s.consultantIds = tickedConsultants();
    std::sort(s.consultantIds.begin(), s.consultantIds.end());
    return s;
}

void SessionDetailsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SessionDetailsTab::retranslate()
{
    const QStringList labels = {tr("&First day:"), tr("&Days:"),        tr("&Venue:"),
                                tr("Addr&ess:"),   tr("C&onsultants:"), tr("&Note:")};
    for (int row = 0; row < labels.size(); ++row)
        m_formLabels[row]->setText(labels[row]);
    m_dateFixed->setText(tr("fixed"));
    m_dateFixed->setToolTip(tr("Untick while the date is not yet agreed."));
    m_venue->setPlaceholderText(tr("e.g. 総務省 第1会議室, or the host's town hall"));
    m_address->setPlaceholderText(tr("Street address, for the calendar and the sheets"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("&Revert"));
    m_editConsultants->setText(tr("Consultants…"));
    m_consultantsHint->setText(tr("No consultants yet. Consultants are the people who log "
                                  "consultations; add them here or with People… on the "
                                  "Consultations page."));
}

} // namespace iotdesk::ui
