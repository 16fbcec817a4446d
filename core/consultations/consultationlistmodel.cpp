#include "core/consultations/consultationlistmodel.h"

#include "core/applications/applicationtiming.h"
#include "core/consultations/consultation.h"
#include "core/consultations/consultationrepository.h"
#include "core/consultations/consultationsearch.h"
#include "core/foundation/japantime.h"
#include "core/foundation/modelroles.h"
#include "core/municipalities/localgovernment.h"
#include "core/storage/database.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>
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
    const ConsultationQuery query(m_filter);
    m_terms = query.terms();
    if (query.hasText()) {
        readSearch();
    } else {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(u"SELECT count(*) FROM consultations c "_s + query.where());
        if (execWith(q, query.values()) && q.next()) {
            m_count = q.value(0).toInt();
        } else {
            m_count = 0;
            m_lastError = storageError(q.lastError()).message();
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
    QString placeholders = u"?"_s;
    for (qsizetype i = 1; i < found->size(); ++i)
        placeholders += u",?"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id FROM consultations c WHERE c.id IN ("_s + placeholders + u") "_s +
              ConsultationQuery::orderBy(m_order, m_ascending));
    for (qint64 id : std::as_const(*found))
        q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = storageError(q.lastError()).message();
        return;
    }
    while (q.next())
        m_searchIds.append(q.value(0).toLongLong());
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
    const ConsultationQuery query(m_filter);
    // The second half is read from the other end: OFFSET then walks at most half the index.
    const bool fromEnd = first > m_count / 2;
    const int offset = fromEnd ? m_count - (first + size) : first;
    QSqlQuery ids(m_db.connection());
    ids.setForwardOnly(true);
    ids.prepare(u"SELECT c.id FROM consultations c "_s + query.where() + u' ' +
                ConsultationQuery::orderBy(m_order, fromEnd ? !m_ascending : m_ascending) +
                u" LIMIT ? OFFSET ?"_s);
    if (!execWith(ids, query.values() + QVariantList{size, offset})) {
        m_lastError = storageError(ids.lastError()).message();
        return {};
    }
    QList<qint64> order;
    order.reserve(size);
    while (ids.next())
        order.append(ids.value(0).toLongLong());
    if (fromEnd)
        std::reverse(order.begin(), order.end());
    return readRows(order);
}

QList<ConsultationListRow> ConsultationListModel::readRows(const QList<qint64> &order) const
{
    if (order.isEmpty())
        return {};
    // The page's details in one query, by primary key.
    QString placeholders = u"?"_s;
    for (qsizetype i = 1; i < order.size(); ++i)
        placeholders += u",?"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT c.id, c.occurred_at, c.lg_code6, "_s +
        QString::fromUtf16(LocalGovernment::kFullNameSql) +
        u", coalesce(cp.name, ''), coalesce(co.name, ''), c.channel, c.direction, "
        "c.topics, c.duration_minutes, substr(c.summary, 1, 200), (SELECT count(*) FROM "
        "follow_ups f WHERE f.consultation_id = c.id AND f.done_on IS NULL), (SELECT "
        "min(f.due_on) FROM follow_ups f WHERE f.consultation_id = c.id AND f.done_on IS "
        "NULL) FROM consultations c JOIN local_governments g ON g.code6 = c.lg_code6 JOIN "
        "prefectures p ON p.code = g.prefecture_code LEFT JOIN contacts cp ON cp.id = "
        "c.counterpart_id LEFT JOIN contacts co ON co.id = c.consultant_id WHERE c.id IN ("_s +
        placeholders + u')');
    for (qint64 id : std::as_const(order))
        q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = storageError(q.lastError()).message();
        return {};
    }
    QHash<qint64, ConsultationListRow> byId;
    while (q.next()) {
        ConsultationListRow row;
        row.id = q.value(0).toLongLong();
        row.occurredAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate).toUTC();
        row.lgCode6 = q.value(2).toString();
        row.lgName = q.value(3).toString();
        row.counterpart = q.value(4).toString();
        row.consultant = q.value(5).toString();
        row.channel = q.value(6).toString();
        row.direction = q.value(7).toString();
        row.topics = quint32(q.value(8).toUInt());
        row.durationMinutes = q.value(9).toInt();
        row.summary = q.value(10).toString();
        row.openFollowUps = q.value(11).toInt();
        row.nextDue = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        byId.insert(row.id, row);
    }
    QList<ConsultationListRow> rows;
    rows.reserve(order.size());
    for (qint64 id : std::as_const(order))
        rows.append(byId.value(id));
    return rows;
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
        return QString(ConsultationRepository::channelName(row.channel) +
                       (row.direction == u"outgoing" ? u" →"_s : u" ←"_s));
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
