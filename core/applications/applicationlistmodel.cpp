#include "core/applications/applicationlistmodel.h"

#include "core/applications/applicationrepository.h"
#include "core/foundation/modelroles.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/programs/businesscalendar.h"
#include "core/programs/programrepository.h"
#include "core/selection/selectionboard.h"
#include "core/storage/database.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

ApplicationListModel::ApplicationListModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_today(ApplicationTiming::japanDate(QDateTime::currentDateTimeUtc()))
{}

void ApplicationListModel::setProgram(qint64 programId)
{
    m_programId = programId;
    reload();
}

void ApplicationListModel::setDateStyle(DateStyle style)
{
    m_dates.setStyle(style);
    retranslate();
}

void ApplicationListModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

int ApplicationListModel::rowOf(qint64 applicationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].application.id == applicationId)
            return int(i);
    }
    return -1;
}

void ApplicationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    const auto fail = [this](const QString &message) {
        m_rows.clear();
        m_lastError = message;
        endResetModel();
    };
    if (m_programId == 0) {
        endResetModel();
        return;
    }
    const auto program = ProgramRepository(m_db).program(m_programId);
    const auto calendar = BusinessCalendar::load(m_db.connection());
    const auto board = SelectionBoard::build(m_db, m_programId);
    if (!program)
        return fail(program.message());
    if (!calendar)
        return fail(calendar.message());
    if (!board)
        return fail(board.message());
    const LocalGovernmentRepository localGovernments(m_db.connection());
    QHash<qint64, const BoardRow *> boardRows;
    for (const BoardRow &boardRow : board->rows)
        boardRows.insert(boardRow.applicationId, &boardRow);
    for (const Application &a : board->applications) {
        ApplicationListRow row;
        row.application = a;
        for (const ApplicationMember &member : a.members) {
            const auto lg = localGovernments.findByCode(member.code6);
            const QString name = lg ? lg->fullName() : member.code6;
            if (member.lead) {
                row.leadName = name;
                row.bureauId = lg ? lg->bureauId : 0;
            } else {
                row.memberNames.append(name);
            }
        }
        row.eligibility = Eligibility::evaluate(a.answers);
        row.receivedOn = ApplicationTiming::japanDate(a.receivedAt);
        row.window = ApplicationTiming::windowPosition(row.receivedOn, program->applicationStart,
                                                       program->applicationEnd);
        row.confirmationDue = ApplicationTiming::confirmationDue(row.receivedOn, *calendar);
        row.confirmation = ApplicationTiming::confirmationState(row.confirmationDue,
                                                                a.confirmationSentOn, m_today);
        if (const BoardRow *boardRow = boardRows.value(a.id)) {
            row.progress = boardRow->progress;
            row.total = boardRow->ranking.total;
            row.rank = boardRow->ranking.rank;
        }
        m_rows.append(row);
    }
    endResetModel();
}

void ApplicationListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ApplicationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplicationListRow &row = m_rows.at(index.row());
    const Application &a = row.application;
    if (role == KeyRole)
        return a.id;
    const auto column = Column(index.column());
    if (role == StateRole) {
        switch (column) {
        case Received:
            if (row.window != WindowPosition::InWindow ||
                ApplicationTiming::exceedsMailLimit(a.attachmentBytes))
                return QVariant::fromValue(RowState::Attention);
            break;
        case Eligibility:
            if (row.eligibility.status == EligibilityStatus::Ineligible)
                return QVariant::fromValue(RowState::Problem);
            if (row.eligibility.status == EligibilityStatus::Incomplete)
                return QVariant::fromValue(RowState::Attention);
            return QVariant::fromValue(RowState::Done);
        case Confirmation:
            if (row.confirmation == ConfirmationState::Overdue)
                return QVariant::fromValue(RowState::Problem);
            if (row.confirmation == ConfirmationState::DueToday)
                return QVariant::fromValue(RowState::Attention);
            if (row.confirmation == ConfirmationState::Sent)
                return QVariant::fromValue(RowState::Done);
            break;
        case Decision:
            if (a.decision == Decision::Selected)
                return QVariant::fromValue(RowState::Done);
            break;
        default:
            break;
        }
        return QVariant::fromValue(RowState::Normal);
    }
    if (role == SortRole) {
        switch (column) {
        case Received:
            return a.receivedAt;
        case Score:
            return row.total;
        case Review:
            return row.progress.scored;
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Received: {
            QStringList notes = {ApplicationTiming::windowPositionName(row.window)};
            if (ApplicationTiming::exceedsMailLimit(a.attachmentBytes)) {
                notes << tr("Attachments of %1 exceed the 10 MB MIC can receive: the applicant "
                            "must consult MIC first.")
                             .arg(QLocale().formattedDataSize(a.attachmentBytes, 1,
                                                              QLocale::DataSizeSIFormat));
            }
            return notes.join(u'\n');
        }
        case Eligibility:
            return (row.eligibility.failingReasons + row.eligibility.missingAnswers).join(u'\n');
        case Members:
            return row.memberNames.join(u'\n');
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (column == Score || column == Review))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Received: {
        QString text = m_dates.dateWithWeekday(row.receivedOn);
        if (row.window == WindowPosition::Late)
            text += u' ' + tr("(late)");
        else if (row.window == WindowPosition::Early)
            text += u' ' + tr("(early)");
        if (ApplicationTiming::exceedsMailLimit(a.attachmentBytes))
            text += u' ' + tr("(over 10 MB)");
        return text;
    }
    case Lead:
        return row.leadName;
    case Members:
        return row.memberNames.isEmpty() ? QString()
                                         : tr("+%n joint", nullptr, int(row.memberNames.size()));
    case Eligibility:
        return Eligibility::statusName(row.eligibility.status);
    case Confirmation:
        // Sent: the day it was sent (it can be corrected); otherwise the day it is due.
        return QString(ApplicationTiming::confirmationStateName(row.confirmation) + u" ("_s +
                       m_dates.date(row.confirmation == ConfirmationState::Sent ||
                                            row.confirmation == ConfirmationState::SentLate
                                        ? a.confirmationSentOn.value_or(QDate())
                                        : row.confirmationDue) +
                       u')');
    case Review:
        return tr("%1 of %2 scored").arg(row.progress.scored).arg(row.progress.expected);
    case Score:
        return row.progress.scored == 0 ? QString() : QString::number(row.total, 'f', 2);
    case Decision:
        return shownName(a.decision);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Received:
        return tr("Received");
    case Lead:
        return tr("Applicant");
    case Members:
        return tr("Joint");
    case Eligibility:
        return tr("Eligibility");
    case Confirmation:
        return tr("Receipt confirmation");
    case Review:
        return tr("Review");
    case Score:
        return tr("Score");
    case Decision:
        return tr("Decision");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace iotdesk::core
