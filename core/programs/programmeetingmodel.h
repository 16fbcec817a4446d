// ProgramMeetingModel: the meetings a program plans, as an editable table. An edit does not
// write to the database itself: it is announced through meetingEdited() so that the UI can
// make it an undoable command that goes through ProgramRepository.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/programs/program.h"

#include <QAbstractTableModel>

namespace iotdesk::core {

class ProgramMeetingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Seq,
        Kind,
        NameJa,
        NameEn,
        PlannedStart,
        PlannedEnd,
        Days,
        PlaceJa,
        PlaceEn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ProgramMeetingModel(QObject *parent = nullptr);

    void setMeetings(const QList<ProgramMeeting> &meetings);
    const QList<ProgramMeeting> &meetings() const { return m_meetings; }
    void setDateStyle(DateStyle style);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A user edited a cell: `changed` is the row's meeting with the new value.
    void meetingEdited(int row, const iotdesk::core::ProgramMeeting &changed);

private:
    QList<ProgramMeeting> m_meetings;
    DateFormatter m_dates;
};

} // namespace iotdesk::core
