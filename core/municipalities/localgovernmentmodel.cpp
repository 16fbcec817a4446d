#include "core/municipalities/localgovernmentmodel.h"

#include "core/foundation/modelroles.h"
#include "core/municipalities/localgovernmentrepository.h"

using namespace Qt::StringLiterals;

namespace iotdesk::core {

LocalGovernmentModel::LocalGovernmentModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

int LocalGovernmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LocalGovernmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocalGovernmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LocalGovernment &lg = m_rows.at(index.row());
    if (role == KeyRole)
        return lg.code6;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case Code:
            return lg.code6;
        case Prefecture:
            return m_english ? lg.prefectureEn : lg.prefecture;
        case Bureau:
            return m_english ? lg.bureauEn : lg.bureau;
        case Kind:
            return role == SortRole ? QVariant(int(lg.kind)) : QVariant(shownName(lg.kind));
        case Name:
            return lg.name;
        case Reading:
            return lg.nameKanaMic;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name) {
        QString tip = lg.fullName();
        if (lg.nameMic != lg.name)
            tip += u'\n' + tr("Also written %1").arg(lg.nameMic);
        return tip;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Code)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LocalGovernmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Prefecture:
        return tr("Prefecture");
    case Bureau:
        return tr("Regional bureau");
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Name");
    case Reading:
        return tr("Reading");
    case ColumnCount:
        break;
    }
    return {};
}

void LocalGovernmentModel::sort(int column, Qt::SortOrder order)
{
    using Key = LocalGovernmentQuery::SortKey;
    static constexpr Key kKeys[] = {Key::Code, Key::Prefecture, Key::Bureau,
                                    Key::Kind, Key::Name,       Key::Reading};
    if (column < 0 || column >= ColumnCount)
        return;
    LocalGovernmentQuery query = m_query;
    query.sortKey = kKeys[column];
    query.sortOrder = order;
    setQuery(query);
}

void LocalGovernmentModel::setQuery(const LocalGovernmentQuery &query)
{
    m_query = query;
    reload();
}

void LocalGovernmentModel::setSearchText(const QString &text)
{
    m_query.text = text;
    reload();
}

void LocalGovernmentModel::setPrefectureFilter(const QString &prefectureCode)
{
    m_query.prefectureCode = prefectureCode;
    reload();
}

void LocalGovernmentModel::setBureauFilter(int bureauId)
{
    m_query.bureauId = bureauId;
    reload();
}

void LocalGovernmentModel::setEnglishNames(bool english)
{
    if (m_english == english)
        return;
    m_english = english;
    retranslate();
}

void LocalGovernmentModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LocalGovernmentModel::reload()
{
    beginResetModel();
    auto found = LocalGovernmentRepository(m_db).search(m_query);
    if (found) {
        m_rows = std::move(found.value());
        m_lastError.clear();
    } else {
        m_rows.clear();
        m_lastError = found.message();
    }
    endResetModel();
    emit reloaded();
}

} // namespace iotdesk::core
