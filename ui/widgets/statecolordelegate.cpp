#include "ui/widgets/statecolordelegate.h"

#include "ui/widgets/statecolors.h"

namespace iotdesk::ui {

void StateColorDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant state = index.data(core::StateRole);
    if (!state.isValid())
        return;
    const auto rowState = state.value<core::RowState>();
    if (const QVariant background = StateColors::brush(rowState, Qt::BackgroundRole);
        background.isValid())
        option->backgroundBrush = background.value<QBrush>();
    if (const QVariant text = StateColors::brush(rowState, Qt::ForegroundRole); text.isValid())
        option->palette.setBrush(QPalette::Text, text.value<QBrush>());
}

} // namespace iotdesk::ui
