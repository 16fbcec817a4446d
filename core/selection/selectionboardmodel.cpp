#include "core/selection/selectionboardmodel.h"

#include "core/applications/applicationrepository.h"
#include "core/foundation/modelroles.h"
#include "core/municipalities/localgovernment.h"

using namespace Qt::StringLiterals;

namespace iotdesk::core {

SelectionBoardModel::SelectionBoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SelectionBoardModel::setBoard(const SelectionBoardData &board,
                                   const QList<core::Bureau> &bureaus, bool english)
{
    beginResetModel();
    m_board = board;
    m_bureaus = bureaus;
    m_english = english;
    endResetModel();
}

void SelectionBoardModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_board.rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SelectionBoardModel::bureauName(int bureauId, bool full) const
{
    for (const core::Bureau &bureau : m_bureaus) {
        if (bureau.id == bureauId) {
            const QString &name = m_english ? bureau.nameEn : bureau.nameJa;
            return full ? name : Bureau::shortName(name);
        }
    }
    return {};
}

int SelectionBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_board.rows.size());
}

int SelectionBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SelectionBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardRow &row = m_board.rows.at(index.row());
    const bool proposed = m_board.proposal.selected.contains(row.applicationId);
    const auto column = Column(index.column());
    if (role == KeyRole)
        return row.applicationId;
    if (role == StateRole) {
        if (column == Eligibility && row.eligibility == EligibilityStatus::Ineligible)
            return QVariant::fromValue(RowState::Problem);
        if (column == Proposed && proposed)
            return QVariant::fromValue(RowState::Done);
        if (column == Decision && row.decision == Decision::Selected)
            return QVariant::fromValue(RowState::Done);
        if (column == Rank && row.ranking.tied)
            return QVariant::fromValue(RowState::Attention);
        return QVariant::fromValue(RowState::Normal);
    }
    if (role == Qt::ToolTipRole && column == BureauName)
        return bureauName(row.bureauId, true);
    if (role == Qt::TextAlignmentRole && column != Applicant && column != BureauName &&
        column != Eligibility && column != Decision)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const auto mean = [&row](double value) {
        return row.ranking.scoredBy == 0 ? QVariant() : QVariant(QString::number(value, 'f', 2));
    };
    if (role == SortRole) {
        switch (column) {
        case Rank:
            return row.ranking.rank == 0 ? 1'000'000 : row.ranking.rank;
        case Total:
            return row.ranking.total;
        case Proactiveness:
            return row.ranking.meanProactiveness;
        case Partner:
            return row.ranking.meanPartner;
        case Spread:
            return row.ranking.meanSpread;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Rank:
        if (row.ranking.rank == 0)
            return QString();
        return row.ranking.tied ? tr("%1 (tie)").arg(row.ranking.rank)
                                : QString::number(row.ranking.rank);
    case Applicant:
        return row.leadName;
    case BureauName:
        return bureauName(row.bureauId);
    case Eligibility:
        return Eligibility::statusName(row.eligibility);
    case Review:
        return tr("%1 of %2").arg(row.progress.scored).arg(row.progress.expected);
    case Proactiveness:
        return mean(row.ranking.meanProactiveness);
    case Partner:
        return mean(row.ranking.meanPartner);
    case Spread:
        return mean(row.ranking.meanSpread);
    case Total:
        return mean(row.ranking.total);
    case Proposed:
        return proposed ? tr("proposed") : QString();
    case Decision:
        return shownName(row.decision);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SelectionBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Rank:
        return tr("Rank");
    case Applicant:
        return tr("Applicant");
    case BureauName:
        return tr("Bureau");
    case Eligibility:
        return tr("Eligibility");
    case Review:
        return tr("Scored");
    case Proactiveness:
        return tr("Proactiveness");
    case Partner:
        return tr("Partner");
    case Spread:
        return tr("Spread");
    case Total:
        return tr("Total");
    case Proposed:
        return tr("Proposal");
    case Decision:
        return tr("Decision");
    case ColumnCount:
        break;
    }
    return {};
}

BureauBalanceModel::BureauBalanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BureauBalanceModel::setBoard(const SelectionBoardData &board, bool english)
{
    beginResetModel();
    m_bureaus = board.bureaus;
    m_english = english;
    endResetModel();
}

void BureauBalanceModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_bureaus.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int BureauBalanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bureaus.size());
}

int BureauBalanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BureauBalanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BureauCount &count = m_bureaus.at(index.row());
    if (role == KeyRole)
        return count.bureauId;
    if (role == StateRole) {
        if (index.column() == Selected && count.limit >= 0 && count.selected > count.limit)
            return QVariant::fromValue(RowState::Problem);
        if (index.column() == Limit && count.ownLimit)
            return QVariant::fromValue(RowState::Attention);
        return QVariant::fromValue(RowState::Normal);
    }
    if (role == Qt::TextAlignmentRole && index.column() != BureauName)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == BureauName)
        return m_english ? count.nameEn : count.nameJa;
    if (index.column() == Limit) {
        if (role == Qt::EditRole)
            return count.ownLimit ? count.limit : -1;
        if (role == Qt::ToolTipRole) {
            return count.ownLimit ? tr("This bureau's own limit; set it to “—” to use the limit "
                                       "per bureau.")
                                  : tr("The limit per bureau; edit to give this bureau its own.");
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case BureauName:
        return Bureau::shortName(m_english ? count.nameEn : count.nameJa);
    case Candidates:
        return count.candidates;
    case Selected:
        return count.selected;
    case Limit:
        return count.limit < 0 ? QVariant(tr("none")) : QVariant(count.limit);
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags BureauBalanceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Limit)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool BureauBalanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Limit ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int limit = value.toInt(&ok);
    if (!ok || limit < -1)
        return false;
    const BureauCount &count = m_bureaus.at(index.row());
    if (limit == (count.ownLimit ? count.limit : -1))
        return false;
    emit limitEdited(count.bureauId, limit);
    return true;
}

QVariant BureauBalanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case BureauName:
        return tr("Bureau");
    case Candidates:
        return tr("Eligible");
    case Selected:
        return tr("Selected");
    case Limit:
        return tr("Limit");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace iotdesk::core
