#include "ui/meetings/participantpicker.h"

#include "core/meetings/meetingrepository.h"
#include "core/municipalities/contactrepository.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/storage/changenotifier.h"
#include "core/storage/database.h"
#include "ui/municipalities/contactsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

ParticipantPicker::ParticipantPicker(const core::Database &db, CommandRunner &commands,
                                     qint64 sessionId, const QString &hostCode6, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
    , m_sessionId(sessionId)
    , m_hostCode6(hostCode6)
    , m_filter(new QLineEdit(this))
    , m_everyone(new QCheckBox(tr("Show everyone"), this))
    , m_list(new QListWidget(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Register Participants"));
    m_filter->setPlaceholderText(tr("Filter by name, reading or affiliation"));
    m_filter->setClearButtonEnabled(true);
    auto *people = new QPushButton(tr("&People…"), this);
    people->setToolTip(tr("Add or correct people, then choose them here."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_everyone);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(people);
    bottom->addStretch();
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the people to register for every day of the session "
                                    "(Space ticks the selected ones)."),
                                 this));
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    m_problem->setObjectName(u"pickerProblem"_s);
    m_problem->setStyleSheet(u"color: #8a1010;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addLayout(bottom);
    m_filter->installEventFilter(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    resize(560, 520);

    connect(m_filter, &QLineEdit::textChanged, this, &ParticipantPicker::applyFilter);
    connect(m_everyone, &QCheckBox::toggled, this, &ParticipantPicker::reload);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(people, &QPushButton::clicked, this, [this] {
        ContactsDialog dialog(m_db, m_commands, m_hostCode6, this);
        dialog.exec();
        reload();
    });
    reload();
    // People added or registered meanwhile (here or in another window) are offered at once;
    // the ticks stay.
    connect(&m_db.changes(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &changes) {
                if (changes.touches({u"contact", u"participant", u"application"}))
                    reload();
            });
    // From the filter Tab goes to the people (Space ticks one), then to "show everyone".
    setTabOrder(m_filter, m_list);
    setTabOrder(m_list, m_everyone);
    m_filter->setFocus();
}

void ParticipantPicker::reload()
{
    const QList<qint64> ticked = chosen();
    m_list->clear();
    const auto candidates =
        core::MeetingRepository(m_db).candidates(m_sessionId, m_everyone->isChecked());
    if (!candidates) {
        m_list->addItem(candidates.message());
        return;
    }
    const core::LocalGovernmentRepository governments(m_db.connection());
    QHash<QString, QString> names;
    for (const core::Contact &c : *candidates) {
        QString affiliation = core::shownName(c.kind);
        if (!c.lgCode6.isEmpty()) {
            if (!names.contains(c.lgCode6)) {
                const auto lg = governments.findByCode(c.lgCode6);
                names.insert(c.lgCode6, lg ? lg->fullName() : c.lgCode6);
            }
            affiliation = names.value(c.lgCode6);
        }
        QString text = c.name + u"　— "_s + affiliation;
        if (!c.department.isEmpty())
            text += u" "_s + c.department;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, (c.name + c.kana + affiliation + c.department).toLower());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    applyFilter();
}

void ParticipantPicker::applyFilter()
{
    const QString needle = m_filter->text().trimmed().toLower();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!needle.isEmpty() &&
                        !item->data(Qt::UserRole + 1).toString().contains(needle));
    }
}

bool ParticipantPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_PageDown) {
            for (int i = 0; i < m_list->count(); ++i) {
                if (!m_list->item(i)->isHidden()) {
                    m_list->setCurrentRow(i);
                    break;
                }
            }
            m_list->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ParticipantPicker::accept()
{
    if (chosen().isEmpty()) {
        for (QListWidgetItem *item : m_list->selectedItems()) {
            if (!item->isHidden() && (item->flags() & Qt::ItemIsUserCheckable))
                item->setCheckState(Qt::Checked);
        }
    }
    if (chosen().isEmpty()) {
        m_problem->setText(tr("Nobody is ticked: tick the people to register (Space ticks the "
                              "selected ones), or Cancel."));
        m_problem->show();
        m_list->setFocus();
        return;
    }
    QDialog::accept();
}

QList<qint64> ParticipantPicker::chosen() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

} // namespace iotdesk::ui
