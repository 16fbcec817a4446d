// StateColorDelegate: paints a cell in its RowState's colours straight from the model, for
// tables too large for a proxy model (the consultation log: a proxy would map every row).
#pragma once

#include <QStyledItemDelegate>

namespace iotdesk::ui {

class StateColorDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace iotdesk::ui
