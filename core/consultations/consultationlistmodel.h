// ConsultationListModel: the consultation log as a table that stays instant at a million
// rows. It counts the rows of the filter once, then reads only the pages the view asks for,
// 200 rows at a time through the index of the chosen order. A page in the second half of the
// list is read from the other end (the order reversed), so the last row costs what the first
// does. At most 32 pages are kept; filters, sorting and search are SQL, never a scan in C++.
// A text search lists the 1,000 most recently logged matches (found through the full-text
// index, newest first) in the chosen order, and says when there are more.
#pragma once

#include "core/consultations/consultationlist.h"
#include "core/consultations/consultationquery.h"
#include "core/foundation/dateformatter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace iotdesk::core {

class Database;

class ConsultationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Government,
        Counterpart,
        Consultant,
        Channel,
        Topics,
        Duration,
        Summary,
        FollowUp,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 32;
    static constexpr int kSearchLimit = 1000;

    explicit ConsultationListModel(const Database &db, QObject *parent = nullptr);

    void setFilter(const ConsultationFilter &filter);
    const ConsultationFilter &filter() const { return m_filter; }
    QStringList searchTerms() const { return m_terms; }
    // True when a text search found more matches than it lists.
    bool searchTruncated() const { return m_truncated; }
    // How many matches a text search lists (kSearchLimit unless set).
    void setSearchLimit(int limit);
    int searchLimit() const { return m_searchLimit; }
    // Counts again and forgets the pages read (after an edit).
    void reload();
    void setDateStyle(DateStyle style);
    void setToday(QDate today);
    void retranslate();

    // The row, reading its page if needed; a default row if it cannot be read.
    const ConsultationListRow &at(int row) const;
    const QString &lastError() const { return m_lastError; }
    // How many pages were read from the database since the last reset (for tests).
    int pagesRead() const { return m_pagesRead; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Only the columns with an index sort (When, Government, Consultant, Channel); the others
    // keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

private:
    const QList<ConsultationListRow> *page(int index) const;
    QList<ConsultationListRow> readPage(int index) const;
    QList<ConsultationListRow> readRows(const QList<qint64> &ids) const;
    // A text search's matches in the current order.
    void readSearch();
    QString topicNames(quint32 topics) const;

    const Database &m_db;
    ConsultationFilter m_filter;
    QStringList m_terms;
    ConsultationOrder m_order = ConsultationOrder::Time;
    bool m_ascending = false; // newest first
    int m_count = 0;
    QList<qint64> m_searchIds; // the matches of a text search, in order
    bool m_truncated = false;
    int m_searchLimit = kSearchLimit;
    DateFormatter m_dates;
    QDate m_today;
    mutable QHash<int, QList<ConsultationListRow>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently used last
    mutable int m_pagesRead = 0;
    mutable QString m_lastError;
};

} // namespace iotdesk::core
