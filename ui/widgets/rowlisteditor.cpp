#include "ui/widgets/rowlisteditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

RowListEditor::RowListEditor(const QList<Column> &columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
    , m_table(new QTableWidget(0, int(columns.size()), this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    QStringList titles;
    for (const Column &column : columns)
        titles << column.title;
    setTitles(titles);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setTabKeyNavigation(true);
    m_remove->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, &RowListEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });
}

void RowListEditor::setTitles(const QStringList &titles)
{
    m_table->setHorizontalHeaderLabels(titles);
}

void RowListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_add->setText(tr("Add"));
        m_remove->setText(tr("Remove"));
    }
    QWidget::changeEvent(event);
}

void RowListEditor::addRow(const QStringList &values)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns[c];
        const QString value = values.value(c);
        if (column.choices.isEmpty()) {
            auto *item = new QTableWidgetItem(value);
            item->setToolTip(column.placeholder);
            m_table->setItem(row, c, item);
            continue;
        }
        // The item under the box keeps the row selectable by a click on that cell.
        m_table->setItem(row, c, new QTableWidgetItem);
        auto *box = new QComboBox(m_table);
        for (const auto &[key, name] : column.choices)
            box->addItem(name, key);
        box->setCurrentIndex(std::max(0, box->findData(value)));
        m_table->setCellWidget(row, c, box);
    }
    m_table->resizeColumnsToContents();
    // Room to type into, however short the first entries are.
    const int least = m_table->fontMetrics().horizontalAdvance(u"0"_s) * 14;
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::max(m_table->columnWidth(c), least));
    m_table->horizontalHeader()->setStretchLastSection(true);
}

QList<QStringList> RowListEditor::rows() const
{
    QList<QStringList> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList values;
        bool anyText = false;
        for (int c = 0; c < m_columns.size(); ++c) {
            if (const auto *box = qobject_cast<const QComboBox *>(m_table->cellWidget(r, c))) {
                values << box->currentData().toString();
                continue;
            }
            const QTableWidgetItem *item = m_table->item(r, c);
            const QString text = item ? item->text().trimmed() : QString();
            anyText = anyText || !text.isEmpty();
            values << text;
        }
        if (anyText)
            rows << values;
    }
    return rows;
}

void RowListEditor::setRows(const QList<QStringList> &rows)
{
    m_table->setRowCount(0);
    for (const QStringList &row : rows)
        addRow(row);
}

void RowListEditor::removeSelectedRows()
{
    QList<int> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected << index.row();
    std::sort(selected.begin(), selected.end(), std::greater<>());
    for (const int row : selected)
        m_table->removeRow(row);
}

} // namespace iotdesk::ui
