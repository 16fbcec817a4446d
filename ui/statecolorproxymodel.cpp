#include "statecolorproxymodel.h"

#include "modelroles.h"

#include <QBrush>
#include <QColor>

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
    // Soft backgrounds with dark text: readable on light and dark palettes alike.
    switch (state.value<core::RowState>()) {
    case core::RowState::Problem:
        return role == Qt::BackgroundRole ? QBrush(QColor(0xfd, 0xe2, 0xe1))
                                          : QBrush(QColor(0x8a, 0x10, 0x10));
    case core::RowState::Attention:
        return role == Qt::BackgroundRole ? QBrush(QColor(0xff, 0xf4, 0xce))
                                          : QBrush(QColor(0x6b, 0x4b, 0x00));
    case core::RowState::Done:
        return role == Qt::BackgroundRole ? QBrush(QColor(0xe3, 0xf4, 0xe4))
                                          : QBrush(QColor(0x14, 0x5a, 0x1e));
    case core::RowState::Normal:
        break;
    }
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
