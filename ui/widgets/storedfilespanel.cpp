#include "ui/widgets/storedfilespanel.h"

#include "core/foundation/japantime.h"
#include "core/storage/database.h"
#include "core/undo/addstoredfilecommand.h"
#include "core/undo/removestoredfilecommand.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/writeaccess.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

StoredFilesPanel::StoredFilesPanel(const core::Database &db, CommandRunner &commands,
                                   core::FileStore::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_commands(commands)
    , m_kind(kind)
    , m_table(new QTableWidget(0, 4, this))
    , m_add(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_saveAs(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveAs);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList paths = FileChooser::openFileNames(this, tr("Add Files"));
        for (const QString &path : paths) {
            if (const QString error = addFile(path); !error.isEmpty()) {
                emit errorShown(error);
                return;
            }
        }
    });
    connect(m_open, &QPushButton::clicked, this, [this] { openFile(false); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { openFile(false); });
    connect(m_saveAs, &QPushButton::clicked, this, [this] { openFile(true); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        if (const QString error =
                removeFile(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
            !error.isEmpty()) {
            emit errorShown(error);
        }
    });
    // Adding and removing write; opening and saving a copy read.
    if (WriteAccess *writes = m_commands.writes())
        writes->guard({m_add, m_remove});
    retranslate();
}

void StoredFilesPanel::setOwner(qint64 ownerId)
{
    m_owner = ownerId;
    reload();
}

void StoredFilesPanel::setDateStyle(core::DateStyle style)
{
    m_dates = core::DateFormatter(style);
    reload();
}

void StoredFilesPanel::reload()
{
    m_table->setRowCount(0);
    setEnabled(m_owner != 0);
    if (m_owner == 0)
        return;
    const auto list = core::FileStore(m_db, m_kind).files(m_owner);
    if (!list) {
        emit errorShown(list.message());
        return;
    }
    for (const core::StoredFile &f : *list) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(f.fileName);
        name->setData(Qt::UserRole, f.id);
        name->setToolTip(u"SHA-256 "_s + f.sha256);
        m_table->setItem(row, 0, name);
        auto *size = new QTableWidgetItem(
            QLocale().formattedDataSize(f.sizeBytes, 1, QLocale::DataSizeSIFormat));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, size);
        m_table->setItem(row, 2,
                         new QTableWidgetItem(
                             m_dates.date(f.addedAt.toTimeZone(core::JapanTime::zone()).date())));
        m_table->setItem(row, 3, new QTableWidgetItem(f.addedBy));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

QString StoredFilesPanel::addFile(const QString &path)
{
    if (m_owner == 0)
        return {};
    const QString error =
        m_commands.push(new undo::AddStoredFileCommand(m_db, m_kind, m_owner, path));
    reload();
    return error;
}

QString StoredFilesPanel::removeFile(qint64 fileId)
{
    const QString error = m_commands.push(new undo::RemoveStoredFileCommand(m_db, m_kind, fileId));
    reload();
    return error;
}

void StoredFilesPanel::openFile(bool saveAs)
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString name = m_table->item(row, 0)->text();
    const auto content = core::FileStore(m_db, m_kind).content(id);
    if (!content) {
        emit errorShown(content.message());
        return;
    }
    QString path;
    if (saveAs) {
        path = FileChooser::saveFileName(this, tr("Save the File As"), name);
        if (path.isEmpty())
            return;
    } else {
        // Opened from a copy in the temporary folder, so that the stored file stays as it was.
        const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                   .filePath(u"iotdesk-files/%1-%2"_s.arg(int(m_kind)).arg(id));
        QDir().mkpath(folder);
        path = QDir(folder).filePath(QFileInfo(name).fileName());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() ||
        !file.commit()) {
        emit errorShown(tr("“%1” cannot be written: %2").arg(path, file.errorString()));
        return;
    }
    if (!saveAs && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        emit errorShown(tr("No program opens “%1”; it was saved as %2.").arg(name, path));
}

void StoredFilesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StoredFilesPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Size"), tr("Added"), tr("By")});
    m_add->setText(tr("&Add Files…"));
    m_open->setText(tr("&Open"));
    m_saveAs->setText(tr("Sa&ve As…"));
    m_remove->setText(tr("&Remove"));
}

} // namespace iotdesk::ui
