// CommitmentModel: the commitment table as a grid. A row per selected municipality, a column
// per planned meeting; kept cells are marked done, gaps as problems, so that every gap stands
// out. The last column counts the gaps.
#pragma once

#include "core/meetings/commitmenttable.h"

#include <QAbstractTableModel>

namespace iotdesk::core {

class CommitmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Municipality,
        Promised,
        FirstMeeting, // then one column per meeting, and the gap count
    };

    explicit CommitmentModel(QObject *parent = nullptr);

    void setTable(CommitmentTable table);
    const CommitmentTable &table() const { return m_table; }
    int gapsColumn() const { return FirstMeeting + int(m_table.meetings.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CommitmentTable m_table;
};

} // namespace iotdesk::core
