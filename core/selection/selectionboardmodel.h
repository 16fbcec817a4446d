// SelectionBoardModel and BureauBalanceModel: the selection board as two tables, the ranked
// applications (with the balanced proposal marked) and the count per regional bureau against
// its limit. Both read one SelectionBoardData, built by SelectionBoard in one pass.
#pragma once

#include "core/municipalities/localgovernment.h"
#include "core/selection/selectionboard.h"

#include <QAbstractTableModel>

namespace iotdesk::core {

class SelectionBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rank,
        Applicant,
        BureauName,
        Eligibility,
        Review,
        Proactiveness,
        Partner,
        Spread,
        Total,
        Proposed,
        Decision,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SelectionBoardModel(QObject *parent = nullptr);

    void setBoard(const SelectionBoardData &board, const QList<core::Bureau> &bureaus,
                  bool english);
    const SelectionBoardData &board() const { return m_board; }
    const BoardRow &at(int row) const { return m_board.rows.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Short (東北, Tohoku) for the cell, full for its tooltip.
    QString bureauName(int bureauId, bool full = false) const;

    SelectionBoardData m_board;
    QList<core::Bureau> m_bureaus;
    bool m_english = false;
};

class BureauBalanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        BureauName,
        Candidates,
        Selected,
        Limit,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit BureauBalanceModel(QObject *parent = nullptr);

    void setBoard(const SelectionBoardData &board, bool english);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // The Limit column is editable: its edit value is the bureau's own limit, -1 for none.
    // An edit is not applied here; it is asked for with limitEdited, and the board read again.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void limitEdited(int bureauId, int ownLimit);

private:
    QList<BureauCount> m_bureaus;
    bool m_english = false;
};

} // namespace iotdesk::core
