#include "core/meetings/attendancemodel.h"

#include "core/foundation/modelroles.h"
#include "core/meetings/meetingrepository.h"

using namespace Qt::StringLiterals;

namespace iotdesk::core {

AttendanceModel::AttendanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AttendanceModel::setSession(const MeetingSession &session, QList<Participant> participants)
{
    beginResetModel();
    m_session = session;
    m_participants = std::move(participants);
    endResetModel();
}

void AttendanceModel::setDateStyle(DateStyle style)
{
    m_dates = DateFormatter(style);
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_participants.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstDay + m_session.dayCount;
}

int AttendanceModel::dayOf(int column) const
{
    return column >= FirstDay && column < columnCount() ? column - FirstDay + 1 : 0;
}

int AttendanceModel::attendedCount() const
{
    int count = 0;
    for (const Participant &p : m_participants) {
        for (const AttendanceMark &mark : p.days)
            count += mark.state == AttendanceState::Attended ? 1 : 0;
    }
    return count;
}

int AttendanceModel::registeredCount() const
{
    int count = 0;
    for (const Participant &p : m_participants)
        count += int(p.days.size());
    return count;
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_participants.size())
        return {};
    const Participant &p = m_participants[index.row()];
    if (role == KeyRole)
        return p.id;
    const int day = dayOf(index.column());
    if (day == 0) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case Affiliation:
            return p.affiliation;
        case Name:
            return p.name;
        case Department:
            return QStringList{p.department, p.title}.join(u' ').trimmed();
        default:
            return {};
        }
    }
    const auto mark = p.days.find(day);
    if (role == StateRole) {
        if (mark == p.days.end())
            return QVariant::fromValue(RowState::Normal);
        switch (mark->state) {
        case AttendanceState::Attended:
            return QVariant::fromValue(RowState::Done);
        case AttendanceState::Absent:
            return QVariant::fromValue(RowState::Problem);
        case AttendanceState::Excused:
            return QVariant::fromValue(RowState::Attention);
        case AttendanceState::Registered:
            return QVariant::fromValue(RowState::Normal);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (mark == p.days.end())
            return role == Qt::DisplayRole ? QVariant(u"—"_s) : QVariant(tr("Not registered"));
        const QString state = shownName(mark->state);
        return mark->note.isEmpty() ? state : state + u": "_s + mark->note;
    }
    return {};
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Affiliation:
        return tr("Affiliation");
    case Name:
        return tr("Name");
    case Department:
        return tr("Department");
    default:
        break;
    }
    const int day = dayOf(section);
    if (day == 0)
        return {};
    const QDate date = m_session.day(day);
    if (!date.isValid())
        return tr("Day %1").arg(day);
    return tr("Day %1\n%2")
        .arg(day)
        .arg(m_dates.style() == DateStyle::Iso ? date.toString(Qt::ISODate)
                                               : u"%1/%2(%3)"_s.arg(date.month())
                                                     .arg(date.day())
                                                     .arg(DateFormatter::japaneseWeekday(date)));
}

} // namespace iotdesk::core
