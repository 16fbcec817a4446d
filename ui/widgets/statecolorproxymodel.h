// StateColorProxyModel: sorts by the models' SortRole and turns their StateRole into colours,
// so that core models stay free of GUI types and every table marks problems alike. An optional
// row filter shows only the source rows it accepts.
#pragma once

#include <QSortFilterProxyModel>

#include <functional>

namespace iotdesk::ui {

class StateColorProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StateColorProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Empty: every row.
    void setRowFilter(std::function<bool(int sourceRow)> accepts);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::function<bool(int)> m_accepts;
};

} // namespace iotdesk::ui
