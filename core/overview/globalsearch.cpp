#include "core/overview/globalsearch.h"

#include "core/consultations/consultationquery.h"
#include "core/consultations/consultationrepository.h"
#include "core/consultations/consultationsearch.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/localgovernmentquery.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/storage/database.h"
#include "core/storage/sqldialect.h"
#include "core/storage/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

QString governmentName(const LocalGovernmentRepository &governments, const QString &code6)
{
    const auto lg = governments.findByCode(code6);
    return lg ? lg->fullName() : code6;
}

} // namespace

Result<QList<SearchHit>> GlobalSearch::find(const Database &db, const QString &text, int perKind)
{
    const QString needle = text.simplified();
    if (needle.isEmpty())
        return QList<SearchHit>();
    if (needle.size() > kMaxSearchLength) {
        return Error(ErrorCode::Invalid,
                     tr("The search text is %1 characters long; search for at most %2.")
                         .arg(needle.size())
                         .arg(kMaxSearchLength));
    }
    QList<SearchHit> hits;
    const LocalGovernmentRepository governments(db.connection());
    const SqlDialect sql(db.connection());

    // Local governments, as the Municipalities page finds them (a wrong check digit is not
    // an error here: the other kinds may still match).
    QStringList codes;
    LocalGovernmentQuery query;
    query.text = needle;
    if (const auto found = governments.search(query)) {
        for (const LocalGovernment &lg : *found) {
            codes.append(lg.code6);
            if (codes.size() <= perKind)
                hits.append({SearchHit::Kind::Municipality, 0, lg.code6, 0, lg.fullName(),
                             lg.code6 + u"  "_s + lg.nameKanaMic + u"  "_s + lg.bureau});
        }
    }

    // The local governments found, as bound values of an IN list (the first 50 are plenty).
    const QStringList matched = codes.mid(0, 50);
    QStringList marks;
    for (qsizetype i = 0; i < matched.size(); ++i)
        marks.append(u"?"_s);
    // The text for each of its `texts` places, the governments' codes, the limit; then run.
    const auto runSearch = [&](QSqlQuery &q, int texts) {
        for (int i = 0; i < texts; ++i)
            q.addBindValue(needle);
        for (const QString &code : matched)
            q.addBindValue(code);
        q.addBindValue(perKind);
        return q.exec();
    };

    // Applications of those governments (lead or joint), or with the text in their subject
    // or sender: a program has some tens, ten years some hundreds.
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT DISTINCT a.id, a.program_id, lead.lg_code6, p.fiscal_year, a.subject, "
            "a.decision, a.received_at FROM applications a "
            "JOIN application_members lead ON lead.application_id = a.id AND lead.is_lead = 1 "
            "JOIN programs p ON p.id = a.program_id "
            "LEFT JOIN application_members m ON m.application_id = a.id "
            "WHERE "_s +
            sql.contains(u"a.subject"_s, u"?"_s) + u" OR "_s +
            sql.contains(u"lower(a.sender_email)"_s, u"lower(?)"_s) +
            (marks.isEmpty() ? QString() : u" OR m.lg_code6 IN ("_s + marks.join(u',') + u')') +
            u" ORDER BY a.received_at DESC LIMIT ?"_s);
        if (!runSearch(q, 2))
            return storageError(q);
        while (q.next()) {
            const QString lead = q.value(2).toString();
            hits.append({SearchHit::Kind::Application, q.value(0).toLongLong(), lead,
                         q.value(1).toLongLong(),
                         tr("Application of %1 (FY%2)")
                             .arg(governmentName(governments, lead))
                             .arg(q.value(3).toInt()),
                         q.value(4).toString()});
        }
    }

    // Consultations: a text that names local governments finds their latest ones (the index
    // by government and time); a word of three characters or more goes to the log's
    // full-text index. Shorter words are left out: no index can find them, and a scan of a
    // million rows is no answer to a key press.
    {
        QList<qint64> ids;
        if (!matched.isEmpty()) {
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            q.prepare(u"SELECT id FROM consultations WHERE lg_code6 = ? "
                      "ORDER BY occurred_at DESC LIMIT ?"_s);
            for (const QString &code : matched.mid(0, 3)) {
                q.addBindValue(code);
                q.addBindValue(perKind);
                if (!q.exec())
                    return storageError(q);
                while (q.next() && ids.size() < perKind)
                    ids.append(q.value(0).toLongLong());
            }
        } else if (needle.size() >= 3) {
            ConsultationFilter filter;
            filter.text = needle;
            const auto found = ConsultationSearch::newest(db, filter, perKind);
            if (!found)
                return found.error();
            ids = *found;
        }
        const ConsultationRepository consultations(db);
        for (const qint64 id : std::as_const(ids)) {
            const auto c = consultations.consultation(id);
            if (!c)
                continue;
            hits.append({SearchHit::Kind::Consultation, id, c->lgCode6, 0,
                         tr("Consultation with %1 on %2")
                             .arg(governmentName(governments, c->lgCode6),
                                  JapanTime::dayOf(c->occurredAt).toString(Qt::ISODate)),
                         c->summary.left(80)});
        }
    }

    // People: the registry is small (thousands); a scan of it is cheaper than any index.
    {
        const QString compact = QString(needle).remove(u' ').remove(u'　');
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(u"SELECT id, kind, name, lg_code6, department, email FROM contacts "
                  "WHERE "_s +
                  sql.contains(u"replace(replace(name, ' ', ''), '　', '')"_s, u"?"_s) + u" OR "_s +
                  sql.contains(u"replace(replace(kana, ' ', ''), '　', '')"_s, u"?"_s) + u" OR "_s +
                  sql.contains(u"email"_s, u"lower(?)"_s) +
                  u" ORDER BY active DESC, name LIMIT ?"_s);
        q.addBindValue(compact);
        q.addBindValue(compact);
        q.addBindValue(needle);
        q.addBindValue(perKind);
        if (!q.exec())
            return storageError(q);
        while (q.next()) {
            const QString code6 = q.value(3).toString();
            const QString where =
                readStored(q.value(1), ContactKind::Municipal) == ContactKind::Consultant
                    ? tr("consultant")
                    : governmentName(governments, code6);
            QStringList detail;
            for (const int column : {4, 5}) {
                if (const QString part = q.value(column).toString(); !part.isEmpty())
                    detail.append(part);
            }
            hits.append({SearchHit::Kind::Person, q.value(0).toLongLong(), code6, 0,
                         q.value(2).toString() + u" — "_s + where, detail.join(u"  "_s)});
        }
    }

    // Meeting sessions by the meeting's name, the venue or the host.
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT s.id, pm.program_id, pm.id, pm.name_ja, s.first_day, s.venue_name, "
            "coalesce(host.lg_code6, '') FROM meeting_sessions s "
            "JOIN program_meetings pm ON pm.id = s.meeting_id "
            "LEFT JOIN application_members host ON host.application_id = s.application_id "
            "AND host.is_lead = 1 "
            "WHERE "_s +
            sql.contains(u"pm.name_ja"_s, u"?"_s) + u" OR "_s +
            sql.contains(u"pm.name_en"_s, u"?"_s) + u" OR "_s +
            sql.contains(u"s.venue_name"_s, u"?"_s) +
            (marks.isEmpty() ? QString() : u" OR host.lg_code6 IN ("_s + marks.join(u',') + u')') +
            u" ORDER BY s.first_day IS NULL, s.first_day DESC, s.id DESC LIMIT ?"_s);
        if (!runSearch(q, 3))
            return storageError(q);
        while (q.next()) {
            const QString host = q.value(6).toString();
            QString title = q.value(3).toString();
            if (!host.isEmpty())
                title += u" — "_s + governmentName(governments, host);
            const QString day = q.value(4).toString();
            hits.append(
                {SearchHit::Kind::Meeting, q.value(0).toLongLong(), host, q.value(1).toLongLong(),
                 title,
                 (day.isEmpty() ? tr("no date yet") : day) + u"  "_s + q.value(5).toString()});
        }
    }
    return hits;
}

} // namespace iotdesk::core
