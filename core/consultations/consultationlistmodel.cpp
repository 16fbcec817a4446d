#include "core/consultations/consultationlistmodel.h"

#include "core/applications/applicationtiming.h"
#include "core/consultations/consultation.h"
#include "core/consultations/consultationrepository.h"
#include "core/consultations/consultationsearch.h"
#include "core/foundation/japantime.h"
#include "core/foundation/modelroles.h"
#include "core/storage/database.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

ConsultationOrder orderOf(int column)
{
    switch (column) {
    case ConsultationListModel::Government:
        return ConsultationOrder::Government;
    case ConsultationListModel::Consultant:
        return ConsultationOrder::Consultant;
    case ConsultationListModel::Channel:
        return ConsultationOrder::Channel;
    default:
        return ConsultationOrder::Time;
    }
}

} // namespace

ConsultationListModel::ConsultationListModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_today(ApplicationTiming::japanDate(QDateTime::currentDateTimeUtc()))
{
    reload();
}

void ConsultationListModel::setFilter(const ConsultationFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ConsultationListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_pagesRead = 0;
    m_lastError.clear();
    m_searchIds.clear();
    m_truncated = false;
    const ConsultationQuery query(m_filter, m_db.engine());
    m_terms = query.terms();
    if (query.hasText()) {
        readSearch();
    } else {
        if (const auto count = ConsultationList(m_db).count(query); count) {
            m_count = *count;
        } else {
            m_count = 0;
            m_lastError = count.message();
        }
    }
    endResetModel();
}

void ConsultationListModel::setSearchLimit(int limit)
{
    m_searchLimit = std::max(1, limit);
    reload();
}

void ConsultationListModel::readSearch()
{
    m_searchIds.clear();
    m_count = 0;
    auto found = ConsultationSearch::newest(m_db, m_filter, m_searchLimit, &m_truncated);
    if (!found) {
        m_lastError = found.message();
        return;
    }
    if (found->isEmpty())
        return;
    // The matches in the list's order: a sort of at most the limit's rows.
    const auto sorted = ConsultationList(m_db).sorted(*found, m_order, m_ascending);
    if (!sorted) {
        m_lastError = sorted.message();
        return;
    }
    m_searchIds = *sorted;
    m_count = int(m_searchIds.size());
}

void ConsultationListModel::setDateStyle(DateStyle style)
{
    m_dates.setStyle(style);
    retranslate();
}

void ConsultationListModel::setToday(QDate today)
{
    m_today = today;
    retranslate();
}

void ConsultationListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

bool ConsultationListModel::isSortable(int column)
{
    return column == When || column == Government || column == Consultant || column == Channel;
}

void ConsultationListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const ConsultationOrder wanted = orderOf(column);
    const bool ascending = order == Qt::AscendingOrder;
    if (wanted == m_order && ascending == m_ascending)
        return;
    // No row keeps its place in a new order of a million rows: the model is read again, and
    // views re-ask for what they show.
    m_order = wanted;
    m_ascending = ascending;
    reload();
}

const QList<ConsultationListRow> *ConsultationListModel::page(int index) const
{
    if (auto it = m_pages.constFind(index); it != m_pages.cend()) {
        m_recent.removeOne(index);
        m_recent.append(index);
        return &it.value();
    }
    ++m_pagesRead;
    QList<ConsultationListRow> rows = readPage(index);
    // A page that could not be read (the file busy with another writer) is not kept: the
    // next look tries again.
    static const QList<ConsultationListRow> unread;
    if (rows.isEmpty())
        return &unread;
    if (m_pages.size() >= kMaxPages && !m_recent.isEmpty())
        m_pages.remove(m_recent.takeFirst());
    m_pages.insert(index, std::move(rows));
    m_recent.append(index);
    return &m_pages[index];
}

QList<ConsultationListRow> ConsultationListModel::readPage(int index) const
{
    const int first = index * kPageSize;
    const int size = std::min(kPageSize, m_count - first);
    if (size <= 0)
        return {};
    if (!m_terms.isEmpty())
        return readRows(m_searchIds.mid(first, size));
    const ConsultationQuery query(m_filter, m_db.engine());
    // The second half is read from the other end: OFFSET then walks at most half the index.
    const bool fromEnd = first > m_count / 2;
    const int offset = fromEnd ? m_count - (first + size) : first;
    auto ids = ConsultationList(m_db).ids(query, m_order, fromEnd ? !m_ascending : m_ascending,
                                          size, offset);
    if (!ids) {
        m_lastError = ids.message();
        return {};
    }
    QList<qint64> order = std::move(*ids);
    if (fromEnd)
        std::reverse(order.begin(), order.end());
    return readRows(order);
}

QList<ConsultationListRow> ConsultationListModel::readRows(const QList<qint64> &order) const
{
    auto rows = ConsultationList(m_db).rows(order);
    if (!rows) {
        m_lastError = rows.message();
        return {};
    }
    return std::move(*rows);
}

const ConsultationListRow &ConsultationListModel::at(int row) const
{
    static const ConsultationListRow none;
    if (row < 0 || row >= m_count)
        return none;
    const QList<ConsultationListRow> *rows = page(row / kPageSize);
    const int offset = row % kPageSize;
    return offset < rows->size() ? rows->at(offset) : none;
}

int ConsultationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ConsultationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConsultationListModel::topicNames(quint32 topics) const
{
    QStringList names;
    for (int t = 0; t < kTopicCount; ++t) {
        if (topics & (1u << t))
            names << ConsultationRepository::topicName(Topic(t));
    }
    return names.join(tr(", "));
}

QVariant ConsultationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsultationListRow &row = at(index.row());
    const int column = index.column();
    if (role == KeyRole)
        return row.id;
    if (role == StateRole) {
        if (column == FollowUp && row.openFollowUps > 0 && row.nextDue.isValid()) {
            if (row.nextDue < m_today)
                return QVariant::fromValue(RowState::Problem);
            if (row.nextDue <= m_today.addDays(3))
                return QVariant::fromValue(RowState::Attention);
        }
        return QVariant::fromValue(RowState::Normal);
    }
    if (role == Qt::TextAlignmentRole && column == Duration)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Summary)
        return row.summary;
    if (role == Qt::ToolTipRole && column == FollowUp && row.openFollowUps > 0)
        return tr("%n open follow-up(s)", nullptr, row.openFollowUps);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case When: {
        const QDateTime inJapan = row.occurredAt.toTimeZone(JapanTime::zone());
        return QString(m_dates.date(inJapan.date()) + u' ' + inJapan.time().toString(u"HH:mm"_s));
    }
    case Government:
        return row.lgName;
    case Counterpart:
        return row.counterpart;
    case Consultant:
        return row.consultant;
    case Channel:
        return QString(shownName(row.channel) +
                       (row.direction == Direction::Outgoing ? u" →"_s : u" ←"_s));
    case Topics:
        return topicNames(row.topics);
    case Duration:
        return row.durationMinutes == 0 ? QString() : tr("%1 min").arg(row.durationMinutes);
    case Summary:
        return row.summary.section(u'\n', 0, 0);
    case FollowUp:
        if (row.openFollowUps == 0)
            return QString();
        return row.nextDue.isValid() ? m_dates.date(row.nextDue) : tr("open");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConsultationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Government:
        return tr("Local government");
    case Counterpart:
        return tr("Counterpart");
    case Consultant:
        return tr("Consultant");
    case Channel:
        return tr("Channel");
    case Topics:
        return tr("Topics");
    case Duration:
        return tr("Duration");
    case Summary:
        return tr("Summary");
    case FollowUp:
        return tr("Follow-up due");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace iotdesk::core
