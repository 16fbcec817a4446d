// RowListEditor: a short list of records edited in place, a row each, with Add and Remove
// buttons: an application's contact persons, partners or multi-area frameworks. A column is
// free text or a fixed choice (shown by name, read back as its key).
#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QEvent;
class QPushButton;
class QTableWidget;

namespace iotdesk::ui {

class RowListEditor : public QWidget
{
    Q_OBJECT

public:
    struct Column
    {
        QString title;
        // Empty for free text; otherwise the keys and names to choose from, the first the
        // default of a new row.
        QList<QPair<QString, QString>> choices;
        QString placeholder;
    };

    RowListEditor(const QList<Column> &columns, QWidget *parent = nullptr);

    // Each row's values by column: text as entered (trimmed), a choice as its key. Rows with
    // every text cell empty are left out.
    QList<QStringList> rows() const;
    void setRows(const QList<QStringList> &rows);
    void addRow(const QStringList &values = {});

    // New column titles, in column order (a page's editor follows a change of language).
    void setTitles(const QStringList &titles);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void removeSelectedRows();

    QList<Column> m_columns;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace iotdesk::ui
