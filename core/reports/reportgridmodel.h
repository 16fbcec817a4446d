// ReportGridModel: a program's monthly reports as a grid, a row per selected municipality and a
// column per month of the fiscal year (April to March). A cell shows the report's state and its
// date (received, or due), coloured: reviewed and received done, due for attention, overdue a
// problem. A month with neither a report nor any consultation is flagged ⚑.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/reports/monthlyreport.h"

#include <QAbstractTableModel>
#include <QSet>

namespace iotdesk::core {

class Database;

class ReportGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Municipality,
        FirstMonth, // April, then one column per month
    };

    explicit ReportGridModel(QObject *parent = nullptr);

    // Reads the program's reports; what went wrong, or an empty string.
    QString load(const Database &db, qint64 programId, QDate today);
    void setDateStyle(DateStyle style);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The report a cell shows, or nullptr.
    const MonthlyReport *reportAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 reportId) const;
    QDate monthOf(int column) const;
    const QList<MonthlyReport> &reports() const { return m_reports; }
    bool isSilent(qint64 applicationId, QDate month) const
    {
        return m_silent.contains({applicationId, month});
    }
    QDate today() const { return m_today; }

private:
    struct Row
    {
        qint64 applicationId = 0;
        QString name;
        QList<int> byMonth; // index into m_reports per month column, -1 for none
    };

    int m_fiscalYear = 0;
    QList<MonthlyReport> m_reports;
    QList<Row> m_rows;
    QSet<std::pair<qint64, QDate>> m_silent;
    QDate m_today;
    DateFormatter m_dates;
};

} // namespace iotdesk::core
