#include "core/programs/programmeetingmodel.h"

#include "core/foundation/modelroles.h"
#include "core/programs/programrepository.h"

namespace iotdesk::core {

ProgramMeetingModel::ProgramMeetingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProgramMeetingModel::setMeetings(const QList<ProgramMeeting> &meetings)
{
    beginResetModel();
    m_meetings = meetings;
    endResetModel();
}

void ProgramMeetingModel::setDateStyle(DateStyle style)
{
    m_dates.setStyle(style);
    retranslate();
}

void ProgramMeetingModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_meetings.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProgramMeetingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int ProgramMeetingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgramMeetingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgramMeeting &m = m_meetings.at(index.row());
    if (role == KeyRole)
        return m.id;
    const bool edit = role == Qt::EditRole || role == SortRole;
    if (role != Qt::DisplayRole && !edit) {
        if (role == Qt::TextAlignmentRole && (index.column() == Seq || index.column() == Days))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    switch (Column(index.column())) {
    case Seq:
        return m.seq;
    case Kind:
        return edit ? QVariant(storedName(m.kind)) : QVariant(shownName(m.kind));
    case NameJa:
        return m.nameJa;
    case NameEn:
        return m.nameEn;
    case PlannedStart:
        return edit ? QVariant(m.plannedStart) : QVariant(m_dates.dateWithWeekday(m.plannedStart));
    case PlannedEnd:
        return edit ? QVariant(m.plannedEnd) : QVariant(m_dates.dateWithWeekday(m.plannedEnd));
    case Days:
        return m.days;
    case PlaceJa:
        return m.placeJa;
    case PlaceEn:
        return m.placeEn;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProgramMeetingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Seq:
        return tr("No.");
    case Kind:
        return tr("Kind");
    case NameJa:
        return tr("Name (Japanese)");
    case NameEn:
        return tr("Name (English)");
    case PlannedStart:
        return tr("Planned from");
    case PlannedEnd:
        return tr("Planned until");
    case Days:
        return tr("Days");
    case PlaceJa:
        return tr("Place (Japanese)");
    case PlaceEn:
        return tr("Place (English)");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ProgramMeetingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Seq && index.column() != Kind)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ProgramMeetingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    ProgramMeeting changed = m_meetings.at(index.row());
    switch (Column(index.column())) {
    case NameJa:
        changed.nameJa = value.toString().trimmed();
        break;
    case NameEn:
        changed.nameEn = value.toString().trimmed();
        break;
    case PlannedStart:
        changed.plannedStart = value.toDate();
        break;
    case PlannedEnd:
        changed.plannedEnd = value.toDate();
        break;
    case Days:
        changed.days = value.toInt();
        break;
    case PlaceJa:
        changed.placeJa = value.toString().trimmed();
        break;
    case PlaceEn:
        changed.placeEn = value.toString().trimmed();
        break;
    case Seq:
    case Kind:
    case ColumnCount:
        return false;
    }
    if (changed == m_meetings.at(index.row()))
        return false;
    emit meetingEdited(index.row(), changed);
    return true;
}

} // namespace iotdesk::core
