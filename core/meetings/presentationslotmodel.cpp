#include "core/meetings/presentationslotmodel.h"

#include "core/foundation/modelroles.h"
#include "core/meetings/presentationschedule.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

const QString kMimeType = u"application/x-iotdesk-slot-row"_s;

} // namespace

PresentationSlotModel::PresentationSlotModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PresentationSlotModel::setSlots(QList<PresentationSlot> timetable,
                                     QHash<qint64, QString> applicantNames)
{
    beginResetModel();
    m_slots = std::move(timetable);
    m_names = std::move(applicantNames);
    m_modified = false;
    endResetModel();
}

void PresentationSlotModel::changed(const QHash<int, QTime> &starts)
{
    // Each day keeps the start it had, whichever slot now comes first on it.
    PresentationSchedule::reflow(m_slots, starts);
    m_modified = true;
    if (!m_slots.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit modified();
}

void PresentationSlotModel::moveSlot(int from, int to)
{
    if (from < 0 || from >= m_slots.size() || to < 0 || to >= m_slots.size() || from == to)
        return;
    // beginMoveRows takes the destination as the row the moved one will stand before.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return;
    const QHash<int, QTime> starts = PresentationSchedule::dayStarts(m_slots);
    m_slots.move(from, to);
    endMoveRows();
    changed(starts);
}

void PresentationSlotModel::insertBreak(int row, int minutes)
{
    const int at = row < 0 || row >= m_slots.size() ? int(m_slots.size()) : row + 1;
    PresentationSlot pause;
    pause.minutes = minutes;
    pause.dayNo = at > 0 ? m_slots[at - 1].dayNo : 1;
    pause.start = at > 0 ? m_slots[at - 1].end() : QTime(13, 0);
    const QHash<int, QTime> starts = PresentationSchedule::dayStarts(m_slots);
    beginInsertRows({}, at, at);
    m_slots.insert(at, pause);
    endInsertRows();
    changed(starts);
}

void PresentationSlotModel::removeSlot(int row)
{
    if (row < 0 || row >= m_slots.size())
        return;
    const QHash<int, QTime> starts = PresentationSchedule::dayStarts(m_slots);
    beginRemoveRows({}, row, row);
    m_slots.removeAt(row);
    endRemoveRows();
    changed(starts);
}

bool PresentationSlotModel::isFirstOfDay(int row) const
{
    for (int i = 0; i < row; ++i) {
        if (m_slots[i].dayNo == m_slots[row].dayNo)
            return false;
    }
    return true;
}

int PresentationSlotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

int PresentationSlotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PresentationSlotModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_slots.size())
        return {};
    const PresentationSlot &slot = m_slots[index.row()];
    if (role == KeyRole)
        return slot.id;
    if (role == StateRole)
        return QVariant::fromValue(slot.isBreak() ? RowState::Attention : RowState::Normal);
    if (role == Qt::TextAlignmentRole && index.column() <= Minutes)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Order:
        return slot.seq;
    case Day:
        return slot.dayNo;
    case Start:
        return role == Qt::EditRole ? QVariant(slot.start)
                                    : QVariant(slot.start.toString(u"H:mm"_s));
    case End:
        return slot.end().toString(u"H:mm"_s);
    case Minutes:
        return slot.minutes;
    case Municipality:
        return slot.isBreak() ? tr("Break") : m_names.value(slot.applicationId);
    case Presenter:
        return slot.presenter;
    case Title:
        return slot.title;
    default:
        return {};
    }
}

bool PresentationSlotModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_slots.size())
        return false;
    PresentationSlot &slot = m_slots[index.row()];
    QHash<int, QTime> starts = PresentationSchedule::dayStarts(m_slots);
    switch (index.column()) {
    case Day: {
        const int day = value.toInt();
        if (day < 1 || day > 14)
            return false;
        slot.dayNo = day;
        break;
    }
    case Start: {
        const QTime start = value.userType() == QMetaType::QTime
                                ? value.toTime()
                                : QTime::fromString(value.toString().trimmed(), u"H:mm"_s);
        if (!start.isValid() || !isFirstOfDay(index.row()))
            return false;
        slot.start = start;
        starts.insert(slot.dayNo, start);
        break;
    }
    case Minutes: {
        bool ok = false;
        const int minutes = value.toInt(&ok);
        if (!ok || minutes < 1 || minutes > 600)
            return false;
        slot.minutes = minutes;
        break;
    }
    case Presenter:
        slot.presenter = value.toString().trimmed();
        break;
    case Title:
        slot.title = value.toString().trimmed();
        break;
    default:
        return false;
    }
    changed(starts);
    return true;
}

QVariant PresentationSlotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Order:
        return tr("No.");
    case Day:
        return tr("Day");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Minutes:
        return tr("Minutes");
    case Municipality:
        return tr("Municipality");
    case Presenter:
        return tr("Presenter");
    case Title:
        return tr("Title");
    default:
        return {};
    }
}

Qt::ItemFlags PresentationSlotModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled;
    const PresentationSlot &slot = m_slots[index.row()];
    switch (index.column()) {
    case Day:
    case Minutes:
        f |= Qt::ItemIsEditable;
        break;
    case Start:
        if (isFirstOfDay(index.row()))
            f |= Qt::ItemIsEditable;
        break;
    case Presenter:
    case Title:
        if (!slot.isBreak())
            f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

Qt::DropActions PresentationSlotModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PresentationSlotModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *PresentationSlotModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMimeType, QByteArray::number(indexes.front().row()));
    return data;
}

bool PresentationSlotModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                            const QModelIndex &) const
{
    return data && data->hasFormat(kMimeType) && action == Qt::MoveAction;
}

bool PresentationSlotModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                         const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    bool ok = false;
    const int from = data->data(kMimeType).toInt(&ok);
    if (!ok || from < 0 || from >= m_slots.size())
        return false;
    // Dropped on a row: there; between rows: before `row`; below the last: at the end.
    int to = parent.isValid() ? parent.row() : (row < 0 ? int(m_slots.size()) : row);
    if (to > from && !parent.isValid())
        --to;
    moveSlot(from, std::clamp(to, 0, int(m_slots.size()) - 1));
    return false;
}

} // namespace iotdesk::core
