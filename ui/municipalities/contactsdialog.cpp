#include "ui/municipalities/contactsdialog.h"

#include "core/municipalities/contactrepository.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/storage/changenotifier.h"
#include "core/storage/database.h"
#include "core/undo/addcontactcommand.h"
#include "core/undo/editcontactcommand.h"
#include "ui/consultations/consultationdialog.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/editsession.h"
#include "ui/widgets/writeaccess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

ContactsDialog::ContactsDialog(const core::Database &db, CommandRunner &commands,
                               const QString &code6, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
    , m_kind(new QComboBox(this))
    , m_government(new QLineEdit(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_name(new QLineEdit(this))
    , m_kana(new QLineEdit(this))
    , m_department(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_active(new QCheckBox(tr("Active (offered when typing a name)"), this))
    , m_new(new QPushButton(tr("New Person"), this))
    , m_save(new QPushButton(tr("Save Person"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("People"));
    setObjectName(u"peopleDialog"_s);
    m_government->setObjectName(u"peopleGovernment"_s);
    m_kind->addItem(tr("People at a local government"));
    m_kind->addItem(tr("Consultants"));
    m_government->setPlaceholderText(tr("Code or name; Enter shows its people"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Department"), tr("Title"), tr("E-mail"), tr("Phone")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #8a1010;"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_kind);
    top->addWidget(m_government, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Reading (kana):"), m_kana);
    form->addRow(tr("Department:"), m_department);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(QString(), m_active);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        m_government->setEnabled(index == 0);
        showGovernment(index == 0 ? m_code6 : QString());
    });
    connect(m_government, &QLineEdit::returnPressed, this, [this] {
        QString problem;
        const QString code =
            ConsultationDialog::governmentCode(m_db, m_government->text(), &problem);
        m_message->setText(problem);
        if (!code.isEmpty())
            showGovernment(code);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ContactsDialog::fillForm);
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
        fillForm();
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this,
            [this] { m_message->setText(save(formContact())); });
    // People changed elsewhere meanwhile (another window, the command line) are listed at once;
    // what is in the form stays.
    connect(&m_db.changes(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &changes) {
                if (changes.touches({u"contact"}))
                    reload(false);
            });
    resize(760, 620);
    // The people are read (and found by government) whatever the file allows; the form writes.
    // A consultant keeps the people of the consultation log as well.
    if (WriteAccess *writes = m_commands.writes()) {
        for (QObject *field : std::initializer_list<QObject *>{
                 m_name, m_kana, m_department, m_title, m_email, m_phone, m_active, m_new, m_save})
            writes->guard(field, WriteAccess::Needs::Consultations);
    }
    // Without a local government in view the consultants come first; switching to a local
    // government's people stays there and asks which government.
    if (code6.isEmpty())
        m_kind->setCurrentIndex(1);
    showGovernment(code6);
}

void ContactsDialog::showGovernment(const QString &code6)
{
    m_code6 = code6;
    if (!code6.isEmpty())
        m_kind->setCurrentIndex(0);
    const bool municipal = m_kind->currentIndex() == 0;
    m_government->setEnabled(municipal);
    if (!code6.isEmpty()) {
        const auto lg = core::LocalGovernmentRepository(m_db.connection()).findByCode(code6);
        m_government->setText(lg ? lg->fullName() + u' ' + lg->code6 : code6);
    } else if (municipal) {
        m_government->clear();
        m_government->setPlaceholderText(
            tr("Type a local government's code, name or reading and press Enter"));
        m_government->setFocus();
    }
    reload();
}

void ContactsDialog::reload(bool fill)
{
    const qint64 current = m_table->currentRow() >= 0 && m_table->currentRow() < m_contacts.size()
                               ? m_contacts[m_table->currentRow()].id
                               : 0;
    const core::ContactRepository repository(m_db);
    const auto contacts =
        m_kind->currentIndex() == 1 ? repository.consultants() : repository.ofGovernment(m_code6);
    m_contacts = contacts ? *contacts : QList<core::Contact>();
    if (!contacts)
        m_message->setText(contacts.message());
    m_table->setRowCount(int(m_contacts.size()));
    int select = -1;
    for (int r = 0; r < m_contacts.size(); ++r) {
        const core::Contact &c = m_contacts[r];
        const QStringList cells = {c.name, c.department, c.title, c.email, c.phone};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (!c.active)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, column, item);
        }
        if (c.id == current)
            select = r;
    }
    m_table->resizeColumnsToContents();
    {
        const QSignalBlocker blocker(fill ? nullptr : m_table);
        m_table->setCurrentCell(select, select < 0 ? -1 : 0);
    }
    if (fill)
        fillForm();
}

void ContactsDialog::fillForm()
{
    const int row = m_table->currentRow();
    const core::Contact c = row >= 0 && row < m_contacts.size() ? m_contacts[row] : core::Contact{};
    showInForm(c);
}

void ContactsDialog::showInForm(const core::Contact &c)
{
    m_opened = c;
    m_name->setText(c.name);
    m_kana->setText(c.kana);
    m_department->setText(c.department);
    m_title->setText(c.title);
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    m_active->setChecked(c.active);
    m_save->setText(c.id == 0 ? tr("Add Person") : tr("Save Person"));
}

core::Contact ContactsDialog::formContact() const
{
    const int row = m_table->currentRow();
    core::Contact c = row >= 0 && row < m_contacts.size() ? m_contacts[row] : core::Contact{};
    if (c.id != 0 && c.id == m_opened.id)
        c.version = m_opened.version;
    if (c.id == 0) {
        c.kind = m_kind->currentIndex() == 1 ? core::ContactKind::Consultant
                                             : core::ContactKind::Municipal;
        c.lgCode6 = c.kind == core::ContactKind::Municipal ? m_code6 : QString();
    }
    c.name = m_name->text();
    c.kana = m_kana->text();
    c.department = m_department->text();
    c.title = m_title->text();
    c.email = m_email->text();
    c.phone = m_phone->text();
    c.active = m_active->isChecked();
    return c;
}

QString ContactsDialog::save(const core::Contact &contact)
{
    core::ContactRepository repository(m_db);
    if (auto valid = repository.validate(contact); !valid)
        return valid.message();
    QString error;
    if (contact.id == 0) {
        error = m_commands.push(new undo::AddContactCommand(m_db, contact));
    } else {
        const auto before = repository.contact(contact.id);
        if (!before)
            return before.message();
        error = m_commands.push(new undo::EditContactCommand(m_db, *before, contact));
        if (m_commands.lastErrorCode() == core::ErrorCode::Conflict) {
            // Someone changed the person since the form was filled: the form keeps what was
            // typed unless the user takes their version with the typing put back on top.
            if (ConflictPrompt::ask(this, error) == ConflictPrompt::Choice::ReloadAndReapply) {
                const auto theirs = repository.contact(contact.id);
                if (!theirs)
                    return theirs.message();
                const core::Contact opened = m_opened;
                showInForm(core::reapplyEdit(opened, contact, *theirs));
                m_opened = *theirs;
                return ConflictPrompt::reloadedNote();
            }
            return error;
        }
    }
    if (error.isEmpty()) {
        reload();
        for (int r = 0; r < m_contacts.size(); ++r) {
            if (m_contacts[r].name == contact.name.trimmed())
                m_table->setCurrentCell(r, 0);
        }
    }
    return error;
}

} // namespace iotdesk::ui
