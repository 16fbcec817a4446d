#include "core/applications/applicationrepository.h"

#include "core/foundation/dateformatter.h"
#include "core/foundation/emailaddress.h"
#include "core/foundation/japantime.h"
#include "core/foundation/localgovernmentcode.h"
#include "core/meetings/meetingrepository.h"
#include "core/municipalities/contactrepository.h"
#include "core/reports/reportrepository.h"
#include "core/storage/changehistory.h"
#include "core/storage/database.h"
#include "core/storage/filestore.h"
#include "core/storage/preparedstatements.h"
#include "core/storage/sqltext.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

QVariant optionalBool(const std::optional<bool> &value)
{
    return value.has_value() ? QVariant(*value ? 1 : 0) : QVariant();
}

std::optional<bool> toOptionalBool(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt() != 0;
}

QVariant timestamp(const QDateTime &moment)
{
    return moment.isValid() ? QVariant(moment.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime toTimestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!moment.isValid())
        moment = QDateTime::fromString(value.toString(), Qt::ISODate);
    return moment.toUTC();
}

struct Field
{
    QString column;
    std::function<QVariant(const Application &)> get;
};

// The stored columns in the order of the SELECT below.
const QList<Field> &fields()
{
    static const QList<Field> list = {
        {u"program_id"_s,
         [](const Application &a) {
             return QVariant(a.programId);
         }},
        {u"received_at"_s,
         [](const Application &a) {
             return timestamp(a.receivedAt);
         }},
        {u"sender_email"_s,
         [](const Application &a) {
             return sqlText(a.senderEmail);
         }},
        {u"subject"_s,
         [](const Application &a) {
             return sqlText(a.subject);
         }},
        {u"attachment_bytes"_s,
         [](const Application &a) {
             return QVariant(a.attachmentBytes);
         }},
        {u"confirmation_sent_on"_s,
         [](const Application &a) {
             return a.confirmationSentOn ? QVariant(DateFormatter::isoDate(*a.confirmationSentOn))
                                         : QVariant();
         }},
        {u"reports_monthly"_s,
         [](const Application &a) {
             return optionalBool(a.answers.reportsMonthly);
         }},
        {u"hosts_workshop2"_s,
         [](const Application &a) {
             return optionalBool(a.answers.hostsWorkshop2);
         }},
        {u"attends_meetings"_s,
         [](const Application &a) {
             return optionalBool(a.answers.attendsCentralMeetings);
         }},
        {u"used_ict_town"_s,
         [](const Application &a) {
             return optionalBool(a.answers.usedPriorProgram[0]);
         }},
        {u"used_data_smart_city"_s,
         [](const Application &a) {
             return optionalBool(a.answers.usedPriorProgram[1]);
         }},
        {u"used_regional_iot"_s,
         [](const Application &a) {
             return optionalBool(a.answers.usedPriorProgram[2]);
         }},
        {u"used_iot_service"_s,
         [](const Application &a) {
             return optionalBool(a.answers.usedPriorProgram[3]);
         }},
        {u"has_comprehensive_agreement"_s,
         [](const Application &a) {
             return optionalBool(a.answers.hasComprehensiveAgreement);
         }},
        {u"bureau_opinion"_s,
         [](const Application &a) {
             return sqlText(a.bureauOpinion);
         }},
        {u"contractor_opinion"_s,
         [](const Application &a) {
             return sqlText(a.contractorOpinion);
         }},
        {u"decision"_s,
         [](const Application &a) {
             return storedValue(a.decision);
         }},
        {u"decision_rationale"_s,
         [](const Application &a) {
             return sqlText(a.decisionRationale);
         }},
        {u"override_reason"_s,
         [](const Application &a) {
             return sqlText(a.overrideReason);
         }},
        {u"decided_at"_s,
         [](const Application &a) {
             return timestamp(a.decidedAt);
         }},
        {u"note"_s,
         [](const Application &a) {
             return sqlText(a.note);
         }},
        {u"message_id"_s,
         [](const Application &a) {
             return sqlText(a.messageId.trimmed());
         }},
    };
    return list;
}

QString columnList()
{
    QStringList names;
    for (const Field &field : fields())
        names.append(field.column);
    return names.join(u", "_s);
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u", "_s);
}

// One line of text per attached list, for the history.
QString describeMembers(const QList<ApplicationMember> &members)
{
    QStringList parts;
    for (const ApplicationMember &m : members)
        parts.append(m.lead ? m.code6 + u'*' : m.code6);
    return parts.join(u", "_s);
}

QString describeContacts(const QList<ApplicationContact> &contacts)
{
    QStringList parts;
    for (const ApplicationContact &c : contacts)
        parts.append(QStringList{c.name, c.department, c.title, c.phone, c.email}.join(u" / "_s));
    return parts.join(u"; "_s);
}

QString describePartners(const QList<ApplicationPartner> &partners)
{
    QStringList parts;
    for (const ApplicationPartner &p : partners)
        parts.append(QStringList{p.name, storedName(p.kind), p.role}.join(u" / "_s));
    return parts.join(u"; "_s);
}

QString describeFrameworks(const QList<ApplicationFramework> &frameworks)
{
    QStringList parts;
    for (const ApplicationFramework &f : frameworks) {
        parts.append(
            QStringList{storedName(f.kind), f.name, storedName(f.state), f.memberCodes.join(u' ')}
                .join(u" / "_s));
    }
    return parts.join(u"; "_s);
}

constexpr ValueName<PartnerKind> kPartnerKinds[] = {
    {PartnerKind::Company, u"company",
     QT_TRANSLATE_NOOP("iotdesk::core::ApplicationRepository", "Company"), u"企業"},
    {PartnerKind::University, u"university",
     QT_TRANSLATE_NOOP("iotdesk::core::ApplicationRepository", "University or research body"),
     u"大学・研究機関"},
    {PartnerKind::Npo, u"npo",
     QT_TRANSLATE_NOOP("iotdesk::core::ApplicationRepository", "NPO or association"), u"NPO・団体"},
    {PartnerKind::Public, u"public",
     QT_TRANSLATE_NOOP("iotdesk::core::ApplicationRepository", "Public body"), u"公的機関"},
    {PartnerKind::Other, u"other",
     QT_TRANSLATE_NOOP("iotdesk::core::ApplicationRepository", "Other"), u"その他"},
};
constexpr ValueName<FrameworkKind> kFrameworkKinds[] = {
    {FrameworkKind::SettlementArea, u"settlement_area",
     QT_TRANSLATE_NOOP("iotdesk::core::ApplicationRepository",
                       "Self-sustaining settlement area (定住自立圏)"),
     u"定住自立圏"},
    {FrameworkKind::CentralCityArea, u"central_city_area",
     QT_TRANSLATE_NOOP("iotdesk::core::ApplicationRepository",
                       "Cooperative central-city area (連携中枢都市圏)"),
     u"連携中枢都市圏"},
    {FrameworkKind::Other, u"other",
     QT_TRANSLATE_NOOP("iotdesk::core::ApplicationRepository", "Other multi-area framework"),
     u"その他の広域連携"},
};
constexpr ValueName<FrameworkState> kFrameworkStates[] = {
    {FrameworkState::Formed, u"formed",
     QT_TRANSLATE_NOOP("iotdesk::core::ApplicationRepository", "formed"), u"形成済み"},
    {FrameworkState::Forming, u"forming",
     QT_TRANSLATE_NOOP("iotdesk::core::ApplicationRepository", "being formed"), u"形成中"},
};
constexpr ValueName<Decision> kDecisions[] = {
    {Decision::None, u"", QT_TRANSLATE_NOOP("iotdesk::core::ApplicationRepository", "Not decided"),
     u"未決定"},
    {Decision::Selected, u"selected",
     QT_TRANSLATE_NOOP("iotdesk::core::ApplicationRepository", "Selected"), u"選定"},
    {Decision::NotSelected, u"not_selected",
     QT_TRANSLATE_NOOP("iotdesk::core::ApplicationRepository", "Not selected"), u"不選定"},
    {Decision::Withdrawn, u"withdrawn",
     QT_TRANSLATE_NOOP("iotdesk::core::ApplicationRepository", "Withdrawn"), u"辞退"},
};

} // namespace

template <> const ValueSet<PartnerKind> &valueSet<PartnerKind>()
{
    static constexpr ValueSet<PartnerKind> set("iotdesk::core::ApplicationRepository",
                                               kPartnerKinds);
    return set;
}

template <> const ValueSet<FrameworkKind> &valueSet<FrameworkKind>()
{
    static constexpr ValueSet<FrameworkKind> set("iotdesk::core::ApplicationRepository",
                                                 kFrameworkKinds);
    return set;
}

template <> const ValueSet<FrameworkState> &valueSet<FrameworkState>()
{
    static constexpr ValueSet<FrameworkState> set("iotdesk::core::ApplicationRepository",
                                                  kFrameworkStates);
    return set;
}

template <> const ValueSet<Decision> &valueSet<Decision>()
{
    static constexpr ValueSet<Decision> set("iotdesk::core::ApplicationRepository", kDecisions);
    return set;
}

QString ApplicationRepository::balancedProposalRationale()
{
    return u"バランス案による選定"_s;
}

QString ApplicationRepository::rationaleText(const QString &stored)
{
    const QString text = stored.trimmed();
    if (text == balancedProposalRationale() || text == u"Balanced proposal")
        return tr("Selected by the balanced proposal");
    return stored;
}

QString ApplicationRepository::storedRationale(const QString &shown)
{
    return shown.trimmed() == rationaleText(balancedProposalRationale())
               ? balancedProposalRationale()
               : shown;
}

Result<void> ApplicationRepository::checkDates(const Application &a, QDate windowEnd,
                                               int fiscalYear)
{
    const auto invalid = [](const QString &message) {
        return Error(ErrorCode::Invalid, message);
    };
    const QDate receivedOn = a.receivedAt.toTimeZone(JapanTime::zone()).date();
    if (a.confirmationSentOn && !a.confirmationSentOn->isValid())
        return invalid(tr("The date the receipt was confirmed is not a date."));
    if (a.confirmationSentOn && *a.confirmationSentOn < receivedOn) {
        return invalid(tr("The receipt cannot have been confirmed on %1, before the application "
                          "was received on %2.")
                           .arg(DateFormatter::forMessages().date(*a.confirmationSentOn),
                                DateFormatter::forMessages().date(receivedOn)));
    }
    if (a.confirmationSentOn && *a.confirmationSentOn > JapanTime::today()) {
        return invalid(tr("The receipt cannot have been confirmed on %1, a day still to come.")
                           .arg(DateFormatter::forMessages().date(*a.confirmationSentOn)));
    }
    if (a.decision == Decision::None || !a.decidedAt.isValid())
        return {}; // an undecided application, or a decision of an older file without its time
    const QDateTime decided = a.decidedAt.toTimeZone(JapanTime::zone());
    // By day: a decision entered later is recorded at noon, and may be the day it came.
    if (decided.date() < receivedOn) {
        return invalid(tr("The decision cannot be dated %1, before the application was received "
                          "on %2.")
                           .arg(DateFormatter::forMessages().date(decided.date()),
                                DateFormatter::forMessages().date(receivedOn)));
    }
    // Selection follows the call: nobody is selected or turned down while others may still
    // apply. A withdrawal is the applicant's own and can come at any time.
    if (a.decision != Decision::Withdrawn && windowEnd.isValid() && decided.date() <= windowEnd) {
        return invalid(tr("The decision cannot be dated %1: the application window is open until "
                          "%2, and applications are decided after it closes.")
                           .arg(DateFormatter::forMessages().date(decided.date()),
                                DateFormatter::forMessages().date(windowEnd)));
    }
    // A selection after its fiscal year has ended would leave the municipality without a month
    // to report: a program entered after the fact records the day the selection was made.
    if (a.decision == Decision::Selected && fiscalYear > 0) {
        const QDate yearEnd = DateFormatter::fiscalYearEnd(fiscalYear);
        if (decided.date() > yearEnd) {
            return invalid(tr("The selection cannot be dated %1: the program of FY%2 ended on "
                              "%3. Record the day the selection was made, so that its monthly "
                              "reports are scheduled.")
                               .arg(DateFormatter::forMessages().date(decided.date()))
                               .arg(fiscalYear)
                               .arg(DateFormatter::forMessages().date(yearEnd)));
        }
    }
    // So is a turning down: it is made within the program's year (a date years later is the
    // default "today" of a past program, not the day it was made).
    if (a.decision == Decision::NotSelected && fiscalYear > 0 &&
        decided.date() > DateFormatter::fiscalYearEnd(fiscalYear)) {
        return invalid(
            tr("The decision cannot be dated %1: the program of FY%2 ended on %3. "
               "Record the day the decision was made.")
                .arg(DateFormatter::forMessages().date(decided.date()))
                .arg(fiscalYear)
                .arg(DateFormatter::forMessages().date(DateFormatter::fiscalYearEnd(fiscalYear))));
    }
    if (decided.date() > JapanTime::today().addDays(kDecisionDaysAhead)) {
        return invalid(tr("The decision cannot be dated %1, more than %n day(s) from today: record "
                          "it on the day it is made.",
                          nullptr, kDecisionDaysAhead)
                           .arg(DateFormatter::forMessages().date(decided.date())));
    }
    return {};
}

Result<void> ApplicationRepository::validateChange(const Application &changed) const
{
    if (changed.id == 0)
        return validate(changed);
    const auto stored = application(changed.id);
    if (!stored)
        return stored.error();
    // Dates are checked when they change: a decision recorded before these rules (an older
    // file's, dated when it was entered) does not block an unrelated edit.
    Application checked = changed;
    if (stored->decision == changed.decision && stored->decidedAt == changed.decidedAt &&
        stored->receivedAt == changed.receivedAt)
        checked.decidedAt = {};
    if (stored->confirmationSentOn == changed.confirmationSentOn &&
        stored->receivedAt == changed.receivedAt)
        checked.confirmationSentOn.reset();
    return validate(checked);
}

Result<void> ApplicationRepository::validate(const Application &a) const
{
    const auto invalid = [](const QString &message) {
        return Error(ErrorCode::Invalid, message);
    };
    const QSqlDatabase db = m_db.connection();
    QDate windowEnd;
    int fiscalYear = 0;
    {
        const auto program = PreparedStatements::prepared(
            db, u"SELECT application_end, fiscal_year FROM programs WHERE id = ?"_s);
        program->addBindValue(a.programId);
        if (!program->exec())
            return storageError(*program, Subject::Application);
        if (!program->next())
            return invalid(tr("There is no program %1.").arg(a.programId));
        windowEnd = QDate::fromString(program->value(0).toString(), Qt::ISODate);
        fiscalYear = program->value(1).toInt();
    }
    if (!a.receivedAt.isValid())
        return invalid(tr("The application needs the date and time it was received."));
    if (auto dated = checkDates(a, windowEnd, fiscalYear); !dated)
        return dated;
    if (a.attachmentBytes < 0)
        return invalid(tr("The attachment size cannot be negative."));
    if (!EmailAddress::isValid(a.senderEmail.trimmed()))
        return invalid(tr("“%1” is not an e-mail address.").arg(a.senderEmail));
    if (a.members.isEmpty())
        return invalid(tr("The application needs at least one local government."));
    if (!a.messageId.trimmed().isEmpty()) {
        const auto mail = PreparedStatements::prepared(
            db, u"SELECT id FROM applications WHERE message_id = ? AND id <> ?"_s);
        mail->addBindValue(a.messageId.trimmed());
        mail->addBindValue(a.id);
        if (!mail->exec())
            return storageError(*mail, Subject::Application);
        if (mail->next()) {
            return Error(ErrorCode::Invalid,
                         tr("This mail (Message-ID %1) was already taken in as application %2.")
                             .arg(a.messageId.trimmed())
                             .arg(mail->value(0).toLongLong()));
        }
    }

    const auto known =
        PreparedStatements::prepared(db, u"SELECT 1 FROM local_governments WHERE code6 = ?"_s);
    const auto checkCode = [&](const QString &code) -> Result<void> {
        if (!LocalGovernmentCode::isValidCode6(code))
            return invalid(tr("“%1” is not a valid local government code.").arg(code));
        known->addBindValue(code);
        if (!known->exec())
            return storageError(*known, Subject::Application);
        if (!known->next())
            return invalid(tr("There is no local government with the code %1.").arg(code));
        known->finish();
        return {};
    };
    int leads = 0;
    QSet<QString> seen;
    for (const ApplicationMember &member : a.members) {
        if (auto r = checkCode(member.code6); !r)
            return r;
        if (seen.contains(member.code6))
            return invalid(tr("%1 is listed twice among the applicants.").arg(member.code6));
        seen.insert(member.code6);
        leads += member.lead ? 1 : 0;
    }
    if (leads != 1)
        return invalid(tr("Exactly one local government must lead the application."));
    for (const ApplicationContact &contact : a.contacts) {
        if (contact.name.trimmed().isEmpty())
            return invalid(tr("Every contact person needs a name."));
        if (!EmailAddress::isValid(contact.email.trimmed()))
            return invalid(tr("“%1” is not an e-mail address.").arg(contact.email));
    }
    for (const ApplicationPartner &partner : a.partners) {
        if (partner.name.trimmed().isEmpty())
            return invalid(tr("Every partner needs a name."));
        if (!isKnown(partner.kind))
            return invalid(tr("“%1” is not a kind of partner.").arg(shownName(partner.kind)));
    }
    for (const ApplicationFramework &framework : a.frameworks) {
        if (!isKnown(framework.kind)) {
            return invalid(
                tr("“%1” is not a kind of multi-area framework.").arg(shownName(framework.kind)));
        }
        if (!isKnown(framework.state))
            return invalid(tr("A framework is either formed or being formed."));
        for (const QString &code : framework.memberCodes) {
            if (auto r = checkCode(code); !r)
                return r;
        }
    }
    if (!isKnown(a.decision))
        return invalid(tr("The decision is not one of selected, not selected or withdrawn."));
    if (a.decision == Decision::Selected && a.overrideReason.trimmed().isEmpty()) {
        // Selecting what the rules would not select needs a reason on record.
        if (Eligibility::evaluate(a.answers).status != EligibilityStatus::Eligible) {
            return invalid(tr("This application is not eligible: selecting it needs an "
                              "override reason."));
        }
        QSqlQuery scores(db);
        scores.prepare(u"SELECT count(*) FROM review_scores WHERE application_id = ?"_s);
        scores.addBindValue(a.id);
        if (!scores.exec() || !scores.next())
            return storageError(scores, Subject::Application);
        if (scores.value(0).toInt() == 0) {
            return invalid(tr("This application has not been reviewed: selecting it needs an "
                              "override reason."));
        }
    }
    return {};
}

Result<qint64> ApplicationRepository::create(const Application &application)
{
    auto transaction = Transaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    const auto id = insert(application);
    if (!id)
        return id;
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<qint64>> ApplicationRepository::createAll(const QList<Application> &applications)
{
    auto transaction = Transaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    QList<qint64> ids;
    {
        // Each statement compiled once for all of them, released before the commit.
        const PreparedStatements statements(m_db.connection());
        for (const Application &application : applications) {
            const auto id = insert(application);
            if (!id)
                return id.error(); // the transaction rolls every earlier one back
            ids.append(id.value());
        }
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return ids;
}

Result<qint64> ApplicationRepository::insert(const Application &application)
{
    const QSqlDatabase db = m_db.connection();
    if (auto valid = validate(application); !valid)
        return valid.error();
    static const QString sql = u"INSERT INTO applications ("_s + columnList() + u") VALUES ("_s +
                               placeholders(fields().size()) + u") RETURNING id"_s;
    const auto insert = PreparedStatements::prepared(db, sql);
    for (const Field &field : fields())
        insert->addBindValue(field.get(application));
    if (!insert->exec())
        return storageError(*insert, Subject::Application);
    const qint64 id = insertedId(*insert);
    if (auto children = writeChildren(id, application, Children::New); !children)
        return children.error();
    FileStore files(m_db, FileStore::Kind::ApplicationFiles);
    for (StoredFile file : application.files) {
        file.ownerId = id;
        if (auto stored = files.insertWithin(file); !stored)
            return stored.error();
    }
    if (auto people = ContactRepository::registerApplicationContacts(
            db, m_db.userName(), application.leadCode(), application.contacts);
        !people) {
        return people.error();
    }
    if (auto r = ChangeHistory::record(db, m_db.userName(), u"application"_s, QString::number(id),
                                       u"created"_s, {}, describeMembers(application.members));
        !r) {
        return r.error();
    }
    if (application.decision == Decision::Selected) {
        if (auto r = MeetingRepository::syncSessions(db, m_db.userName(), application.programId);
            !r) {
            return r.error();
        }
        if (auto r = ReportRepository::syncSchedule(db, m_db.userName(), application.programId);
            !r) {
            return r.error();
        }
    }
    return id;
}

Result<void> ApplicationRepository::writeChildren(qint64 id, const Application &a,
                                                  Children children) const
{
    const QSqlDatabase db = m_db.connection();
    for (const QString &table : {u"application_members"_s, u"application_contacts"_s,
                                 u"application_partners"_s, u"application_frameworks"_s}) {
        if (children == Children::New)
            break; // an application just inserted has none yet
        // The table name is one of the four above, never input.
        const auto clear = PreparedStatements::prepared(db, u"DELETE FROM "_s + table +
                                                                u" WHERE application_id = ?"_s);
        clear->addBindValue(id);
        if (!clear->exec())
            return storageError(*clear, Subject::Application);
    }
    int position = 0;
    for (const ApplicationMember &m : a.members) {
        const auto q = PreparedStatements::prepared(
            db, u"INSERT INTO application_members (application_id, lg_code6, is_lead, "
                "position) VALUES (?, ?, ?, ?)"_s);
        q->addBindValue(id);
        q->addBindValue(m.code6);
        q->addBindValue(m.lead ? 1 : 0);
        q->addBindValue(position++);
        if (!q->exec())
            return storageError(*q, Subject::Application);
    }
    position = 0;
    for (const ApplicationContact &c : a.contacts) {
        const auto q = PreparedStatements::prepared(
            db, u"INSERT INTO application_contacts (application_id, position, name, "
                "department, title, phone, email) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &value :
             QVariantList{id, position++, sqlText(c.name.trimmed()), sqlText(c.department),
                          sqlText(c.title), sqlText(c.phone), sqlText(c.email.trimmed())})
            q->addBindValue(value);
        if (!q->exec())
            return storageError(*q, Subject::Application);
    }
    position = 0;
    for (const ApplicationPartner &p : a.partners) {
        const auto q = PreparedStatements::prepared(
            db, u"INSERT INTO application_partners (application_id, position, name, kind, "
                "role) VALUES (?, ?, ?, ?, ?)"_s);
        for (const QVariant &value : QVariantList{id, position++, sqlText(p.name.trimmed()),
                                                  storedValue(p.kind), sqlText(p.role)})
            q->addBindValue(value);
        if (!q->exec())
            return storageError(*q, Subject::Application);
    }
    position = 0;
    for (const ApplicationFramework &f : a.frameworks) {
        const auto q = PreparedStatements::prepared(
            db, u"INSERT INTO application_frameworks (application_id, position, kind, name, "
                "state) VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
        for (const QVariant &value : QVariantList{id, position++, storedValue(f.kind),
                                                  sqlText(f.name), storedValue(f.state)})
            q->addBindValue(value);
        if (!q->exec())
            return storageError(*q, Subject::Application);
        const qint64 frameworkId = insertedId(*q);
        for (const QString &code : f.memberCodes) {
            const auto member = PreparedStatements::prepared(
                db, u"INSERT INTO framework_members (framework_id, lg_code6) VALUES (?, ?) "
                    "ON CONFLICT DO NOTHING"_s);
            member->addBindValue(frameworkId);
            member->addBindValue(code);
            if (!member->exec())
                return storageError(*member, Subject::Application);
        }
    }
    return {};
}

Result<void> ApplicationRepository::readChildren(Application &a) const
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT lg_code6, is_lead FROM application_members WHERE application_id = ? "
              "ORDER BY position"_s);
    q.addBindValue(a.id);
    if (!q.exec())
        return storageError(q, Subject::Application);
    while (q.next())
        a.members.append({q.value(0).toString(), q.value(1).toInt() != 0});

    q.prepare(u"SELECT name, department, title, phone, email FROM application_contacts WHERE "
              "application_id = ? ORDER BY position"_s);
    q.addBindValue(a.id);
    if (!q.exec())
        return storageError(q, Subject::Application);
    while (q.next()) {
        a.contacts.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString()});
    }

    q.prepare(u"SELECT name, kind, role FROM application_partners WHERE application_id = ? "
              "ORDER BY position"_s);
    q.addBindValue(a.id);
    if (!q.exec())
        return storageError(q, Subject::Application);
    while (q.next())
        a.partners.append({q.value(0).toString(), readStored(q.value(1), PartnerKind::Other),
                           q.value(2).toString()});

    q.prepare(u"SELECT id, kind, name, state FROM application_frameworks WHERE application_id = ? "
              "ORDER BY position"_s);
    q.addBindValue(a.id);
    if (!q.exec())
        return storageError(q, Subject::Application);
    QList<qint64> frameworkIds;
    while (q.next()) {
        frameworkIds.append(q.value(0).toLongLong());
        a.frameworks.append({readStored(q.value(1), FrameworkKind::Other),
                             q.value(2).toString(),
                             readStored(q.value(3), FrameworkState::Forming),
                             {}});
    }
    for (qsizetype i = 0; i < frameworkIds.size(); ++i) {
        q.prepare(u"SELECT lg_code6 FROM framework_members WHERE framework_id = ? "
                  "ORDER BY lg_code6"_s);
        q.addBindValue(frameworkIds[i]);
        if (!q.exec())
            return storageError(q, Subject::Application);
        while (q.next())
            a.frameworks[i].memberCodes.append(q.value(0).toString());
    }
    return {};
}

Result<Application> ApplicationRepository::application(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, "_s + columnList() + u", "_s +
              ChangeHistory::versionColumn(u"application"_s, u"applications.id"_s) +
              u" FROM applications WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q, Subject::Application);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no application %1.").arg(id));
    Application a;
    a.id = q.value(0).toLongLong();
    a.programId = q.value(1).toLongLong();
    a.receivedAt = toTimestamp(q.value(2));
    a.senderEmail = q.value(3).toString();
    a.subject = q.value(4).toString();
    a.attachmentBytes = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        // Read tolerantly: a version of 2026-11-30 stored the day as the window showed it
        // (平成30年5月22日); the next save writes it as ISO again.
        a.confirmationSentOn = DateFormatter::parse(q.value(6).toString());
    a.answers.reportsMonthly = toOptionalBool(q.value(7));
    a.answers.hostsWorkshop2 = toOptionalBool(q.value(8));
    a.answers.attendsCentralMeetings = toOptionalBool(q.value(9));
    for (std::size_t i = 0; i < a.answers.usedPriorProgram.size(); ++i)
        a.answers.usedPriorProgram[i] = toOptionalBool(q.value(10 + int(i)));
    a.answers.hasComprehensiveAgreement = toOptionalBool(q.value(14));
    a.bureauOpinion = q.value(15).toString();
    a.contractorOpinion = q.value(16).toString();
    a.decision = readStored(q.value(17), Decision::None);
    a.decisionRationale = q.value(18).toString();
    a.overrideReason = q.value(19).toString();
    a.decidedAt = toTimestamp(q.value(20));
    a.note = q.value(21).toString();
    a.messageId = q.value(22).toString();
    a.version.seen = q.value(23).toLongLong();
    q.finish();
    if (auto children = readChildren(a); !children)
        return children.error();
    return a;
}

Result<QList<Application>> ApplicationRepository::applications(qint64 programId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM applications WHERE program_id = ? ORDER BY received_at, id"_s);
    q.addBindValue(programId);
    if (!q.exec())
        return storageError(q, Subject::Application);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<Application> result;
    for (qint64 id : ids) {
        auto a = application(id);
        if (!a)
            return a.error();
        result.append(std::move(a.value()));
    }
    return result;
}

Result<qint64> ApplicationRepository::idOfMessage(const QString &messageId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM applications WHERE message_id = ?"_s);
    if (!execWith(q, {messageId}))
        return storageError(q, Subject::Application);
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<int> ApplicationRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM applications"_s) || !q.next())
        return storageError(q, Subject::Application);
    return q.value(0).toInt();
}

Result<qint64> ApplicationRepository::update(const Application &changed)
{
    return store(changed, DateRules::Check);
}

Result<qint64> ApplicationRepository::restore(const Application &state)
{
    return store(state, DateRules::AsStoredBefore);
}

Result<qint64> ApplicationRepository::store(const Application &changed, DateRules rules)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto r = ChangeHistory::claim(db, u"applications"_s, u"application"_s, changed.id,
                                      changed.version, m_db.userName());
        !r)
        return r.error();
    const auto stored = application(changed.id);
    if (!stored)
        return stored.error();
    Application checked = changed;
    if (rules == DateRules::AsStoredBefore) {
        checked.decidedAt = {};
        checked.confirmationSentOn.reset();
    }
    if (auto valid = rules == DateRules::Check ? validateChange(changed) : validate(checked);
        !valid)
        return valid.error();
    const QString user = m_db.userName();
    const QString id = QString::number(changed.id);
    for (const Field &field : fields()) {
        const QVariant before = field.get(*stored);
        const QVariant after = field.get(changed);
        if (before == after)
            continue;
        QSqlQuery q(db);
        // The column comes from the fixed field list, never from input.
        q.prepare(u"UPDATE applications SET "_s + field.column + u" = ? WHERE id = ?"_s);
        q.addBindValue(after);
        q.addBindValue(changed.id);
        if (!q.exec())
            return storageError(q, Subject::Application);
        if (auto r =
                ChangeHistory::record(db, user, u"application"_s, id, field.column, before, after);
            !r) {
            return r.error();
        }
    }
    const QList<std::pair<QString, std::pair<QString, QString>>> lists = {
        {u"members"_s, {describeMembers(stored->members), describeMembers(changed.members)}},
        {u"contacts"_s, {describeContacts(stored->contacts), describeContacts(changed.contacts)}},
        {u"partners"_s, {describePartners(stored->partners), describePartners(changed.partners)}},
        {u"frameworks"_s,
         {describeFrameworks(stored->frameworks), describeFrameworks(changed.frameworks)}},
    };
    bool listsChanged = false;
    for (const auto &[name, values] : lists) {
        if (values.first == values.second)
            continue;
        listsChanged = true;
        if (auto r = ChangeHistory::record(db, user, u"application"_s, id, name, values.first,
                                           values.second);
            !r) {
            return r.error();
        }
    }
    if (listsChanged) {
        if (auto children = writeChildren(changed.id, changed); !children)
            return children.error();
    }
    // Only when they change: a person removed from the registry since is not brought back by
    // an unrelated edit.
    if (stored->contacts != changed.contacts || stored->leadCode() != changed.leadCode()) {
        if (auto people = ContactRepository::registerApplicationContacts(
                db, user, changed.leadCode(), changed.contacts);
            !people) {
            return people.error();
        }
    }
    // The local workshops and the report schedule follow the selection.
    if (stored->decision != changed.decision) {
        if (auto r = MeetingRepository::syncSessions(db, user, changed.programId); !r)
            return r.error();
    }
    if (stored->decision != changed.decision || stored->decidedAt != changed.decidedAt) {
        if (auto r = ReportRepository::syncSchedule(db, user, changed.programId); !r)
            return r.error();
    }
    return ChangeHistory::commitEdit(transaction.value(), db, u"application"_s, changed.id);
}

Result<void> ApplicationRepository::remove(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const auto stored = application(id);
    if (!stored)
        return stored.error();
    // Meeting records of a selected applicant are not deleted with it.
    QSqlQuery used(db);
    used.prepare(u"SELECT id FROM meeting_sessions WHERE application_id = ? UNION ALL SELECT "
                 "session_id FROM participants WHERE application_id = ? UNION ALL SELECT "
                 "session_id FROM presentation_slots WHERE application_id = ?"_s);
    for (int i = 0; i < 3; ++i)
        used.addBindValue(id);
    if (!used.exec())
        return storageError(used, Subject::Application);
    while (used.next()) {
        auto records = MeetingRepository::holdsRecords(db, used.value(0).toLongLong());
        if (!records)
            return records.error();
        if (*records) {
            return Error(ErrorCode::Invalid,
                         tr("The application has meeting records (a workshop it hosts, its "
                            "participants or a presentation); change its decision instead of "
                            "deleting it."));
        }
    }
    // Nor are the monthly reports it sent.
    QSqlQuery reports(db);
    reports.prepare(u"SELECT count(*) FROM monthly_reports r WHERE r.application_id = ? AND "
                    "(r.received_on IS NOT NULL OR EXISTS (SELECT 1 FROM report_attachments f "
                    "WHERE f.report_id = r.id))"_s);
    reports.addBindValue(id);
    if (!reports.exec() || !reports.next())
        return storageError(reports, Subject::Application);
    if (reports.value(0).toInt() > 0) {
        return Error(ErrorCode::Invalid,
                     tr("The application has monthly reports on record; change its decision "
                        "instead of deleting it."));
    }
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM applications WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q, Subject::Application);
    if (auto r = ChangeHistory::record(db, m_db.userName(), u"application"_s, QString::number(id),
                                       u"deleted"_s, describeMembers(stored->members), {});
        !r) {
        return r;
    }
    return transaction->commit();
}

} // namespace iotdesk::core
