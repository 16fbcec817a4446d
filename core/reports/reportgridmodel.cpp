#include "core/reports/reportgridmodel.h"

#include "core/foundation/modelroles.h"
#include "core/programs/programrepository.h"
#include "core/reports/reportrepository.h"
#include "core/storage/database.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

constexpr int kMonths = 12;

QString shortDate(QDate date)
{
    return u"%1/%2"_s.arg(date.month()).arg(date.day());
}

} // namespace

ReportGridModel::ReportGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString ReportGridModel::load(const Database &db, qint64 programId, QDate today)
{
    beginResetModel();
    m_reports.clear();
    m_rows.clear();
    m_silent.clear();
    m_today = today;
    m_fiscalYear = 0;
    QString error;
    if (programId > 0) {
        if (const auto program = ProgramRepository(db).program(programId); program)
            m_fiscalYear = program->fiscalYear;
        else
            error = program.message();
    }
    ReportRepository repository(db);
    if (auto list = repository.reports(programId); list)
        m_reports = *list;
    else
        error = list.message();
    if (auto silent = repository.silentMonths(programId, today); silent)
        m_silent = *silent;
    else if (error.isEmpty())
        error = silent.message();
    for (int i = 0; i < m_reports.size(); ++i) {
        const MonthlyReport &r = m_reports[i];
        if (m_rows.isEmpty() || m_rows.last().applicationId != r.applicationId)
            m_rows.append({r.applicationId, r.name, QList<int>(kMonths, -1)});
        const int column = DateFormatter::fiscalMonth(m_fiscalYear, r.month);
        if (column >= 0 && column < kMonths)
            m_rows.last().byMonth[column] = i;
    }
    endResetModel();
    return error;
}

void ReportGridModel::setDateStyle(DateStyle style)
{
    m_dates = DateFormatter(style);
}

int ReportGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstMonth + kMonths;
}

QDate ReportGridModel::monthOf(int column) const
{
    if (column < FirstMonth || column >= FirstMonth + kMonths || m_fiscalYear == 0)
        return {};
    return QDate(m_fiscalYear, 4, 1).addMonths(column - FirstMonth);
}

const MonthlyReport *ReportGridModel::reportAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() < FirstMonth)
        return nullptr;
    const int at = m_rows[index.row()].byMonth.value(index.column() - FirstMonth, -1);
    return at < 0 ? nullptr : &m_reports[at];
}

QModelIndex ReportGridModel::indexOf(qint64 reportId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int m = 0; m < kMonths; ++m) {
            const int at = m_rows[row].byMonth[m];
            if (at >= 0 && m_reports[at].id == reportId)
                return index(row, FirstMonth + m);
        }
    }
    return {};
}

QVariant ReportGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    if (index.column() == Municipality) {
        if (role == Qt::DisplayRole || role == SortRole)
            return row.name;
        if (role == KeyRole)
            return row.applicationId;
        return {};
    }
    const MonthlyReport *r = reportAt(index);
    if (!r) {
        if (role == Qt::ToolTipRole)
            return tr("No report is due for this month.");
        return {};
    }
    const ReportStatus status = r->status(m_today);
    const bool silent = isSilent(r->applicationId, r->month);
    switch (role) {
    case KeyRole:
        return r->id;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case StateRole:
        switch (status) {
        case ReportStatus::Reviewed:
        case ReportStatus::Received:
            return QVariant::fromValue(r->late() ? RowState::Attention : RowState::Done);
        case ReportStatus::Overdue:
            return QVariant::fromValue(RowState::Problem);
        case ReportStatus::Due:
            return QVariant::fromValue(RowState::Attention);
        case ReportStatus::NotYetDue:
            return QVariant::fromValue(RowState::Normal);
        }
        return {};
    case Qt::DisplayRole: {
        // The marks side by side, then the day: "⚑! 9/10" fits a month's column on a
        // 1024-pixel screen.
        QString marks = silent ? u"⚑"_s : QString();
        // A milestone reported delayed.
        if (r->delayedMilestones > 0)
            marks += u"▲"_s;
        QDate day = r->dueOn;
        switch (status) {
        case ReportStatus::Reviewed:
            marks += u"✔"_s;
            day = *r->receivedOn;
            break;
        case ReportStatus::Received:
            marks += u"●"_s;
            day = *r->receivedOn;
            break;
        case ReportStatus::Overdue:
            marks += u"!"_s;
            break;
        case ReportStatus::Due:
        case ReportStatus::NotYetDue:
            break;
        }
        return marks.isEmpty() ? shortDate(day) : marks + u' ' + shortDate(day);
    }
    case Qt::ToolTipRole: {
        QStringList lines = {
            ReportRepository::statusName(status),
            tr("Due %1").arg(m_dates.dateWithWeekday(r->dueOn)),
        };
        if (r->receivedOn) {
            lines.append(
                tr("Received %1 (%2)").arg(m_dates.date(*r->receivedOn), shownName(r->channel)));
            if (r->late())
                lines.append(
                    tr("Late by %n day(s)", nullptr, int(r->dueOn.daysTo(*r->receivedOn))));
        }
        if (r->reviewedOn)
            lines.append(tr("Reviewed %1 by %2").arg(m_dates.date(*r->reviewedOn), r->reviewedBy));
        if (silent)
            lines.append(tr("⚑ Neither a report nor any consultation this month."));
        if (r->delayedMilestones > 0)
            lines.append(
                tr("▲ %n milestone(s) of the plan delayed.", nullptr, r->delayedMilestones));
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant ReportGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Municipality)
        return tr("Municipality");
    const QDate month = monthOf(section);
    if (!month.isValid())
        return {};
    return QLocale().language() == QLocale::Japanese
               ? u"%1月"_s.arg(month.month())
               : QLocale(QLocale::English).toString(month, u"MMM"_s);
}

} // namespace iotdesk::core
