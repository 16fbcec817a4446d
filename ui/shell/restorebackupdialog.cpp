#include "ui/shell/restorebackupdialog.h"

#include "core/storage/backupstore.h"
#include "ui/widgets/filechooser.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, core::DateStyle style,
                                         QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_other(new QPushButton(tr("Choose Another File…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"restoreBackupDialog"_s);
    setWindowTitle(tr("Restore from Backup"));
    const core::BackupStore store(databasePath);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("The backup you choose replaces %1. The file as it is now is kept in %2, "
                        "so nothing is lost.")
                         .arg(databasePath, store.directory()));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Written"), tr("Why"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const core::DateFormatter dates(style);
    const QLocale locale;
    for (const core::BackupEntry &entry : store.list()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, dates.dateWithWeekday(entry.createdAt.date()) + u' ' +
                             entry.createdAt.time().toString(u"HH:mm:ss"_s));
        item->setText(1, core::BackupStore::kindName(entry.kind));
        item->setText(2, locale.formattedDataSize(entry.size));
        item->setData(0, Qt::UserRole, entry.path);
        item->setToolTip(0, entry.path);
    }
    auto *restore = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(false);
    restore->setObjectName(u"restoreButton"_s);
    m_buttons->addButton(m_other, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(640, 400);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreBackupDialog::updateSelection);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_other, &QPushButton::clicked, this, &RestoreBackupDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

int RestoreBackupDialog::backupCount() const
{
    return m_list->topLevelItemCount();
}

void RestoreBackupDialog::updateSelection()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_selected = item ? item->data(0, Qt::UserRole).toString() : QString();
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!m_selected.isEmpty());
    }
}

void RestoreBackupDialog::chooseFile()
{
    const QString file = FileChooser::openFileName(
        this, tr("Choose a Backup"), core::BackupStore(m_databasePath).directory(),
        tr("IoT Desk files (*.sqlite *.db);;All files (*)"));
    if (file.isEmpty())
        return;
    m_selected = file;
    accept();
}

} // namespace iotdesk::ui
