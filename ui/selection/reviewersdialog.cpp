#include "ui/selection/reviewersdialog.h"

#include "core/municipalities/localgovernmentrepository.h"
#include "core/selection/reviewrepository.h"
#include "core/storage/changenotifier.h"
#include "core/storage/database.h"
#include "core/undo/addreviewercommand.h"
#include "core/undo/setrevieweractivecommand.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/valuecombo.h"
#include "ui/widgets/writeaccess.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

ReviewersDialog::ReviewersDialog(const core::Database &db, CommandRunner &commands,
                                 qint64 programId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
    , m_programId(programId)
    , m_table(new QTableWidget(this))
    , m_name(new QLineEdit(this))
    , m_affiliation(new QComboBox(this))
    , m_bureau(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_toggle(new QPushButton(tr("Active / &Inactive"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"reviewersDialog"_s);
    setWindowTitle(tr("Reviewers"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Affiliation"), tr("Active")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    ValueCombo::fill<core::ReviewerAffiliation>(m_affiliation);
    const bool english = QLocale().language() != QLocale::Japanese;
    if (const auto bureaus = core::LocalGovernmentRepository(db.connection()).bureaus()) {
        for (const core::Bureau &bureau : *bureaus)
            m_bureau->addItem(english ? bureau.nameEn : bureau.nameJa, bureau.id);
    }
    m_name->setPlaceholderText(tr("Name"));
    m_message->setStyleSheet(u"color: #8a1010;"_s);
    m_message->setWordWrap(true);
    auto *form = new QHBoxLayout;
    form->addWidget(m_name, 2);
    form->addWidget(m_affiliation);
    form->addWidget(m_bureau, 1);
    form->addWidget(m_add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_toggle, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 420);

    const auto updateBureau = [this] {
        m_bureau->setEnabled(ValueCombo::current(m_affiliation, core::ReviewerAffiliation::Mic) ==
                             core::ReviewerAffiliation::Bureau);
    };
    connect(m_affiliation, &QComboBox::currentIndexChanged, this, updateBureau);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const auto affiliation = ValueCombo::current(m_affiliation, core::ReviewerAffiliation::Mic);
        const QString error = addReviewer(
            m_name->text(), affiliation,
            affiliation == core::ReviewerAffiliation::Bureau ? m_bureau->currentData().toInt() : 0);
        m_message->setText(error);
        if (error.isEmpty())
            m_name->clear();
    });
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
        if (!item)
            return;
        m_message->setText(setActive(item->data(Qt::UserRole).toLongLong(),
                                     !item->data(Qt::UserRole + 1).toBool()));
    });
    updateBureau();
    // The list is read whatever the file allows; adding and switching write.
    if (WriteAccess *writes = m_commands.writes())
        writes->guard({m_name, m_affiliation, m_bureau, m_add, m_toggle});
    reload();
    // Changes made elsewhere meanwhile (another window, the command line) show at once.
    connect(&m_db.changes(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &changes) {
                if (changes.touches({u"reviewer"}))
                    reload();
            });
}

void ReviewersDialog::reload()
{
    const auto reviewers = core::ReviewRepository(m_db).reviewers(m_programId);
    m_table->setRowCount(0);
    if (!reviewers) {
        m_message->setText(reviewers.message());
        return;
    }
    for (const core::Reviewer &reviewer : *reviewers) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(reviewer.name);
        name->setData(Qt::UserRole, reviewer.id);
        name->setData(Qt::UserRole + 1, reviewer.active);
        m_table->setItem(row, 0, name);
        // A bureau's reviewer is named by the bureau: eleven reviewers of "a regional bureau"
        // cannot be told apart.
        const int bureau =
            reviewer.affiliation == core::ReviewerAffiliation::Bureau && reviewer.bureauId > 0
                ? m_bureau->findData(reviewer.bureauId)
                : -1;
        m_table->setItem(row, 1,
                         new QTableWidgetItem(bureau >= 0 ? m_bureau->itemText(bureau)
                                                          : core::shownName(reviewer.affiliation)));
        m_table->setItem(row, 2, new QTableWidgetItem(reviewer.active ? tr("yes") : tr("no")));
    }
    m_table->resizeColumnsToContents();
}

QString ReviewersDialog::addReviewer(const QString &name, core::ReviewerAffiliation affiliation,
                                     int bureauId)
{
    const core::Reviewer reviewer{0, m_programId, name.trimmed(), affiliation, bureauId, true};
    const QString error = m_commands.push(new undo::AddReviewerCommand(m_db, reviewer));
    reload();
    return error;
}

QString ReviewersDialog::setActive(qint64 reviewerId, bool active)
{
    const auto reviewers = core::ReviewRepository(m_db).reviewers(m_programId);
    if (!reviewers)
        return reviewers.message();
    for (const core::Reviewer &reviewer : *reviewers) {
        if (reviewer.id != reviewerId)
            continue;
        const QString error =
            m_commands.push(new undo::SetReviewerActiveCommand(m_db, reviewer, active));
        reload();
        return error;
    }
    return tr("There is no such reviewer.");
}

} // namespace iotdesk::ui
