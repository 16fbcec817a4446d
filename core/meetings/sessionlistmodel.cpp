#include "core/meetings/sessionlistmodel.h"

#include "core/foundation/modelroles.h"
#include "core/meetings/meetingrepository.h"
#include "core/municipalities/contactrepository.h"
#include "core/storage/database.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString SessionListModel::load(const Database &db, qint64 programId, QDate today)
{
    beginResetModel();
    m_sessions.clear();
    m_warnings.clear();
    m_warningCount.clear();
    m_consultants.clear();
    m_today = today;
    QString error;
    if (auto sessions = MeetingRepository(db).sessions(programId); sessions)
        m_sessions = *sessions;
    else
        error = sessions.message();
    if (const auto consultants = ContactRepository(db).consultants(); consultants) {
        for (const Contact &consultant : *consultants)
            m_consultants.insert(consultant.id, consultant.name);
    } else if (error.isEmpty()) {
        error = consultants.message();
    }
    if (error.isEmpty()) {
        if (auto calendar = BusinessCalendar::load(db.connection()); calendar)
            m_warnings = MeetingWarnings::check(m_sessions, *calendar, m_consultants);
        else
            error = calendar.message();
    }
    for (const MeetingWarning &w : m_warnings)
        ++m_warningCount[w.sessionId];
    endResetModel();
    return error;
}

void SessionListModel::setDateStyle(DateStyle style)
{
    m_dates = DateFormatter(style);
    if (!m_sessions.isEmpty())
        emit dataChanged(index(0, Days), index(rowCount() - 1, Days), {Qt::DisplayRole});
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SessionListModel::rowOf(qint64 sessionId) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions[row].session.id == sessionId)
            return row;
    }
    return -1;
}

QString SessionListModel::daysText(const MeetingSession &session, const DateFormatter &dates)
{
    if (!session.firstDay)
        return u"—"_s;
    QString text = dates.dateWithWeekday(*session.firstDay);
    if (session.dayCount > 1) {
        const QDate last = session.lastDay();
        const bool japanese = dates.style() != DateStyle::Iso;
        text += u" – "_s + (japanese ? u"%1月%2日(%3)"_s.arg(last.month())
                                           .arg(last.day())
                                           .arg(DateFormatter::japaneseWeekday(last))
                                     : last.toString(Qt::ISODate));
    }
    return text;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sessions.size())
        return {};
    const SessionSummary &s = m_sessions[index.row()];
    const bool japanese = QLocale().language() == QLocale::Japanese;
    if (role == KeyRole)
        return s.session.id;
    if (role == StateRole) {
        if (s.session.cancelled)
            return QVariant::fromValue(RowState::Problem);
        if (m_warningCount.value(s.session.id) > 0)
            return QVariant::fromValue(RowState::Attention);
        if (s.session.firstDay && s.session.lastDay() < m_today)
            return QVariant::fromValue(RowState::Done);
        return QVariant::fromValue(RowState::Normal);
    }
    if (role == Qt::ToolTipRole && index.column() == Warnings) {
        QStringList lines;
        for (const MeetingWarning &w : m_warnings) {
            if (w.sessionId == s.session.id)
                lines.append(w.message);
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Participants || index.column() == Warnings))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Meeting:
        return japanese || s.meeting.nameEn.isEmpty() ? s.meeting.nameJa : s.meeting.nameEn;
    case Host:
        if (s.hostName.isEmpty())
            return {};
        return s.session.cancelled ? tr("%1 (no longer selected)").arg(s.hostName) : s.hostName;
    case Days:
        if (role == SortRole)
            return s.session.firstDay ? QVariant(*s.session.firstDay) : QVariant();
        return daysText(s.session, m_dates);
    case Venue:
        return s.session.venueName;
    case Consultants: {
        QStringList names;
        for (qint64 id : s.session.consultantIds)
            names.append(m_consultants.value(id));
        return names.join(u"、"_s);
    }
    case Participants:
        return s.participantCount;
    case Warnings: {
        const int count = m_warningCount.value(s.session.id);
        return count == 0 ? QVariant() : QVariant(count);
    }
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Meeting:
        return tr("Meeting");
    case Host:
        return tr("Host");
    case Days:
        return tr("Dates");
    case Venue:
        return tr("Venue");
    case Consultants:
        return tr("Consultants");
    case Participants:
        return tr("People");
    case Warnings:
        return tr("Warnings");
    default:
        return {};
    }
}

} // namespace iotdesk::core
