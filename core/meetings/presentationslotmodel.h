// PresentationSlotModel: the timetable of a presentation meeting being edited: order, day,
// start, end, length, municipality, presenter and title. Lengths, presenters, titles and each
// day's first start are edited in place; rows move by drag and drop or by moveSlot(), and the
// start times flow again after every change. The page saves the whole timetable at once.
#pragma once

#include "core/meetings/meeting.h"

#include <QAbstractTableModel>
#include <QHash>

namespace iotdesk::core {

class PresentationSlotModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Order,
        Day,
        Start,
        End,
        Minutes,
        Municipality,
        Presenter,
        Title,
        ColumnCount
    };

    explicit PresentationSlotModel(QObject *parent = nullptr);

    // The applicants' names by application id.
    void setSlots(QList<PresentationSlot> timetable, QHash<qint64, QString> applicantNames);
    const QList<PresentationSlot> &timetable() const { return m_slots; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    void moveSlot(int from, int to);
    // A break after row `row` (at the end for -1), `minutes` long.
    void insertBreak(int row, int minutes);
    void removeSlot(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Moves the dragged slot and returns false, so that the view removes nothing itself.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void modified();

private:
    bool isFirstOfDay(int row) const;
    // Gives each day its start back, flows the times again and tells the view.
    void changed(const QHash<int, QTime> &starts);

    QList<PresentationSlot> m_slots;
    QHash<qint64, QString> m_names;
    bool m_modified = false;
};

} // namespace iotdesk::core
