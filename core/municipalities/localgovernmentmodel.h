// LocalGovernmentModel: the local governments of the master data as a table (code,
// prefecture, bureau, kind, name, reading). Filtering and sorting are done by SQL through
// LocalGovernmentRepository; the at most 1,788 rows that match are held in memory.
#pragma once

#include "core/municipalities/localgovernment.h"
#include "core/municipalities/localgovernmentquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

namespace iotdesk::core {

class LocalGovernmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Prefecture,
        Bureau,
        Kind,
        Name,
        Reading,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit LocalGovernmentModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const LocalGovernmentQuery &query() const { return m_query; }
    void setQuery(const LocalGovernmentQuery &query);
    void setSearchText(const QString &text);
    void setPrefectureFilter(const QString &prefectureCode);
    void setBureauFilter(int bureauId);

    // English names of prefectures and bureaus instead of Japanese ones.
    void setEnglishNames(bool english);
    // Kind names and headers are translated: call after the UI language changed.
    void retranslate();

    const LocalGovernment &at(int row) const { return m_rows.at(row); }
    // Why the last query found nothing, e.g. a wrong check digit; empty when it worked.
    const QString &lastError() const { return m_lastError; }

signals:
    void reloaded();

private:
    void reload();

    QSqlDatabase m_db;
    LocalGovernmentQuery m_query;
    QList<LocalGovernment> m_rows;
    QString m_lastError;
    bool m_english = false;
};

} // namespace iotdesk::core
