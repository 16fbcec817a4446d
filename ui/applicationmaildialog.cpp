#include "applicationmaildialog.h"

#include "consultationdialog.h"
#include "database.h"
#include "japantime.h"
#include "localgovernmentrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

ApplicationMailDialog::ApplicationMailDialog(const core::Database &db,
                                             const QList<core::ApplicationMailItem> &items,
                                             QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_items(items)
    , m_table(new QTableWidget(int(items.size()), ColumnCount, this))
    , m_message(new QLabel(this))
{
    setObjectName(u"applicationMailDialog"_s);
    setWindowTitle(tr("Import Application Mail"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Lead local government"), tr("Received"),
                                        tr("From"), tr("Subject"), tr("Size"), tr("Attachments"),
                                        tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const core::LocalGovernmentRepository governments(db.connection());
    int importable = 0;
    for (int r = 0; r < items.size(); ++r) {
        const core::ApplicationMailItem &item = items[r];
        const auto cell = [&](int column, const QString &text) {
            auto *cellItem = new QTableWidgetItem(text);
            cellItem->setFlags(cellItem->flags() & ~Qt::ItemIsEditable);
            cellItem->setToolTip(text);
            m_table->setItem(r, column, cellItem);
            return cellItem;
        };
        cell(File, QFileInfo(item.path).fileName());
        if (!item.problem.isEmpty() && !item.duplicate) {
            cell(Note, item.problem);
            continue;
        }
        const core::Application &a = item.application;
        cell(Received,
             a.receivedAt.toTimeZone(core::JapanTime::zone()).toString(u"yyyy-MM-dd HH:mm"_s));
        // The address is what the government was recognised from; the name is in the tooltip.
        cell(From, item.mail.from.address)->setToolTip(item.mail.from.display());
        cell(Subject, a.subject);
        QTableWidgetItem *size = cell(
            Size, QLocale().formattedDataSize(a.attachmentBytes, 1, QLocale::DataSizeSIFormat));
        QStringList names;
        for (const core::StoredFile &file : a.files)
            names << file.fileName;
        cell(Attachments, names.join(u", "_s));
        if (item.duplicate) {
            cell(Note, item.problem);
            continue;
        }
        ++importable;
        auto *government = new QComboBox(m_table);
        government->setEditable(true);
        government->lineEdit()->setPlaceholderText(tr("Code or name"));
        for (const core::MunicipalDomain::Candidate &candidate : item.candidates)
            government->addItem(candidate.fullName + u' ' + candidate.code6);
        const QString lead = a.leadCode();
        if (!lead.isEmpty()) {
            const auto lg = governments.findByCode(lead);
            government->setEditText(lg ? lg->fullName() + u' ' + lg->code6 : lead);
        } else {
            government->setEditText({});
        }
        m_table->setCellWidget(r, Government, government);
        QStringList notes;
        if (item.exceedsMailLimit()) {
            size->setForeground(QColor(0x8a, 0x10, 0x10));
            notes << tr("Over the 10 MB mail limit");
        }
        notes << (item.matchedBy == u"contact"  ? tr("Recognised by a known person")
                  : item.matchedBy == u"domain" ? tr("Recognised by the mail domain")
                  : item.candidates.isEmpty()   ? tr("Name the local government")
                                                : tr("Choose one of %n local governments", nullptr,
                                                     int(item.candidates.size())));
        cell(Note, notes.join(u"; "_s));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Government, std::max(m_table->columnWidth(Government), 240));
    // Long addresses, subjects and file names are read in full from their tooltips.
    for (const int column : {int(File), int(From), int(Subject), int(Attachments)})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 200));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #8a1010;"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(tr("Take In %n Application(s)", nullptr, importable));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(importable > 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApplicationMailDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1000, 420);
}

QList<core::ApplicationMailItem> ApplicationMailDialog::items(QString *problem) const
{
    QList<core::ApplicationMailItem> result = m_items;
    QStringList problems;
    for (int r = 0; r < result.size(); ++r) {
        auto *government = qobject_cast<QComboBox *>(m_table->cellWidget(r, Government));
        if (!government)
            continue;
        QString why;
        result[r].setGovernment(
            ConsultationDialog::governmentCode(m_db, government->currentText(), &why));
        if (result[r].application.members.isEmpty())
            problems << QFileInfo(result[r].path).fileName() + u": "_s + why;
    }
    if (problem)
        *problem = problems.join(u'\n');
    return result;
}

void ApplicationMailDialog::accept()
{
    QString problem;
    items(&problem);
    m_message->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace iotdesk::ui
