#include "core/meetings/commitmentmodel.h"

#include "core/foundation/modelroles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

QString answer(const std::optional<bool> &value)
{
    if (!value)
        return u"?"_s;
    return *value ? u"✓"_s : u"✗"_s;
}

} // namespace

CommitmentModel::CommitmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CommitmentModel::setTable(CommitmentTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int CommitmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int CommitmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : gapsColumn() + 1;
}

QVariant CommitmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const CommitmentRow &row = m_table.rows[index.row()];
    const int column = index.column();
    if (role == KeyRole)
        return row.applicationId;
    if (column == Municipality)
        return role == Qt::DisplayRole ? QVariant(row.name) : QVariant();
    if (column == Promised) {
        if (role == Qt::DisplayRole) {
            return tr("attend %1 · host %2")
                .arg(answer(row.promisedAttendance), answer(row.promisedHosting));
        }
        if (role == Qt::ToolTipRole)
            return tr("What the application promised: to attend the meetings in Tokyo, and to "
                      "host the local workshop.");
        if (role == StateRole && (row.promisedAttendance != true || row.promisedHosting != true))
            return QVariant::fromValue(RowState::Attention);
        return {};
    }
    if (column == gapsColumn()) {
        if (role == Qt::DisplayRole)
            return row.gaps();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == StateRole)
            return QVariant::fromValue(row.gaps() > 0 ? RowState::Problem : RowState::Normal);
        return {};
    }
    const int meeting = column - FirstMeeting;
    if (meeting < 0 || meeting >= row.cells.size())
        return {};
    const CommitmentCell &cell = row.cells[meeting];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell.text;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case StateRole:
        switch (cell.state) {
        case CommitmentState::Kept:
            return QVariant::fromValue(RowState::Done);
        case CommitmentState::Gap:
            return QVariant::fromValue(RowState::Problem);
        case CommitmentState::Pending:
            return QVariant::fromValue(RowState::Normal);
        }
        return {};
    default:
        return {};
    }
}

QVariant CommitmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Municipality)
        return tr("Municipality");
    if (section == Promised)
        return tr("Promised");
    if (section == gapsColumn())
        return tr("Gaps");
    const int meeting = section - FirstMeeting;
    if (meeting < 0 || meeting >= m_table.meetings.size())
        return {};
    const ProgramMeeting &m = m_table.meetings[meeting];
    const bool japanese = QLocale().language() == QLocale::Japanese;
    QString name = japanese || m.nameEn.isEmpty() ? m.nameJa : m.nameEn;
    // Long names break before their parenthesis, so that every column fits.
    if (role == Qt::DisplayRole)
        name.replace(u"（"_s, u"\n（"_s).replace(u" ("_s, u"\n("_s);
    return name;
}

} // namespace iotdesk::core
