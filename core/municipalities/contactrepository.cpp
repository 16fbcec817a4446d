#include "core/municipalities/contactrepository.h"

#include "core/foundation/emailaddress.h"
#include "core/foundation/japanesetext.h"
#include "core/foundation/localgovernmentcode.h"
#include "core/storage/changehistory.h"
#include "core/storage/database.h"
#include "core/storage/preparedstatements.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

const QString kSelect = u"SELECT id, kind, name, kana, coalesce(lg_code6, ''), department, "
                        "title, email, phone, active, "_s +
                        ChangeHistory::versionColumn(u"contact"_s, u"contacts.id"_s) +
                        u" FROM contacts "_s;

constexpr ValueName<ContactKind> kKinds[] = {
    {ContactKind::Municipal, u"municipal",
     QT_TRANSLATE_NOOP("iotdesk::core::ContactRepository", "Local government"), u"団体"},
    {ContactKind::Consultant, u"consultant",
     QT_TRANSLATE_NOOP("iotdesk::core::ContactRepository", "Consultant"), u"担当"},
};

} // namespace

const QString &ContactRepository::selectSql()
{
    return kSelect;
}

Contact ContactRepository::read(const QSqlQuery &q)
{
    Contact c{q.value(0).toLongLong(),
              readStored(q.value(1), ContactKind::Municipal),
              q.value(2).toString(),
              q.value(3).toString(),
              q.value(4).toString(),
              q.value(5).toString(),
              q.value(6).toString(),
              q.value(7).toString(),
              q.value(8).toString(),
              q.value(9).toInt() != 0,
              {}};
    c.version.seen = q.value(10).toLongLong();
    return c;
}

namespace {

Result<QList<Contact>> readAll(QSqlQuery &q)
{
    if (!q.exec())
        return storageError(q, Subject::Contact);
    QList<Contact> contacts;
    while (q.next())
        contacts.append(ContactRepository::read(q));
    return contacts;
}

// As stored: trimmed, the reading in hiragana, the address in lower case.
Contact normalized(Contact c)
{
    c.name = c.name.trimmed();
    c.kana = JapaneseText::toHiragana(c.kana.trimmed());
    c.department = c.department.trimmed();
    c.title = c.title.trimmed();
    c.email = EmailAddress::normalized(c.email);
    c.phone = c.phone.trimmed();
    if (c.kind != ContactKind::Municipal)
        c.lgCode6.clear();
    return c;
}

// Everything but the kind and the id, in the order of the INSERT and UPDATE statements.
void bindDetails(QSqlQuery &q, const Contact &c)
{
    q.addBindValue(c.name);
    q.addBindValue(sqlText(c.kana));
    q.addBindValue(c.lgCode6.isEmpty() ? QVariant() : QVariant(c.lgCode6));
    q.addBindValue(sqlText(c.department));
    q.addBindValue(sqlText(c.title));
    q.addBindValue(sqlText(c.email));
    q.addBindValue(sqlText(c.phone));
    q.addBindValue(c.active ? 1 : 0);
}

QString likePrefix(const QString &text)
{
    return likeEscaped(text) + u'%';
}

} // namespace

template <> const ValueSet<ContactKind> &valueSet<ContactKind>()
{
    static constexpr ValueSet<ContactKind> set("iotdesk::core::ContactRepository", kKinds);
    return set;
}

Result<void> ContactRepository::validate(const Contact &raw) const
{
    const Contact c = normalized(raw);
    if (!isKnown(c.kind))
        return Error(ErrorCode::Invalid, tr("A contact is either at a local government or a "
                                            "consultant."));
    if (c.name.isEmpty())
        return Error(ErrorCode::Invalid, tr("A contact needs a name."));
    if (!EmailAddress::isValid(c.email))
        return Error(ErrorCode::Invalid, tr("“%1” is not an e-mail address.").arg(c.email));
    if (c.kind == ContactKind::Municipal) {
        if (!LocalGovernmentCode::isValidCode6(c.lgCode6))
            return Error(ErrorCode::Invalid,
                         tr("A contact at a local government needs its 6-digit code."));
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT 1 FROM local_governments WHERE code6 = ?"_s);
        q.addBindValue(c.lgCode6);
        if (!q.exec())
            return storageError(q, Subject::Contact);
        if (!q.next())
            return Error(ErrorCode::Invalid,
                         tr("There is no local government with the code %1.").arg(c.lgCode6));
    }
    return {};
}

Result<qint64> ContactRepository::add(const Contact &raw)
{
    if (auto valid = validate(raw); !valid)
        return valid.error();
    const Contact c = normalized(raw);
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery q(db);
    // A given id is kept: undo and redo bring a person back under the same number.
    q.prepare(u"INSERT INTO contacts (name, kana, lg_code6, department, title, email, phone, "
              "active, kind, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    bindDetails(q, c);
    q.addBindValue(storedName(c.kind));
    q.addBindValue(c.id == 0 ? QVariant() : QVariant(c.id));
    if (!q.exec())
        return storageError(q, Subject::Contact);
    const qint64 id = insertedId(q);
    if (auto r = ChangeHistory::record(db, m_db.userName(), u"contact"_s, QString::number(id),
                                       u"created"_s, {}, c.name);
        !r) {
        return r.error();
    }
    if (auto r = transaction->commit(); !r)
        return r.error();
    return id;
}

Result<qint64> ContactRepository::update(const Contact &raw)
{
    if (auto valid = validate(raw); !valid)
        return valid.error();
    const Contact c = normalized(raw);
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r =
            ChangeHistory::claim(db, u"contacts"_s, u"contact"_s, c.id, c.version, m_db.userName());
        !r)
        return r.error();
    const auto stored = contact(c.id);
    if (!stored)
        return stored.error();
    if (stored->kind != c.kind)
        return Error(ErrorCode::Invalid, tr("A contact's kind cannot change."));
    QSqlQuery q(db);
    q.prepare(u"UPDATE contacts SET name = ?, kana = ?, lg_code6 = ?, department = ?, title = ?, "
              "email = ?, phone = ?, active = ? WHERE id = ?"_s);
    bindDetails(q, c);
    q.addBindValue(c.id);
    if (!q.exec())
        return storageError(q, Subject::Contact);
    const QList<ChangeHistory::FieldChange> fields = {
        {u"name"_s, stored->name, c.name},
        {u"kana"_s, stored->kana, c.kana},
        {u"lg_code6"_s, stored->lgCode6, c.lgCode6},
        {u"department"_s, stored->department, c.department},
        {u"title"_s, stored->title, c.title},
        {u"email"_s, stored->email, c.email},
        {u"phone"_s, stored->phone, c.phone},
        {u"active"_s, stored->active, c.active},
    };
    if (auto r = ChangeHistory::recordChanges(db, m_db.userName(), u"contact"_s,
                                              QString::number(c.id), fields);
        !r) {
        return r.error();
    }
    return ChangeHistory::commitEdit(transaction.value(), db, u"contact"_s, c.id);
}

Result<void> ContactRepository::remove(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto stored = contact(id);
    if (!stored)
        return stored.error();
    QSqlQuery used(db);
    used.prepare(u"SELECT (SELECT count(*) FROM consultations WHERE counterpart_id = ? OR "
                 "consultant_id = ?) + (SELECT count(*) FROM follow_ups WHERE owner_id = ?) + "
                 "(SELECT count(*) FROM participants WHERE contact_id = ?) + (SELECT count(*) "
                 "FROM session_consultants WHERE contact_id = ?)"_s);
    for (int i = 0; i < 5; ++i)
        used.addBindValue(id);
    if (!used.exec() || !used.next())
        return storageError(used, Subject::Contact);
    if (used.value(0).toInt() > 0) {
        return Error(ErrorCode::Invalid,
                     tr("%1 is named in consultations or meetings and cannot be "
                        "removed; make them inactive instead.")
                         .arg(stored->name));
    }
    used.finish();
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM contacts WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q, Subject::Contact);
    if (auto r = ChangeHistory::record(db, m_db.userName(), u"contact"_s, QString::number(id),
                                       u"deleted"_s, stored->name, {});
        !r) {
        return r;
    }
    return transaction->commit();
}

Result<Contact> ContactRepository::contact(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + u"WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q, Subject::Contact);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no contact %1.").arg(id));
    return read(q);
}

Result<QList<Contact>> ContactRepository::consultants() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + u"WHERE kind = 'consultant' ORDER BY name"_s);
    return readAll(q);
}

Result<QList<Contact>> ContactRepository::ofGovernment(const QString &code6) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + u"WHERE lg_code6 = ? ORDER BY name"_s);
    q.addBindValue(code6);
    return readAll(q);
}

Result<QList<Contact>> ContactRepository::people() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + u"ORDER BY kind = 'municipal', coalesce(lg_code6, ''), kana, name, id"_s);
    return readAll(q);
}

Result<QList<Contact>> ContactRepository::complete(ContactKind kind, const QString &prefix,
                                                   const QString &code6, int limit) const
{
    const QString trimmed = prefix.trimmed();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + u"WHERE kind = ? AND active = 1 AND (name LIKE ? ESCAPE '\\' OR kana "
                        "LIKE ? ESCAPE '\\') ORDER BY (coalesce(lg_code6, '') = ?) DESC, name "
                        "LIMIT ?"_s);
    q.addBindValue(storedName(kind));
    q.addBindValue(likePrefix(trimmed));
    q.addBindValue(likePrefix(JapaneseText::toHiragana(trimmed)));
    q.addBindValue(sqlText(code6));
    q.addBindValue(limit);
    return readAll(q);
}

Result<QString> ContactRepository::governmentOfMailDomain(const QString &domain) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT DISTINCT lg_code6 FROM contacts WHERE kind = 'municipal' AND email LIKE "
              "? ESCAPE '\\' LIMIT 2"_s);
    if (!execWith(q, {QString(u"%@"_s + likeEscaped(domain))}))
        return storageError(q, Subject::Contact);
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes.size() == 1 ? codes.front() : QString();
}

Result<std::optional<Contact>> ContactRepository::byEmail(const QString &address) const
{
    const QString email = EmailAddress::normalized(address);
    if (email.isEmpty())
        return std::optional<Contact>();
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + u"WHERE email = ? ORDER BY active DESC, id LIMIT 1"_s);
    q.addBindValue(email);
    if (!q.exec())
        return storageError(q, Subject::Contact);
    if (!q.next())
        return std::optional<Contact>();
    return std::optional<Contact>(read(q));
}

Result<qint64> ContactRepository::findOrAdd(const Contact &raw)
{
    const Contact c = normalized(raw);
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM contacts WHERE kind = ? AND name = ? AND coalesce(lg_code6, '') = "
              "? ORDER BY id LIMIT 1"_s);
    q.addBindValue(storedName(c.kind));
    q.addBindValue(c.name);
    q.addBindValue(sqlText(c.lgCode6));
    if (!q.exec())
        return storageError(q, Subject::Contact);
    if (q.next())
        return q.value(0).toLongLong();
    return add(c);
}

namespace {

// The history entry that says a file's application contacts are in the registry.
const QString kRegistryEntity = u"contact_registry"_s;
const QString kRegistryId = u"application_contacts"_s;

QString withoutSpaces(QString name)
{
    return name.remove(u' ').remove(u'\u3000');
}

Result<bool> registryMarked(const QSqlDatabase &db)
{
    const auto q = PreparedStatements::prepared(
        db, u"SELECT 1 FROM history WHERE entity = ? AND entity_id = ? LIMIT 1"_s);
    q->addBindValue(kRegistryEntity);
    q->addBindValue(kRegistryId);
    if (!q->exec())
        return storageError(*q, Subject::Contact);
    return q->next();
}

// Written once, by whichever comes first: the first application stored with its contacts
// registered, or the registration of the applications of an older file.
Result<void> markRegistry(const QSqlDatabase &db, const QString &user, const QString &by)
{
    const auto marked = registryMarked(db);
    if (!marked)
        return marked.error();
    if (*marked)
        return {};
    return ChangeHistory::record(db, user, kRegistryEntity, kRegistryId, u"registered"_s, {}, by);
}

} // namespace

Result<void> ContactRepository::registerApplicationContacts(const QSqlDatabase &db,
                                                            const QString &user,
                                                            const QString &code6,
                                                            const QList<ApplicationContact> &list)
{
    if (!LocalGovernmentCode::isValidCode6(code6))
        return {}; // an application without a lead has no government to file people under
    for (const ApplicationContact &raw : list) {
        Contact c;
        c.kind = ContactKind::Municipal;
        c.name = raw.name;
        c.lgCode6 = code6;
        c.department = raw.department;
        c.title = raw.title;
        c.phone = raw.phone;
        c.email = raw.email;
        c = normalized(c);
        if (c.name.isEmpty())
            continue;
        // `kind || ''`: found through the government's few people (contacts_by_government),
        // never by reading every municipal person (contacts_by_kind), which made an import of
        // n applications read n²/2 rows on SQLite (an expression is never looked up in an index).
        static const QString sql = kSelect + u"WHERE kind || '' = 'municipal' AND lg_code6 = ? AND "
                                             "replace(replace(name, ' ', ''), ?, '') = ? ORDER "
                                             "BY active DESC, id LIMIT 1"_s;
        const auto find = PreparedStatements::prepared(db, sql);
        find->addBindValue(code6);
        find->addBindValue(u"\u3000"_s);
        find->addBindValue(withoutSpaces(c.name));
        if (!find->exec())
            return storageError(*find, Subject::Contact);
        if (!find->next()) {
            const auto add = PreparedStatements::prepared(
                db, u"INSERT INTO contacts (name, kana, lg_code6, department, title, email, "
                    "phone, active, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
            bindDetails(*add, c);
            add->addBindValue(storedName(c.kind));
            if (!add->exec())
                return storageError(*add, Subject::Contact);
            if (auto r =
                    ChangeHistory::record(db, user, u"contact"_s, QString::number(insertedId(*add)),
                                          u"created"_s, {}, c.name);
                !r) {
                return r;
            }
            continue;
        }
        const Contact stored = ContactRepository::read(*find);
        find->finish();
        Contact filled = stored;
        for (const auto &[field, value] :
             {std::pair{&filled.department, c.department}, std::pair{&filled.title, c.title},
              std::pair{&filled.phone, c.phone}, std::pair{&filled.email, c.email}}) {
            if (field->isEmpty())
                *field = value;
        }
        if (filled == stored)
            continue;
        const auto update = PreparedStatements::prepared(
            db, u"UPDATE contacts SET department = ?, title = ?, phone = ?, email = ? "
                "WHERE id = ?"_s);
        for (const QVariant &value :
             QVariantList{sqlText(filled.department), sqlText(filled.title), sqlText(filled.phone),
                          sqlText(filled.email), filled.id})
            update->addBindValue(value);
        if (!update->exec())
            return storageError(*update, Subject::Contact);
        if (auto r = ChangeHistory::recordChanges(
                db, user, u"contact"_s, QString::number(stored.id),
                {{u"department"_s, stored.department, filled.department},
                 {u"title"_s, stored.title, filled.title},
                 {u"phone"_s, stored.phone, filled.phone},
                 {u"email"_s, stored.email, filled.email}});
            !r) {
            return r;
        }
    }
    return list.isEmpty() ? Result<void>() : markRegistry(db, user, u"application"_s);
}

Result<int> ContactRepository::registerStoredApplicationContacts(const QSqlDatabase &db)
{
    // Read first: most opens find nothing to do and write nothing.
    const auto marked = registryMarked(db);
    if (!marked)
        return marked.error();
    if (*marked)
        return 0;
    QSqlQuery any(db);
    if (!any.exec(u"SELECT count(*) FROM application_contacts"_s) || !any.next())
        return storageError(any, Subject::Contact);
    if (any.value(0).toInt() == 0)
        return 0;
    any.finish();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery before(db);
    if (!before.exec(u"SELECT count(*) FROM contacts"_s) || !before.next())
        return storageError(before, Subject::Contact);
    const int countBefore = before.value(0).toInt();
    before.finish();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT am.lg_code6, c.name, c.department, c.title, c.phone, c.email FROM "
                "application_contacts c JOIN application_members am ON am.application_id = "
                "c.application_id AND am.is_lead = 1 ORDER BY c.application_id, c.position, "
                "c.id"_s))
        return storageError(q, Subject::Contact);
    QList<std::pair<QString, ApplicationContact>> rows;
    while (q.next()) {
        rows.append({q.value(0).toString(),
                     {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString()}});
    }
    q.finish();
    const QString user = ChangeHistory::systemUserName();
    if (auto r = markRegistry(db, user, u"stored applications"_s); !r)
        return r.error();
    for (const auto &[code6, contact] : rows) {
        if (auto r = registerApplicationContacts(db, user, code6, {contact}); !r)
            return r.error();
    }
    QSqlQuery after(db);
    if (!after.exec(u"SELECT count(*) FROM contacts"_s) || !after.next())
        return storageError(after, Subject::Contact);
    const int added = after.value(0).toInt() - countBefore;
    after.finish();
    if (auto r = transaction->commit(); !r)
        return r.error();
    return added;
}

} // namespace iotdesk::core
