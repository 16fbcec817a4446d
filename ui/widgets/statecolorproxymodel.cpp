#include "ui/widgets/statecolorproxymodel.h"

#include "core/foundation/modelroles.h"
#include "ui/widgets/statecolors.h"

namespace iotdesk::ui {

StateColorProxyModel::StateColorProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(core::SortRole);
}

QVariant StateColorProxyModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::BackgroundRole && role != Qt::ForegroundRole)
        return QSortFilterProxyModel::data(index, role);
    const QVariant state = QSortFilterProxyModel::data(index, core::StateRole);
    if (!state.isValid())
        return QSortFilterProxyModel::data(index, role);
    if (const QVariant brush = StateColors::brush(state.value<core::RowState>(), role);
        brush.isValid())
        return brush;
    return QSortFilterProxyModel::data(index, role);
}

void StateColorProxyModel::setRowFilter(std::function<bool(int)> accepts)
{
    m_accepts = std::move(accepts);
    invalidateFilter();
}

bool StateColorProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return sourceParent.isValid() || !m_accepts || m_accepts(sourceRow);
}

} // namespace iotdesk::ui
