#include "mailimportdialog.h"

#include "consultationdialog.h"
#include "database.h"
#include "japantime.h"
#include "localgovernmentrepository.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

enum Column
{
    File,
    Received,
    From,
    Subject,
    Government,
    Note,
    ColumnCount
};

} // namespace

MailImportDialog::MailImportDialog(const core::Database &db,
                                   const QList<core::MailImportItem> &items, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_items(items)
    , m_table(new QTableWidget(int(items.size()), ColumnCount, this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Import Mail"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Received"), tr("From"), tr("Subject"),
                                        tr("Local government"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const core::LocalGovernmentRepository governments(db.connection());
    int importable = 0;
    for (int r = 0; r < items.size(); ++r) {
        const core::MailImportItem &item = items[r];
        const auto cell = [&](int column, const QString &text) {
            auto *cellItem = new QTableWidgetItem(text);
            cellItem->setFlags(cellItem->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(r, column, cellItem);
        };
        cell(File, QFileInfo(item.path).fileName());
        if (!item.problem.isEmpty() && !item.duplicate) {
            cell(Note, item.problem);
            continue;
        }
        cell(Received,
             item.mail.date.toTimeZone(core::JapanTime::zone()).toString(u"yyyy-MM-dd HH:mm"_s));
        cell(From, item.mail.from.display());
        cell(Subject, item.mail.subject);
        if (item.duplicate) {
            cell(Note, tr("Already in the log; left out."));
            continue;
        }
        ++importable;
        auto *government = new QLineEdit(m_table);
        government->setPlaceholderText(tr("Code or name"));
        if (!item.consultation.lgCode6.isEmpty()) {
            const auto lg = governments.findByCode(item.consultation.lgCode6);
            government->setText(lg ? lg->fullName() + u' ' + lg->code6 : item.consultation.lgCode6);
        }
        m_table->setCellWidget(r, Government, government);
        cell(Note, item.matchedBy == u"contact"  ? tr("Matched by a known person")
                   : item.matchedBy == u"domain" ? tr("Matched by the mail domain")
                                                 : tr("Name the local government"));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Government, std::max(m_table->columnWidth(Government), 220));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #8a1010;"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log %n Mail(s)", nullptr, importable));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(importable > 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MailImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(960, 420);
}

QList<core::MailImportItem> MailImportDialog::items(QString *problem) const
{
    QList<core::MailImportItem> result = m_items;
    QStringList problems;
    for (int r = 0; r < result.size(); ++r) {
        auto *government = qobject_cast<QLineEdit *>(m_table->cellWidget(r, Government));
        if (!government)
            continue;
        QString why;
        const QString proposed = result[r].consultation.lgCode6;
        result[r].consultation.lgCode6 =
            ConsultationDialog::governmentCode(m_db, government->text(), &why);
        // The person found belongs to the proposed government, not to another one.
        if (result[r].consultation.lgCode6 != proposed)
            result[r].consultation.counterpartId = 0;
        if (result[r].consultation.lgCode6.isEmpty())
            problems << QFileInfo(result[r].path).fileName() + u": "_s + why;
    }
    if (problem)
        *problem = problems.join(u'\n');
    return result;
}

void MailImportDialog::accept()
{
    QString problem;
    items(&problem);
    m_message->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace iotdesk::ui
