// The consultation log's commands of iotdesk-cli: log add and search (import eml and export
// consultations are in documentcommands.cpp).
#include "commandline.h"
#include "core/consultations/consultationrepository.h"
#include "core/consultations/consultationsearch.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/contactrepository.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/storage/changehistory.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

QList<Command> CommandLine::consultationCommands()
{
    return {
        {"log add",
         "log add --government LG [--at \"YYYY-MM-DD HH:MM\"] [--channel C] [--direction D] "
         "[--counterpart NAME] [--department D] [--consultant NAME] [--topic T]... [--minutes N] "
         "[--summary TEXT] [--advice TEXT] [--follow-up ACTION [--due DATE] [--owner NAME]]",
         QT_TRANSLATE_NOOP(
             "iotdesk::cli::CommandLine",
             "Logs a consultation. LG is a code or a name (東京都府中市); the time is "
             "Japan's, now by default; the consultant is the user's name by default. "
             "People are kept once and reused. Channels: phone, email, visit, "
             "online, other. Directions: incoming, outgoing. Topics: "
             "regional_issues, solutions, promotion_system, cost_effectiveness, "
             "budget_and_subsidies, procurement, data_and_security, "
             "workshop_logistics, monthly_report, other."),
         &CommandLine::logAdd},
        {"search", "search TEXT [--limit N] [--json]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Finds consultations whose summary, advice or mail contains every word "
                           "of TEXT, the most recently logged first. Exit 1 when nothing matches."),
         &CommandLine::search},
    };
}

int CommandLine::logAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption government(u"government"_s, {}, u"LG"_s);
    const QCommandLineOption at(u"at"_s, {}, u"TIME"_s);
    const QCommandLineOption channel(u"channel"_s, {}, u"C"_s,
                                     core::storedName(core::Channel::Phone));
    const QCommandLineOption direction(u"direction"_s, {}, u"D"_s,
                                       core::storedName(core::Direction::Incoming));
    const QCommandLineOption counterpart(u"counterpart"_s, {}, u"NAME"_s);
    const QCommandLineOption department(u"department"_s, {}, u"D"_s);
    const QCommandLineOption consultant(u"consultant"_s, {}, u"NAME"_s);
    const QCommandLineOption topic(u"topic"_s, {}, u"T"_s);
    const QCommandLineOption minutes(u"minutes"_s, {}, u"N"_s, u"0"_s);
    const QCommandLineOption summary(u"summary"_s, {}, u"TEXT"_s);
    const QCommandLineOption advice(u"advice"_s, {}, u"TEXT"_s);
    const QCommandLineOption followUp(u"follow-up"_s, {}, u"ACTION"_s);
    const QCommandLineOption due(u"due"_s, {}, u"DATE"_s);
    const QCommandLineOption owner(u"owner"_s, {}, u"NAME"_s);
    parser.addOptions({government, at, channel, direction, counterpart, department, consultant,
                       topic, minutes, summary, advice, followUp, due, owner});
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(government))
        return usageError();
    // What belongs to a follow-up is refused without one rather than dropped unseen.
    if (!parser.isSet(followUp) && (parser.isSet(due) || parser.isSet(owner))) {
        m_err << tr("--due and --owner belong to a --follow-up ACTION; give the action too.")
              << '\n';
        return UsageError;
    }
    core::Consultation c;
    c.occurredAt = QDateTime::currentDateTimeUtc();
    if (parser.isSet(at)) {
        const QDateTime local = QDateTime::fromString(parser.value(at), u"yyyy-MM-dd HH:mm"_s);
        if (!local.isValid()) {
            m_err << tr("--at needs YYYY-MM-DD HH:MM (Japan time).") << '\n';
            return UsageError;
        }
        c.occurredAt = QDateTime(local.date(), local.time(), core::JapanTime::zone()).toUTC();
    }
    // A value no consultation can have is refused like any other invalid entry.
    const auto channelValue = namedValue<core::Channel>(u"channel"_s, parser.value(channel));
    const auto directionValue =
        namedValue<core::Direction>(u"direction"_s, parser.value(direction));
    if (!channelValue || !directionValue)
        return Problems;
    c.channel = *channelValue;
    c.direction = *directionValue;
    for (const QString &key : parser.values(topic)) {
        const int t = core::ConsultationRepository::topicFromKey(key);
        if (t < 0) {
            m_err << tr("Unknown topic “%1”; see iotdesk-cli log add --help.").arg(key) << '\n';
            return UsageError;
        }
        c.setTopic(core::Topic(t));
    }
    bool ok = false;
    c.durationMinutes = parser.value(minutes).toInt(&ok);
    if (!ok) {
        m_err << tr("--minutes needs a number.") << '\n';
        return UsageError;
    }
    c.summary = parser.value(summary);
    c.advice = parser.value(advice);
    QDate dueOn;
    if (parser.isSet(due)) {
        dueOn = QDate::fromString(parser.value(due), Qt::ISODate);
        if (!dueOn.isValid()) {
            m_err << tr("--due needs YYYY-MM-DD.") << '\n';
            return UsageError;
        }
    }

    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    c.lgCode6 = governmentCode(*db, parser.value(government));
    if (c.lgCode6.isEmpty())
        return lookupFailure(); // one rule for every command: a wrong code is a usage error
    // Validate before any person is added, so that a refused entry adds nobody.
    if (auto valid = core::ConsultationRepository(*db).validate(c); !valid) {
        m_err << valid.message() << '\n';
        return Problems;
    }
    core::ContactRepository contacts(*db);
    const auto person = [&](core::ContactKind kind, const QString &name, const QString &code,
                            const QString &dept) -> qint64 {
        core::Contact contact;
        contact.kind = kind;
        contact.name = name;
        contact.lgCode6 = code;
        contact.department = dept;
        const auto id = contacts.findOrAdd(contact);
        if (!id) {
            m_err << id.message() << '\n';
            return -1;
        }
        return *id;
    };
    if (parser.isSet(counterpart)) {
        c.counterpartId = person(core::ContactKind::Municipal, parser.value(counterpart), c.lgCode6,
                                 parser.value(department));
    }
    const QString consultantName =
        parser.isSet(consultant) ? parser.value(consultant) : db->userName();
    c.consultantId = person(core::ContactKind::Consultant, consultantName, {}, {});
    if (c.counterpartId < 0 || c.consultantId < 0)
        return Problems;
    if (parser.isSet(followUp)) {
        core::FollowUp f;
        f.action = parser.value(followUp);
        f.dueOn = dueOn;
        f.ownerId = parser.isSet(owner)
                        ? person(core::ContactKind::Consultant, parser.value(owner), {}, {})
                        : c.consultantId;
        if (f.ownerId < 0)
            return Problems;
        c.followUps.append(f);
    }
    const auto id = core::ConsultationRepository(*db).create(c);
    if (!id) {
        m_err << id.message() << '\n';
        return Problems;
    }
    m_out << tr("Consultation %1 logged.").arg(*id) << '\n';
    return Success;
}

int CommandLine::search(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(u"limit"_s, {}, u"N"_s, u"50"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOptions({limit, json});
    if (!parseOptions(parser, arguments))
        return UsageError;
    const QString text = parser.positionalArguments().join(u' ').trimmed();
    bool ok = false;
    const int most = parser.value(limit).toInt(&ok);
    if (text.isEmpty() || !ok || most < 1)
        return usageError();
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    core::ConsultationFilter filter;
    filter.text = text;
    bool more = false;
    const auto ids = core::ConsultationSearch::newest(*db, filter, most, &more);
    if (!ids) {
        m_err << ids.message() << '\n';
        return Problems;
    }
    const auto found = core::ConsultationRepository(*db).consultations(*ids);
    if (!found) {
        m_err << found.message() << '\n';
        return Problems;
    }
    QStringList codes;
    for (const core::Consultation &c : *found)
        codes.append(c.lgCode6);
    const auto governments = core::LocalGovernmentRepository(db->connection()).findByCodes(codes);
    if (!governments) {
        m_err << governments.message() << '\n';
        return Problems;
    }
    QJsonArray array;
    for (const core::Consultation &c : *found) {
        const auto lg = governments->constFind(c.lgCode6);
        const QString name = lg != governments->cend() ? lg->fullName() : c.lgCode6;
        const QString when =
            c.occurredAt.toTimeZone(core::JapanTime::zone()).toString(u"yyyy-MM-dd HH:mm"_s);
        if (parser.isSet(json)) {
            array.append(QJsonObject{{u"id"_s, c.id},
                                     {u"at"_s, when},
                                     {u"code6"_s, c.lgCode6},
                                     {u"government"_s, name},
                                     {u"channel"_s, core::storedName(c.channel)},
                                     {u"summary"_s, c.summary},
                                     {u"advice"_s, c.advice},
                                     {u"mail_subject"_s, c.mailSubject}});
        } else {
            m_out << c.id << '\t' << when << '\t' << name << '\t' << c.summary.section(u'\n', 0, 0)
                  << '\n';
        }
    }
    if (parser.isSet(json))
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else if (more)
        m_out << tr("(more matches: --limit or a narrower search)") << '\n';
    return ids->isEmpty() ? Problems : Success;
}

} // namespace iotdesk::cli
