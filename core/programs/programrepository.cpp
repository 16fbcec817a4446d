#include "core/programs/programrepository.h"

#include "core/meetings/meetingrepository.h"
#include "core/reports/reportrepository.h"
#include "core/storage/changehistory.h"
#include "core/storage/database.h"
#include "core/storage/sqldialect.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

QVariant dateValue(QDate date)
{
    return date.toString(Qt::ISODate);
}

template <typename T> struct Field
{
    QString column;
    std::function<QVariant(const T &)> get;
};

// The stored columns, in the order of the SELECTs below.
const QList<Field<Program>> &programFields()
{
    static const QList<Field<Program>> fields = {
        {u"name_ja"_s,
         [](const Program &p) {
             return sqlText(p.nameJa);
         }},
        {u"name_en"_s,
         [](const Program &p) {
             return sqlText(p.nameEn);
         }},
        {u"fiscal_year"_s,
         [](const Program &p) {
             return QVariant(p.fiscalYear);
         }},
        {u"application_start"_s,
         [](const Program &p) {
             return dateValue(p.applicationStart);
         }},
        {u"application_end"_s,
         [](const Program &p) {
             return dateValue(p.applicationEnd);
         }},
        {u"selection_cap"_s,
         [](const Program &p) {
             return QVariant(p.selectionCap);
         }},
        {u"contact_office"_s,
         [](const Program &p) {
             return sqlText(p.contactOffice);
         }},
        {u"contact_phone"_s,
         [](const Program &p) {
             return sqlText(p.contactPhone);
         }},
        {u"contact_fax"_s,
         [](const Program &p) {
             return sqlText(p.contactFax);
         }},
        {u"contact_email"_s,
         [](const Program &p) {
             return sqlText(p.contactEmail);
         }},
        {u"report_due_day"_s,
         [](const Program &p) {
             return QVariant(p.reportDueDay);
         }},
    };
    return fields;
}

const QList<Field<ProgramMeeting>> &meetingFields()
{
    static const QList<Field<ProgramMeeting>> fields = {
        {u"seq"_s,
         [](const ProgramMeeting &m) {
             return QVariant(m.seq);
         }},
        {u"kind"_s,
         [](const ProgramMeeting &m) {
             return QVariant(storedName(m.kind));
         }},
        {u"name_ja"_s,
         [](const ProgramMeeting &m) {
             return sqlText(m.nameJa);
         }},
        {u"name_en"_s,
         [](const ProgramMeeting &m) {
             return sqlText(m.nameEn);
         }},
        {u"planned_start"_s,
         [](const ProgramMeeting &m) {
             return dateValue(m.plannedStart);
         }},
        {u"planned_end"_s,
         [](const ProgramMeeting &m) {
             return dateValue(m.plannedEnd);
         }},
        {u"place_ja"_s,
         [](const ProgramMeeting &m) {
             return sqlText(m.placeJa);
         }},
        {u"place_en"_s,
         [](const ProgramMeeting &m) {
             return sqlText(m.placeEn);
         }},
        {u"days"_s,
         [](const ProgramMeeting &m) {
             return QVariant(m.days);
         }},
    };
    return fields;
}

template <typename T> QString columnList(const QList<Field<T>> &fields)
{
    QStringList names;
    for (const auto &field : fields)
        names.append(field.column);
    return names.join(u", "_s);
}

QDate sameDayNextYear(QDate date)
{
    return date.addYears(1); // Feb 29 becomes Feb 28
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return email.isEmpty() || pattern.match(email).hasMatch();
}

} // namespace

template <> const ValueSet<MeetingKind> &valueSet<MeetingKind>()
{
    static constexpr ValueName<MeetingKind> kinds[] = {
        {MeetingKind::CentralWorkshop, u"central_workshop",
         QT_TRANSLATE_NOOP("iotdesk::core::ProgramRepository", "Central workshop"), u"集合研修会"},
        {MeetingKind::LocalWorkshop, u"local_workshop",
         QT_TRANSLATE_NOOP("iotdesk::core::ProgramRepository", "Local workshop"), u"現地研修会"},
        {MeetingKind::FinalMeeting, u"final_meeting",
         QT_TRANSLATE_NOOP("iotdesk::core::ProgramRepository", "Final results meeting"),
         u"最終成果報告会"},
    };
    static constexpr ValueSet<MeetingKind> set("iotdesk::core::ProgramRepository", kinds);
    return set;
}

Result<void> ProgramRepository::validate(const Program &p)
{
    const auto invalid = [](const QString &message) {
        return Error(ErrorCode::Invalid, message);
    };
    if (p.nameJa.trimmed().isEmpty())
        return invalid(tr("The program needs a Japanese name."));
    if (p.fiscalYear < 2000 || p.fiscalYear > 2100)
        return invalid(tr("The fiscal year must lie between 2000 and 2100."));
    if (!p.applicationStart.isValid() || !p.applicationEnd.isValid())
        return invalid(tr("The application window needs a first and a last day."));
    if (p.applicationEnd < p.applicationStart)
        return invalid(tr("The application window ends before it starts."));
    if (p.selectionCap < 1 || p.selectionCap > 1741)
        return invalid(tr("The selection cap must be between 1 and 1,741."));
    if (p.reportDueDay < 1 || p.reportDueDay > 31)
        return invalid(tr("The report due day must be between 1 and 31."));
    if (!isValidEmail(p.contactEmail.trimmed()))
        return invalid(tr("“%1” is not an e-mail address.").arg(p.contactEmail));
    QList<int> seqs;
    for (const ProgramMeeting &m : p.meetings) {
        const QString name = m.nameJa.isEmpty() ? QString::number(m.seq) : m.nameJa;
        if (m.seq < 1 || seqs.contains(m.seq))
            return invalid(tr("Meeting %1: each meeting needs its own position.").arg(name));
        seqs.append(m.seq);
        if (m.nameJa.trimmed().isEmpty())
            return invalid(tr("Meeting %1 needs a Japanese name.").arg(m.seq));
        if (!isKnown(m.kind))
            return invalid(tr("Meeting %1 is neither a workshop nor the final meeting.").arg(name));
        if (!m.plannedStart.isValid() || !m.plannedEnd.isValid())
            return invalid(tr("Meeting %1 needs a planned period.").arg(name));
        if (m.plannedEnd < m.plannedStart)
            return invalid(tr("Meeting %1: the planned period ends before it starts.").arg(name));
        if (m.days < 1 || m.days > 14)
            return invalid(tr("Meeting %1 must last between 1 and 14 days.").arg(name));
        if (m.plannedStart.daysTo(m.plannedEnd) + 1 < m.days) {
            return invalid(tr("Meeting %1: %2 consecutive days do not fit in the planned period.")
                               .arg(name)
                               .arg(m.days));
        }
    }
    return {};
}

Result<QList<Program>> ProgramRepository::programs() const
{
    return read(u"ORDER BY fiscal_year DESC, id DESC"_s, {});
}

Result<Program> ProgramRepository::program(qint64 id) const
{
    auto found = read(u"WHERE id = ?"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(ErrorCode::NotFound, tr("There is no program %1.").arg(id));
    return found->takeFirst();
}

Result<QList<Program>> ProgramRepository::read(const QString &clause, const QVariant &value) const
{
    // Two statements for any number of programs: theirs, then all their meetings.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, "_s + columnList(programFields()) + u", "_s +
                  ChangeHistory::versionColumn(u"program"_s, u"programs.id"_s) +
                  u" FROM programs "_s + clause);
    if (value.isValid())
        query.addBindValue(value);
    if (!query.exec())
        return storageError(query, Subject::Program);
    QList<Program> list;
    QHash<qint64, qsizetype> position;
    while (query.next()) {
        Program p;
        p.id = query.value(0).toLongLong();
        p.nameJa = query.value(1).toString();
        p.nameEn = query.value(2).toString();
        p.fiscalYear = query.value(3).toInt();
        p.applicationStart = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        p.applicationEnd = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        p.selectionCap = query.value(6).toInt();
        p.contactOffice = query.value(7).toString();
        p.contactPhone = query.value(8).toString();
        p.contactFax = query.value(9).toString();
        p.contactEmail = query.value(10).toString();
        p.reportDueDay = query.value(11).toInt();
        p.version.seen = query.value(12).toLongLong();
        position.insert(p.id, list.size());
        list.append(std::move(p));
    }
    if (list.isEmpty())
        return list;
    QList<qint64> ids;
    for (const Program &p : std::as_const(list))
        ids.append(p.id);
    QSqlQuery meetings(m_db.connection());
    meetings.setForwardOnly(true);
    meetings.prepare(u"SELECT id, "_s + columnList(meetingFields()) +
                     u", program_id FROM program_meetings WHERE program_id IN ("_s +
                     SqlDialect(m_db.connection()).idsIn() + u") ORDER BY program_id, seq"_s);
    if (!execWith(meetings, {sqlList(ids)}))
        return storageError(meetings, Subject::Program);
    const int programColumn = int(meetingFields().size()) + 1;
    while (meetings.next()) {
        ProgramMeeting m;
        m.id = meetings.value(0).toLongLong();
        m.seq = meetings.value(1).toInt();
        m.kind = readStored(meetings.value(2), MeetingKind::CentralWorkshop);
        m.nameJa = meetings.value(3).toString();
        m.nameEn = meetings.value(4).toString();
        m.plannedStart = QDate::fromString(meetings.value(5).toString(), Qt::ISODate);
        m.plannedEnd = QDate::fromString(meetings.value(6).toString(), Qt::ISODate);
        m.placeJa = meetings.value(7).toString();
        m.placeEn = meetings.value(8).toString();
        m.days = meetings.value(9).toInt();
        list[position.value(meetings.value(programColumn).toLongLong())].meetings.append(m);
    }
    return list;
}

Result<int> ProgramRepository::count() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT count(*) FROM programs"_s) || !query.next())
        return storageError(query, Subject::Program);
    return query.value(0).toInt();
}

Result<qint64> ProgramRepository::update(const Program &changed)
{
    if (auto valid = validate(changed); !valid)
        return valid.error();
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r = ChangeHistory::claim(db, u"programs"_s, u"program"_s, changed.id, changed.version,
                                      m_db.userName());
        !r)
        return r.error();
    const auto stored = program(changed.id);
    if (!stored)
        return stored.error();
    const QString user = m_db.userName();
    const QString programId = QString::number(changed.id);

    for (const auto &field : programFields()) {
        const QVariant before = field.get(*stored);
        const QVariant after = field.get(changed);
        if (before == after)
            continue;
        QSqlQuery query(db);
        // The column name comes from the fixed field list above, never from input.
        query.prepare(u"UPDATE programs SET "_s + field.column + u" = ? WHERE id = ?"_s);
        query.addBindValue(after);
        query.addBindValue(changed.id);
        if (!query.exec())
            return storageError(query, Subject::Program);
        if (auto r = ChangeHistory::record(db, user, u"program"_s, programId, field.column, before,
                                           after);
            !r) {
            return r.error();
        }
    }

    // Meetings: the ones that went are deleted, changed ones updated, new ones (id 0) added.
    // Positions are parked out of the way first so that reordering cannot collide.
    QSqlQuery park(db);
    park.prepare(u"UPDATE program_meetings SET seq = seq + 1000000 WHERE program_id = ?"_s);
    park.addBindValue(changed.id);
    if (!park.exec())
        return storageError(park, Subject::Program);
    for (const ProgramMeeting &old : stored->meetings) {
        const bool kept = std::any_of(changed.meetings.begin(), changed.meetings.end(),
                                      [&](const ProgramMeeting &m) { return m.id == old.id; });
        if (kept)
            continue;
        // A meeting already held, or being prepared, keeps its records.
        QSqlQuery sessions(db);
        sessions.prepare(u"SELECT id FROM meeting_sessions WHERE meeting_id = ?"_s);
        sessions.addBindValue(old.id);
        if (!sessions.exec())
            return storageError(sessions, Subject::Program);
        while (sessions.next()) {
            auto records = MeetingRepository::holdsRecords(db, sessions.value(0).toLongLong());
            if (!records)
                return records.error();
            if (*records) {
                return Error(ErrorCode::Invalid,
                             tr("“%1” has sessions with dates, participants or files; it "
                                "cannot be removed.")
                                 .arg(old.nameJa));
            }
        }
        QSqlQuery remove(db);
        remove.prepare(u"DELETE FROM program_meetings WHERE id = ?"_s);
        remove.addBindValue(old.id);
        if (!remove.exec())
            return storageError(remove, Subject::Program);
        if (auto r = ChangeHistory::record(db, user, u"program_meeting"_s, QString::number(old.id),
                                           u"deleted"_s, old.nameJa, {});
            !r) {
            return r.error();
        }
    }
    for (const ProgramMeeting &meeting : changed.meetings) {
        const auto old = std::find_if(stored->meetings.begin(), stored->meetings.end(),
                                      [&](const ProgramMeeting &m) { return m.id == meeting.id; });
        if (meeting.id == 0 || old == stored->meetings.end()) {
            QSqlQuery add(db);
            add.prepare(u"INSERT INTO program_meetings (program_id, "_s +
                        columnList(meetingFields()) +
                        u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
            add.addBindValue(changed.id);
            for (const auto &field : meetingFields())
                add.addBindValue(field.get(meeting));
            if (!add.exec())
                return storageError(add, Subject::Program);
            if (auto r = ChangeHistory::record(db, user, u"program_meeting"_s,
                                               QString::number(insertedId(add)), u"created"_s, {},
                                               meeting.nameJa);
                !r) {
                return r.error();
            }
            continue;
        }
        QSqlQuery query(db);
        query.prepare(u"UPDATE program_meetings SET ("_s + columnList(meetingFields()) +
                      u") = (?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?"_s);
        for (const auto &field : meetingFields())
            query.addBindValue(field.get(meeting));
        query.addBindValue(meeting.id);
        if (!query.exec())
            return storageError(query, Subject::Program);
        for (const auto &field : meetingFields()) {
            const QVariant before = field.get(*old);
            const QVariant after = field.get(meeting);
            if (before == after)
                continue;
            if (auto r =
                    ChangeHistory::record(db, user, u"program_meeting"_s,
                                          QString::number(meeting.id), field.column, before, after);
                !r) {
                return r.error();
            }
        }
    }
    // Sessions follow the meetings: a new meeting gets its session; report due dates follow
    // the due day.
    if (auto r = MeetingRepository::syncSessions(db, user, changed.id); !r)
        return r.error();
    if (auto r = ReportRepository::syncSchedule(db, user, changed.id); !r)
        return r.error();
    return ChangeHistory::commitEdit(transaction.value(), db, u"program"_s, changed.id);
}

Result<qint64> ProgramRepository::insert(const Program &p)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery add(db);
    add.prepare(u"INSERT INTO programs ("_s + columnList(programFields()) + u") VALUES ("_s +
                QStringList(programFields().size(), u"?"_s).join(u", "_s) + u") RETURNING id"_s);
    for (const auto &field : programFields())
        add.addBindValue(field.get(p));
    if (!add.exec())
        return storageError(add, Subject::Program);
    const qint64 id = insertedId(add);
    for (const ProgramMeeting &meeting : p.meetings) {
        QSqlQuery addMeeting(db);
        addMeeting.prepare(u"INSERT INTO program_meetings (program_id, "_s +
                           columnList(meetingFields()) +
                           u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        addMeeting.addBindValue(id);
        for (const auto &field : meetingFields())
            addMeeting.addBindValue(field.get(meeting));
        if (!addMeeting.exec())
            return storageError(addMeeting, Subject::Program);
        if (auto r = ChangeHistory::record(db, m_db.userName(), u"program_meeting"_s,
                                           QString::number(insertedId(addMeeting)), u"created"_s,
                                           {}, meeting.nameJa);
            !r) {
            return r.error();
        }
    }
    if (auto r = ChangeHistory::record(db, m_db.userName(), u"program"_s, QString::number(id),
                                       u"created"_s, {}, p.nameJa);
        !r) {
        return r.error();
    }
    if (auto r = MeetingRepository::syncSessions(db, m_db.userName(), id); !r)
        return r.error();
    if (auto r = ReportRepository::syncSchedule(db, m_db.userName(), id); !r)
        return r.error();
    return id;
}

Result<qint64> ProgramRepository::createNextFiscalYear(qint64 sourceId)
{
    auto transaction = Transaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    const auto source = program(sourceId);
    if (!source)
        return source.error();
    Program next = source.value();
    next.id = 0;
    next.fiscalYear += 1;
    next.applicationStart = sameDayNextYear(next.applicationStart);
    next.applicationEnd = sameDayNextYear(next.applicationEnd);
    for (ProgramMeeting &m : next.meetings) {
        m.id = 0;
        m.plannedStart = sameDayNextYear(m.plannedStart);
        m.plannedEnd = sameDayNextYear(m.plannedEnd);
    }
    QSqlQuery exists(m_db.connection());
    exists.prepare(u"SELECT 1 FROM programs WHERE fiscal_year = ? AND name_ja = ?"_s);
    exists.addBindValue(next.fiscalYear);
    exists.addBindValue(next.nameJa);
    if (!exists.exec())
        return storageError(exists, Subject::Program);
    if (exists.next()) {
        return Error(ErrorCode::Invalid,
                     tr("This program already exists for fiscal year %1.").arg(next.fiscalYear));
    }
    if (auto valid = validate(next); !valid)
        return valid.error();
    const auto id = insert(next);
    if (!id)
        return id;
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return id;
}

Result<void> ProgramRepository::remove(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto stored = program(id);
    if (!stored)
        return stored.error();
    for (const ProgramMeeting &meeting : stored->meetings) {
        if (auto r = ChangeHistory::record(db, m_db.userName(), u"program_meeting"_s,
                                           QString::number(meeting.id), u"deleted"_s,
                                           meeting.nameJa, {});
            !r) {
            return r;
        }
    }
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM programs WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return storageError(query, Subject::Program);
    if (auto r = ChangeHistory::record(db, m_db.userName(), u"program"_s, QString::number(id),
                                       u"deleted"_s, stored->nameJa, {});
        !r) {
        return r;
    }
    return transaction->commit();
}

Result<SelectionLimits> ProgramRepository::selectionLimits(qint64 programId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT selection_cap, coalesce(bureau_limit, -1) FROM programs WHERE id = ?"_s);
    q.addBindValue(programId);
    if (!q.exec())
        return storageError(q, Subject::Program);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no program %1.").arg(programId));
    SelectionLimits limits;
    limits.cap = q.value(0).toInt();
    limits.perBureau = q.value(1).toInt();
    q.finish();
    q.prepare(u"SELECT bureau_id, max_selected FROM bureau_limits WHERE program_id = ?"_s);
    q.addBindValue(programId);
    if (!q.exec())
        return storageError(q, Subject::Program);
    while (q.next())
        limits.byBureau.insert(q.value(0).toInt(), q.value(1).toInt());
    return limits;
}

Result<void> ProgramRepository::setBureauLimit(qint64 programId, std::optional<int> limit)
{
    if (limit && *limit < 0)
        return Error(ErrorCode::Invalid, tr("A bureau's limit cannot be negative."));
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto before = selectionLimits(programId);
    if (!before)
        return before.error();
    QSqlQuery q(db);
    q.prepare(u"UPDATE programs SET bureau_limit = ? WHERE id = ?"_s);
    q.addBindValue(limit ? QVariant(*limit) : QVariant());
    q.addBindValue(programId);
    if (!q.exec())
        return storageError(q, Subject::Program);
    if (auto r = ChangeHistory::record(
            db, m_db.userName(), u"program"_s, QString::number(programId), u"bureau_limit"_s,
            before->perBureau < 0 ? QVariant() : QVariant(before->perBureau),
            limit ? QVariant(*limit) : QVariant());
        !r) {
        return r;
    }
    return transaction->commit();
}

Result<void> ProgramRepository::setBureauOverride(qint64 programId, int bureauId,
                                                  std::optional<int> limit)
{
    if (limit && *limit < 0)
        return Error(ErrorCode::Invalid, tr("A bureau's limit cannot be negative."));
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto before = selectionLimits(programId);
    if (!before)
        return before.error();
    QSqlQuery q(db);
    if (limit) {
        q.prepare(u"INSERT INTO bureau_limits (program_id, bureau_id, max_selected) VALUES (?, ?, "
                  "?) ON CONFLICT (program_id, bureau_id) DO UPDATE SET max_selected = "
                  "excluded.max_selected"_s);
        q.addBindValue(programId);
        q.addBindValue(bureauId);
        q.addBindValue(*limit);
    } else {
        q.prepare(u"DELETE FROM bureau_limits WHERE program_id = ? AND bureau_id = ?"_s);
        q.addBindValue(programId);
        q.addBindValue(bureauId);
    }
    if (!q.exec())
        return storageError(q, Subject::Program);
    if (auto r = ChangeHistory::record(
            db, m_db.userName(), u"program"_s, QString::number(programId),
            u"bureau_limit:%1"_s.arg(bureauId),
            before->byBureau.contains(bureauId) ? QVariant(before->byBureau.value(bureauId))
                                                : QVariant(),
            limit ? QVariant(*limit) : QVariant());
        !r) {
        return r;
    }
    return transaction->commit();
}

} // namespace iotdesk::core
