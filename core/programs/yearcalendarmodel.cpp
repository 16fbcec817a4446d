#include "core/programs/yearcalendarmodel.h"

#include "core/foundation/dateformatter.h"
#include "core/foundation/modelroles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// ①, ②, ... for meeting numbers up to 20.
QString circled(int n)
{
    if (n >= 1 && n <= 20)
        return QString(QChar(0x2460 + n - 1));
    return QString::number(n);
}

} // namespace

YearCalendarModel::YearCalendarModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void YearCalendarModel::add(QDate date, int kind, const QString &mark, const QString &text)
{
    if (!date.isValid())
        return;
    m_kinds[date] |= kind;
    if (!text.isEmpty())
        m_events[date].append(text);
    if (!mark.isEmpty() && !m_marks.value(date).contains(mark))
        m_marks[date] += mark;
}

void YearCalendarModel::setYear(const Program &program, const QList<SessionSummary> &sessions,
                                const BusinessCalendar &calendar, QDate today,
                                const QList<Event> &more)
{
    beginResetModel();
    m_fiscalYear = program.fiscalYear;
    m_kinds.clear();
    m_events.clear();
    m_marks.clear();
    const bool japanese = QLocale().language() == QLocale::Japanese;
    const QDate first = DateFormatter::fiscalYearStart(program.fiscalYear);
    const QDate last = DateFormatter::fiscalYearEnd(program.fiscalYear);
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (!calendar.isBusinessDay(d)) {
            const QString holiday = calendar.holidayName(d);
            const bool saturday = d.dayOfWeek() == Qt::Saturday && holiday.isEmpty();
            add(d, saturday ? Saturday : OfficeHoliday, {}, holiday);
        }
    }
    if (today >= first && today <= last)
        add(today, Today, {}, tr("Today"));
    for (QDate d = program.applicationStart; d.isValid() && d <= program.applicationEnd;
         d = d.addDays(1)) {
        add(d, ApplicationWindow, {},
            d == program.applicationStart ? tr("Applications open")
            : d == program.applicationEnd ? tr("Applications close")
                                          : QString());
    }
    for (const ProgramMeeting &m : program.meetings) {
        const QString name = japanese || m.nameEn.isEmpty() ? m.nameJa : m.nameEn;
        for (QDate d = m.plannedStart; d.isValid() && d <= m.plannedEnd; d = d.addDays(1))
            add(d, PlannedPeriod, {},
                d == m.plannedStart ? tr("%1: planned period").arg(name) : QString());
    }
    for (const SessionSummary &s : sessions) {
        if (s.session.cancelled || !s.session.firstDay)
            continue;
        for (int n = 1; n <= s.session.dayCount; ++n) {
            QString text = s.title(japanese);
            if (!s.session.venueName.isEmpty())
                text += u" @ "_s + s.session.venueName;
            add(s.session.day(n), MeetingDay, circled(s.meeting.seq), text);
        }
    }
    for (const Event &e : more)
        add(e.date, e.kind, e.mark, e.text);
    endResetModel();
}

QDate YearCalendarModel::dateAt(const QModelIndex &index) const
{
    if (!index.isValid() || m_fiscalYear == 0)
        return {};
    const QDate month = QDate(m_fiscalYear, 4, 1).addMonths(index.row());
    return QDate(month.year(), month.month(), index.column() + 1); // invalid past month end
}

QModelIndex YearCalendarModel::indexOf(QDate date) const
{
    if (!date.isValid() || m_fiscalYear == 0)
        return {};
    const int row = DateFormatter::fiscalMonth(m_fiscalYear, date);
    if (row < 0 || row >= 12)
        return {};
    return index(row, date.day() - 1);
}

int YearCalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_fiscalYear == 0 ? 0 : 12;
}

int YearCalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 31;
}

QVariant YearCalendarModel::data(const QModelIndex &index, int role) const
{
    const QDate date = dateAt(index);
    if (role == KindRole)
        return date.isValid() ? m_kinds.value(date) : int(NoDay);
    if (!date.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_marks.value(date);
    case Qt::ToolTipRole: {
        QStringList lines = {m_dates.dateWithWeekday(date)};
        lines += m_events.value(date);
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case SortRole:
        return date;
    default:
        return {};
    }
}

QVariant YearCalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section + 1;
    if (m_fiscalYear == 0 || section < 0 || section >= 12)
        return {};
    const QDate month = QDate(m_fiscalYear, 4, 1).addMonths(section);
    return QLocale().language() == QLocale::Japanese
               ? m_dates.month(month)
               : QLocale(QLocale::English).toString(month, u"MMM yyyy"_s);
}

} // namespace iotdesk::core
