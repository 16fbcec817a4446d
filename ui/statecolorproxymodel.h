// StateColorProxyModel: sorts by the models' SortRole and turns their StateRole into colours,
// so that core models stay free of GUI types and every table marks problems alike.
#pragma once

#include <QSortFilterProxyModel>

namespace iotdesk::ui {

class StateColorProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StateColorProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace iotdesk::ui
